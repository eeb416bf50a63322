import { openai } from '../../../nodes/Sora/providers/openai';
import { validateCreateInput, type RawCreateParameters } from '../../../nodes/Sora/validation/createInput';
import { expectNames, invalid } from '../validation/helpers';
import { pixelSize } from '../docCatalog';
import { fixture } from '../fixtures';
import { bodyOf, catalogCombos, expectCatalogMatchesDocs, inputFor, idlessAnswers, PROMPT, providerTests } from './shared';

const BASE = 'https://api.openai.com/v1';
const { ctx, statusFixtures, createRefusals, createBodies, unusableBodies } = providerTests(openai, 'openai', {
	taskId: 'video_ctx',
	baseUrl: BASE,
});

// §1.4 the spec's VideoSize.
const documentedSizes = ['720x1280', '1280x720', '1024x1792', '1792x1024'];

describe('openai catalog', () => {
	test('every row is a retired Sora model, said in its name and description', () => {
		for (const model of openai.models) {
			expect(model.displayName).toMatch(/ \(retired\)$/);
			expect(model.description).toBe('Retired upstream on 2026-09-24: works only where your provider still serves it');
		}
	});
	test('values beyond the spec (VideoSeconds 4/8/12; VideoSize 720/1024 pairs) are exactly the guide-only ones, labelled', () => {
		const specSeconds = [4, 8, 12];
		const specResolutions = ['720p', '1024p'];
		for (const model of openai.models) {
			const beyond = model.beyondSpec;
			expect(beyond?.durations ?? []).toEqual(model.durations.filter((seconds) => !specSeconds.includes(seconds)));
			expect(beyond?.resolutions ?? []).toEqual(model.resolutions.filter((tier) => !specResolutions.includes(tier)));
			if (beyond) expect(beyond.label).toMatch(/not in the API spec/);
		}
	});
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
	test('node version 1 keeps the guide-only lengths and 1080p: 16/20 s and 1920x1080 are still sent', () => {
		const v1 = (overrides: Partial<RawCreateParameters>) =>
			validateCreateInput(openai, { model: 'sora-2-pro', prompt: PROMPT, duration: 4, aspectRatio: '16:9', resolution: '720p', imageUrl: '', extras: {}, nodeVersion: 1, ...overrides });
		expect(openai.buildCreateRequest(v1({ duration: 20, resolution: '1080p' })).body).toEqual({ model: 'sora-2-pro', prompt: PROMPT, seconds: '20', size: '1920x1080' });
		expect(openai.buildCreateRequest(v1({ model: 'sora-2', duration: 16, aspectRatio: '9:16' })).body).toEqual({ model: 'sora-2', prompt: PROMPT, seconds: '16', size: '720x1280' });
	});

	test('node version 2 refuses them before any request, saying version 1 still sends them', () => {
		const v2 = (overrides: Partial<RawCreateParameters>) => () =>
			validateCreateInput(openai, { model: 'sora-2-pro', prompt: PROMPT, duration: 4, aspectRatio: '16:9', resolution: '720p', imageUrl: '', extras: {}, nodeVersion: 2, ...overrides });
		const seconds = invalid(v2({ duration: 16 }));
		expectNames(seconds, 'duration', '16', [4, 8, 12]);
		expect(seconds.message).toContain('takes seconds (16 is not in the provider\'s API spec, so node version 2 does not send it; node version 1 still does); allowed: 4, 8, 12');
		expectNames(invalid(v2({ duration: 8, resolution: '1080p' })), 'resolution', '"1080p"', ['720p', '1024p']);
	});

	createBodies(combos, 'covers every catalog combination of node version 2 (6 + 12 + 6 + 6 + 12 = 42)', 42, '/videos', (body, combo) => {
		// seconds is a string; size is a WxH pixel string from the documented list.
		expect(typeof body.seconds).toBe('string');
		expect(['4', '8', '12']).toContain(body.seconds);
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

	test('download of the bytes: GET /videos/{id}/content with Accept: application/binary, as the SDK sends', () => {
		expect(openai.buildAuthenticatedDownload?.('video_69b131ea03548190925a6a06febf993b')).toEqual({
			method: 'GET',
			path: '/videos/video_69b131ea03548190925a6a06febf993b/content',
			headers: { Accept: 'application/binary' },
		});
	});

	test('an image from binary data makes the create multipart: text fields plus the file as input_reference', () => {
		const file = { fileName: 'frame.png', mimeType: 'image/png', format: 'png' as const, byteLength: 3, width: 1280, height: 720, open: async () => Buffer.from('abc') };
		const input = { ...inputFor(openai, { model: 'sora-2', duration: 8, aspectRatio: '16:9', resolution: '720p' }), imageFile: file };
		const call = openai.buildCreateRequest(input);
		expect(call.body).toBeUndefined();
		expect(call.form).toEqual([
			{ name: 'model', value: 'sora-2' },
			{ name: 'prompt', value: PROMPT },
			{ name: 'seconds', value: '8' },
			{ name: 'size', value: '1280x720' },
			{ name: 'input_reference', file },
		]);
	});
});

describe('openai parseCreateResponse', () => {
	test('the create answer is a Video object', () => {
		expect(openai.parseCreateResponse(fixture('openai', 'status-queued'))).toBe('video_69b131ea03548190925a6a06febf993b');
	});
	createRefusals([
		...idlessAnswers({ object: 'video', status: 'queued' }),
		['OpenAI error envelope', { error: { message: 'Your organization must be verified', type: 'invalid_request_error', param: null, code: null } }],
	]);
});

describe('openai status', () => {
	test('request: GET /videos/{id}', () => {
		expect(openai.buildStatusRequest('video_69b131ea03548190925a6a06febf993b')).toEqual({ method: 'GET', path: '/videos/video_69b131ea03548190925a6a06febf993b' });
	});

	statusFixtures([
		['queued', 'status-queued', { taskId: 'video_69b131ea03548190925a6a06febf993b', status: 'queued', providerStatus: 'queued', progress: 0 }],
		['in_progress 42', 'status-in-progress', { taskId: 'video_…', status: 'processing', providerStatus: 'in_progress', progress: 42 }],
		['completed: no URL in the object → /videos/{id}/content under the base URL', 'status-completed', { taskId: 'video_…', status: 'completed', providerStatus: 'completed', progress: 100, videoUrl: 'https://api.openai.com/v1/videos/video_%E2%80%A6/content', thumbnailUrl: 'https://api.openai.com/v1/videos/video_%E2%80%A6/content?variant=thumbnail', expiresAt: '2026-03-12T09:14:15.000Z' }],
	]);

	test('the content URL follows a reseller base URL', () => {
		const body = { ...(fixture('openai', 'status-completed') as Record<string, unknown>), id: 'video_abc' };
		const task = openai.parseStatusResponse(body, { taskId: 'video_abc', baseUrl: 'https://proxy.example/openai/v1' });
		expect(task.videoUrl).toBe('https://proxy.example/openai/v1/videos/video_abc/content');
	});

	statusFixtures([
		['failed with error {code, message}', 'status-failed', { taskId: 'video_…', status: 'failed', providerStatus: 'failed', progress: 0, error: { code: '…', message: '…' } }],
	]);

	test('"Completed" is completed; an unknown word stays processing without a URL', () => {
		const base = fixture('openai', 'status-completed') as Record<string, unknown>;
		expect(openai.parseStatusResponse({ ...base, status: 'Completed' }, ctx).status).toBe('completed');
		expect(openai.parseStatusResponse({ ...base, status: 'archived' }, ctx)).toMatchObject({ status: 'processing', videoUrl: null, thumbnailUrl: null });
	});

	unusableBodies();
});

describe('openai remix, list, delete (providers.md §1.3)', () => {
	test('remix: POST /videos/{id}/remix with only the new prompt', () => {
		expect(openai.buildRemixRequest?.({ taskId: 'video_abc', prompt: 'Now at night' })).toEqual({
			method: 'POST',
			path: '/videos/video_abc/remix',
			body: { prompt: 'Now at night' },
		});
	});
	test('remix answers a Video object, read like a create answer', () => {
		const remix = { ...(fixture('openai', 'status-queued') as Record<string, unknown>), id: 'video_remix1', remixed_from_video_id: 'video_abc' };
		expect(openai.parseCreateResponse(remix)).toBe('video_remix1');
	});
	test('list: GET /videos with limit, and after once there is a cursor', () => {
		expect(openai.videoList?.request(undefined, 20)).toEqual({ method: 'GET', path: '/videos', qs: { limit: 20 } });
		expect(openai.videoList?.request('video_9', 100)).toEqual({ method: 'GET', path: '/videos', qs: { limit: 100, after: 'video_9' } });
	});
	test('list page: data, has_more, last_id (falling back to the last id in data)', () => {
		const video = fixture('openai', 'status-completed');
		expect(openai.videoList?.parse({ object: 'list', data: [video], has_more: true, last_id: 'video_x' })).toEqual({ videos: [video], hasMore: true, lastId: 'video_x' });
		expect(openai.videoList?.parse({ data: [{ id: 'video_1' }, { id: 'video_2' }], has_more: false })).toEqual({
			videos: [{ id: 'video_1' }, { id: 'video_2' }],
			hasMore: false,
			lastId: 'video_2',
		});
		expect(() => openai.videoList?.parse({ error: { message: 'nope' } })).toThrow(/video list response/);
	});
	test('delete: DELETE /videos/{id}, the id encoded', () => {
		expect(openai.buildDeleteRequest?.('video_a b')).toEqual({ method: 'DELETE', path: '/videos/video_a%20b' });
	});
});

describe('openai model list and unavailable models', () => {
	test('GET /models; every id, or only video endpoints where the answer names endpoint types', () => {
		expect(openai.modelList?.request).toEqual({ method: 'GET', path: '/models' });
		expect(openai.modelList?.parse({ object: 'list', data: [{ id: 'sora-2' }, { id: 'gpt-4o' }, { id: ' sora-2 ' }] })).toEqual(['sora-2', 'gpt-4o']);
		const newApi = { data: [{ id: 'kling-v1', supported_endpoint_types: ['openai-video'] }, { id: 'gpt-4o', supported_endpoint_types: ['openai'] }] };
		expect(openai.modelList?.parse(newApi)).toEqual(['kling-v1']);
		expect(() => openai.modelList?.parse({ models: [] })).toThrow(/no data array/);
	});
	test.each([
		[true, 404, { error: { message: 'The model `sora-3` does not exist or you do not have access to it.', type: 'invalid_request_error', code: 'model_not_found' } }],
		[true, 503, { error: { message: '当前分组 default 下对于模型 sora-2 无可用渠道', type: 'new_api_error' } }],
		[true, 400, { error: { message: 'The model sora-2 has been retired.', code: null } }],
		[false, 404, { error: { message: 'Video not found', code: 'not_found' } }],
		[false, 400, { error: { message: "Invalid value for 'seconds'.", param: 'seconds' } }],
	])('unavailable %s for HTTP %s %j', (expected, httpStatus, body) => {
		expect(openai.isModelUnavailable?.({ httpStatus, body, message: '' })).toBe(expected);
	});
	test('a custom model sends seconds as text, like the catalog models', () => {
		expect(openai.customModel?.body.duration).toEqual({ key: 'seconds', type: 'string' });
	});
});
