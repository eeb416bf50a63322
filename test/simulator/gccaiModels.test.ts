import { useSimulator } from '../support/useSimulator';

// The gccai dialect checks successor-model bodies like APIMart's docs and answers in APIMart's forms.
const KEY = 'sk-sim-gccai';
const sim = useSimulator({ apiKey: KEY });

const clip = 'https://a.example/clip.mp4';
const headers = { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' };
const create = async (body: unknown) => {
	const response = await fetch(`${sim.baseUrl('gccai')}/v1/videos/generations`, { method: 'POST', headers, body: JSON.stringify(body) });
	return { status: response.status, json: (await response.json()) as Record<string, any> };
};

test.each([
	['a duration in quotes', { model: 'veo3.1-fast-official', prompt: 'x', duration: '8' }, 'duration'],
	['a duration outside the list', { model: 'kling-v2-6', prompt: 'x', duration: 15 }, 'duration'],
	['a ratio under the wrong key', { model: 'doubao-seedance-2.0', prompt: 'x', aspect_ratio: '16:9' }, 'aspect_ratio'],
	['lower-case 1080p on Wan 2.7', { model: 'wan2.7', prompt: 'x', resolution: '1080p' }, 'resolution'],
	['1080p on a fast Seedance', { model: 'doubao-seedance-2.0-fast', prompt: 'x', resolution: '1080p' }, 'resolution'],
	['Hailuo 1080p at 10 s', { model: 'MiniMax-Hailuo-2.3', prompt: 'x', duration: 10, resolution: '1080p' }, 'duration'],
	['Kling 2.6 sound in std mode', { model: 'kling-v2-6', prompt: 'x', mode: 'std', audio: true }, 'audio'],
	['a ratio with an image on Vidu', { model: 'viduq3-pro', prompt: 'x', aspect_ratio: '16:9', image_urls: ['https://a.example/1.png'] }, 'aspect_ratio'],
	['Veo frame mode with one image', { model: 'veo3.1-fast', prompt: 'x', generation_type: 'frame', image_urls: ['https://a.example/1.png'] }, 'generation_type'],
	['audio as text', { model: 'doubao-seedance-1-5-pro', prompt: 'x', audio: 'true' }, 'audio'],
	['Hailuo 2.3 Fast without a start image', { model: 'MiniMax-Hailuo-2.3-Fast', prompt: 'x', duration: 6 }, 'first_frame_image'],
	['4K on Veo 3.1 Lite (Official)', { model: 'veo3.1-lite-official', prompt: 'x', resolution: '4K' }, 'resolution'],
	['Veo 3.1 Lite (Official) 1080p at 6 s', { model: 'veo3.1-lite-official', prompt: 'x', duration: 6, resolution: '1080p' }, 'duration'],
	['Grok 1.5 at 1080p', { model: 'grok-imagine-1.5-video-apimart', prompt: 'x', quality: '1080p' }, 'quality'],
	['Grok 1.5 ratio under aspect_ratio', { model: 'grok-imagine-1.5-video-apimart', prompt: 'x', aspect_ratio: '16:9' }, 'aspect_ratio'],
	['Kling 3.0 Omni sound with a reference video', { model: 'kling-v3-omni', prompt: 'x', audio: true, video_list: [clip] }, 'audio'],
	['two Kling 3.0 Omni reference videos', { model: 'kling-v3-omni', prompt: 'x', video_list: [clip, clip] }, 'video_list'],
	['a Kling 3.0 Omni role it does not take', { model: 'kling-v3-omni', prompt: 'x', image_with_roles: [{ url: 'https://a.example/1.png', role: 'reference_image' }] }, 'image_with_roles'],
	['a Kling 3.0 Omni duration in quotes', { model: 'kling-v3-omni', prompt: 'x', duration: '5' }, 'duration'],
	['a Wan 2.7 reference-to-video without references', { model: 'wan2.7-r2v', prompt: 'x', duration: 5 }, 'image_with_roles'],
	['a Wan 2.7 reference image as a plain URL', { model: 'wan2.7-r2v', prompt: 'x', image_with_roles: ['https://a.example/1.png'] }, 'image_with_roles'],
	['a Wan 2.7 reference role it does not take', { model: 'wan2.7-r2v', prompt: 'x', image_with_roles: [{ url: 'https://a.example/1.png', role: 'last_frame' }] }, 'image_with_roles'],
	['two Wan 2.7 first frames', { model: 'wan2.7-r2v', prompt: 'x', video_urls: [clip], image_with_roles: [1, 2].map((n) => ({ url: `https://a.example/${n}.png`, role: 'first_frame' })) }, 'image_with_roles'],
	['6 Wan 2.7 references (3 images + 3 videos)', { model: 'wan2.7-r2v', prompt: 'x', image_with_roles: [1, 2, 3].map((n) => ({ url: `https://a.example/${n}.png` })), video_urls: [clip, clip, clip] }, 'image_with_roles'],
	['a Wan 2.7 reference-to-video of 16 s', { model: 'wan2.7-r2v', prompt: 'x', duration: 16, video_urls: [clip] }, 'duration'],
	['a Wan 2.7 video edit without video_urls', { model: 'wan2.7-videoedit', prompt: 'x', duration: 0 }, 'video_urls'],
	['a Wan 2.7 video edit of 11 s', { model: 'wan2.7-videoedit', prompt: 'x', duration: 11, video_urls: [clip] }, 'duration'],
	['a Wan 2.7 video edit with 5 reference images', { model: 'wan2.7-videoedit', prompt: 'x', video_urls: [clip], image_urls: [1, 2, 3, 4, 5].map((n) => `https://a.example/${n}.png`) }, 'image_urls'],
	['a Wan 2.7 video edit ratio under aspect_ratio', { model: 'wan2.7-videoedit', prompt: 'x', video_urls: [clip], aspect_ratio: '16:9' }, 'aspect_ratio'],
	['a Wan 2.7 video edit negative prompt over 500 characters', { model: 'wan2.7-videoedit', prompt: 'x', video_urls: [clip], negative_prompt: 'n'.repeat(501) }, 'negative_prompt'],
])('refuses %s with 400 invalid_request_error naming the parameter', async (_label, body, param) => {
	const { status, json } = await create(body);
	expect(status).toBe(400);
	expect(json).toEqual({ error: { code: 400, message: expect.any(String), type: 'invalid_request_error', param } });
	expect(sim.tasks.size).toBe(0);
});

test('an unknown model id gets the model-unavailable form', async () => {
	const { status, json } = await create({ model: 'sora-3', prompt: 'x' });
	expect(status).toBe(400);
	expect(json.error).toMatchObject({ code: 400, type: 'invalid_request_error', param: 'model' });
	expect(json.error.message).toContain("Model 'sora-3' is not available");
});

test('Sora stays as loose as before; uncatalogued ids APIMart sells are served', async () => {
	expect((await create({ model: 'sora-2', prompt: 'x', duration: 8, resolution: '720p', aspect_ratio: 'landscape' })).status).toBe(200);
	expect((await create({ model: 'doubao-seedance-1-0-pro-quality', prompt: 'x', anything: 1 })).status).toBe(200);
	expect((await create({ model: 'doubao-seedance-1-0-pro-fast', prompt: 'x', anything: 1 })).status).toBe(200);
});

test('Grok 1.0 answers in the object form, Grok 1.5 and the others in the array form', async () => {
	const grok = await create({ model: 'grok-imagine-1.0-video-apimart', prompt: 'x', size: '16:9', duration: 6, quality: '720p' });
	expect(grok.json).toMatchObject({ code: 200, data: { id: expect.stringMatching(/^task_/), status: 'submitted', progress: 0, type: 'video' } });
	const veo = await create({ model: 'veo3.1-fast', prompt: 'x', duration: 8, aspect_ratio: '16:9', resolution: '4k' });
	expect(veo.json).toMatchObject({ code: 200, data: [{ status: 'submitted', task_id: expect.stringMatching(/^task_/) }] });
	const grok15 = await create({ model: 'grok-imagine-1.5-video-apimart', prompt: 'x', size: '16:9', duration: 6, quality: '720p' });
	expect(grok15.json).toMatchObject({ code: 200, data: [{ status: 'submitted', task_id: expect.stringMatching(/^task_/) }] });
});

test('a completed task reports cost and credits_cost from its duration', async () => {
	const { json } = await create({ model: 'wan2.6', prompt: 'x', duration: 10 });
	const taskId = json.data[0].task_id as string;
	let answer: Record<string, any> = {};
	for (let poll = 0; poll < 10 && answer.data?.status !== 'completed'; poll++) {
		answer = (await (await fetch(`${sim.baseUrl('gccai')}/v1/tasks/${taskId}`, { headers })).json()) as Record<string, any>;
	}
	expect(answer.data).toMatchObject({ status: 'completed', cost: 0.5, credits_cost: 500 });
});

test('GET /v1/models lists video and other ids in APIMart’s envelope, behind the key', async () => {
	const response = await fetch(`${sim.baseUrl('gccai')}/v1/models`, { headers });
	const body = (await response.json()) as { data: Array<{ id: string }> };
	const ids = body.data.map((entry) => entry.id);
	expect(ids).toEqual(expect.arrayContaining(['veo3.1-fast', 'viduq3-pro', 'sora-2', 'grok-imagine-1.5-video-apimart', 'gpt-image-1']));
	expect((await fetch(`${sim.baseUrl('gccai')}/v1/models`, { headers: { authorization: 'Bearer no' } })).status).toBe(401);
});
