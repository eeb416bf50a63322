/* eslint-disable @n8n/community-nodes/no-restricted-globals */
import { statSync } from 'node:fs';

import type { IDataObject, IExecuteFunctions, INodeParameters, INodeType } from 'n8n-workflow';

import { startSimulator, type RequestLogEntry, type SimulatorHandle } from '../../dev/simulator';
import { loadPackage, runWorkflow, startWorkflow, type TypeRegistry } from '../support/engine';
import { API_KEY } from './cases';
import { startCountingProxy, type CountingProxy } from './countingProxy';

/**
 * Issue 4 at the scale of a batch, in n8n's engine against the simulator: these tests assert what
 * happens (interleaving, order, bounds, cancellation, streaming), never how fast it happens.
 */

const gccai = { model: 'sora-2-pro', duration: 8, resolution: '1080p', aspectRatio: '9:16' };
const openai = { model: 'sora-2-pro', duration: 12, resolution: '1024p', aspectRatio: '16:9' };
const fastPolling = { pollIntervalSeconds: 0.2, timeoutSeconds: 30 };

function soraNode(name: string, parameters: IDataObject, settings: IDataObject = {}) {
	return { name, type: 'n8n-nodes-sora.sora', parameters: parameters as INodeParameters, ...settings };
}

const sleep = async (ms: number) => await new Promise((resolve) => setTimeout(resolve, ms));

async function eventually(check: () => boolean, timeoutMs = 5_000): Promise<void> {
	const until = Date.now() + timeoutMs;
	while (!check()) {
		if (Date.now() > until) throw new Error('condition not reached in time');
		await sleep(20);
	}
}

function createNode(provider: 'gccai' | 'openai', extra: IDataObject = {}) {
	return soraNode('Create', {
		provider,
		operation: 'create',
		prompt: '={{ $json.prompt }}',
		...(provider === 'gccai' ? gccai : openai),
		...extra,
	});
}

function waitNode(provider: 'gccai' | 'openai', options: IDataObject = {}, settings: IDataObject = {}) {
	return soraNode('Wait', { provider, operation: 'wait', options: { ...fastPolling, ...options } }, settings);
}

const prompts = (renders: number[], tag = (_index: number) => '') =>
	renders.map((renderMs, index) => ({ prompt: `Shot ${index} [render-ms=${renderMs}]${tag(index)}` }));

function statusPolls(simulator: SimulatorHandle): RequestLogEntry[] {
	return simulator.requests.filter((request) => request.route === 'status');
}

/** The built node, with its execute() wrapped to tell when it really returned (after a cancel, too). */
async function probedTypes(): Promise<{ types: TypeRegistry; settledAt: () => number | undefined }> {
	const loaded = await loadPackage();
	const original = loaded.nodeTypes['n8n-nodes-sora.sora'] as INodeType;
	let settledAt: number | undefined;
	const probed: INodeType = Object.create(original);
	probed.execute = async function (this: IExecuteFunctions) {
		try {
			return await original.execute!.call(this);
		} finally {
			settledAt = Date.now();
		}
	};
	return {
		types: { nodeTypes: { ...loaded.nodeTypes, 'n8n-nodes-sora.sora': probed }, credentialTypes: loaded.credentialTypes },
		settledAt: () => settledAt,
	};
}

describe('Wait on a batch (time lifecycle, real engine)', () => {
	let simulator: SimulatorHandle;
	const credentials = () => ({ gccaiApi: { apiKey: API_KEY, baseUrl: simulator.baseUrl('gccai') } });

	beforeAll(async () => {
		simulator = await startSimulator({ apiKey: API_KEY, lifecycle: { mode: 'time', renderMs: 1_000 } });
	});
	afterEach(() => simulator.reset());
	afterAll(async () => await simulator.close());

	it('polls every item’s task at once: the provider sees their polls interleaved', async () => {
		const result = await runWorkflow({
			nodes: [createNode('gccai'), waitNode('gccai', { maxConcurrentRequests: 4 })],
			input: prompts([1_200, 1_200, 1_200, 1_200, 1_200, 1_200, 1_200, 1_200]),
			credentials: credentials(),
		});

		expect(result.status).toBe('success');
		const taskIds = result.outputOf('Create').map((item) => item.json.taskId as string);
		expect(result.outputOf('Wait').map((item) => item.json.status)).toEqual(taskIds.map(() => 'completed'));
		const polls = statusPolls(simulator);
		const first = taskIds.map((id) => polls.find((poll) => poll.taskId === id)!.at);
		const last = taskIds.map((id) => polls.filter((poll) => poll.taskId === id).pop()!.at);
		// One after another, task 2 would only be polled after task 1's last poll.
		expect(Math.max(...first)).toBeLessThan(Math.min(...last));
		const switches = polls.filter((poll, index) => index > 0 && poll.taskId !== polls[index - 1].taskId).length;
		expect(switches).toBeGreaterThan(2 * taskIds.length);
	});

	it('returns items in input order with their pairedItem, although later items finish first', async () => {
		const renders = [1_500, 1_200, 900, 600, 300];
		const result = await runWorkflow({
			nodes: [createNode('gccai'), waitNode('gccai')],
			input: prompts(renders),
			credentials: credentials(),
		});

		expect(result.status).toBe('success');
		const created = result.outputOf('Create').map((item) => item.json.taskId as string);
		const waited = result.outputOf('Wait');
		expect(waited.map((item) => item.json.taskId)).toEqual(created);
		expect(waited.map((item) => item.pairedItem)).toEqual(renders.map((_render, item) => ({ item })));
		expect(waited.map((item) => item.json.status)).toEqual(renders.map(() => 'completed'));
		const seenDone = created.map((id) => statusPolls(simulator).filter((poll) => poll.taskId === id).pop()!.at);
		expect(seenDone[4]).toBeLessThan(seenDone[0]);
	});

	it('under Continue On Fail, a failed task becomes its error item and the others complete', async () => {
		const result = await runWorkflow({
			nodes: [createNode('gccai'), waitNode('gccai', {}, { onError: 'continueRegularOutput' })],
			input: prompts([900, 300, 900], (index) => (index === 1 ? ' [fail]' : '')),
			credentials: credentials(),
		});

		expect(result.status).toBe('success');
		const created = result.outputOf('Create').map((item) => item.json.taskId as string);
		const [first, failed, third] = result.outputOf('Wait');
		expect(first.json).toMatchObject({ taskId: created[0], status: 'completed', error: null });
		expect(third.json).toMatchObject({ taskId: created[2], status: 'completed', error: null });
		expect(failed.json).toMatchObject({ taskId: created[1], status: 'failed' });
		expect((failed.json.error as { message: string }).message).toContain(created[1]);
		expect([first, failed, third].map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
	});

	it('without Continue On Fail, fails after the batch settled, naming every failed task and listing the finished ones', async () => {
		const renders = [1_200, 200, 1_200, 200];
		const result = await runWorkflow({
			nodes: [createNode('gccai'), waitNode('gccai')],
			input: prompts(renders, (index) => (index % 2 === 1 ? ' [fail]' : '')),
			credentials: credentials(),
		});

		expect(result.status).toBe('error');
		const created = result.outputOf('Create').map((item) => item.json.taskId as string);
		const error = result.errorOf('Wait');
		const text = `${error?.message}\n${error?.description}`;
		expect(error?.message).toContain('2 of 4');
		for (const failedId of [created[1], created[3]]) expect(text).toContain(failedId);
		expect(error?.description).toMatch(new RegExp(`Succeeded.*${created[0]}.*${created[2]}`));
		// The slow ones were waited for to the end, although two tasks had failed long before.
		for (const id of [created[0], created[2]]) {
			const task = simulator.tasks.get(id)!;
			expect(task.state).toBe('completed');
			expect(statusPolls(simulator).filter((poll) => poll.taskId === id).pop()!.at).toBeGreaterThanOrEqual(task.finishedAt!);
		}
	});

	it('a 429 with Retry-After on a status poll holds every poller of the batch, not just the one refused', async () => {
		simulator.injectFault({ provider: 'gccai', route: 'status', fault: { type: 'http', status: 429, retryAfterSeconds: 1 } });
		const result = await runWorkflow({
			nodes: [createNode('gccai'), waitNode('gccai')],
			input: prompts([2_000, 2_000, 2_000]),
			credentials: credentials(),
		});

		expect(result.status).toBe('success');
		const polls = statusPolls(simulator);
		const refused = polls.find((poll) => poll.status === 429)!;
		const during = polls.filter((poll) => poll.at > refused.at + 100 && poll.at < refused.at + 900);
		expect(during).toEqual([]);
		expect(polls.filter((poll) => poll.taskId === refused.taskId && poll.at >= refused.at + 950).length).toBeGreaterThan(0);
	});

	it('a 429 with Retry-After on create is retried after the wait and creates exactly one task', async () => {
		simulator.injectFault({ provider: 'gccai', route: 'create', fault: { type: 'http', status: 429, retryAfterSeconds: 1 } });
		const result = await runWorkflow({
			nodes: [createNode('gccai')],
			input: prompts([300]),
			credentials: credentials(),
		});

		expect(result.status).toBe('success');
		const creates = simulator.requests.filter((request) => request.route === 'create');
		expect(creates.map((request) => request.status)).toEqual([429, 200]);
		expect(creates[1].at - creates[0].at).toBeGreaterThanOrEqual(950);
		expect(simulator.tasks.size).toBe(1);
		expect(result.outputOf('Create')[0].json.taskId).toBe([...simulator.tasks.keys()][0]);
	});
});

describe('bounds and cancellation, counted by a proxy in front of the simulator', () => {
	let simulator: SimulatorHandle;
	let proxy: CountingProxy;
	let holdMs: (method: string, path: string) => number = () => 0;
	const credentials = () => ({ soraOpenAiApi: { apiKey: API_KEY, baseUrl: `${proxy.origin}/openai/v1` } });

	beforeAll(async () => {
		simulator = await startSimulator({ apiKey: API_KEY, lifecycle: { mode: 'time', renderMs: 600 } });
		proxy = await startCountingProxy(simulator.origin, (method, path) => holdMs(method, path));
	});
	afterEach(() => simulator.reset());
	afterAll(async () => {
		await proxy.close();
		await simulator.close();
	});

	it('never has more requests in flight than Max Concurrent Requests (creates, polls and downloads)', async () => {
		holdMs = () => 40;
		const result = await runWorkflow({
			nodes: [
				createNode('openai', {
					waitForCompletion: true,
					options: { ...fastPolling, maxConcurrentRequests: 3, download: true },
				}),
			],
			input: prompts([300, 500, 700, 300, 500, 700, 300, 500, 700, 300]),
			credentials: credentials(),
		});

		expect(result.status).toBe('success');
		expect(result.outputOf('Create')).toHaveLength(10);
		expect(proxy.requests.filter((request) => request.path.endsWith('/content'))).toHaveLength(10);
		expect(proxy.peakInFlight()).toBe(3);
	});

	it('on cancel: the execution ends canceled, in-flight requests are aborted and nothing more is sent', async () => {
		const { types, settledAt } = await probedTypes();
		// Status answers take 3 s, so polls are in flight when the user presses Stop.
		holdMs = (method, path) => (method === 'GET' && !path.endsWith('/content') ? 3_000 : 0);
		const handle = await startWorkflow({
			nodes: [createNode('openai'), waitNode('openai', { maxConcurrentRequests: 2 })],
			input: prompts([60_000, 60_000, 60_000, 60_000]),
			credentials: credentials(),
			types,
		});
		await eventually(() => proxy.inFlight() === 2 && proxy.requests.some((request) => request.method === 'GET'));
		const inFlightAtCancel = proxy.requests.filter((request) => request.endedAt === undefined);
		const cancelledAt = Date.now();
		handle.cancel();

		const result = await handle.result;
		expect(result.status).toBe('canceled');
		await eventually(() => proxy.inFlight() === 0 && settledAt() !== undefined);
		expect(inFlightAtCancel.every((request) => request.aborted === true)).toBe(true);
		expect(settledAt()!).toBeGreaterThanOrEqual(cancelledAt);

		await sleep(200);
		const sentAfterGrace = proxy.requests.length;
		const seenBySimulator = simulator.requests.length;
		await sleep(1_500);
		expect(proxy.requests.length).toBe(sentAfterGrace);
		expect(simulator.requests.length).toBe(seenBySimulator);
		expect(proxy.requests.every((request) => request.startedAt <= cancelledAt + 200)).toBe(true);
	});
});

describe('streamed download into filesystem binary storage', () => {
	const videoBytes = 8 * 1024 * 1024 + 123;
	let simulator: SimulatorHandle;

	beforeAll(async () => {
		simulator = await startSimulator({ apiKey: API_KEY, lifecycle: { mode: 'time', renderMs: 300 }, videoBytes });
	});
	afterAll(async () => await simulator.close());

	it('hands prepareBinaryData the response stream, never a Buffer, and stores every byte', async () => {
		const result = await runWorkflow({
			nodes: [createNode('gccai'), waitNode('gccai', { download: true })],
			input: prompts([300, 300]),
			credentials: { gccaiApi: { apiKey: API_KEY, baseUrl: simulator.baseUrl('gccai') } },
			binaryMode: 'filesystem',
		});

		expect(result.status).toBe('success');
		expect(result.binary.writes.map((write) => write.kind)).toEqual(['stream', 'stream']);
		for (const item of result.outputOf('Wait')) {
			const head = await fetch(simulator.fileUrl(item.json.taskId as string), { method: 'HEAD' });
			const contentLength = Number(head.headers.get('content-length'));
			expect(contentLength).toBe(videoBytes);
			const binary = item.binary!.data;
			expect(Number(binary.bytes)).toBe(contentLength);
			expect(statSync(result.binary.getPath(binary)).size).toBe(contentLength);
		}
		expect(result.binary.writes.every((write) => write.bytes === videoBytes)).toBe(true);
	});
});
