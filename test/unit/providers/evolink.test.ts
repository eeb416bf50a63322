import { evolink } from '../../../nodes/Sora/providers/evolink';
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

const ctx = { taskId: 'task-unified-ctx', baseUrl: 'https://api.evolink.ai' };
const status = (name: string) => {
	const body = fixture('evolink', name);
	return { body, task: evolink.parseStatusResponse(body, ctx) };
};

// §4.2: remove_watermark exists for the seed-era sora-2 (→ sora-2-beta) and the archived sora-2-pro only.
const seedEraModels = ['sora-2', 'sora-2-beta', 'sora-2-pro'];

function documentedQuality(model: string, duration: number, resolution: string): string | undefined {
	// sora-2-pro-preview: quality 720p (standard) | 1080p.
	if (model === 'sora-2-pro-preview') return resolution;
	// archived sora-2-pro: standard | high; 15 s ⇒ high only; 25 s ⇒ standard only.
	if (model === 'sora-2-pro') return duration === 15 ? 'high' : 'standard';
	return undefined;
}

describe('evolink catalog', () => {
	test('matches providers.md §4.2 and video-models.md §3: previews 4/8/12, seed sora-2 10/15, archived pro 15 high / 25 standard, successors', () => {
		expectCatalogMatchesDocs(evolink);
	});
	test('Sora prompt limits are documented in tokens (5000), so no character cap is enforced and the description says so', () => {
		for (const id of ['sora-2', 'sora-2-beta', 'sora-2-pro', 'sora-2-preview', 'sora-2-pro-preview']) {
			const model = evolink.models.find((m) => m.id === id);
			expect({ id, limit: model?.promptMaxLength }).toEqual({ id, limit: undefined });
			expect(model?.description).toContain('5000 tokens');
		}
	});
	test('image rules (jpg/jpeg/png/webp, no data URL) and the task-unified- id rule', () => {
		expect([...(evolink.imageRules.extensions ?? [])].sort()).toEqual(['jpeg', 'jpg', 'png', 'webp']);
		expect(evolink.imageRules.allowDataUrl).toBe(false);
		expect(evolink.taskIdPattern?.pattern.test('task-unified-1757169743-7cvnl5zw')).toBe(true);
		expect(evolink.taskIdPattern?.pattern.test('task_01K8SGYNNNVBQTXNR4MM964S7K')).toBe(false);
	});
	test('callback URL is HTTPS-only; remove watermark defaults to true and is restricted to seed-era models', () => {
		const callback = evolink.extraFields.find((f) => f.name === 'callbackUrl');
		expect(callback?.url).toEqual({ httpsOnly: true });
		const watermark = evolink.extraFields.find((f) => f.name === 'removeWatermark');
		expect(watermark?.default).toBe(true);
		expect([...(watermark?.models ?? [])].sort()).toEqual([...seedEraModels].sort());
	});
});

describe('evolink buildCreateRequest', () => {
	// The Sora rows; the successor models have their own files (evolink.<family>.test.ts).
	const combos = catalogCombos(evolink).filter((combo) => combo.model.startsWith('sora-'));
	test('covers every catalog combination (preview 6, pro preview 12, sora-2 4, beta 4, archived pro 4 = 30)', () => {
		expect(combos).toHaveLength(30);
	});

	test.each(combos.map((combo) => [comboName(combo), combo] as const))('%s', (_name, combo) => {
		const call = evolink.buildCreateRequest(inputFor(evolink, combo));
		expect(call).toMatchObject({ method: 'POST', path: '/v1/videos/generations' });
		const body = call.body as Record<string, unknown>;
		expect(Number.isInteger(body.duration)).toBe(true);
		const expected: Record<string, unknown> = {
			model: combo.model,
			prompt: PROMPT,
			aspect_ratio: combo.aspectRatio,
			duration: combo.duration,
		};
		const quality = documentedQuality(combo.model, combo.duration, combo.resolution);
		if (quality !== undefined) expected.quality = quality;
		// Documented default true (the price of not passing anything in the node).
		if (seedEraModels.includes(combo.model)) expected.remove_watermark = true;
		expect(body).toEqual(expected);
		expect(body).not.toHaveProperty('resolution');
	});

	test('archived sora-2-pro: 15 s sends quality "high", 25 s sends "standard"', () => {
		expect(bodyOf(evolink, { model: 'sora-2-pro', duration: 15, aspectRatio: '16:9', resolution: '1080p' }).quality).toBe('high');
		expect(bodyOf(evolink, { model: 'sora-2-pro', duration: 25, aspectRatio: '9:16', resolution: '720p' }).quality).toBe('standard');
	});

	test('removeWatermark false keeps the watermark; previews never get remove_watermark even if asked', () => {
		expect(bodyOf(evolink, { model: 'sora-2', duration: 10, aspectRatio: '16:9', resolution: '720p' }, { extras: { removeWatermark: false } }).remove_watermark).toBe(false);
		expect(bodyOf(evolink, { model: 'sora-2-preview', duration: 4, aspectRatio: '16:9', resolution: '720p' }, { extras: { removeWatermark: true } })).not.toHaveProperty('remove_watermark');
	});

	test('callback_url and image_urls', () => {
		const body = bodyOf(
			evolink,
			{ model: 'sora-2-pro-preview', duration: 12, aspectRatio: '9:16', resolution: '1080p' },
			{ imageUrl: 'https://img.example/a.jpg', extras: { callbackUrl: 'https://hooks.example/done' } },
		);
		expect(body).toMatchObject({ image_urls: ['https://img.example/a.jpg'], callback_url: 'https://hooks.example/done', quality: '1080p' });
	});
});

describe('evolink parseCreateResponse', () => {
	test('documented task object', () => {
		expect(evolink.parseCreateResponse(fixture('evolink', 'create'))).toBe('task-unified-1757169743-7cvnl5zw');
	});
	test.each([
		['no id', { status: 'pending', object: 'video.generation.task' }],
		['empty id', { id: '', status: 'pending' }],
		['blank id', { id: '   ', status: 'pending' }],
		['seed-era integer error', { error: { code: 400, message: 'Invalid duration parameter', type: 'invalid_request_error', param: 'duration' } }],
	])('%s → readable ProviderResponseError', (_label, body) => {
		expectReadable(
			responseError(() => evolink.parseCreateResponse(body)),
			'create',
			body,
		);
	});
	test('create answer poll hint: task_info.estimated_time', () => {
		expect(evolink.pollHints?.(fixture('evolink', 'create'))).toEqual({ estimatedSeconds: 300 });
	});
});

describe('evolink status', () => {
	test('request: GET /v1/tasks/{task_id}', () => {
		expect(evolink.buildStatusRequest('task-unified-1756817821-4x3rx6ny')).toEqual({ method: 'GET', path: '/v1/tasks/task-unified-1756817821-4x3rx6ny' });
	});

	test('pending → queued', () => {
		const { body, task } = status('status-pending');
		expectTask(task, body, {
			provider: 'evolink',
			taskId: 'task-unified-1756817821-4x3rx6ny',
			status: 'queued',
			providerStatus: 'pending',
			progress: 0,
			videoUrl: null,
			thumbnailUrl: null,
			expiresAt: null,
			error: null,
		});
	});

	test('processing 65', () => {
		const { body, task } = status('status-processing');
		expectTask(task, body, {
			provider: 'evolink',
			taskId: 'task-unified-1756817821-4x3rx6ny',
			status: 'processing',
			providerStatus: 'processing',
			progress: 65,
			videoUrl: null,
			thumbnailUrl: null,
			expiresAt: null,
			error: null,
		});
	});

	test('completed → results[0]', () => {
		const { body, task } = status('status-completed');
		expectTask(task, body, {
			provider: 'evolink',
			taskId: 'task-unified-1756817821-4x3rx6ny',
			status: 'completed',
			providerStatus: 'completed',
			progress: 100,
			videoUrl: 'https://cdn.example.com/videos/task-unified-1756817821-4x3rx6ny.mp4',
			thumbnailUrl: null,
			expiresAt: null,
			error: null,
		});
	});

	test('failed with error.code and error.message', () => {
		const { body, task } = status('status-failed');
		expectTask(task, body, {
			provider: 'evolink',
			taskId: 'task-unified-1772618027-cmeisy8h',
			status: 'failed',
			providerStatus: 'failed',
			progress: 0,
			videoUrl: null,
			thumbnailUrl: null,
			expiresAt: null,
			error: { code: 'content_policy_violation', message: 'Content policy violation.\nYour request was blocked by safety filters...' },
		});
	});

	test('statuses are case-insensitive; unknown words stay processing', () => {
		const base = fixture('evolink', 'status-completed') as Record<string, unknown>;
		expect(evolink.parseStatusResponse({ ...base, status: 'COMPLETED' }, ctx)).toMatchObject({ status: 'completed', videoUrl: 'https://cdn.example.com/videos/task-unified-1756817821-4x3rx6ny.mp4' });
		expect(evolink.parseStatusResponse({ ...base, status: 'finalizing' }, ctx)).toMatchObject({ status: 'processing', videoUrl: null });
	});

	test('completed with an empty results array → videoUrl null → missing_video_url', () => {
		const body = { ...(fixture('evolink', 'status-completed') as Record<string, unknown>), results: [] };
		const task = evolink.parseStatusResponse(body, ctx);
		expect(task).toMatchObject({ status: 'completed', videoUrl: null });
		expect(videoUrlMissing(evolink.displayName, task).code).toBe('missing_video_url');
	});

	describeUnusableBodies(evolink, ctx);
});
