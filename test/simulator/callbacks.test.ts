/* eslint-disable @n8n/community-nodes/no-restricted-globals */
import * as http from 'http';
import type { AddressInfo } from 'net';

import { FAILURE_REASON, startSimulator } from '../../dev/simulator';
import type { SimulatorHandle } from '../../dev/simulator';

// Answers are checked field by field against each provider's documented shape.
type Json = any;

const KEY = 'sk-test-callbacks';
const JSON_AUTH = { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' };

interface Received {
	path: string;
	headers: http.IncomingHttpHeaders;
	body: Json;
	at: number;
}

/** A loopback receiver standing in for n8n's /webhook-waiting/… URL; `answers` are consumed per request (then 200). */
async function receiver(answers: number[] = []) {
	const received: Received[] = [];
	const waiters: Array<() => void> = [];
	const server = http.createServer((req, res) => {
		const chunks: Buffer[] = [];
		req.on('data', (c: Buffer) => chunks.push(c));
		req.on('end', () => {
			received.push({ path: req.url ?? '', headers: req.headers, body: JSON.parse(Buffer.concat(chunks).toString() || 'null'), at: Date.now() });
			const status = answers.shift() ?? 200;
			res.writeHead(status, { 'content-type': 'application/json' });
			res.end(JSON.stringify({ ok: status < 300 }));
			waiters.splice(0).forEach((wake) => wake());
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	return {
		origin,
		received,
		/** Resolves once `count` callbacks arrived (bounded). */
		async until(count: number, timeoutMs = 8000) {
			const deadline = Date.now() + timeoutMs;
			while (received.length < count) {
				if (Date.now() > deadline) throw new Error(`only ${received.length} of ${count} callbacks within ${timeoutMs} ms`);
				await new Promise<void>((resolve) => {
					const t = setTimeout(resolve, 100);
					waiters.push(() => {
						clearTimeout(t);
						resolve();
					});
				});
			}
			return received;
		},
		close: () =>
			new Promise<void>((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			}),
	};
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The receiver sees a POST before the simulator has read the answer: wait (bounded) until the entry settled. */
async function settled(sim: SimulatorHandle, taskId: string, timeoutMs = 3000) {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const entry = sim.callbacks.find((c) => c.taskId === taskId);
		if (entry && !['pending', 'sending'].includes(entry.state)) return entry;
		if (Date.now() > deadline) throw new Error(`callback of ${taskId} still ${entry?.state} after ${timeoutMs} ms`);
		await sleep(20);
	}
}

async function createYutoai(sim: SimulatorHandle, prompt: string, notifyHook?: string): Promise<string> {
	const res = await fetch(`${sim.baseUrl('yutoai')}/v2/videos/generations`, {
		method: 'POST',
		headers: JSON_AUTH,
		body: JSON.stringify({ model: 'sora-2', prompt, duration: '10', aspect_ratio: '16:9', ...(notifyHook ? { notify_hook: notifyHook } : {}) }),
	});
	expect(res.status).toBe(200);
	return ((await res.json()) as Json).task_id;
}

async function createEvolink(sim: SimulatorHandle, prompt: string, callbackUrl: string): Promise<string> {
	const res = await fetch(`${sim.baseUrl('evolink')}/v1/videos/generations`, {
		method: 'POST',
		headers: JSON_AUTH,
		body: JSON.stringify({ model: 'sora-2-preview', prompt, duration: 4, aspect_ratio: '16:9', callback_url: callbackUrl }),
	});
	expect(res.status).toBe(200);
	return ((await res.json()) as Json).id;
}

describe('provider callbacks (time lifecycle)', () => {
	let sim: SimulatorHandle;
	beforeAll(async () => {
		sim = await startSimulator({ apiKey: KEY, lifecycle: { mode: 'time', renderMs: 300, queuedMs: 50 } });
	});
	afterAll(() => sim.close());
	beforeEach(() => sim.reset());

	test('yutoai notify_hook gets the /v2 status body of the completed task, once', async () => {
		const hook = await receiver();
		try {
			const started = Date.now();
			const id = await createYutoai(sim, 'a paper boat', `${hook.origin}/webhook-waiting/42?signature=abc`);
			const [call] = await hook.until(1);
			expect(call.at - started).toBeGreaterThanOrEqual(340);
			expect(call.path).toBe('/webhook-waiting/42?signature=abc');
			expect(call.headers['content-type']).toBe('application/json');
			expect(call.headers.authorization).toBeUndefined();
			expect(call.body).toMatchObject({ task_id: id, status: 'SUCCESS', progress: '100%', fail_reason: '', data: { output: sim.fileUrl(id) } });
			// The same body a status poll returns now.
			const polled = (await (await fetch(`${sim.baseUrl('yutoai')}/v2/videos/generations/${id}`, { headers: JSON_AUTH })).json()) as Json;
			expect(call.body).toEqual(polled);
			await settled(sim, id);
			expect(sim.callbacks).toEqual([
				expect.objectContaining({ taskId: id, provider: 'yutoai', state: 'delivered', taskState: 'completed', attempts: [expect.objectContaining({ status: 200 })] }),
			]);
			await sleep(300);
			expect(hook.received).toHaveLength(1);
			// Callbacks are not API requests: nothing extra in the request log.
			expect(sim.requests.map((r) => r.route)).toEqual(['create', 'status']);
		} finally {
			await hook.close();
		}
	});

	test('evolink callback_url gets the failed task body; a 500 answer is retried after 1 s', async () => {
		const hook = await receiver([500]);
		try {
			const id = await createEvolink(sim, 'a boat [fail]', `${hook.origin}/cb`);
			const calls = await hook.until(2, 6000);
			expect(calls[1].at - calls[0].at).toBeGreaterThanOrEqual(950);
			for (const call of calls) {
				expect(call.body).toMatchObject({ id, object: 'video.generation.task', status: 'failed', error: { message: FAILURE_REASON } });
			}
			const entry = await settled(sim, id);
			expect(entry).toMatchObject({ taskId: id, provider: 'evolink', state: 'delivered', taskState: 'failed' });
			expect(entry.attempts.map((a) => a.status)).toEqual([500, 200]);
		} finally {
			await hook.close();
		}
	});

	test('[render-ms=N] sets when the callback fires; tasks without a hook never call', async () => {
		const hook = await receiver();
		try {
			const started = Date.now();
			await createYutoai(sim, 'no hook here');
			const id = await createYutoai(sim, 'slow one [render-ms=900]', `${hook.origin}/slow`);
			const [call] = await hook.until(1);
			expect(call.at - started).toBeGreaterThanOrEqual(900);
			expect(call.body.task_id).toBe(id);
			expect(sim.callbacks.map((c) => c.taskId)).toEqual([id]);
		} finally {
			await hook.close();
		}
	});

	test('non-loopback and non-http URLs are refused and never sent; unreachable ones are retried', async () => {
		const ids = [
			await createYutoai(sim, 'public', 'http://example.com/hook'),
			await createYutoai(sim, 'https', 'https://127.0.0.1:1/hook'),
			await createYutoai(sim, 'junk', 'not a url'),
		];
		expect(sim.callbacks.map((c) => [c.taskId, c.state])).toEqual(ids.map((id) => [id, 'refused']));
		expect(sim.callbacks[0].reason).toMatch(/not loopback/);
		expect(sim.callbacks[1].reason).toMatch(/only http/);

		// Port 1 on loopback: connection refused → 1 try + 3 retries (1 + 2 + 4 s would be too slow: reset stops it).
		const dead = await createYutoai(sim, 'dead', 'http://127.0.0.1:1/hook');
		await sleep(1600);
		const entry = sim.callbacks.find((c) => c.taskId === dead)!;
		expect(entry.state).toBe('sending');
		expect(entry.attempts.length).toBe(2);
		expect(entry.attempts[0].error).toMatch(/ECONNREFUSED/);
		sim.reset();
		expect(sim.callbacks).toHaveLength(0);
	});

	test('reset cancels a pending callback; GET /__control/callbacks lists them', async () => {
		const hook = await receiver();
		try {
			const id = await createYutoai(sim, 'later [render-ms=400]', `${hook.origin}/x`);
			const listed = (await (await fetch(`${sim.origin}/__control/callbacks?taskId=${id}`)).json()) as Json;
			expect(listed).toEqual([expect.objectContaining({ taskId: id, state: 'pending', url: `${hook.origin}/x` })]);
			sim.reset();
			await sleep(700);
			expect(hook.received).toHaveLength(0);
		} finally {
			await hook.close();
		}
	});
});

describe('provider callbacks (polls lifecycle)', () => {
	test('the callback goes out when a served poll first sees the task ended; [stuck] never calls', async () => {
		const sim = await startSimulator({ apiKey: KEY });
		const hook = await receiver();
		try {
			const id = await createYutoai(sim, 'polled', `${hook.origin}/p`);
			const stuck = await createYutoai(sim, 'never [stuck]', `${hook.origin}/s`);
			for (let i = 0; i < 3; i++) {
				await fetch(`${sim.baseUrl('yutoai')}/v2/videos/generations/${id}`, { headers: JSON_AUTH });
				await fetch(`${sim.baseUrl('yutoai')}/v2/videos/generations/${stuck}`, { headers: JSON_AUTH });
			}
			await sleep(200);
			expect(hook.received).toHaveLength(0);
			await fetch(`${sim.baseUrl('yutoai')}/v2/videos/generations/${id}`, { headers: JSON_AUTH });
			const [call] = await hook.until(1);
			expect(call.path).toBe('/p');
			expect(call.body).toMatchObject({ task_id: id, status: 'SUCCESS' });
			for (let i = 0; i < 3; i++) await fetch(`${sim.baseUrl('yutoai')}/v2/videos/generations/${stuck}`, { headers: JSON_AUTH });
			await sleep(200);
			expect(hook.received).toHaveLength(1);
			expect(sim.callbacks.find((c) => c.taskId === stuck)!.state).toBe('pending');
		} finally {
			await hook.close();
			await sim.close();
		}
	});
});
