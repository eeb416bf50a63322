import { createHash } from 'crypto';
/* eslint-disable @n8n/community-nodes/no-restricted-globals */
import { spawn } from 'child_process';
import * as path from 'path';

import { FAILURE_REASON, MYSTERY_STATE, PROVIDER_IDS, SAMPLE_MP4, startSimulator } from '../../dev/simulator';
import type { ProviderId, SimulatorHandle } from '../../dev/simulator';

// Answers are checked field by field against each provider's documented shape.
type Json = any;

const KEY = 'sk-test-simulator';
const AUTH = { authorization: `Bearer ${KEY}` };
const JSON_AUTH = { ...AUTH, 'content-type': 'application/json' };

interface Dialect {
	provider: ProviderId;
	createPath: string;
	statusPath: (id: string) => string;
	body: Record<string, unknown>;
	idPattern: RegExp;
	taskId: (created: Json) => string;
	status: (answer: Json) => string;
	/** undefined for openai: its bytes come from /videos/{id}/content. */
	videoUrl: (answer: Json) => string | undefined;
	failure: (answer: Json) => string;
	words: [string, string, string, string];
	failedWord: string;
	unknownId: string;
}

const DIALECTS: Dialect[] = [
	{
		provider: 'gccai',
		createPath: '/v1/videos/generations',
		statusPath: (id) => `/v1/tasks/${id}`,
		body: { model: 'sora-2', duration: 8, resolution: '720p', aspect_ratio: '16:9' },
		idPattern: /^task_[0-9A-Z]{26}$/,
		taskId: (c) => c.data[0].task_id,
		status: (a) => a.data.status,
		videoUrl: (a) => a.data.result?.videos?.[0]?.url?.[0],
		failure: (a) => a.data.error.message,
		words: ['pending', 'processing', 'processing', 'completed'],
		failedWord: 'failed',
		unknownId: 'task_NOPE',
	},
	{
		provider: 'yutoai',
		createPath: '/v2/videos/generations',
		statusPath: (id) => `/v2/videos/generations/${id}`,
		body: { model: 'sora-2', duration: '10', aspect_ratio: '16:9' },
		idPattern: /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$/,
		taskId: (c) => c.task_id,
		status: (a) => a.status,
		videoUrl: (a) => a.data?.output,
		failure: (a) => a.fail_reason,
		words: ['NOT_START', 'IN_PROGRESS', 'IN_PROGRESS', 'SUCCESS'],
		failedWord: 'FAILURE',
		unknownId: 'f0aa213c-0000-4000-8000-000000000000',
	},
	{
		provider: 'yutoaiLegacy',
		createPath: '/sora/v1/videos',
		statusPath: (id) => `/sora/v1/videos/${id}`,
		body: { type: 'video_gen', model: 'turbo', width: 1280, height: 720, n_frames: 150, operation: 'simple_compose' },
		idPattern: /^task_[0-9a-z]{26}$/,
		taskId: (c) => c.data,
		status: (a) => a.data.status,
		videoUrl: (a) => a.data.data?.generations?.[0]?.url,
		failure: (a) => a.data.fail_reason,
		words: ['NOT_START', 'IN_PROGRESS', 'IN_PROGRESS', 'SUCCESS'],
		failedWord: 'FAILURE',
		unknownId: 'task_nope',
	},
	{
		provider: 'evolink',
		createPath: '/v1/videos/generations',
		statusPath: (id) => `/v1/tasks/${id}`,
		body: { model: 'sora-2', aspect_ratio: '16:9', duration: 10 },
		idPattern: /^task-unified-\d{10}-[0-9a-z]{8}$/,
		taskId: (c) => c.id,
		status: (a) => a.status,
		videoUrl: (a) => a.results?.[0],
		failure: (a) => a.error.message,
		words: ['pending', 'processing', 'processing', 'completed'],
		failedWord: 'failed',
		unknownId: 'task-unified-1757169743-nope0000',
	},
	{
		provider: 'xingchao',
		createPath: '/v1/sora/videos',
		statusPath: (id) => `/v1/result/${id}`,
		body: { model: 'openAiSora2Plus', aspect_ratio: '16:9', seconds: 8 },
		idPattern: /^sora_[0-9a-z]{12}$/,
		taskId: (c) => c.id,
		status: (a) => a.status,
		videoUrl: (a) => a.video_url ?? undefined,
		failure: (a) => a.error,
		words: ['queued', 'processing', 'processing', 'completed'],
		failedWord: 'failed',
		unknownId: 'sora_nope',
	},
	{
		provider: 'openai',
		createPath: '/videos',
		statusPath: (id) => `/videos/${id}`,
		body: { model: 'sora-2', seconds: '8', size: '1280x720' },
		idPattern: /^video_[0-9a-f]{32}$/,
		taskId: (c) => c.id,
		status: (a) => a.status,
		videoUrl: () => undefined,
		failure: (a) => a.error.message,
		words: ['queued', 'in_progress', 'in_progress', 'completed'],
		failedWord: 'failed',
		unknownId: 'video_nope',
	},
];

const byProvider = (provider: ProviderId): Dialect => DIALECTS.find((d) => d.provider === provider)!;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let sim: SimulatorHandle;

const json = (res: Response): Promise<Json> => res.json();

function post(d: Dialect, body: unknown, headers: Record<string, string> = JSON_AUTH, on = sim) {
	return fetch(`${on.baseUrl(d.provider)}${d.createPath}`, { method: 'POST', headers, body: JSON.stringify(body) });
}

function getStatus(d: Dialect, id: string, headers: Record<string, string> = AUTH, on = sim) {
	return fetch(`${on.baseUrl(d.provider)}${d.statusPath(id)}`, { headers });
}

async function create(d: Dialect, prompt = 'a paper boat on a rainy street', on = sim): Promise<string> {
	const res = await post(d, { ...d.body, prompt }, JSON_AUTH, on);
	expect(res.status).toBe(200);
	return d.taskId(await json(res));
}

async function poll(d: Dialect, id: string, on = sim): Promise<Json> {
	const res = await getStatus(d, id, AUTH, on);
	expect(res.status).toBe(200);
	return json(res);
}

async function pollTimes(d: Dialect, id: string, times: number): Promise<Json[]> {
	const answers: Json[] = [];
	for (let i = 0; i < times; i++) answers.push(await poll(d, id));
	return answers;
}

async function completedTask(provider: ProviderId, prompt?: string): Promise<{ id: string; answer: Json }> {
	const d = byProvider(provider);
	const id = await create(d, prompt);
	const answers = await pollTimes(d, id, 4);
	return { id, answer: answers[3] };
}

beforeAll(async () => {
	sim = await startSimulator({ apiKey: KEY });
});

afterAll(() => sim.close());

beforeEach(() => sim.reset());

describe('every dialect', () => {
	test.each(DIALECTS.map((d) => [d.provider, d] as const))('%s: create → queued, processing ×2, completed → video', async (_, d) => {
		const created = await post(d, { ...d.body, prompt: 'a paper boat' });
		expect(created.status).toBe(200);
		const id = d.taskId(await json(created));
		expect(id).toMatch(d.idPattern);

		const answers = await pollTimes(d, id, 4);
		expect(answers.map(d.status)).toEqual(d.words);
		expect(sim.statusPollsFor(id)).toBe(4);
		expect(sim.tasks.get(id)).toMatchObject({ provider: d.provider, prompt: 'a paper boat', state: 'completed' });
		expect(sim.tasks.get(id)!.body).toEqual({ ...d.body, prompt: 'a paper boat' });

		const url = d.videoUrl(answers[3]);
		const video =
			d.provider === 'openai'
				? await fetch(`${sim.baseUrl('openai')}/videos/${id}/content`, { headers: AUTH })
				: await fetch(url!);
		if (d.provider !== 'openai') expect(url).toBe(sim.fileUrl(id));
		expect(video.status).toBe(200);
		expect(video.headers.get('content-type')).toBe('video/mp4');
		expect(Buffer.from(await video.arrayBuffer()).equals(SAMPLE_MP4)).toBe(true);

		const routes = sim.requests.map((r) => [r.provider, r.route, r.taskId, r.status]);
		expect(routes).toEqual([
			[d.provider, 'create', id, 200],
			...Array(4).fill([d.provider, 'status', id, 200]),
			[d.provider, 'download', id, 200],
		]);
		const download = sim.requests[5];
		expect(download.headers.authorization).toBe(d.provider === 'openai' ? `Bearer ${KEY}` : undefined);
	});

	test.each(DIALECTS.map((d) => [d.provider, d] as const))('%s: [fail] ends failed with the simulated reason', async (_, d) => {
		const id = await create(d, 'a boat [fail]');
		const answers = await pollTimes(d, id, 4);
		expect(d.status(answers[2])).toBe(d.words[2]);
		expect(d.status(answers[3])).toBe(d.failedWord);
		expect(d.failure(answers[3])).toBe(FAILURE_REASON);
		expect(d.videoUrl(answers[3])).toBeUndefined();
	});

	test.each(DIALECTS.map((d) => [d.provider, d] as const))('%s: wrong or missing key → 401, nothing created', async (_, d) => {
		const wrong = await post(d, { ...d.body, prompt: 'x' }, { authorization: 'Bearer sk-wrong', 'content-type': 'application/json' });
		expect(wrong.status).toBe(401);
		expect(await json(wrong)).toBeTruthy();
		const missing = await post(d, { ...d.body, prompt: 'x' }, { 'content-type': 'application/json' });
		expect(missing.status).toBe(401);
		expect(sim.tasks.size).toBe(0);
		expect(sim.requests[0].headers.authorization).toBe('Bearer sk-wrong');
	});

	test.each(DIALECTS.map((d) => [d.provider, d] as const))('%s: unknown task → 404, missing prompt → 400', async (_, d) => {
		expect((await getStatus(d, d.unknownId)).status).toBe(404);
		const bad = await post(d, { ...d.body });
		expect(bad.status).toBe(400);
		expect(JSON.stringify(await json(bad))).toMatch(/prompt/);
	});
});

describe('provider specifics', () => {
	test('envelopes: gccai 401 / evolink invalid id / openai / xingchao / legacy', async () => {
		const gccai = await post(byProvider('gccai'), { model: 'sora-2', prompt: 'x' }, { authorization: 'Bearer nope' });
		expect(await json(gccai)).toEqual({ error: { code: 401, message: 'Invalid API key', type: 'authentication_error' } });

		const evolink = await getStatus(byProvider('evolink'), 'abc');
		expect(evolink.status).toBe(400);
		expect((await json(evolink)).error.code).toBe('invalid_task_id');

		const openai = await getStatus(byProvider('openai'), 'video_x', { authorization: 'Bearer nope' });
		expect(Object.keys((await json(openai)).error).sort()).toEqual(['code', 'message', 'param', 'type']);

		const xingchao = await getStatus(byProvider('xingchao'), 'sora_x');
		expect(await json(xingchao)).toMatchObject({ code: '404', data: null });

		const legacy = await getStatus(byProvider('yutoaiLegacy'), 'task_x');
		expect(await json(legacy)).toMatchObject({ code: 'task_not_exist', data: null });
	});

	test('create answers carry the documented fields', async () => {
		const evolink = await json(await post(byProvider('evolink'), { model: 'sora-2', prompt: 'x' }));
		expect(evolink).toMatchObject({
			object: 'video.generation.task',
			status: 'pending',
			progress: 0,
			type: 'video',
			task_info: { can_cancel: true },
			usage: { billing_rule: 'per_call', credits_reserved: 7, user_group: 'default' },
		});
		const xingchao = await json(await post(byProvider('xingchao'), { model: 'openAiSora2Plus', prompt: 'x' }));
		expect(xingchao).toMatchObject({ object: 'video.generation', model: 'openAiSora2Plus', status: 'queued' });
		const legacy = await json(await post(byProvider('yutoaiLegacy'), { prompt: 'x' }));
		expect(legacy).toMatchObject({ code: 'success', message: '' });
		const openai = await json(await post(byProvider('openai'), { prompt: 'x', seconds: '8', size: '1280x720' }));
		expect(openai).toMatchObject({
			object: 'video',
			model: 'sora-2',
			status: 'queued',
			progress: 0,
			completed_at: null,
			expires_at: null,
			seconds: '8',
			size: '1280x720',
			remixed_from_video_id: null,
			error: null,
		});
		const badSeconds = await post(byProvider('openai'), { prompt: 'x', seconds: 8 });
		expect(badSeconds.status).toBe(400);
		expect((await json(badSeconds)).error.param).toBe('seconds');
	});

	test('completed answers: progress, times, thumbnails, expiry', async () => {
		const yutoai = (await completedTask('yutoai')).answer;
		expect(yutoai).toMatchObject({ platform: 'openai', action: 'sora-video', progress: '100%', search_item: '' });
		expect(yutoai.finish_time).toBeGreaterThanOrEqual(yutoai.submit_time);

		const { id, answer: legacy } = await completedTask('yutoaiLegacy');
		const generation = legacy.data.data.generations[0];
		expect(generation.encodings.source.path).toBe(sim.fileUrl(id));
		const thumb = await fetch(generation.encodings.thumbnail.path);
		expect(thumb.headers.get('content-type')).toBe('image/jpeg');

		const gccai = (await completedTask('gccai')).answer;
		expect(gccai.data.result.videos[0].expires_at).toBe(gccai.data.completed + 86400);

		const xingchao = (await completedTask('xingchao')).answer;
		expect(xingchao.actualDuration).toBe(8);
		expect('progress' in xingchao).toBe(false);
	});

	test('credential test routes', async () => {
		// GlobalAI OPC has no /v1/models: its credential test is the documented (read-only) asset list, a POST.
		const routes: Array<[ProviderId, string, string]> = [
			['gccai', 'GET', '/v1/balance'],
			['yutoai', 'GET', '/v1/models'],
			['evolink', 'GET', '/v1/credits'],
			['xingchao', 'POST', '/kyyVideo2/asset/list'],
			['openai', 'GET', '/models'],
		];
		for (const [provider, method, route] of routes) {
			const ok = await fetch(`${sim.baseUrl(provider)}${route}`, { method, headers: AUTH });
			expect(ok.status).toBe(200);
			const bad = await fetch(`${sim.baseUrl(provider)}${route}`, { method, headers: { authorization: 'Bearer no' } });
			expect(bad.status).toBe(provider === 'gccai' ? 200 : 401);
		}
		const balance = await fetch(`${sim.baseUrl('gccai')}/v1/balance`, { headers: AUTH });
		expect(await json(balance)).toMatchObject({ success: true, remain_balance: 10.5 });
		const refused = await fetch(`${sim.baseUrl('gccai')}/v1/balance`, { headers: { authorization: 'Bearer no' } });
		expect(await json(refused)).toEqual({ success: false, message: 'Failed to get token info' });
		expect(sim.requests.every((r) => r.route === 'credentialTest')).toBe(true);
	});

	test('tasks are scoped to their provider; yutoai and legacy share a base URL', async () => {
		expect(sim.baseUrl('yutoaiLegacy')).toBe(sim.baseUrl('yutoai'));
		expect(PROVIDER_IDS).toHaveLength(6);
		const id = await create(byProvider('yutoai'));
		expect((await getStatus(byProvider('yutoaiLegacy'), id)).status).toBe(404);
		const gccaiId = await create(byProvider('gccai'));
		expect((await getStatus(byProvider('evolink'), `task-unified-${gccaiId}`)).status).toBe(404);
	});

	test('openai /content requires the key and completion', async () => {
		const d = byProvider('openai');
		const id = await create(d);
		const content = `${sim.baseUrl('openai')}/videos/${id}/content`;
		const early = await fetch(content, { headers: AUTH });
		expect(early.status).toBe(404);
		expect((await json(early)).error.code).toBe('video_not_ready');
		await pollTimes(d, id, 4);
		expect((await fetch(content)).status).toBe(401);
		expect((await fetch(content, { headers: { authorization: 'Bearer no' } })).status).toBe(401);
		const thumbnail = await fetch(`${content}?variant=thumbnail`, { headers: AUTH });
		expect(thumbnail.headers.get('content-type')).toBe('image/jpeg');
		await thumbnail.arrayBuffer();
	});

	test('openai create accepts multipart form data', async () => {
		const form = new FormData();
		form.set('prompt', 'a form boat');
		form.set('model', 'sora-2-pro');
		form.set('seconds', '4');
		const png = Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), Buffer.from('rest of a png')]);
		form.set('input_reference', new Blob([png], { type: 'image/png' }), 'ref.png');
		const res = await fetch(`${sim.baseUrl('openai')}/videos`, { method: 'POST', headers: AUTH, body: form });
		expect(res.status).toBe(200);
		const { id } = await json(res);
		expect(sim.tasks.get(id)!.body).toEqual({
			prompt: 'a form boat',
			model: 'sora-2-pro',
			seconds: '4',
			input_reference: {
				filename: 'ref.png',
				contentType: 'image/png',
				bytes: png.length,
				head: png.subarray(0, 16).toString('hex'),
				sha256: createHash('sha256').update(png).digest('hex'),
			},
		});
	});

	test('openai create refuses a multipart file whose bytes are not the image type it claims', async () => {
		const form = new FormData();
		form.set('prompt', 'a form boat');
		form.set('input_reference', new Blob([Buffer.from('fakepng')], { type: 'image/png' }), 'ref.png');
		const res = await fetch(`${sim.baseUrl('openai')}/videos`, { method: 'POST', headers: AUTH, body: form });
		expect(res.status).toBe(400);
		expect((await json(res)).error).toMatchObject({ param: 'input_reference', message: 'The file content is not a image/png image.' });
	});
});

describe('file host', () => {
	test('no auth needed; 404 until completed; HEAD and Range work', async () => {
		const d = byProvider('evolink');
		const id = await create(d);
		expect((await fetch(sim.fileUrl(id))).status).toBe(404);
		await pollTimes(d, id, 4);
		const head = await fetch(sim.fileUrl(id), { method: 'HEAD' });
		expect(head.headers.get('content-length')).toBe(String(SAMPLE_MP4.length));
		const range = await fetch(sim.fileUrl(id), { headers: { range: 'bytes=4-11' } });
		expect(range.status).toBe(206);
		expect(Buffer.from(await range.arrayBuffer()).toString('latin1')).toBe('ftypisom');
		expect((await fetch(sim.fileUrl('task-unified-0-missing'))).status).toBe(404);
		const downloads = sim.requests.filter((r) => r.route === 'download');
		expect(downloads.length).toBe(4);
		expect(downloads.every((r) => r.headers.authorization === undefined)).toBe(true);
		expect(downloads[1].provider).toBe('evolink');
		expect(downloads[3].provider).toBe('files');
	});
});

describe('outcomes', () => {
	test('[no-url] completes without a URL', async () => {
		expect((await completedTask('gccai', 'x [no-url]')).answer.data).toMatchObject({ status: 'completed', result: { videos: [] } });
		expect((await completedTask('xingchao', 'x [no-url]')).answer).toMatchObject({ status: 'completed', video_url: null });
		expect((await completedTask('evolink', 'x [no-url]')).answer.results).toEqual([]);
		const { id } = await completedTask('openai', 'x [no-url]');
		expect((await fetch(`${sim.baseUrl('openai')}/videos/${id}/content`, { headers: AUTH })).status).toBe(404);
		const yutoai = await completedTask('yutoai', 'x [no-url]');
		expect((await fetch(sim.fileUrl(yutoai.id))).status).toBe(404);
	});

	test('[unknown-status] reports MYSTERY_STATE forever; [stuck] never finishes', async () => {
		const d = byProvider('yutoai');
		const id = await create(d, 'x [unknown-status]');
		expect((await pollTimes(d, id, 6)).map(d.status)).toEqual(Array(6).fill(MYSTERY_STATE));
		const e = byProvider('evolink');
		const stuck = await create(e, 'x [stuck]');
		const answers = await pollTimes(e, stuck, 8);
		expect(answers[7]).toMatchObject({ status: 'processing', progress: 99 });
	});

	test('setTaskOutcome steers a task; unknown ids throw', async () => {
		const d = byProvider('evolink');
		const id = await create(d);
		sim.setTaskOutcome(id, 'fail');
		const answers = await pollTimes(d, id, 4);
		expect(answers[3].error).toEqual({ code: 'content_policy_violation', message: FAILURE_REASON, type: 'task_error' });
		expect(() => sim.setTaskOutcome('nope', 'fail')).toThrow(RangeError);
		// @ts-expect-error not an outcome
		expect(() => sim.setTaskOutcome(id, 'explode')).toThrow(TypeError);
	});
});

describe('time lifecycle', () => {
	test('status follows elapsed time; progress rises', async () => {
		const timed = await startSimulator({ apiKey: KEY, lifecycle: { mode: 'time', renderMs: 400, queuedMs: 100 } });
		try {
			const d = byProvider('gccai');
			const id = await create(d, 'x', timed);
			expect((await poll(d, id, timed)).data).toMatchObject({ status: 'pending', estimated_time: 1 });
			await sleep(200);
			const mid = (await poll(d, id, timed)).data;
			expect(mid.status).toBe('processing');
			expect(mid.progress).toBeGreaterThan(0);
			expect(mid.progress).toBeLessThan(100);
			await sleep(400);
			expect((await poll(d, id, timed)).data.status).toBe('completed');
		} finally {
			await timed.close();
		}
	});

	test('[render-ms=N] switches one task to time mode', async () => {
		const d = byProvider('xingchao');
		const id = await create(d, 'x [render-ms=150]');
		expect(sim.tasks.get(id)!.lifecycle).toEqual({ mode: 'time', renderMs: 150, queuedMs: 15 });
		await sleep(60);
		expect((await poll(d, id)).status).toBe('processing');
		await sleep(150);
		expect((await poll(d, id)).status).toBe('completed');
	});
});

describe('faults', () => {
	const gccai = byProvider('gccai');

	test('http 429 with Retry-After in the provider envelope; faulted polls do not advance the task', async () => {
		const id = await create(gccai);
		sim.injectFault({ provider: 'gccai', route: 'status', fault: { type: 'http', status: 429, retryAfterSeconds: 7 } });
		const limited = await getStatus(gccai, id);
		expect(limited.status).toBe(429);
		expect(limited.headers.get('retry-after')).toBe('7');
		expect((await json(limited)).error.type).toBe('rate_limit_error');
		expect((await poll(gccai, id)).data.status).toBe('pending');
		expect(sim.statusPollsFor(id)).toBe(2);
		expect(sim.tasks.get(id)!.statusPolls).toBe(1);
		expect(sim.requests[1]).toMatchObject({ fault: 'http', status: 429 });
	});

	test('times and provider filter; consumed in order; custom body', async () => {
		const xingchao = byProvider('xingchao');
		sim.injectFault([
			{ provider: 'xingchao', route: 'create', times: 2, fault: { type: 'http', status: 500 } },
			{ route: 'create', fault: { type: 'http', status: 503, body: 'upstream busy' } },
		]);
		expect((await post(xingchao, { model: 'm', prompt: 'x' })).status).toBe(500);
		const busy = await post(gccai, { model: 'm', prompt: 'x' });
		expect(busy.status).toBe(503);
		expect(busy.headers.get('content-type')).toMatch(/^text\/plain/);
		expect(await busy.text()).toBe('upstream busy');
		expect((await post(xingchao, { model: 'm', prompt: 'x' })).status).toBe(500);
		expect((await post(xingchao, { model: 'm', prompt: 'x' })).status).toBe(200);
		expect(sim.pendingFaults()).toEqual([]);
	});

	test('reset destroys the socket', async () => {
		sim.injectFault({ route: 'create', fault: { type: 'reset' } });
		await expect(post(gccai, { model: 'm', prompt: 'x' })).rejects.toThrow();
		expect(sim.tasks.size).toBe(0);
	});

	test('hang answers nothing, then resets', async () => {
		sim.injectFault({ route: 'any', fault: { type: 'hang', ms: 150 } });
		const started = Date.now();
		await expect(fetch(`${sim.baseUrl('openai')}/models`, { headers: AUTH })).rejects.toThrow();
		expect(Date.now() - started).toBeGreaterThanOrEqual(140);
	});

	test('html gateway page and malformed JSON', async () => {
		const id = await create(gccai);
		sim.injectFault([
			{ route: 'status', fault: { type: 'html' } },
			{ route: 'status', fault: { type: 'malformed-json' } },
		]);
		const html = await getStatus(gccai, id);
		expect(html.status).toBe(200);
		expect(html.headers.get('content-type')).toMatch(/^text\/html/);
		expect(await html.text()).toMatch(/<html>/);
		const broken = await getStatus(gccai, id);
		expect(broken.headers.get('content-type')).toBe('application/json');
		await expect(json(broken)).rejects.toThrow();
	});

	test('truncate: short body under a full Content-Length (file host and openai /content)', async () => {
		const { id } = await completedTask('gccai');
		sim.injectFault({ route: 'download', fault: { type: 'truncate' } });
		const res = await fetch(sim.fileUrl(id));
		expect(res.headers.get('content-length')).toBe(String(SAMPLE_MP4.length));
		await expect(res.arrayBuffer()).rejects.toThrow();

		const openai = await completedTask('openai');
		sim.injectFault({ provider: 'openai', route: 'download', fault: { type: 'truncate' } });
		const content = await fetch(`${sim.baseUrl('openai')}/videos/${openai.id}/content`, { headers: AUTH });
		await expect(content.arrayBuffer()).rejects.toThrow();
	});

	test('create-then-5xx creates the task, then answers 502', async () => {
		sim.injectFault({ provider: 'evolink', route: 'create', fault: { type: 'create-then-5xx', status: 502 } });
		const res = await post(byProvider('evolink'), { model: 'sora-2', prompt: 'ambiguous' });
		expect(res.status).toBe(502);
		expect(sim.tasks.size).toBe(1);
		const [task] = [...sim.tasks.values()];
		expect(sim.requests[0]).toMatchObject({ route: 'create', taskId: task.id, fault: 'create-then-5xx', status: 502 });
		expect((await poll(byProvider('evolink'), task.id)).status).toBe('pending');
	});

	test('expired: 403 on the file host, 404 envelope on openai /content', async () => {
		const { id } = await completedTask('xingchao');
		sim.injectFault({ route: 'download', fault: { type: 'expired' } });
		const file = await fetch(sim.fileUrl(id));
		expect(file.status).toBe(403);
		expect(await file.text()).toMatch(/Request has expired/);
		const openai = await completedTask('openai');
		sim.injectFault({ route: 'download', fault: { type: 'expired' } });
		const content = await fetch(`${sim.baseUrl('openai')}/videos/${openai.id}/content`, { headers: AUTH });
		expect(content.status).toBe(404);
		expect((await json(content)).error.message).toMatch(/expired/);
	});

	test('invalid rules are refused', () => {
		// @ts-expect-error truncate only applies to downloads
		expect(() => sim.injectFault({ route: 'status', fault: { type: 'truncate' } })).toThrow(TypeError);
		// @ts-expect-error unknown fault type
		expect(() => sim.injectFault({ route: 'any', fault: { type: 'gremlins' } })).toThrow(TypeError);
		expect(sim.pendingFaults()).toEqual([]);
	});
});

describe('control routes', () => {
	test('faults, requests, tasks, outcome and reset over HTTP, without auth', async () => {
		const control = `${sim.origin}/__control`;
		const injected = await fetch(`${control}/faults`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ provider: 'yutoai', route: 'create', fault: { type: 'http', status: 502 } }),
		});
		expect(injected.status).toBe(201);
		const d = byProvider('yutoai');
		expect((await post(d, { model: 'sora-2', prompt: 'x' })).status).toBe(502);
		const id = await create(d);

		const outcome = await fetch(`${control}/outcome`, { method: 'POST', body: JSON.stringify({ taskId: id, outcome: 'fail' }) });
		expect(outcome.status).toBe(200);
		expect((await pollTimes(d, id, 4))[3].status).toBe('FAILURE');

		const log: Json[] = await json(await fetch(`${control}/requests`));
		expect(log.map((r) => r.route)).toEqual(['create', 'create', 'status', 'status', 'status', 'status']);
		expect(log[1].headers.authorization).toBe(`Bearer ${KEY}`);
		const statusOnly: Json[] = await json(await fetch(`${control}/requests?route=status&taskId=${id}`));
		expect(statusOnly).toHaveLength(4);
		const tasks: Json[] = await json(await fetch(`${control}/tasks`));
		expect(tasks).toEqual([expect.objectContaining({ id, provider: 'yutoai', state: 'failed', statusPolls: 4 })]);

		const bad = await fetch(`${control}/faults`, { method: 'POST', body: JSON.stringify({ route: 'x', fault: { type: 'reset' } }) });
		expect(bad.status).toBe(400);

		expect((await fetch(`${control}/reset`, { method: 'POST' })).status).toBe(200);
		expect(sim.tasks.size).toBe(0);
		expect(sim.requests).toHaveLength(0);
	});
});

describe('large videos and options', () => {
	test('videoBytes streams a sample-prefixed MP4 of exactly that size', async () => {
		const size = 3 * 1024 * 1024 + 17;
		const big = await startSimulator({ apiKey: KEY, videoBytes: size, lifecycle: { mode: 'polls', queuedPolls: 0, processingPolls: 0 } });
		try {
			const d = byProvider('gccai');
			const id = await create(d, 'x', big);
			const url = (await poll(d, id, big)).data.result.videos[0].url[0];
			const res = await fetch(url);
			expect(res.headers.get('content-length')).toBe(String(size));
			const bytes = Buffer.from(await res.arrayBuffer());
			expect(bytes.length).toBe(size);
			expect(bytes.subarray(0, SAMPLE_MP4.length).equals(SAMPLE_MP4)).toBe(true);
			expect(bytes.readUInt32BE(SAMPLE_MP4.length)).toBe(size - SAMPLE_MP4.length);
			expect(bytes.toString('latin1', SAMPLE_MP4.length + 4, SAMPLE_MP4.length + 8)).toBe('free');
			const tail = await fetch(url, { headers: { range: 'bytes=-10' } });
			expect(tail.headers.get('content-range')).toBe(`bytes ${size - 10}-${size - 1}/${size}`);
			expect((await tail.arrayBuffer()).byteLength).toBe(10);
		} finally {
			await big.close();
		}
	});

	test('bad options are refused; close is idempotent and closes connections', async () => {
		await expect(startSimulator({ apiKey: '' })).rejects.toThrow(TypeError);
		// @ts-expect-error loopback only
		await expect(startSimulator({ apiKey: KEY, host: '0.0.0.0' })).rejects.toThrow(TypeError);
		const short = await startSimulator({ apiKey: KEY });
		expect(short.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
		await fetch(`${short.baseUrl('openai')}/models`, { headers: AUTH });
		await Promise.all([short.close(), short.close()]);
		await expect(fetch(`${short.baseUrl('openai')}/models`, { headers: AUTH })).rejects.toThrow();
	});
});

describe('cli', () => {
	test('prints one ready line, serves, exits 0 on SIGTERM', async () => {
		const cli = path.join(__dirname, '..', '..', 'dev', 'simulator', 'cli.js');
		const child = spawn(process.execPath, [cli, '--port', '0', '--api-key', 'sk-cli', '--render-ms', '100'], {
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		try {
			const line = await new Promise<string>((resolve, reject) => {
				let out = '';
				child.stdout.on('data', (chunk: Buffer) => {
					out += chunk.toString();
					if (out.includes('\n')) resolve(out);
				});
				child.on('error', reject);
				child.on('exit', (code) => reject(new Error(`cli exited early with ${code}`)));
			});
			const ready = JSON.parse(line);
			expect(Object.keys(ready)).toEqual(['ready', 'origin']);
			expect(ready.ready).toBe(true);
			const models = await fetch(`${ready.origin}/openai/v1/models`, { headers: { authorization: 'Bearer sk-cli' } });
			expect(models.status).toBe(200);
			const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
			child.kill('SIGTERM');
			expect(await exited).toBe(0);
		} finally {
			if (child.exitCode === null) child.kill('SIGKILL');
		}
	});
});
