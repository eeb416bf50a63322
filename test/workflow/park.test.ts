/* eslint-disable @n8n/community-nodes/no-restricted-globals */
import { readFileSync } from 'fs';
import path from 'path';

import { Container } from '@n8n/di';
import { BinaryDataService } from 'n8n-core';
import type { IDataObject, INodeExecutionData, IRun } from 'n8n-workflow';

import { SAMPLE_MP4 } from '../../dev/simulator';
import { useSimulator } from '../support/useSimulator';
import { harnessLogs, REPO_ROOT, runWorkflow, type WorkflowNode, type WorkflowRunResult } from '../support/engine';
import { API_KEY, soraNode } from './cases';
import { keyDerivedParkToken } from '../../nodes/Sora/waiter/parkToken';
import { callWebhook, resumeAtDeadline, resumeFromWebhook } from './parkSupport';

// Time lifecycle: tasks end on their own (a prompt's [render-ms=N] overrides the default).
const simulator = useSimulator({ apiKey: API_KEY, lifecycle: { mode: 'time', renderMs: 150, queuedMs: 0 } });

const credentials = () => ({ yutoAiApi: { apiKey: API_KEY, baseUrl: simulator.baseUrl('yutoai') } });
const sleep = async (ms: number) => await new Promise((resolve) => setTimeout(resolve, ms));

type NodeSettings = Parameters<typeof soraNode>[2];

function parkNode(extra: IDataObject = {}, options: IDataObject = {}, settings: NodeSettings = {}) {
	return soraNode('Create', {
		provider: 'yutoai',
		operation: 'create',
		model: 'sora-2',
		prompt: '={{ $json.prompt }}',
		duration: 10,
		aspectRatio: '16:9',
		resolution: '720p',
		waitForCompletion: true,
		waitMode: 'park',
		options: { download: true, binaryPropertyName: 'video', timeoutSeconds: 600, ...options },
		...extra,
	}, settings);
}

async function park(prompts: string[], extra: IDataObject = {}, options: IDataObject = {}, settings: NodeSettings = {}): Promise<WorkflowRunResult> {
	return await runWorkflow({ nodes: [parkNode(extra, options, settings)], input: prompts.map((prompt) => ({ prompt })), credentials: credentials() });
}

const stacked = (run: IRun) => run.data.executionData!.nodeExecutionStack[0].data.main[0] as INodeExecutionData[];
const taskIdsOf = (run: IRun) => stacked(run).map((item) => item.json.taskId as string);
const callbackUrlOf = (taskId: string) => new URL(String(simulator.tasks.get(taskId)!.body.notify_hook));
const queryOf = (url: URL) => Object.fromEntries(url.searchParams) as IDataObject;
const downloadsOf = (taskId: string) => simulator.requests.filter((request) => request.route === 'download' && request.taskId === taskId).length;
const statusBody = (taskId: string, status: string) => ({ task_id: taskId, status, progress: status === 'SUCCESS' ? '100%' : '40%' });

describe('Create with Wait Mode "park" in the n8n engine', () => {
	it('creates every task with a callback URL that resumes this execution, then parks it without polling', async () => {
		const before = Date.now();
		const result = await park(['first [render-ms=60000]', 'second [render-ms=60000]']);

		expect(result.status).toBe('waiting');
		const waitTill = new Date(result.run.data.waitTill as Date).getTime();
		expect(waitTill).toBeGreaterThanOrEqual(before + 600_000);
		expect(waitTill).toBeLessThan(Date.now() + 600_000 + 1000);

		const ids = taskIdsOf(result.run);
		expect(ids).toHaveLength(2);
		for (const [index, taskId] of ids.entries()) {
			const url = callbackUrlOf(taskId);
			expect(`${url.origin}${url.pathname}`).toBe(`http://localhost:5678/webhook-waiting/${result.executionId}/sora-callback`);
			expect(url.searchParams.get('soraToken')).toMatch(/^[0-9a-f]{40}$/);
			expect(url.toString()).not.toContain(API_KEY);
			expect(simulator.statusPollsFor(taskId)).toBe(0);
			// What the deadline would hand on: a timeout error naming the task, paired to its input.
			const item = stacked(result.run)[index];
			expect(item.pairedItem).toEqual({ item: index });
			expect(item.json).toMatchObject({ provider: 'yutoai', taskId, status: null, error: { code: 'timeout' } });
			expect((item.json.error as IDataObject).message).toContain(taskId);
		}
		// The previous node's output is left alone; only this node's stacked input was replaced.
		expect(result.outputOf('Input Items').map((item) => item.json.prompt)).toEqual(['first [render-ms=60000]', 'second [render-ms=60000]']);
		// Shown while parked: the created tasks; the callback URL (it resumes the execution) is never output.
		const shown = result.outputOf('Create');
		expect(shown.map((item) => item.json.taskId)).toEqual(ids);
		expect(JSON.stringify(shown)).not.toContain('soraToken');
	});

	it('refuses tokenless, wrong-token and unknown-task callbacks, and keeps a progress callback parked, all without a provider request', async () => {
		const result = await park(['slow [render-ms=60000]']);
		const [taskId] = taskIdsOf(result.run);
		const query = queryOf(callbackUrlOf(taskId));
		const call = async (body: unknown, q: IDataObject) => await callWebhook(result.run, result.executionId, credentials(), { body, query: q });

		const tokenless = await call(statusBody(taskId, 'SUCCESS'), {});
		const wrongToken = await call(statusBody(taskId, 'SUCCESS'), { soraToken: '0'.repeat(40) });
		const unknown = await call(statusBody('task_unknown_1', 'SUCCESS'), query);
		expect([tokenless.status, wrongToken.status, unknown.status]).toEqual([401, 401, 404]);
		const progress = await call(statusBody(taskId, 'IN_PROGRESS'), query);
		expect(progress.status).toBe(202);
		expect(progress.response.workflowData).toBeUndefined();
		for (const refused of [tokenless, wrongToken, unknown, progress]) expect(refused.response.noWebhookResponse).toBe(true);
		expect(simulator.statusPollsFor(taskId)).toBe(0);
	});

	it('answers a final callback at once and re-reads in the resumed execute(): a body claiming success while the task renders parks it again', async () => {
		const result = await park(['slow [render-ms=60000]']);
		const [taskId] = taskIdsOf(result.run);
		const claimed = await callWebhook(result.run, result.executionId, credentials(), { body: statusBody(taskId, 'SUCCESS'), query: queryOf(callbackUrlOf(taskId)) });
		// Answered without asking the provider: the callback only wakes the execution.
		expect(claimed.response.workflowData).toHaveLength(1);
		expect(claimed.body).toEqual({ status: 'resumed' });
		expect(claimed.response.noWebhookResponse).toBe(true);
		expect(simulator.statusPollsFor(taskId)).toBe(0);

		const resumed = await resumeFromWebhook(result.run, result.executionId, claimed, credentials());
		// execute() re-read the task with the key, found it rendering and parked again until the same deadline.
		expect(resumed.status).toBe('waiting');
		expect(new Date(resumed.data.waitTill as Date).getTime()).toBe(new Date(result.run.data.waitTill as Date).getTime());
		expect(simulator.statusPollsFor(taskId)).toBe(1);
		const reread = simulator.requests.filter((request) => request.route === 'status' && request.taskId === taskId);
		expect(reread.map((request) => request.headers.authorization)).toEqual([`Bearer ${API_KEY}`]);
		expect(stacked(resumed)[0].json).toMatchObject({ taskId, error: { code: 'timeout' } });
		expect(simulator.tasks.size).toBe(1);
	});

	it('checks the token without reading the credential: the answer waits for no database query of the node', async () => {
		const result = await park(['quick']);
		const [taskId] = taskIdsOf(result.run);
		const query = queryOf(callbackUrlOf(taskId));
		// No credential at all where the callback is answered: reading it would throw and be answered 502.
		const wrongToken = await callWebhook(result.run, result.executionId, {}, { body: statusBody(taskId, 'SUCCESS'), query: { ...query, soraToken: 'f'.repeat(40) } });
		const answered = await callWebhook(result.run, result.executionId, {}, { body: statusBody(taskId, 'SUCCESS'), query });
		expect([wrongToken.status, answered.status]).toEqual([401, 200]);
		expect(answered.body).toEqual({ status: 'resumed' });
		// The token is this park's own (random, kept on the stack entry), not the key's.
		expect(result.run.data.executionData!.nodeExecutionStack[0].metadata).toMatchObject({ soraParkToken: query.soraToken });
		expect(query.soraToken).not.toBe(keyDerivedParkToken(API_KEY, result.executionId, result.run.data.executionData!.nodeExecutionStack[0].node.id));
		await sleep(400);
		const resumed = await resumeFromWebhook(result.run, result.executionId, answered, credentials());
		expect(resumed.status).toBe('success');
		expect(downloadsOf(taskId)).toBe(1);
	});

	it('still resumes an execution parked by 0.2.0: no stored token, the key-derived one in the URL', async () => {
		const result = await park(['quick']);
		const [taskId] = taskIdsOf(result.run);
		const entry = result.run.data.executionData!.nodeExecutionStack[0];
		delete (entry.metadata as IDataObject).soraParkToken;
		const legacy = keyDerivedParkToken(API_KEY, result.executionId, entry.node.id);
		const stale = await callWebhook(result.run, result.executionId, credentials(), { body: statusBody(taskId, 'SUCCESS'), query: queryOf(callbackUrlOf(taskId)) });
		expect(stale.status).toBe(401);
		const answered = await callWebhook(result.run, result.executionId, credentials(), { body: statusBody(taskId, 'SUCCESS'), query: { soraToken: legacy } });
		expect(answered.status).toBe(200);
		await sleep(400);
		const resumed = await resumeFromWebhook(result.run, result.executionId, answered, credentials());
		expect(resumed.status).toBe('success');
		expect(downloadsOf(taskId)).toBe(1);
	});

	it('keeps a batch parked until its last task ends, then downloads each MP4 once in the resumed run', async () => {
		const result = await park(['quick one', 'quick two', 'later [render-ms=1500]']);
		const ids = taskIdsOf(result.run);
		const query = queryOf(callbackUrlOf(ids[0]));
		await sleep(400);

		const early = await callWebhook(result.run, result.executionId, credentials(), { body: statusBody(ids[0], 'SUCCESS'), query });
		const reparked = await resumeFromWebhook(result.run, result.executionId, early, credentials());
		expect(reparked.status).toBe('waiting');
		expect(downloadsOf(ids[0])).toBe(0);
		await sleep(1400);

		const last = await callWebhook(reparked, result.executionId, credentials(), { body: statusBody(ids[2], 'SUCCESS'), query });
		expect(last.response.workflowData).toHaveLength(1);
		// The provider retries; another task's callback arrives at the same time: neither resumes again.
		const duplicate = await callWebhook(reparked, result.executionId, credentials(), { body: statusBody(ids[2], 'SUCCESS'), query });
		const other = await callWebhook(reparked, result.executionId, credentials(), { body: statusBody(ids[1], 'SUCCESS'), query });
		for (const answer of [duplicate, other]) {
			expect(answer.status).toBe(200);
			expect(answer.response.workflowData).toBeUndefined();
			expect(answer.body).toMatchObject({ status: 'ignored' });
		}

		const resumed = await resumeFromWebhook(reparked, result.executionId, last, credentials());
		expect(resumed.status).toBe('success');
		const out = resumed.data.resultData.runData.Create.at(-1)!.data!.main[0]!;
		expect(out.map((item) => item.json.taskId)).toEqual(ids);
		for (const [index, item] of out.entries()) {
			expect(item.json).toMatchObject({ status: 'completed', error: null, model: 'sora-2' });
			expect(item.pairedItem).toEqual({ item: index });
			const video = item.binary!.video;
			expect(video).toMatchObject({ mimeType: 'video/mp4', fileName: `${item.json.taskId}.mp4` });
			expect(Buffer.compare(await Container.get(BinaryDataService).getAsBuffer(video), SAMPLE_MP4)).toBe(0);
		}
		expect(ids.map((id) => downloadsOf(id))).toEqual([1, 1, 1]);
	});

	it('at the deadline with Continue (regular output) the engine hands on one timeout error item per unfinished task', async () => {
		const result = await park(['never [stuck]', 'also never [stuck]'], {}, { timeoutSeconds: 1 }, { onError: 'continueRegularOutput' });
		const ids = taskIdsOf(result.run);
		const resumed = await resumeAtDeadline(result.run, result.executionId, credentials());
		expect(resumed.status).toBe('success');
		const out = resumed.data.resultData.runData.Create.at(-1)!.data!.main[0]!;
		expect(out).toHaveLength(2);
		out.forEach((item, index) => {
			expect(item.json).toMatchObject({ taskId: ids[index], status: null, error: { code: 'timeout' } });
			expect(String((item.json.error as IDataObject).message)).toContain(ids[index]);
			expect(item.json.prompt).toBeUndefined();
		});
		expect(ids.map((id) => simulator.statusPollsFor(id))).toEqual([0, 0]);
	});

	describe.each([
		['stopWorkflow', undefined],
		['continueRegularOutput', 'continueRegularOutput'],
		['continueErrorOutput', 'continueErrorOutput'],
	] as const)('On Error %s, as in poll mode', (_label, onError) => {
		const settings: NodeSettings = onError ? { onError } : {};

		it('a task that failed, resumed by its callback', async () => {
			const result = await park(['fine', 'rejected [fail]'], {}, {}, settings);
			const ids = taskIdsOf(result.run);
			await sleep(400);
			const answer = await callWebhook(result.run, result.executionId, credentials(), { body: statusBody(ids[1], 'FAILURE'), query: queryOf(callbackUrlOf(ids[1])) });
			expect([answer.status, answer.body]).toEqual([200, { status: 'resumed' }]);
			const resumed = await resumeFromWebhook(result.run, result.executionId, answer, credentials());
			const run = resumed.data.resultData.runData.Create.at(-1)!;
			if (!onError) {
				expect(resumed.status).toBe('error');
				expect(run.error?.message).toContain(`task ${ids[1]} failed`);
				expect(run.error?.description).toContain(`item 0: task ${ids[0]}`);
				return;
			}
			expect(resumed.status).toBe('success');
			const [main, errors] = [run.data!.main[0]!, run.data!.main[1] ?? []];
			if (onError === 'continueErrorOutput') {
				expect(main.map((item) => item.json.taskId)).toEqual([ids[0]]);
				expect(errors).toHaveLength(1);
				expect(errors[0].pairedItem).toEqual({ item: 1 });
				expect(String(errors[0].json.error)).toContain(ids[1]);
			} else {
				expect(errors).toEqual([]);
				expect(main.map((item) => item.json.status)).toEqual(['completed', 'failed']);
				expect(main[1].json).toMatchObject({ taskId: ids[1], error: { code: 'task_failed' } });
			}
		});

		it('a task still rendering at the deadline (n8n-core 2.41 here; 2.8 in the e2e test)', async () => {
			const result = await park(['never [stuck]', 'also never [stuck]'], {}, { timeoutSeconds: 1 }, settings);
			const ids = taskIdsOf(result.run);
			const resumed = await resumeAtDeadline(result.run, result.executionId, credentials());
			const run = resumed.data.resultData.runData.Create.at(-1)!;
			expect(ids.map((id) => simulator.statusPollsFor(id))).toEqual([0, 0]);
			if (!onError) {
				// n8n >= 2.27 fails the node with the resumeError set at park time.
				expect(resumed.status).toBe('error');
				expect(run.error?.message).toMatch(/2 YutoAI .*tasks had not ended by the wait deadline/);
				for (const id of ids) expect(run.error?.message).toContain(id);
				return;
			}
			expect(resumed.status).toBe('success');
			const [main, errors] = [run.data!.main[0]!, run.data!.main[1] ?? []];
			const failed = onError === 'continueErrorOutput' ? errors : main;
			expect(failed.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
			ids.forEach((id, index) => expect(JSON.stringify(failed[index].json.error)).toContain(id));
			if (onError === 'continueErrorOutput') expect(main).toEqual([]);
		});
	});

	it('a re-park keeps what the callbacks showed: at the deadline a failed task is its failure, a completed one says it was not downloaded', async () => {
		const result = await park(['quick', 'rejected [fail]', 'slow [stuck]'], {}, { timeoutSeconds: 2 }, { onError: 'continueRegularOutput' });
		const ids = taskIdsOf(result.run);
		await sleep(400);
		const failed = await callWebhook(result.run, result.executionId, credentials(), { body: statusBody(ids[1], 'FAILURE'), query: queryOf(callbackUrlOf(ids[1])) });
		const reparked = await resumeFromWebhook(result.run, result.executionId, failed, credentials());
		expect(reparked.status).toBe('waiting');
		// The failed task's callback again is a duplicate of an ended task.
		const again = await callWebhook(reparked, result.executionId, credentials(), { body: statusBody(ids[1], 'FAILURE'), query: queryOf(callbackUrlOf(ids[1])) });
		expect(again.body).toMatchObject({ status: 'ignored', reason: 'this task already ended' });

		const atDeadline = await resumeAtDeadline(reparked, result.executionId, credentials());
		const out = atDeadline.data.resultData.runData.Create.at(-1)!.data!.main[0]!;
		expect(out.map((item) => (item.json.error as IDataObject).code)).toEqual(['timeout', 'task_failed', 'timeout']);
		expect(out[0].json).toMatchObject({ taskId: ids[0], status: 'completed' });
		expect(String((out[0].json.error as IDataObject).message)).toContain('was not downloaded');
		expect(String((out[1].json.error as IDataObject).message)).toContain(ids[1]);
		expect(out[2].json).toMatchObject({ taskId: ids[2], status: null });
		expect(ids.map((id) => downloadsOf(id))).toEqual([0, 0, 0]);
	});

	it('examples/sora-park-callback.json parks, and its error output gets a failed task while the other video is downloaded', async () => {
		const example = JSON.parse(readFileSync(path.join(REPO_ROOT, 'examples', 'sora-park-callback.json'), 'utf8')) as { nodes: Array<WorkflowNode & { type: string; onError?: string }> };
		const node = example.nodes.find((candidate) => candidate.type === 'n8n-nodes-sora.sora')!;
		expect(node.parameters).toMatchObject({ waitForCompletion: true, waitMode: 'park' });
		const { name, type, typeVersion, parameters, onError } = node;
		const result = await runWorkflow({
			nodes: [{ name, type, typeVersion, parameters, onError } as WorkflowNode],
			input: [{ prompt: 'fine' }, { prompt: 'rejected [fail]' }],
			credentials: credentials(),
		});
		expect(result.status).toBe('waiting');
		const ids = taskIdsOf(result.run);
		await sleep(400);
		const answer = await callWebhook(result.run, result.executionId, credentials(), { body: statusBody(ids[1], 'FAILURE'), query: queryOf(callbackUrlOf(ids[1])) });
		const resumed = await resumeFromWebhook(result.run, result.executionId, answer, credentials());
		expect(resumed.status).toBe('success');
		const [videos, failed] = resumed.data.resultData.runData[name].at(-1)!.data!.main;
		expect(videos!.map((item) => item.json.taskId)).toEqual([ids[0]]);
		expect(videos![0].binary!.data.mimeType).toBe('video/mp4');
		expect(failed!.map((item) => item.pairedItem)).toEqual([{ item: 1 }]);
	});

	it('logs each created task with n8n\'s logger (provider, model, execution, item), never the key', async () => {
		harnessLogs.length = 0;
		const result = await park(['logged [render-ms=60000]']);
		const [taskId] = taskIdsOf(result.run);
		const entry = harnessLogs.find((log) => log.meta?.soraTaskId === taskId);
		expect(entry).toMatchObject({ level: 'info', meta: { provider: 'yutoai', model: 'sora-2', executionId: result.executionId, itemIndex: 0 } });
		expect(JSON.stringify(harnessLogs)).not.toContain(API_KEY);
		expect(JSON.stringify(harnessLogs)).not.toContain('soraToken');
	});

	it('ignores a saved park value where the provider does not call back (the field is hidden there) and polls', async () => {
		const result = await runWorkflow({
			nodes: [
				soraNode('Create', {
					provider: 'gccai',
					operation: 'create',
					model: 'sora-2',
					prompt: 'no callbacks here',
					duration: 4,
					aspectRatio: '16:9',
					resolution: '720p',
					waitForCompletion: true,
					waitMode: 'park',
					options: { pollIntervalSeconds: 0.2, timeoutSeconds: 20 },
				}),
			],
			credentials: { gccaiApi: { apiKey: API_KEY, baseUrl: simulator.baseUrl('gccai') } },
		});
		expect(result.status).toBe('success');
		const [item] = result.outputOf('Create');
		expect(item.json.status).toBe('completed');
		expect(simulator.statusPollsFor(item.json.taskId as string)).toBeGreaterThan(0);
	});

	it('refuses a custom model before any request: its body carries no callback URL', async () => {
		const result = await park(['custom'], { model: 'custom', customModelId: 'veo3.1' });
		expect(result.status).toBe('error');
		expect(result.errorOf('Create')?.message).toContain('takes no callback URL for model veo3.1');
		expect(simulator.requests).toHaveLength(0);
	});

	it('without Continue On Fail, a failed create ends the node at once instead of parking', async () => {
		simulator.injectFault({ route: 'create', times: 1, fault: { type: 'http', status: 400 } } as never);
		const result = await park(['refused', 'accepted']);
		expect(result.status).toBe('error');
		expect(result.run.data.waitTill).toBeUndefined();
	});
});
