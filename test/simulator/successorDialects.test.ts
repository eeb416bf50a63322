import { startSimulator, type SimulatorHandle } from '../../dev/simulator';

// The simulator's YutoAI and GlobalAI OPC successor models answer like their docs
// (video-models.md §2, §4): documented bodies pass, anything else is refused in the provider's form.
type Json = any;
const KEY = 'sk-test-successors';
const AUTH = { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' };

let sim: SimulatorHandle;
beforeAll(async () => {
	sim = await startSimulator({ apiKey: KEY });
});
afterAll(() => sim.close());
beforeEach(() => sim.reset());

async function post(provider: 'yutoai' | 'xingchao', path: string, body: unknown): Promise<{ status: number; json: Json }> {
	const res = await fetch(`${sim.baseUrl(provider)}${path}`, { method: 'POST', headers: AUTH, body: JSON.stringify(body) });
	return { status: res.status, json: await res.json() };
}
async function get(provider: 'yutoai' | 'xingchao', path: string): Promise<{ status: number; json: Json }> {
	const res = await fetch(`${sim.baseUrl(provider)}${path}`, { headers: AUTH });
	return { status: res.status, json: await res.json() };
}
async function pollToEnd(provider: 'yutoai' | 'xingchao', path: string): Promise<Json> {
	let answer: Json;
	for (let i = 0; i < 4; i++) answer = (await get(provider, path)).json;
	return answer;
}

describe('yutoai /v2 successors', () => {
	const create = (body: unknown) => post('yutoai', '/v2/videos/generations', body);

	test.each([
		['veo3.1', { model: 'veo3.1', prompt: 'p', aspect_ratio: '16:9', enable_upsample: true, images: ['https://i.example/a.png', 'https://i.example/b.png'] }, /^veo3:\d+-[A-Za-z0-9]{10}$/],
		['veo3.1-components', { model: 'veo3.1-components', prompt: 'p', images: ['data:image/png;base64,AAAA'] }, /^veo3:/],
		['grok-video-3', { model: 'grok-video-3', prompt: 'p', ratio: '3:2', resolution: '720P', duration: 10, images: ['https://i.example/a.png'] }, /^grok:[0-9a-f-]{36}$/],
		['seedance pro', { model: 'doubao-seedance-1-0-pro-250528', prompt: 'p', duration: 10, ratio: '9:16', resolution: '720p', seed: 5 }, /^cgt-\d{14}-[0-9a-z]{5}$/],
		['wan2.5', { model: 'wan2.5-i2v-preview', prompt: 'p', duration: 10, resolution: '1080P', images: ['https://i.example/a.png'], audio: true }, /^[0-9a-f-]{36}$/],
		['wan2.2 t2v', { model: 'wan2.2-t2v-plus', prompt: 'p', duration: 5, size: '1920x1080' }, /^[0-9a-f-]{36}$/],
	])('%s: a documented body is accepted', async (_label, body, idShape) => {
		const { status, json } = await create(body);
		expect(status).toBe(200);
		expect(json.task_id).toMatch(idShape);
	});

	test.each([
		['a quoted duration', { model: 'doubao-seedance-1-0-pro-250528', prompt: 'p', duration: '5' }, 'duration'],
		['16:9 on Grok', { model: 'grok-video-3', prompt: 'p', ratio: '16:9' }, 'ratio'],
		['lower-case Wan tier', { model: 'wan2.2-i2v-plus', prompt: 'p', duration: 5, resolution: '1080p', images: ['https://i.example/a.png'] }, 'resolution'],
		['a Veo duration field', { model: 'veo3.1', prompt: 'p', duration: 8 }, 'duration'],
		['aspect_ratio on Seedance', { model: 'doubao-seedance-1-0-pro-250528', prompt: 'p', aspect_ratio: '16:9' }, 'aspect_ratio'],
		['no image on lite-i2v', { model: 'doubao-seedance-1-0-lite-i2v-250428', prompt: 'p' }, 'images'],
		['an 801-character prompt', { model: 'doubao-seedance-1-0-pro-250528', prompt: 'x'.repeat(801) }, 'prompt'],
	])('%s → 400 in the new-api envelope, nothing created', async (_label, body, key) => {
		const { status, json } = await create(body);
		expect(status).toBe(400);
		expect(json.error).toMatchObject({ type: 'new_api_error', code: 'invalid_request' });
		expect(json.error.message).toContain(key);
		expect(sim.tasks.size).toBe(0);
	});

	test('an unknown id → 503 model_not_found "无可用渠道"', async () => {
		const { status, json } = await create({ model: 'veo3.1-4k', prompt: 'p' });
		expect(status).toBe(503);
		expect(json.error).toMatchObject({ code: 'model_not_found', type: 'new_api_error' });
		expect(json.error.message).toContain('veo3.1-4k 无可用渠道');
		expect(sim.tasks.size).toBe(0);
	});

	test('status answers: Veo platform google, colon id decoded; Seedance string facts; [outputs]', async () => {
		const veo = (await create({ model: 'veo3.1', prompt: 'p' })).json.task_id as string;
		const veoDone = await pollToEnd('yutoai', `/v2/videos/generations/${encodeURIComponent(veo)}`);
		expect(veoDone).toMatchObject({ task_id: veo, platform: 'google', action: 'google-videos', status: 'SUCCESS', data: { output: sim.fileUrl(veo) } });

		const seedance = (await create({ model: 'doubao-seedance-1-0-pro-250528', prompt: 'p', duration: 10, ratio: '9:16', resolution: '720p' })).json.task_id;
		const seedanceDone = await pollToEnd('yutoai', `/v2/videos/generations/${seedance}`);
		expect(seedanceDone).toMatchObject({ platform: 'bytedance', action: 'seedance-video', data: { duration: '10', ratio: '9:16', resolution: '720p', usage: { total_tokens: 49005 } } });

		const grok = (await create({ model: 'grok-video-3', prompt: 'p [outputs]' })).json.task_id as string;
		const grokDone = await pollToEnd('yutoai', `/v2/videos/generations/${encodeURIComponent(grok)}`);
		expect(grokDone.data).toEqual({ outputs: [sim.fileUrl(grok)] });
	});

	test('GET /v1/models lists the video ids with a video endpoint type, and a chat id without', async () => {
		const { status, json } = await get('yutoai', '/v1/models');
		expect(status).toBe(200);
		const video = json.data.filter((m: Json) => m.supported_endpoint_types.includes('openai-video')).map((m: Json) => m.id);
		expect(video).toEqual(expect.arrayContaining(['veo3.1', 'grok-video-3', 'wan2.5-i2v-preview', 'doubao-seedance-1-0-pro-250528', 'sora-2']));
		expect(json.data.find((m: Json) => m.id === 'gpt-4o-mini').supported_endpoint_types).toEqual(['openai']);
	});
});

describe('xingchao (GlobalAI OPC) successors', () => {
	test.each([
		['/v1/veo/videos', { model: 'veo_3_1_fast', prompt: 'p', aspect_ratio: '16:9', resolution: '4K', first_image: 'https://i.example/a.png', last_image: 'https://i.example/b.png' }, /^vgen_/],
		['/v1/kyyvideo2/videos', { model: 'seedance_2_0_pro', prompt: 'p', duration: 8, aspect_ratio: '9:16', generateAudio: true }, /^video_/],
		['/v1/kyyvideo2/videos', { model: 'seedance_2_0', prompt: 'p', referenceVideos: ['asset://asset-1'] }, /^video_/],
		['/v1/seedance/videos', { model: 'seedance_1_5_pro_480p', content: [{ type: 'text', text: 'p' }], ratio: 'adaptive', duration: -1, generate_audio: true }, /^video_/],
		['/v1/grok/videos', { model: 'grok_video3_pro', prompt: 'p', aspect_ratio: '16:9' }, /^video_/],
		['/v1/grok/videos', { model: 'grok_video3_max', prompt: 'p', duration: 12, image_urls: [1, 2, 3, 4, 5].map((n) => `https://i.example/${n}.png`) }, /^video_/],
		['/v1/veo/videos', { model: 'veo_3_1_pro_stable', prompt: 'p', resolution: '1080p', input_reference: ['https://i.example/a.png', 'https://i.example/b.png', 'https://i.example/c.png'] }, /^vgen_/],
		['/v1/vidu/videos', { model: 'viduq3-pro', prompt: 'p', duration: 1, aspect_ratio: '3:4', resolution: '540p' }, /^video_/],
	])('%s: a documented body is accepted (object "video", queued)', async (path, body, idShape) => {
		const { status, json } = await post('xingchao', path, body);
		expect(status).toBe(200);
		expect(json).toMatchObject({ object: 'video', status: 'queued', model: (body as Json).model });
		expect(json.id).toMatch(idShape);
	});

	test.each([
		['/v1/kyyvideo2/videos', { model: 'seedance_2_0_pro', prompt: 'p', generate_audio: true }, 'generate_audio is not a parameter'],
		['/v1/kyyvideo2/videos', { model: 'seedance_2_0_fast', prompt: 'p' }, 'referenceVideos'],
		['/v1/kyyvideo2/videos', { model: 'seedance_2_0_pro', prompt: 'p', first_image: 'https://i.example/a.png', referenceImages: ['https://i.example/b.png'] }, 'cannot be used together'],
		['/v1/veo/videos', { model: 'veo_3_1_pro_stable', prompt: 'p', resolution: '4K' }, 'resolution'],
		['/v1/veo/videos', { model: 'veo_3_1_fast', prompt: 'p', duration: 8 }, 'duration'],
		['/v1/veo/videos', { model: 'veo_3_1_fast_stable', prompt: 'p', input_reference: ['https://i.example/a.png'] }, 'input_reference is not a parameter'],
		['/v1/veo/videos', { model: 'veo_3_1_pro', prompt: 'p', input_reference: ['a', 'b', 'c', 'd'].map((n) => `https://i.example/${n}.png`) }, 'at most 3'],
		['/v1/veo/videos', { model: 'veo_3_1_fast', prompt: 'p', first_image: 'https://i.example/a.png', input_reference: ['https://i.example/b.png'] }, 'cannot be used together'],
		['/v1/veo/videos', { model: 'veo_3_1_fast', prompt: 'p', input_reference: ['https://i.example/a.png'], image_urls: ['https://i.example/b.png'] }, 'input_reference and image_urls'],
		['/v1/grok/videos', { model: 'grok_video3_max', prompt: 'p', duration: 8 }, 'duration'],
		['/v1/grok/videos', { model: 'grok_video3', prompt: 'p', duration: '10' }, 'integer'],
		['/v1/grok/videos', { model: 'grok_video3_max', prompt: 'p', image_urls: [1, 2, 3, 4, 5, 6].map((n) => `https://i.example/${n}.png`) }, 'at most 5'],
		['/v1/grok/videos', { model: 'grok_video3', prompt: 'p', image_urls: [1, 2, 3, 4, 5, 6, 7, 8].map((n) => `https://i.example/${n}.png`) }, 'at most 7'],
		['/v1/grok/videos', { model: 'grok_video3_stable', prompt: 'p', image_urls: ['data:image/png;base64,AAAA'] }, 'URLs only'],
		['/v1/seedance/videos', { model: 'seedance_1_5_pro_720p', prompt: 'p' }, 'prompt is required'],
		['/v1/seedance/videos', { model: 'seedance_1_5_pro_720p', prompt: 'p', content: [{ type: 'text', text: 'p' }] }, 'prompt is not a parameter'],
		['/v1/seedance/videos', { model: 'seedance_1_5_pro_720p', content: [{ type: 'text', text: 'p' }, { type: 'image_url', image_url: { url: 'https://i.example/b.png' }, role: 'last_frame' }] }, 'needs a first_frame'],
		['/v1/vidu/videos', { model: 'viduq3-pro', prompt: 'p', last_image: 'https://i.example/b.png' }, 'last_image needs first_image'],
	])('%s %j → HTTP 200, id null, the reason in error; nothing created', async (path, body, reason) => {
		const { status, json } = await post('xingchao', path, body);
		expect(status).toBe(200);
		expect(json).toMatchObject({ id: null, object: 'error', model: null, status: 'failed' });
		expect(json.error).toContain('Parameter validation failed');
		expect(json.error).toContain(reason);
		expect(sim.tasks.size).toBe(0);
	});

	test('a model the path does not serve, and an unknown Sora id, are refused the same way', async () => {
		for (const [path, model] of [['/v1/veo/videos', 'grok_video3'], ['/v1/sora/videos', 'openAiSora3']]) {
			const { status, json } = await post('xingchao', path, { model, prompt: 'p' });
			expect(status).toBe(200);
			expect(json).toMatchObject({ id: null, object: 'error', error: `Parameter validation failed: model ${model} is not supported on this endpoint` });
		}
	});

	test('[refuse-create] gives the generic "Creation failed"', async () => {
		const { json } = await post('xingchao', '/v1/vidu/videos', { model: 'viduq3-pro', prompt: 'p [refuse-create]' });
		expect(json).toMatchObject({ id: null, error: 'Creation failed' });
	});

	test('completed tasks carry actualDuration and amount; Veo is 8 s', async () => {
		const veo = (await post('xingchao', '/v1/veo/videos', { model: 'veo_3_1_fast', prompt: 'p' })).json.id;
		expect(await pollToEnd('xingchao', `/v1/result/${veo}`)).toMatchObject({ status: 'completed', actualDuration: 8, amount: 4, video_url: sim.fileUrl(veo) });
		const vidu = (await post('xingchao', '/v1/vidu/videos', { model: 'viduq3-turbo', prompt: 'p', duration: 16 })).json.id;
		expect(await pollToEnd('xingchao', `/v1/result/${vidu}`)).toMatchObject({ actualDuration: 16, amount: 8 });
	});

	test('the credential route is the asset list; there is no /v1/models', async () => {
		const list = await post('xingchao', '/kyyVideo2/asset/list', { page: 1, pageSize: 1, status: [], assetType: [] });
		expect(list).toEqual({ status: 200, json: { code: 0, msg: null, data: { records: [], total: 0, size: 1, current: 1, pages: 0 } } });
		const models = await get('xingchao', '/v1/models');
		expect(models.status).toBe(404);
		expect(models.json.message).toBe('No handler found for GET /kyyReactApiServer/v1/models');
	});
});
