import { openai } from '../../../nodes/Sora/providers/openai';
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

const BASE = 'https://api.openai.com/v1';
const ctx = { taskId: 'video_ctx', baseUrl: BASE };
const status = (name: string) => {
	const body = fixture('openai', name);
	return { body, task: openai.parseStatusResponse(body, ctx) };
};

// §1.4 SDK VideoSize plus the guide's 1080p sizes.
const documentedSizes = ['720x1280', '1280x720', '1024x1792', '1792x1024', '1920x1080', '1080x1920'];

describe('openai catalog', () => {
	test('matches providers.md §1.4: sora-2 720p only; sora-2-pro adds 1024p/1080p; snapshots per SDK enum', () => {
		expectCatalogMatchesDocs(openai);
	});
	test('sora-2 (any snapshot) never offers the Pro-only sizes', () => {
		for (const model of openai.models.filter((m) => !m.id.includes('pro'))) expect(model.resolutions).toEqual(['720p']);
	});
	test('images: jpeg/png/webp; base64 data URLs allowed', () => {
		expect([...(openai.imageRules.extensions ?? [])].sort()).toEqual(['jpeg', 'jpg', 'png', 'webp']);
		expect(openai.imageRules.allowDataUrl).toBe(true);
	});
});

describe('openai buildCreateRequest', () => {
	const combos = catalogCombos(openai);
	test('covers every catalog combination (10 + 30 + 6 + 6 + 12 = 64)', () => {
		expect(combos).toHaveLength(64);
	});

	test.each(combos.map((combo) => [comboName(combo), combo] as const))('%s', (_name, combo) => {
		const call = openai.buildCreateRequest(inputFor(openai, combo));
		expect(call).toMatchObject({ method: 'POST', path: '/videos' });
		const body = call.body as Record<string, unknown>;
		// seconds is a string; size is a WxH pixel string from the documented list.
		expect(typeof body.seconds).toBe('string');
		expect(['4', '8', '12', '16', '20']).toContain(body.seconds);
		expect(documentedSizes).toContain(body.size);
		expect(body).toEqual({
			model: combo.model,
			prompt: PROMPT,
			seconds: `${combo.duration}`,
			size: pixelSize[combo.resolution][combo.aspectRatio],
		});
	});

	test('a reference image is input_reference {image_url}', () => {
		const body = bodyOf(openai, { model: 'sora-2', duration: 4, aspectRatio: '16:9', resolution: '720p' }, { imageUrl: 'data:image/png;base64,iVBORw0KGgo=' });
		expect(body.input_reference).toEqual({ image_url: 'data:image/png;base64,iVBORw0KGgo=' });
	});

	test('download of the bytes: GET /videos/{id}/content', () => {
		expect(openai.buildAuthenticatedDownload?.('video_69b131ea03548190925a6a06febf993b')).toEqual({
			method: 'GET',
			path: '/videos/video_69b131ea03548190925a6a06febf993b/content',
		});
	});
});

describe('openai parseCreateResponse', () => {
	test('the create answer is a Video object', () => {
		expect(openai.parseCreateResponse(fixture('openai', 'status-queued'))).toBe('video_69b131ea03548190925a6a06febf993b');
	});
	test.each([
		['no id', { object: 'video', status: 'queued' }],
		['empty id', { id: '', status: 'queued' }],
		['blank id', { id: '  ', status: 'queued' }],
		['OpenAI error envelope', { error: { message: 'Your organization must be verified', type: 'invalid_request_error', param: null, code: null } }],
	])('%s → readable ProviderResponseError', (_label, body) => {
		expectReadable(
			responseError(() => openai.parseCreateResponse(body)),
			'create',
			body,
		);
	});
});

describe('openai status', () => {
	test('request: GET /videos/{id}', () => {
		expect(openai.buildStatusRequest('video_69b131ea03548190925a6a06febf993b')).toEqual({ method: 'GET', path: '/videos/video_69b131ea03548190925a6a06febf993b' });
	});

	test('queued', () => {
		const { body, task } = status('status-queued');
		expectTask(task, body, {
			provider: 'openai',
			taskId: 'video_69b131ea03548190925a6a06febf993b',
			status: 'queued',
			providerStatus: 'queued',
			progress: 0,
			videoUrl: null,
			thumbnailUrl: null,
			expiresAt: null,
			error: null,
		});
	});

	test('in_progress 42', () => {
		const { body, task } = status('status-in-progress');
		expectTask(task, body, {
			provider: 'openai',
			taskId: 'video_…',
			status: 'processing',
			providerStatus: 'in_progress',
			progress: 42,
			videoUrl: null,
			thumbnailUrl: null,
			expiresAt: null,
			error: null,
		});
	});

	test('completed: no URL in the object → /videos/{id}/content under the base URL', () => {
		const { body, task } = status('status-completed');
		expectTask(task, body, {
			provider: 'openai',
			taskId: 'video_…',
			status: 'completed',
			providerStatus: 'completed',
			progress: 100,
			videoUrl: 'https://api.openai.com/v1/videos/video_%E2%80%A6/content',
			thumbnailUrl: 'https://api.openai.com/v1/videos/video_%E2%80%A6/content?variant=thumbnail',
			expiresAt: '2026-03-12T09:14:15.000Z',
			error: null,
		});
	});

	test('the content URL follows a reseller base URL', () => {
		const body = { ...(fixture('openai', 'status-completed') as Record<string, unknown>), id: 'video_abc' };
		const task = openai.parseStatusResponse(body, { taskId: 'video_abc', baseUrl: 'https://proxy.example/openai/v1' });
		expect(task.videoUrl).toBe('https://proxy.example/openai/v1/videos/video_abc/content');
	});

	test('failed with error {code, message}', () => {
		const { body, task } = status('status-failed');
		expectTask(task, body, {
			provider: 'openai',
			taskId: 'video_…',
			status: 'failed',
			providerStatus: 'failed',
			progress: 0,
			videoUrl: null,
			thumbnailUrl: null,
			expiresAt: null,
			error: { code: '…', message: '…' },
		});
	});

	test('"Completed" is completed; an unknown word stays processing without a URL', () => {
		const base = fixture('openai', 'status-completed') as Record<string, unknown>;
		expect(openai.parseStatusResponse({ ...base, status: 'Completed' }, ctx).status).toBe('completed');
		expect(openai.parseStatusResponse({ ...base, status: 'archived' }, ctx)).toMatchObject({ status: 'processing', videoUrl: null, thumbnailUrl: null });
	});

	describeUnusableBodies(openai, ctx);
});
