import { fixture } from '../unit/fixtures';
import { useSimulator } from '../support/useSimulator';

// The evolink dialect checks successor-model bodies like EvoLink's pages and answers in EvoLink's forms.
const KEY = 'sk-sim-evolink';
const sim = useSimulator({ apiKey: KEY });

const headers = { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' };
const create = async (body: unknown) => {
	const response = await fetch(`${sim.baseUrl('evolink')}/v1/videos/generations`, { method: 'POST', headers, body: JSON.stringify(body) });
	return { status: response.status, json: (await response.json()) as Record<string, any> };
};
const first = 'https://a.example/first.png';
const last = 'https://a.example/last.png';
const clip = 'https://a.example/reference.mp4';
const voice = 'https://a.example/voice.mp3';
const example = (name: string) => fixture('evolink', name) as Record<string, unknown>;

test.each([
	['a duration in quotes', { model: 'seedance-2.0-text-to-video', prompt: 'x', duration: '8' }, 'duration'],
	['a duration outside the range', { model: 'kling-v3-text-to-video', prompt: 'x', duration: 16 }, 'duration'],
	['resolution instead of quality', { model: 'wan2.7-text-to-video', prompt: 'x', resolution: '720p' }, 'resolution'],
	['1080p on Seedance 2.0 Fast', { model: 'seedance-2.0-fast-text-to-video', prompt: 'x', quality: '1080p' }, 'quality'],
	['Hailuo 1080p at 10 s', { model: 'MiniMax-Hailuo-2.3', prompt: 'x', duration: 10, quality: '1080p' }, 'duration'],
	['Kling sound as a boolean', { model: 'kling-v3-text-to-video', prompt: 'x', sound: true }, 'sound'],
	['Kling generate_audio', { model: 'kling-v3-text-to-video', prompt: 'x', generate_audio: true }, 'generate_audio'],
	['Kling image-to-video without image_start', { model: 'kling-v3-image-to-video', prompt: 'x', duration: 5 }, 'image_start'],
	['Kling image_urls instead of image_start', { model: 'kling-v3-image-to-video', prompt: 'x', image_urls: [first] }, 'image_urls'],
	['Kling image_end without image_start', { model: 'kling-o3-image-to-video', prompt: 'x', image_end: last }, 'image_end'],
	['an image on a text-to-video id', { model: 'seedance-2.0-text-to-video', prompt: 'x', image_urls: [first] }, 'image_urls'],
	['Seedance image-to-video without an image', { model: 'seedance-2.0-image-to-video', prompt: 'x' }, 'image_urls'],
	['Veo FIRST&LAST without images', { model: 'veo-3.1-fast-generate-preview', prompt: 'x', generation_type: 'FIRST&LAST' }, 'image_urls'],
	['Veo beta with 1080p', { model: 'veo3.1-fast-beta', prompt: 'x', quality: '1080p' }, 'quality'],
	['Veo beta with a duration', { model: 'veo3.1-pro-beta', prompt: 'x', duration: 8 }, 'duration'],
	['Veo ratio auto spelled adaptive', { model: 'veo-3.1-generate-preview', prompt: 'x', aspect_ratio: 'adaptive' }, 'aspect_ratio'],
	['Wan 2.7 first_frame with an image_end', { model: 'wan2.7-image-to-video', prompt: 'x', generation_mode: 'first_frame', image_start: first, image_end: last }, 'generation_mode'],
	['Wan 2.7 seed 0', { model: 'wan2.7-text-to-video', prompt: 'x', seed: 0 }, 'seed'],
	['Wan 2.6 prompt over 1500 characters', { model: 'wan2.6-text-to-video', prompt: 'x'.repeat(1501) }, 'prompt'],
	['Grok 1.0 i2v without images', { model: 'grok-imagine-video-1.0-i2v', prompt: 'x', duration: 10 }, 'image_urls'],
	['Grok beta at 5 s', { model: 'grok-imagine-text-to-video-beta', prompt: 'x', duration: 5 }, 'duration'],
	['Sora seed sora-2 at 8 s', { model: 'sora-2', prompt: 'x', duration: 8 }, 'duration'],
	['Kling O3 reference without video_url', { model: 'kling-o3-reference-to-video', prompt: 'x', image_urls: [first], duration: 5 }, 'video_url'],
	['Kling O3 reference with video_urls', { model: 'kling-o3-reference-to-video', prompt: 'x', video_urls: [clip] }, 'video_urls'],
	['Kling O3 reference at 11 s', { model: 'kling-o3-reference-to-video', prompt: 'x', video_url: clip, duration: 11 }, 'duration'],
	['Kling O3 reference with 5 images', { model: 'kling-o3-reference-to-video', prompt: 'x', video_url: clip, image_urls: [1, 2, 3, 4, 5].map((n) => `https://a.example/${n}.png`) }, 'image_urls'],
	['Kling O3 reference at 4k', { model: 'kling-o3-reference-to-video', prompt: 'x', video_url: clip, quality: '4k' }, 'quality'],
	['Kling O3 reference with sound', { model: 'kling-o3-reference-to-video', prompt: 'x', video_url: clip, sound: 'on' }, 'sound'],
	['Kling O3 reference with a first frame', { model: 'kling-o3-reference-to-video', prompt: 'x', video_url: clip, image_start: first }, 'image_start'],
	['Wan 2.7 voice binding with a bad key', { model: 'wan2.7-reference-video', prompt: 'x', image_urls: [first], model_params: { voice_bindings: { img1: voice } } }, 'model_params'],
	['Wan 2.7 voice binding out of range', { model: 'wan2.7-reference-video', prompt: 'x', image_urls: [first], model_params: { voice_bindings: { image2: voice } } }, 'model_params'],
	['Wan 2.7 voice binding of a missing video', { model: 'wan2.7-reference-video', prompt: 'x', image_urls: [first], model_params: { voice_bindings: { video1: voice } } }, 'model_params'],
	['Wan 2.7 six voice bindings', { model: 'wan2.7-reference-video', prompt: 'x', image_urls: [1, 2, 3, 4, 5].map((n) => `https://a.example/${n}.png`), model_params: { voice_bindings: { image1: voice, image2: voice, image3: voice, image4: voice, image5: voice, video1: voice } } }, 'model_params'],
	['Wan 2.7 voice binding that is no URL', { model: 'wan2.7-reference-video', prompt: 'x', image_urls: [first], model_params: { voice_bindings: { image1: 'voice.mp3' } } }, 'model_params'],
	['Kling O3 image element items that are bare strings', { model: 'kling-o3-image-to-video', prompt: 'x', image_urls: [first], model_params: { element_list: ['123456'] } }, 'model_params'],
	['Kling O3 image element id as a number', { model: 'kling-o3-image-to-video', prompt: 'x', image_urls: [first], model_params: { element_list: [{ element_id: 123456 }] } }, 'model_params'],
	['Kling O3 image element_list that is no array', { model: 'kling-o3-image-to-video', prompt: 'x', image_urls: [first], model_params: { element_list: { element_id: '1' } } }, 'model_params'],
	['Kling O3 image 4 elements with a first frame', { model: 'kling-o3-image-to-video', prompt: 'x', image_start: first, model_params: { element_list: ['1', '2', '3', '4'].map((element_id) => ({ element_id })) } }, 'model_params'],
	['Kling O3 image 4 images + 4 elements', { model: 'kling-o3-image-to-video', prompt: 'x', image_urls: [1, 2, 3, 4].map((n) => `https://a.example/${n}.png`), model_params: { element_list: ['1', '2', '3', '4'].map((element_id) => ({ element_id })) } }, 'model_params'],
	['Kling O3 reference 3 images + 2 elements', { model: 'kling-o3-reference-to-video', prompt: 'x', video_url: clip, image_urls: [1, 2, 3].map((n) => `https://a.example/${n}.png`), model_params: { element_list: [{ element_id: '1' }, { element_id: '2' }] } }, 'model_params'],
	['Kling O3 edit 5 elements', { model: 'kling-o3-video-edit', prompt: 'x', video_url: clip, model_params: { element_list: ['1', '2', '3', '4', '5'].map((element_id) => ({ element_id })) } }, 'model_params'],
	['Kling O3 edit voice bindings in model_params', { model: 'kling-o3-video-edit', prompt: 'x', video_url: clip, model_params: { voice_bindings: { image1: voice } } }, 'model_params'],
	['Kling O3 reference prompt over 2500 characters', { model: 'kling-o3-reference-to-video', prompt: 'x'.repeat(2501), video_url: clip }, 'prompt'],
])('refuses %s with 400 invalid_request naming the parameter', async (_label, body, param) => {
	const { status, json } = await create(body);
	expect(status).toBe(400);
	expect(json).toEqual({ error: { code: 'invalid_request', message: expect.any(String), type: 'invalid_request_error', param } });
	expect(sim.tasks.size).toBe(0);
});

test('an unknown model id gets 404 model_not_found pointing to GET /v1/models', async () => {
	const { status, json } = await create({ model: 'sora-3', prompt: 'x' });
	expect(status).toBe(404);
	expect(json).toEqual({
		error: {
			code: 'model_not_found',
			message: "Model 'sora-3' is not available for this API key. Call GET /v1/models to list the models you can use.",
			type: 'invalid_request_error',
		},
	});
	expect(sim.tasks.size).toBe(0);
});

test('[no-channel] answers 503 "No available channel for the requested model"', async () => {
	const { status, json } = await create({ model: 'seedance-1.5-pro', prompt: 'x [no-channel]' });
	expect(status).toBe(503);
	expect(json).toEqual({ error: { code: 'service_unavailable', message: 'No available channel for the requested model', type: 'api_error' } });
});

test.each([
	['Veo preview first + last frame (§8)', { model: 'veo-3.1-fast-generate-preview', prompt: 'x', duration: 8, quality: '1080p', aspect_ratio: '16:9', generation_type: 'FIRST&LAST', image_urls: [first, last], generate_audio: true }],
	['Seedance 2.0 text with audio (§8)', { model: 'seedance-2.0-text-to-video', prompt: 'x', duration: 8, aspect_ratio: '9:16', quality: '720p', generate_audio: true }],
	['Grok 1.0 image to video (§8)', { model: 'grok-imagine-video-1.0-i2v', prompt: 'x', duration: 10, quality: '720p', image_urls: [first] }],
	['Kling frames and sound', { model: 'kling-v3-image-to-video', prompt: 'x', image_start: first, image_end: last, duration: 10, quality: '1080p', sound: 'on' }],
	['Wan 2.7 first + last frame', { model: 'wan2.7-image-to-video', prompt: 'x', generation_mode: 'first_last_frame', image_start: first, image_end: last, duration: 5, seed: 7 }],
	['Hailuo 02 first + last frame', { model: 'MiniMax-Hailuo-02', prompt: 'x', image_urls: [first, last], duration: 6, quality: '1080p' }],
	['the seed-era sora-2 body', { model: 'sora-2', prompt: 'x', aspect_ratio: '16:9', duration: 10, remove_watermark: true, callback_url: 'https://hooks.example/x' }],
	['the custom-model sora-2-preview body', { model: 'sora-2-preview', prompt: 'x', duration: 8, aspect_ratio: '9:16', image_urls: [first] }],
	['the Wan 2.7 reference page example "Multi-subject reference + precise voice binding"', example('wan2.7-reference-video-voice-bindings')],
	['Wan 2.7 voices for an image and a video', { model: 'wan2.7-reference-video', prompt: 'x', image_urls: [first], video_urls: [clip], model_params: { voice_bindings: { image1: voice, video1: voice } } }],
	['the Kling O3 reference page example "Basic Video Reference"', example('kling-o3-reference-to-video-basic')],
	['the Kling O3 reference page example "High Quality + No Original Sound"', example('kling-o3-reference-to-video-no-original-sound')],
	['the Kling O3 reference page example "Video Reference + Reference Image + Element"', example('kling-o3-reference-to-video-reference-and-element')],
	['the Kling O3 image page example "Reference Image + Element Control"', example('kling-o3-image-to-video-reference-and-element')],
	['the Kling O3 edit page example "Element Replacement"', example('kling-o3-video-edit-element-replace')],
	['Kling O3 image: a first frame, 3 reference images and 3 elements (7 in all)', { model: 'kling-o3-image-to-video', prompt: 'x', image_start: first, image_urls: [1, 2, 3].map((n) => `https://a.example/${n}.png`), model_params: { element_list: ['1', '2', '3'].map((element_id) => ({ element_id })) } }],
	['Kling O3 edit: 1 image + 3 elements', { model: 'kling-o3-video-edit', prompt: 'x', video_url: clip, image_urls: [first], model_params: { element_list: ['1', '2', '3'].map((element_id) => ({ element_id })) } }],
])('accepts %s', async (_label, body) => {
	const { status, json } = await create(body);
	expect(status).toBe(200);
	expect(json).toMatchObject({ id: expect.stringMatching(/^task-unified-/), object: 'video.generation.task', status: 'pending', model: body.model });
});

test('the create answer reserves credits (Sora per call, the others per second); the task query has no cost', async () => {
	const sora = await create({ model: 'sora-2-preview', prompt: 'x', duration: 4 });
	expect(sora.json.usage).toEqual({ billing_rule: 'per_call', credits_reserved: 7, user_group: 'default' });
	const kling = await create({ model: 'kling-v3-text-to-video', prompt: 'x', duration: 12 });
	expect(kling.json.usage).toEqual({ billing_rule: 'per_second', credits_reserved: 120, user_group: 'default' });
	const status = await fetch(`${sim.baseUrl('evolink')}/v1/tasks/${kling.json.id}`, { headers });
	expect(await status.json()).not.toHaveProperty('usage');
});

test('GET /v1/models lists every served video id in {"data":[{"id"}]} and needs the key', async () => {
	const response = await fetch(`${sim.baseUrl('evolink')}/v1/models`, { headers });
	expect(response.status).toBe(200);
	const body = (await response.json()) as { data: Array<{ id: string }> };
	const ids = body.data.map((entry) => entry.id);
	for (const id of ['veo3.1-fast-beta', 'seedance-2.0-image-to-video', 'kling-o3-text-to-video', 'wan2.7-image-to-video', 'MiniMax-Hailuo-02', 'grok-imagine-video-1.5-preview', 'sora-2']) {
		expect(ids).toContain(id);
	}
	expect(sim.requests.at(-1)).toMatchObject({ provider: 'evolink', route: 'modelList' });
	expect((await fetch(`${sim.baseUrl('evolink')}/v1/models`)).status).toBe(401);
});

test('a fault can be injected on the model list route', async () => {
	sim.injectFault({ provider: 'evolink', route: 'modelList', fault: { type: 'http', status: 503 } });
	const response = await fetch(`${sim.baseUrl('evolink')}/v1/models`, { headers });
	expect(response.status).toBe(503);
	expect(((await response.json()) as { error: { code: string } }).error.code).toBe('service_unavailable');
});
