import { xingchao } from '../../../nodes/Sora/providers/xingchao';
import { videoUrlMissing } from '../../../nodes/Sora/transport/taskErrors';
import { fixture } from '../fixtures';
import {
	bodyOf,
	catalogCombos,
	comboName,
	describeUnusableBodies,
	expectCatalogMatchesDocs,
	expectReadable,
	expectTask,
	inputFor,
	PROMPT,
	responseError,
} from './shared';

const ctx = { taskId: 'sora_ctx', baseUrl: 'https://zcbservice.aizfw.cn/kyyReactApiServer' };
const status = (name: string) => {
	const body = fixture('xingchao', name);
	return { body, task: xingchao.parseStatusResponse(body, ctx) };
};

// §5.2: only these two sizes exist.
const sizeByAspect: Record<string, string> = { '16:9': '1280x720', '9:16': '720x1280' };

describe('xingchao catalog', () => {
	test('matches providers.md §5.2: openAiSora2Plus / openAiSora2Pro, 4/8/12 s, 720p only', () => {
		expectCatalogMatchesDocs(xingchao);
	});
});

describe('xingchao buildCreateRequest', () => {
	// The Sora body; the other families have their own xingchao.<family>.test.ts.
	const combos = catalogCombos(xingchao).filter((combo) => combo.model.startsWith('openAiSora'));
	test('covers 2 models × 3 durations × 2 ratios = 12 combinations', () => {
		expect(combos).toHaveLength(12);
	});

	test.each(combos.map((combo) => [comboName(combo), combo] as const))('%s', (_name, combo) => {
		const call = xingchao.buildCreateRequest(inputFor(xingchao, combo));
		expect(call).toMatchObject({ method: 'POST', path: '/v1/sora/videos' });
		const body = call.body as Record<string, unknown>;
		expect(body).toEqual({ model: combo.model, prompt: PROMPT, size: sizeByAspect[combo.aspectRatio], duration: combo.duration });
		// size and aspect_ratio are mutually exclusive, and so are duration and seconds.
		expect(body).not.toHaveProperty('aspect_ratio');
		expect(body).not.toHaveProperty('seconds');
		expect(Number.isInteger(body.duration)).toBe(true);
	});

	test('a reference image goes in image_urls only (exclusive with input_reference)', () => {
		const body = bodyOf(xingchao, { model: 'openAiSora2Pro', duration: 8, aspectRatio: '9:16', resolution: '720p' }, { imageUrl: 'https://img.example/p.png' });
		expect(body.image_urls).toEqual(['https://img.example/p.png']);
		expect(body).not.toHaveProperty('input_reference');
	});
});

describe('xingchao parseCreateResponse', () => {
	test('documented create answer', () => {
		expect(xingchao.parseCreateResponse(fixture('xingchao', 'create'))).toBe('sora_abc123def456');
	});
	test.each([
		['no id', { object: 'video.generation', status: 'queued' }],
		['empty id', { id: '', status: 'queued' }],
		['blank id', { id: '   ', status: 'queued' }],
		['404 body', { message: 'No handler found for GET /kyyReactApiServer/v1/sora/videos' }],
		['code/msg envelope', { code: '0', msg: null, data: null }],
	])('%s → readable ProviderResponseError', (_label, body) => {
		expectReadable(
			responseError(() => xingchao.parseCreateResponse(body)),
			'create',
			body,
		);
	});
});

describe('xingchao status', () => {
	test('request: GET /v1/result/{id}', () => {
		expect(xingchao.buildStatusRequest('sora_abc123def456')).toEqual({ method: 'GET', path: '/v1/result/sora_abc123def456' });
	});

	test('processing (verbatim): no progress field → progress null', () => {
		const { body, task } = status('status-processing');
		expectTask(task, body, {
			provider: 'xingchao',
			taskId: 'sora_abc123def456',
			status: 'processing',
			providerStatus: 'processing',
			progress: null,
			videoUrl: null,
			thumbnailUrl: null,
			expiresAt: null,
			error: null,
		});
	});

	test('queued', () => {
		const { body, task } = status('status-queued');
		expectTask(task, body, {
			provider: 'xingchao',
			taskId: 'sora_abc123def456',
			status: 'queued',
			providerStatus: 'queued',
			progress: null,
			videoUrl: null,
			thumbnailUrl: null,
			expiresAt: null,
			error: null,
		});
	});

	test('completed → video_url; progress reported as 100', () => {
		const { body, task } = status('status-completed');
		expectTask(task, body, {
			provider: 'xingchao',
			taskId: 'sora_abc123def456',
			status: 'completed',
			providerStatus: 'completed',
			progress: 100,
			videoUrl: 'https://…/….mp4',
			thumbnailUrl: null,
			expiresAt: null,
			error: null,
		});
	});

	test('completed with amount (third-party fixture)', () => {
		const { body, task } = status('status-completed-amount');
		expect(task).toMatchObject({ status: 'completed', videoUrl: 'https://cdn.example.com/sora_abc123def456.mp4' });
		expect(task.raw).toBe(body);
	});

	test('failed: error is a plain string', () => {
		const { body, task } = status('status-failed');
		expectTask(task, body, {
			provider: 'xingchao',
			taskId: 'sora_abc123def456',
			status: 'failed',
			providerStatus: 'failed',
			progress: null,
			videoUrl: null,
			thumbnailUrl: null,
			expiresAt: null,
			error: { code: null, message: '<reason text>' },
		});
	});

	test('cancelled (listed for other models) is a failure; case-insensitive; unknown word stays processing', () => {
		const base = fixture('xingchao', 'status-completed') as Record<string, unknown>;
		expect(xingchao.parseStatusResponse({ ...base, status: 'cancelled' }, ctx).status).toBe('failed');
		expect(xingchao.parseStatusResponse({ ...base, status: 'Completed' }, ctx).status).toBe('completed');
		expect(xingchao.parseStatusResponse({ ...base, status: 'moderating' }, ctx)).toMatchObject({ status: 'processing', videoUrl: null });
	});

	test('completed with video_url null → missing_video_url', () => {
		const body = { ...(fixture('xingchao', 'status-completed') as Record<string, unknown>), video_url: null };
		const task = xingchao.parseStatusResponse(body, ctx);
		expect(task).toMatchObject({ status: 'completed', videoUrl: null });
		expect(videoUrlMissing(xingchao.displayName, task).message).toContain('sora_abc123def456');
	});

	describeUnusableBodies(xingchao, ctx);
});
