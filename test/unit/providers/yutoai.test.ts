import { yutoai } from '../../../nodes/Sora/providers/yutoai';
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

const ctx = { taskId: 'from-context', baseUrl: 'https://yutoai.example' };
const status = (name: string) => {
	const body = fixture('yutoai', name);
	return { body, task: yutoai.parseStatusResponse(body, ctx) };
};

describe('yutoai (/v2) catalog', () => {
	test('matches providers.md §3.2: sora-2 10/15 s; sora-2-pro 10/15/25 s, HD (1080p) not at 25 s', () => {
		expectCatalogMatchesDocs(yutoai);
	});
	test('sora-2 offers no HD tier; sora-2-pro 25 s offers 720p only', () => {
		const sora2 = yutoai.models.find((m) => m.id === 'sora-2')!;
		expect(sora2.resolutions).toEqual(['720p']);
		const pro = yutoai.models.find((m) => m.id === 'sora-2-pro')!;
		expect(pro.resolutionsByDuration?.[25]).toEqual(['720p']);
	});
	test('images may be URLs or base64 (data URLs allowed)', () => {
		expect(yutoai.imageRules.allowDataUrl).toBe(true);
	});
});

describe('yutoai buildCreateRequest', () => {
	// The Sora body; the other families have their own yutoai.<family>.test.ts.
	const combos = catalogCombos(yutoai).filter((combo) => combo.model.startsWith('sora'));
	test('covers every catalog combination (sora-2 2×2, pro (2×2 + 1)×2 = 14)', () => {
		expect(combos).toHaveLength(14);
	});

	test.each(combos.map((combo) => [comboName(combo), combo] as const))('%s', (_name, combo) => {
		const call = yutoai.buildCreateRequest(inputFor(yutoai, combo));
		expect(call).toMatchObject({ method: 'POST', path: '/v2/videos/generations' });
		const body = call.body as Record<string, unknown>;
		// §3.2: duration is a string enum "10" | "15" | "25"; "25" only for sora-2-pro.
		expect(typeof body.duration).toBe('string');
		expect(combo.model === 'sora-2-pro' ? ['10', '15', '25'] : ['10', '15']).toContain(body.duration);
		expect(['16:9', '9:16']).toContain(body.aspect_ratio);
		const expected: Record<string, unknown> = {
			model: combo.model,
			prompt: PROMPT,
			duration: `${combo.duration}`,
			aspect_ratio: combo.aspectRatio,
			watermark: false,
			private: false,
		};
		// hd: sora-2-pro only; true exactly for the 1080p tier (never with 25 s, where it has no effect).
		if (combo.model === 'sora-2-pro') expected.hd = combo.resolution === '1080p';
		expect(body).toEqual(expected);
		if (body.hd === true) {
			expect(combo.model).toBe('sora-2-pro');
			expect(body.duration).not.toBe('25');
		}
		// The dialect has no resolution or size field.
		expect(body).not.toHaveProperty('resolution');
		expect(body).not.toHaveProperty('size');
	});

	test('image-to-video sends images: [url]', () => {
		const body = bodyOf(yutoai, { model: 'sora-2', duration: 10, aspectRatio: '9:16', resolution: '720p' }, { imageUrl: 'https://img.example/a.webp' });
		expect(body.images).toEqual(['https://img.example/a.webp']);
	});

	test('extras map to notify_hook, watermark, private, character_url, character_timestamps', () => {
		const body = bodyOf(
			yutoai,
			{ model: 'sora-2-pro', duration: 15, aspectRatio: '16:9', resolution: '1080p' },
			{
				extras: {
					watermark: true,
					private: true,
					notifyHook: 'https://hook.example/cb',
					characterUrl: 'https://cdn.example/cameo.mp4',
					characterTimestamps: '1,3',
				},
			},
		);
		expect(body).toMatchObject({
			hd: true,
			watermark: true,
			private: true,
			notify_hook: 'https://hook.example/cb',
			character_url: 'https://cdn.example/cameo.mp4',
			character_timestamps: '1,3',
		});
	});

	test('empty optional extras are left out', () => {
		const body = bodyOf(yutoai, { model: 'sora-2', duration: 10, aspectRatio: '16:9', resolution: '720p' });
		for (const key of ['notify_hook', 'character_url', 'character_timestamps', 'images', 'hd']) expect(body).not.toHaveProperty(key);
	});
});

describe('yutoai parseCreateResponse', () => {
	test('documented {task_id}', () => {
		expect(yutoai.parseCreateResponse(fixture('yutoai', 'create'))).toBe('f0aa213c-c09e-4e19-a0e5-c698fe48acf1');
	});
	test.each([
		['no task_id', { id: 'x' }],
		['empty task_id', { task_id: '' }],
		['blank task_id', { task_id: '   ' }],
		['null task_id', { task_id: null }],
	])('%s → readable ProviderResponseError', (_label, body) => {
		expectReadable(
			responseError(() => yutoai.parseCreateResponse(body)),
			'create',
			body,
		);
	});
});

describe('yutoai status', () => {
	test('request: GET /v2/videos/generations/{task_id}', () => {
		expect(yutoai.buildStatusRequest('f0aa213c-c09e-4e19-a0e5-c698fe48acf1')).toEqual({
			method: 'GET',
			path: '/v2/videos/generations/f0aa213c-c09e-4e19-a0e5-c698fe48acf1',
		});
		// Veo-style ids contain a colon; it must stay inside one path segment.
		expect(yutoai.buildStatusRequest('veo3:1/2').path).toBe('/v2/videos/generations/veo3%3A1%2F2');
	});

	test('SUCCESS (verbatim): data.output is the URL, "100%" is 100', () => {
		const { body, task } = status('status-success');
		expectTask(task, body, {
			provider: 'yutoai',
			taskId: 'veo3:1756693796-YQVHH4A3Lg',
			status: 'completed',
			providerStatus: 'SUCCESS',
			progress: 100,
			videoUrl: 'https://filesystem.site/cdn/20250901/018eg2SgUpHMT6EEuQbfeRLWeUhE75.mp4',
			thumbnailUrl: null,
			expiresAt: null,
			error: null,
		});
	});

	test('FAILURE (verbatim): fail_reason is the message; progress "100%" does not make it a success', () => {
		const { body, task } = status('status-failure');
		expectTask(task, body, {
			provider: 'yutoai',
			taskId: '32daf195-f961-40b5-a08d-16fe6c3a0cac',
			status: 'failed',
			providerStatus: 'FAILURE',
			progress: 100,
			videoUrl: null,
			thumbnailUrl: null,
			expiresAt: null,
			error: { code: null, message: '输入的提示词或视频的输出内容违反了OpenAI的相关服务政策，请调整提示词后进行重试' },
		});
	});

	test('FAIL (third-party spelling) is also a failure', () => {
		const { body, task } = status('status-fail');
		expectTask(task, body, {
			provider: 'yutoai',
			taskId: '32daf195-f961-40b5-a08d-16fe6c3a0cac',
			status: 'failed',
			providerStatus: 'FAIL',
			progress: 100,
			videoUrl: null,
			thumbnailUrl: null,
			expiresAt: null,
			error: { code: null, message: 'content policy' },
		});
	});

	test('NOT_START → queued, "0%" → 0', () => {
		const { body, task } = status('status-not-start');
		expectTask(task, body, {
			provider: 'yutoai',
			taskId: 'f0aa…',
			status: 'queued',
			providerStatus: 'NOT_START',
			progress: 0,
			videoUrl: null,
			thumbnailUrl: null,
			expiresAt: null,
			error: null,
		});
	});

	test('IN_PROGRESS → processing, "45%" → 45', () => {
		const { body, task } = status('status-in-progress');
		expectTask(task, body, {
			provider: 'yutoai',
			taskId: 'f0aa…',
			status: 'processing',
			providerStatus: 'IN_PROGRESS',
			progress: 45,
			videoUrl: null,
			thumbnailUrl: null,
			expiresAt: null,
			error: null,
		});
	});

	test('lower-case "success" is a success', () => {
		const body = { task_id: 't', status: 'success', progress: '100%', data: { output: 'https://v.example/x.mp4' } };
		const task = yutoai.parseStatusResponse(body, ctx);
		expect(task.status).toBe('completed');
		expect(task.providerStatus).toBe('success');
		expect(task.videoUrl).toBe('https://v.example/x.mp4');
	});

	test('an unknown status word stays processing, even with an output URL', () => {
		const body = { task_id: 't', status: 'UPLOADING', progress: '99%', data: { output: 'https://v.example/x.mp4' } };
		const task = yutoai.parseStatusResponse(body, ctx);
		expect(task.status).toBe('processing');
		expect(task.videoUrl).toBeNull();
		expect(task.progress).toBe(99);
	});

	test('SUCCESS with data null → videoUrl null → missing_video_url', () => {
		const body = { task_id: 't-empty', status: 'SUCCESS', progress: '100%', data: null };
		const task = yutoai.parseStatusResponse(body, ctx);
		expect(task).toMatchObject({ status: 'completed', videoUrl: null });
		const error = videoUrlMissing(yutoai.displayName, task);
		expect(error.code).toBe('missing_video_url');
		expect(error.message).toContain('t-empty');
	});

	describeUnusableBodies(yutoai, ctx);
});
