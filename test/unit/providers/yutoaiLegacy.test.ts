import { yutoaiLegacy } from '../../../nodes/Sora/providers/yutoaiLegacy';
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

const ctx = { taskId: 'task_ctx', baseUrl: 'https://yutoai.example' };
const status = (name: string) => {
	const body = fixture('yutoaiLegacy', name);
	return { body, task: yutoaiLegacy.parseStatusResponse(body, ctx) };
};

// §6.2, the documented valid width × height pairs with their aspect and tier.
const documentedPairs: Array<{ width: number; height: number; aspect: string; tier: string }> = [
	{ width: 480, height: 480, aspect: '1:1', tier: '480p' },
	{ width: 720, height: 720, aspect: '1:1', tier: '720p' },
	{ width: 480, height: 854, aspect: '9:16', tier: '480p' },
	{ width: 854, height: 480, aspect: '16:9', tier: '480p' },
	{ width: 1280, height: 720, aspect: '16:9', tier: '720p' },
	{ width: 720, height: 1280, aspect: '9:16', tier: '720p' },
];
// §6.2: n_frames 150 = 5 s, 300 = 10 s.
const framesBySeconds: Record<number, number> = { 5: 150, 10: 300 };

describe('yutoaiLegacy catalog', () => {
	test('matches providers.md §6.2: turbo, 5/10 s, 480p/720p in 16:9, 9:16, 1:1', () => {
		expectCatalogMatchesDocs(yutoaiLegacy);
	});
	test('shares the YutoAI credential', () => {
		expect(yutoaiLegacy.credentialType).toBe('yutoAiApi');
	});
});

describe('yutoaiLegacy buildCreateRequest', () => {
	const combos = catalogCombos(yutoaiLegacy);
	test('covers 2 durations × 3 ratios × 2 tiers = 12 combinations, and every documented pair is reachable', () => {
		expect(combos).toHaveLength(12);
		const reached = new Set(
			combos.map((combo) => {
				const body = bodyOf(yutoaiLegacy, combo);
				return `${String(body.width)}x${String(body.height)}`;
			}),
		);
		expect([...reached].sort()).toEqual(documentedPairs.map((pair) => `${pair.width}x${pair.height}`).sort());
	});

	test.each(combos.map((combo) => [comboName(combo), combo] as const))('%s', (_name, combo) => {
		const call = yutoaiLegacy.buildCreateRequest(inputFor(yutoaiLegacy, combo));
		expect(call).toMatchObject({ method: 'POST', path: '/sora/v1/videos' });
		const body = call.body as Record<string, unknown>;
		const pair = documentedPairs.find((p) => p.aspect === combo.aspectRatio && p.tier === combo.resolution);
		expect(pair).toBeDefined();
		expect(body).toEqual({
			type: 'video_gen',
			model: 'turbo',
			operation: 'simple_compose',
			style: 'natural',
			prompt: PROMPT,
			width: pair!.width,
			height: pair!.height,
			n_frames: framesBySeconds[combo.duration],
			n_variants: 1,
		});
		expect(typeof body.width).toBe('number');
		expect(typeof body.n_frames).toBe('number');
	});

	test('variants → n_variants', () => {
		const body = bodyOf(yutoaiLegacy, { model: 'turbo', duration: 10, aspectRatio: '1:1', resolution: '720p' }, { extras: { variants: 3 } });
		expect(body.n_variants).toBe(3);
		expect(body.n_frames).toBe(300);
	});

	test('a reference image becomes an inpaint item at frame 0', () => {
		const body = bodyOf(yutoaiLegacy, { model: 'turbo', duration: 5, aspectRatio: '16:9', resolution: '480p' }, { imageUrl: 'https://img.example/a.png' });
		expect(body.inpaint_items).toEqual([
			expect.objectContaining({ type: 'image', url: 'https://img.example/a.png', frame_index: 0 }),
		]);
	});
});

describe('yutoaiLegacy parseCreateResponse', () => {
	test('documented {code:"success", data:"task_…"}', () => {
		expect(yutoaiLegacy.parseCreateResponse(fixture('yutoaiLegacy', 'create'))).toBe('task_01jhjnz502ejqsm6r37km2q637');
	});
	test.each([
		['empty data', { code: 'success', message: '', data: '' }],
		['blank data', { code: 'success', message: '', data: '   ' }],
		['error code without data', { code: 'error', message: 'quota exhausted' }],
		['data object without id', { code: 'success', data: { status: 'NOT_START' } }],
	])('%s → readable ProviderResponseError', (_label, body) => {
		expectReadable(
			responseError(() => yutoaiLegacy.parseCreateResponse(body)),
			'create',
			body,
		);
	});
});

describe('yutoaiLegacy status', () => {
	test('request: GET /sora/v1/videos/{task_id}', () => {
		expect(yutoaiLegacy.buildStatusRequest('task_01jhjp54x0f759wceyasz6xrge')).toEqual({
			method: 'GET',
			path: '/sora/v1/videos/task_01jhjp54x0f759wceyasz6xrge',
		});
	});

	test('SUCCESS with the URL at data.data.generations[0].url', () => {
		const { body, task } = status('status-success-generations');
		expectTask(task, body, {
			provider: 'yutoaiLegacy',
			taskId: 'task_01jhjp54x0f759wceyasz6xrge',
			status: 'completed',
			providerStatus: 'SUCCESS',
			progress: 100,
			videoUrl: 'https://videos.example/gen_01.mp4',
			thumbnailUrl: 'https://videos.example/gen_01.jpg',
			expiresAt: null,
			error: null,
		});
	});

	test('SUCCESS exactly as documented (truncated, no URL) → completed with videoUrl null → missing_video_url', () => {
		const { body, task } = status('status-success-truncated');
		expectTask(task, body, {
			provider: 'yutoaiLegacy',
			taskId: 'task_01jhjp54x0f759wceyasz6xrge',
			status: 'completed',
			providerStatus: 'SUCCESS',
			progress: 100,
			videoUrl: null,
			thumbnailUrl: null,
			expiresAt: null,
			error: null,
		});
		const error = videoUrlMissing(yutoaiLegacy.displayName, task);
		expect(error.code).toBe('missing_video_url');
		expect(error.message).toContain('task_01jhjp54x0f759wceyasz6xrge');
		expect(error.message).toContain('raw');
	});

	test('NOT_START → queued', () => {
		const { body, task } = status('status-not-start');
		expectTask(task, body, {
			provider: 'yutoaiLegacy',
			taskId: 'task_01jhjp54x0f759wceyasz6xrge',
			status: 'queued',
			providerStatus: 'NOT_START',
			progress: 0,
			videoUrl: null,
			thumbnailUrl: null,
			expiresAt: null,
			error: null,
		});
	});

	test('IN_PROGRESS → processing, "30%" → 30', () => {
		const { body, task } = status('status-in-progress');
		expectTask(task, body, {
			provider: 'yutoaiLegacy',
			taskId: 'task_01jhjp54x0f759wceyasz6xrge',
			status: 'processing',
			providerStatus: 'IN_PROGRESS',
			progress: 30,
			videoUrl: null,
			thumbnailUrl: null,
			expiresAt: null,
			error: null,
		});
	});

	test('FAILURE → failed with fail_reason', () => {
		const { body, task } = status('status-failure');
		expectTask(task, body, {
			provider: 'yutoaiLegacy',
			taskId: 'task_01jhjp54x0f759wceyasz6xrge',
			status: 'failed',
			providerStatus: 'FAILURE',
			progress: 100,
			videoUrl: null,
			thumbnailUrl: null,
			expiresAt: null,
			error: { code: null, message: 'upstream rejected the prompt' },
		});
	});

	test('case-insensitive and unknown statuses', () => {
		const envelope = (word: string) => ({
			code: 'success',
			data: { task_id: 't', status: word, progress: '100%', data: { generations: [{ url: 'https://v.example/1.mp4' }] } },
		});
		expect(yutoaiLegacy.parseStatusResponse(envelope('Success'), ctx)).toMatchObject({ status: 'completed', videoUrl: 'https://v.example/1.mp4' });
		expect(yutoaiLegacy.parseStatusResponse(envelope('failure'), ctx).status).toBe('failed');
		expect(yutoaiLegacy.parseStatusResponse(envelope('POSTPROCESSING'), ctx)).toMatchObject({ status: 'processing', videoUrl: null });
	});

	describeUnusableBodies(yutoaiLegacy, ctx);
});
