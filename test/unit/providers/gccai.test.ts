import { gccai } from '../../../nodes/Sora/providers/gccai';
import { videoUrlMissing } from '../../../nodes/Sora/transport/taskErrors';
import { pixelSize } from '../docCatalog';
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

const ctx = { taskId: 'task_from_context', baseUrl: 'https://gccai.heqingsong.uk' };
// This file covers the Sora models; the other families have their own gccai.<family>.test.ts.
const soraOnly = { ...gccai, models: gccai.models.filter((model) => (model.family ?? 'sora') === 'sora') };
const status = (name: string) => {
	const body = fixture('gccai', name);
	return { body, task: gccai.parseStatusResponse(body, ctx) };
};

describe('gccai (APIMart) catalog', () => {
	test('matches providers.md §2.2: sora-2 720p only, sora-2-pro 720p/1024p/1080p, 4/8/12/16/20 s', () => {
		expectCatalogMatchesDocs(gccai);
	});
	test('default resolution is 720p (documented default) for every Sora model', () => {
		for (const model of soraOnly.models) expect(model.resolutions[0]).toBe('720p');
	});
	test('takes .jpeg/.jpg/.png/.webp images, no data URLs, and sends an Idempotency-Key', () => {
		expect([...(gccai.imageRules.extensions ?? [])].sort()).toEqual(['jpeg', 'jpg', 'png', 'webp']);
		expect(gccai.imageRules.allowDataUrl).toBe(false);
		expect(gccai.idempotencyHeader).toBe('Idempotency-Key');
	});
});

describe('gccai buildCreateRequest', () => {
	const combos = catalogCombos(soraOnly);
	test('covers every catalog combination (2 models, 5 durations, 2 ratios, 1 + 3 tiers = 40)', () => {
		expect(combos).toHaveLength(40);
	});

	test.each(combos.map((combo) => [comboName(combo), combo] as const))('%s', (_name, combo) => {
		const call = gccai.buildCreateRequest(inputFor(gccai, combo));
		expect(call.method).toBe('POST');
		expect(call.path).toBe('/v1/videos/generations');
		const body = call.body as Record<string, unknown>;
		// §2.2: duration integer, resolution string, aspect_ratio string.
		expect(Number.isInteger(body.duration)).toBe(true);
		expect([4, 8, 12, 16, 20]).toContain(body.duration);
		expect(typeof body.resolution).toBe('string');
		expect(combo.model === 'sora-2' ? ['720p'] : ['720p', '1024p', '1080p']).toContain(body.resolution);
		expect(['16:9', '9:16', 'landscape', 'portrait']).toContain(body.aspect_ratio);
		expect(body).toEqual({
			model: combo.model,
			prompt: PROMPT,
			duration: combo.duration,
			resolution: combo.resolution,
			aspect_ratio: combo.aspectRatio,
		});
	});

	test('image-to-video sends image_urls with exactly one URL', () => {
		const body = bodyOf(gccai, { model: 'sora-2-pro', duration: 8, aspectRatio: '9:16', resolution: '1080p' }, { imageUrl: 'https://cdn.example/a.png' });
		expect(body.image_urls).toEqual(['https://cdn.example/a.png']);
	});
	test('text-to-video omits image_urls', () => {
		expect(bodyOf(gccai, { model: 'sora-2', duration: 4, aspectRatio: '16:9', resolution: '720p' })).not.toHaveProperty('image_urls');
	});
	test('pixel sizes are not sent (the dialect names tiers)', () => {
		const body = bodyOf(gccai, { model: 'sora-2-pro', duration: 4, aspectRatio: '16:9', resolution: '1024p' });
		expect(JSON.stringify(body)).not.toContain(pixelSize['1024p']['16:9']!);
	});
});

describe('gccai parseCreateResponse', () => {
	test('documented data-array form', () => {
		expect(gccai.parseCreateResponse(fixture('gccai', 'create-data-array'))).toBe('task_01K8SGYNNNVBQTXNR4MM964S7K');
	});
	test('data-object form seen in a third-party adaptor', () => {
		expect(gccai.parseCreateResponse(fixture('gccai', 'create-data-object'))).toBe('task_…');
	});
	test.each([
		['empty data array', { code: 200, data: [] }],
		['array entry without task_id', { code: 200, data: [{ status: 'submitted' }] }],
		['object without id', { code: 200, data: { status: 'submitted' } }],
		['blank task_id', { code: 200, data: [{ status: 'submitted', task_id: '   ' }] }],
		['no data', { code: 200 }],
	])('%s → readable ProviderResponseError', (_label, body) => {
		expectReadable(
			responseError(() => gccai.parseCreateResponse(body)),
			'create',
			body,
		);
	});
});

describe('gccai status', () => {
	test('request: GET /v1/tasks/{id} (§2.3), id path-encoded', () => {
		expect(gccai.buildStatusRequest('task_01K8SGYNNNVBQTXNR4MM964S7K')).toMatchObject({ method: 'GET', path: '/v1/tasks/task_01K8SGYNNNVBQTXNR4MM964S7K' });
		expect(gccai.buildStatusRequest('a b').path).toBe('/v1/tasks/a%20b');
	});

	test('processing (verbatim real answer)', () => {
		const { body, task } = status('status-processing');
		expectTask(task, body, {
			provider: 'gccai',
			taskId: 'task_01KBS40K78KGHZ9SDBWQSGSXRK',
			status: 'processing',
			providerStatus: 'processing',
			progress: 91,
			videoUrl: null,
			thumbnailUrl: null,
			expiresAt: null,
			error: null,
		});
		expect(gccai.pollHints?.(body)).toEqual({ estimatedSeconds: 600 });
	});

	test('completed (verbatim real answer): url is an array, expires_at is read', () => {
		const { body, task } = status('status-completed');
		expectTask(task, body, {
			provider: 'gccai',
			taskId: 'task_01KBS40K78KGHZ9SDBWQSGSXRK',
			status: 'completed',
			providerStatus: 'completed',
			progress: 100,
			videoUrl: 'https://upload.apimart.ai/f/video/9998234998953836-…-video_task_01KBS40K78KGHZ9SDBWQSGSXRK.mp4',
			thumbnailUrl: null,
			expiresAt: '2025-12-07T06:04:06.000Z',
			error: null,
		});
		expect(body).toEqual(fixture('gccai', 'status-completed'));
	});

	test('completed with url as a plain string (older docs)', () => {
		const { body, task } = status('status-completed-url-string');
		expectTask(task, body, {
			provider: 'gccai',
			taskId: 'task_01KBS40K78KGHZ9SDBWQSGSXRK',
			status: 'completed',
			providerStatus: 'completed',
			progress: 100,
			videoUrl: 'https://upload.apimart.ai/f/video/string-form.mp4',
			thumbnailUrl: null,
			expiresAt: '2025-12-07T06:04:06.000Z',
			error: null,
		});
	});

	test('pending', () => {
		const { body, task } = status('status-pending');
		expectTask(task, body, {
			provider: 'gccai',
			taskId: 'task_…',
			status: 'queued',
			providerStatus: 'pending',
			progress: 0,
			videoUrl: null,
			thumbnailUrl: null,
			expiresAt: null,
			error: null,
		});
	});

	test('failed: error {code, message, type}', () => {
		const { body, task } = status('status-failed');
		expectTask(task, body, {
			provider: 'gccai',
			taskId: 'task_…',
			status: 'failed',
			providerStatus: 'failed',
			progress: 0,
			videoUrl: null,
			thumbnailUrl: null,
			expiresAt: null,
			error: { code: '400', message: '…' },
		});
	});

	test('cancelled ("Cancelled by user") is terminal failure with a reason naming the status', () => {
		const { body, task } = status('status-cancelled');
		expectTask(task, body, {
			provider: 'gccai',
			taskId: 'task_01KBS40K78KGHZ9SDBWQSGSXRK',
			status: 'failed',
			providerStatus: 'cancelled',
			progress: 30,
			videoUrl: null,
			thumbnailUrl: null,
			expiresAt: null,
			error: { code: null, message: expect.stringContaining('cancelled') as unknown as string },
		});
	});

	test('statuses compare case-insensitively', () => {
		const body = { code: 200, data: { id: 't1', status: 'Completed', progress: 100, result: { videos: [{ url: ['https://v.example/1.mp4'] }] } } };
		const task = gccai.parseStatusResponse(body, ctx);
		expect(task.status).toBe('completed');
		expect(task.providerStatus).toBe('Completed');
		expect(task.videoUrl).toBe('https://v.example/1.mp4');
	});

	test('an unknown status word is still processing, never completed, and carries no URL', () => {
		const body = { code: 200, data: { id: 't1', status: 'rendering_upscale', progress: 99, result: { videos: [{ url: ['https://v.example/1.mp4'] }] } } };
		const task = gccai.parseStatusResponse(body, ctx);
		expect(task.status).toBe('processing');
		expect(task.providerStatus).toBe('rendering_upscale');
		expect(task.videoUrl).toBeNull();
	});

	test('completed without any URL → videoUrl null, and the waiter error explains it', () => {
		const body = { code: 200, data: { id: 't1', status: 'completed', progress: 100, result: { videos: [] } } };
		const task = gccai.parseStatusResponse(body, ctx);
		expect(task.status).toBe('completed');
		expect(task.videoUrl).toBeNull();
		const error = videoUrlMissing(gccai.displayName, task);
		expect(error.code).toBe('missing_video_url');
		expect(error.message).toContain('t1');
		expect(error.message).toContain('no video URL');
		expect(error.task).toBe(task);
	});

	test('a status body without data.id falls back to the requested id', () => {
		const task = gccai.parseStatusResponse({ code: 200, data: { status: 'processing' } }, ctx);
		expect(task.taskId).toBe('task_from_context');
	});

	describeUnusableBodies(gccai, ctx);
});
