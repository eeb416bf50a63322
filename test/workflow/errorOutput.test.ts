import type { INodeExecutionData } from 'n8n-workflow';

import { useSimulator } from '../support/useSimulator';
import { runWorkflow, type WorkflowRunResult } from '../support/engine';
import { API_KEY, fastWait, soraNode } from './cases';

/**
 * n8n's two Continue On Fail settings, run in n8n's own engine: "Continue (using error output)" must
 * send exactly the failed items to output 1 (n8n decides that per item, in workflow-execute's
 * handleNodeErrorOutput), and "Continue (regular output)" must keep one item per input with json.error.
 */
type OnError = 'continueErrorOutput' | 'continueRegularOutput';
const settings: OnError[] = ['continueErrorOutput', 'continueRegularOutput'];

// Every task ends on its first status poll, so Get Status sees a finished (or failed) task at once.
const simulator = useSimulator({ apiKey: API_KEY, lifecycle: { mode: 'polls', queuedPolls: 0, processingPolls: 0 } });

const credentials = () => ({ gccaiApi: { apiKey: API_KEY, baseUrl: simulator.baseUrl('gccai') } });

interface Routed {
	succeeded: INodeExecutionData[];
	failed: INodeExecutionData[];
}

/** The node's output under `onError`, checked for the shape that setting promises. */
function routedOutput(result: WorkflowRunResult, node: string, onError: OnError, inputCount: number, failedIndexes: number[]): Routed {
	expect(result.status).toBe('success');
	const main = result.outputOf(node, 0);
	const errorOutput = result.outputOf(node, 1);
	const indexesOf = (items: INodeExecutionData[]) => items.map((item) => (item.pairedItem as { item: number }).item);
	const all = Array.from({ length: inputCount }, (_, index) => index);
	const expectedFailed = [...failedIndexes].sort((a, b) => a - b);

	if (onError === 'continueErrorOutput') {
		expect(indexesOf(errorOutput)).toEqual(expectedFailed);
		expect(indexesOf(main)).toEqual(all.filter((index) => !failedIndexes.includes(index)));
		for (const item of main) expect(item.error).toBeUndefined();
		return { succeeded: main, failed: errorOutput };
	}
	expect(errorOutput).toEqual([]);
	expect(indexesOf(main)).toEqual(all);
	return {
		succeeded: main.filter((_item, index) => !failedIndexes.includes(index)),
		failed: main.filter((_item, index) => failedIndexes.includes(index)),
	};
}

/**
 * A failed item. On the error output it carries n8n's item-level error, and n8n itself reduces its json
 * to `{ error: <message> }`; on the regular output it is the node's full item with `json.error` set.
 */
function expectFailure(item: INodeExecutionData, onError: OnError, errorName: 'NodeApiError' | 'NodeOperationError', message: RegExp) {
	expect(JSON.stringify(item.json)).not.toContain(API_KEY);
	if (onError === 'continueErrorOutput') {
		expect(item.error?.name).toBe(errorName);
		expect(item.error?.message).toMatch(message);
		expect(item.json).toEqual({ error: item.error?.message });
		expect(item.error?.description ?? '').not.toContain(API_KEY);
		return;
	}
	expect(item.error).toBeUndefined();
	expect(item.json).toMatchObject({ provider: 'gccai', error: { code: expect.any(String), message: expect.stringMatching(message) } });
}

/** The task a failed item is about: named in the message on the error output, as fields on the regular one. */
function expectTask(item: INodeExecutionData, onError: OnError, taskId: string, status: string | null) {
	if (onError === 'continueErrorOutput') expect(item.json.error).toContain(taskId);
	else expect(item.json).toMatchObject({ taskId, status });
}

/** A refused request: its HTTP status as n8n's httpCode on the error output, as json.error.code on the regular one. */
function expectHttpStatus(item: INodeExecutionData, onError: OnError, status: number) {
	if (onError === 'continueErrorOutput') expect(item.error).toMatchObject({ httpCode: String(status) });
	else expect(item.json.error).toMatchObject({ code: `http_${status}` });
}

describe.each(settings)('On Error: %s', (onError) => {
	it('Create: a refused request and an invalid item fail, the others are created', async () => {
		simulator.injectFault({ provider: 'gccai', route: 'create', fault: { type: 'http', status: 400 } });
		const input = [
			{ prompt: 'first good one', duration: 4 },
			{ prompt: 'invalid duration', duration: 7 },
			{ prompt: 'second good one', duration: 8 },
			{ prompt: 'third good one', duration: 4 },
		];
		const result = await runWorkflow({
			nodes: [
				soraNode(
					'Create',
					{ provider: 'gccai', operation: 'create', model: 'sora-2', prompt: '={{ $json.prompt }}', duration: '={{ $json.duration }}' },
					{ onError },
				),
			],
			input,
			credentials: credentials(),
		});

		// Creates run concurrently, so which one met the injected 400 is read from the simulator's log.
		const creates = simulator.requests.filter((request) => request.route === 'create');
		expect(creates).toHaveLength(3);
		const refused = creates.filter((request) => request.status === 400);
		expect(refused).toHaveLength(1);
		const refusedIndex = input.findIndex((entry) => entry.prompt === (refused[0].body as { prompt: string }).prompt);
		expect(refusedIndex).toBeGreaterThanOrEqual(0);

		const { succeeded, failed } = routedOutput(result, 'Create', onError, input.length, [1, refusedIndex]);
		for (const item of succeeded) expect(item.json).toMatchObject({ provider: 'gccai', status: 'queued', error: null });
		for (const item of failed) {
			const index = (item.pairedItem as { item: number }).item;
			if (index === 1) expectFailure(item, onError, 'NodeOperationError', /duration/i);
			else expectFailure(item, onError, 'NodeApiError', /400|rejected|refused|bad request/i);
		}
		const apiFailure = failed.find((item) => (item.pairedItem as { item: number }).item === refusedIndex);
		expectHttpStatus(apiFailure!, onError, 400);
	});

	it('Create + Wait: the failed task fails, the finished ones carry their video', async () => {
		const input = [{ prompt: 'a lighthouse' }, { prompt: 'a forbidden scene [fail]' }, { prompt: 'a harbour at dawn' }];
		const result = await runWorkflow({
			nodes: [
				soraNode(
					'Create',
					{
						provider: 'gccai',
						operation: 'create',
						model: 'sora-2',
						prompt: '={{ $json.prompt }}',
						duration: 4,
						waitForCompletion: true,
						options: { ...fastWait, download: true },
					},
					{ onError },
				),
			],
			input,
			credentials: credentials(),
		});

		const { succeeded, failed } = routedOutput(result, 'Create', onError, input.length, [1]);
		for (const item of succeeded) {
			expect(item.json).toMatchObject({ status: 'completed', error: null });
			expect(item.binary?.data?.mimeType).toBe('video/mp4');
		}
		const failedTask = [...simulator.tasks.values()].find((task) => task.prompt === input[1].prompt);
		expectFailure(failed[0], onError, 'NodeOperationError', /failed/);
		expectTask(failed[0], onError, failedTask!.id, 'failed');
		expect(failed[0].binary).toBeUndefined();
	});

	it('Get Status: request failures fail; a task the provider reports as failed is a normal result', async () => {
		const created = await runWorkflow({
			nodes: [soraNode('Create', { provider: 'gccai', operation: 'create', model: 'sora-2', prompt: '={{ $json.prompt }}', duration: 4 })],
			input: [{ prompt: 'a finished task' }, { prompt: 'a failed task [fail]' }],
			credentials: credentials(),
		});
		const [done, rejected] = created.outputOf('Create').map((item) => item.json.taskId as string);
		const input = [{ taskId: done }, { taskId: 'task_nobody_knows' }, { taskId: rejected }, { taskId: 'bad/id' }];

		const result = await runWorkflow({
			nodes: [soraNode('Get Status', { provider: 'gccai', operation: 'getStatus', taskId: '={{ $json.taskId }}' }, { onError })],
			input,
			credentials: credentials(),
		});

		const { succeeded, failed } = routedOutput(result, 'Get Status', onError, input.length, [1, 3]);
		expect(succeeded.map((item) => [item.json.taskId, item.json.status])).toEqual([
			[done, 'completed'],
			[rejected, 'failed'],
		]);
		for (const item of succeeded) expect(item.error).toBeUndefined();
		const [unknown, invalid] = failed;
		expectFailure(unknown, onError, 'NodeApiError', /task_nobody_knows/);
		expectHttpStatus(unknown, onError, 404);
		expectTask(unknown, onError, 'task_nobody_knows', null);
		expectFailure(invalid, onError, 'NodeOperationError', /Task ID/);
	});

	it('Wait: a failed task and an unknown task fail, the finished one carries its video', async () => {
		const created = await runWorkflow({
			nodes: [soraNode('Create', { provider: 'gccai', operation: 'create', model: 'sora-2', prompt: '={{ $json.prompt }}', duration: 4 })],
			input: [{ prompt: 'a finished task' }, { prompt: 'a failed task [fail]' }],
			credentials: credentials(),
		});
		const [done, rejected] = created.outputOf('Create').map((item) => item.json.taskId as string);
		const input = [{ taskId: rejected }, { taskId: done }, { taskId: 'task_nobody_knows' }];

		const result = await runWorkflow({
			nodes: [
				soraNode(
					'Wait',
					{ provider: 'gccai', operation: 'wait', taskId: '={{ $json.taskId }}', options: { ...fastWait, download: true } },
					{ onError },
				),
			],
			input,
			credentials: credentials(),
		});

		const { succeeded, failed } = routedOutput(result, 'Wait', onError, input.length, [0, 2]);
		expect(succeeded[0].json).toMatchObject({ taskId: done, status: 'completed', error: null });
		expect(succeeded[0].binary?.data?.mimeType).toBe('video/mp4');
		const [taskFailed, unknown] = failed;
		expectFailure(taskFailed, onError, 'NodeOperationError', new RegExp(`${rejected}.*failed`));
		expectTask(taskFailed, onError, rejected, 'failed');
		expectFailure(unknown, onError, 'NodeApiError', /task_nobody_knows/);
		expectHttpStatus(unknown, onError, 404);
	});
});

describe('Get Status with Route by Status', () => {
	it('under Continue (using error output): failed lookups go to the error output, a failed task to Failed', async () => {
		const created = await runWorkflow({
			nodes: [soraNode('Create', { provider: 'gccai', operation: 'create', model: 'sora-2', prompt: '={{ $json.prompt }}', duration: 4 })],
			input: [{ prompt: 'a finished task' }, { prompt: 'a failed task [fail]' }],
			credentials: credentials(),
		});
		const [done, rejected] = created.outputOf('Create').map((item) => item.json.taskId as string);
		const input = [{ taskId: 'task_nobody_knows' }, { taskId: rejected }, { taskId: done }];

		const result = await runWorkflow({
			nodes: [
				soraNode(
					'Get Status',
					{ provider: 'gccai', operation: 'getStatus', taskId: '={{ $json.taskId }}', routeByStatus: true },
					{ onError: 'continueErrorOutput' },
				),
			],
			input,
			credentials: credentials(),
		});

		expect(result.status).toBe('success');
		const [completed, failed, running, errors] = [0, 1, 2, 3].map((output) => result.outputOf('Get Status', output));
		expect(completed.map((item) => item.json.taskId)).toEqual([done]);
		expect(failed.map((item) => [item.json.taskId, item.json.status])).toEqual([[rejected, 'failed']]);
		expect(failed[0].error).toBeUndefined();
		expect(running).toEqual([]);
		expect(errors.map((item) => (item.pairedItem as { item: number }).item)).toEqual([0]);
		expectFailure(errors[0], 'continueErrorOutput', 'NodeApiError', /task_nobody_knows/);
	});
});
