import type { INodeExecutionData } from 'n8n-workflow';

import type { SimulatorHandle } from '../../dev/simulator';
import { badInputCases, isPerItem, runBadInputCase, type BadInputCase } from './badInputTable';
import { faultCases, runFaultCase, type FaultCase } from './faultTable';
import { withSimulator, type ScenarioRun } from './scenario';

const N = 3;

/** N input items → N output items, in order, each paired to its input, each either a result or an error. */
function expectConserved(items: INodeExecutionData[]): { failed: number[]; succeeded: number[] } {
	expect(items).toHaveLength(N);
	const failed: number[] = [];
	const succeeded: number[] = [];
	items.forEach((item, index) => {
		expect(item.pairedItem).toEqual({ item: index });
		const error = item.json.error as { code?: unknown; message?: unknown } | null;
		if (error && item.json.status !== 'failed') {
			expect(typeof error.code).toBe('string');
			expect(String(error.message).length).toBeGreaterThan(10);
			failed.push(index);
		} else {
			succeeded.push(index);
		}
	});
	return { failed, succeeded };
}

/** Without Continue On Fail the node error accounts for every item: each failed one, and each succeeded one. */
function expectEveryItemListed(run: ScenarioRun): void {
	const error = run.result.errorOf(run.nodeName) as unknown as { message: string; description?: string };
	const count = /^(\d) of 3 .* failed/.exec(error.message);
	expect(count).not.toBeNull();
	const lines = (error.description ?? '').split('\n');
	const failedLine = lines.find((line) => line.startsWith('Failed: ')) ?? '';
	const succeededLine = lines.find((line) => line.startsWith('Succeeded')) ?? '';
	const failed = [...failedLine.matchAll(/(?:^Failed: |; )item (\d)(?: \(task \S+\))?: /g)].map((match) => Number(match[1]));
	const succeeded = [...succeededLine.matchAll(/item (\d): task /g)].map((match) => Number(match[1]));
	expect(failed).toHaveLength(Number(count![1]));
	expect([...failed, ...succeeded].sort()).toEqual([0, 1, 2]);
}

/** Never two tasks for one item: at most one task per item, and every reported task exists. */
function expectNoDoubleCreate(simulator: SimulatorHandle, run: ScenarioRun, items?: INodeExecutionData[]): void {
	expect(simulator.tasks.size).toBeLessThanOrEqual(N);
	const creates = run.result.run.data.resultData.runData.Create?.[0]?.data?.main?.[0] ?? items ?? [];
	const taskIds = creates.map((item) => item.json.taskId).filter((taskId): taskId is string => typeof taskId === 'string');
	expect(new Set(taskIds).size).toBe(taskIds.length);
	for (const taskId of taskIds) expect(simulator.tasks.has(taskId)).toBe(true);
}

/**
 * A one-shot fault spoils one request, so one item. A fault on every attempt is repeated for each
 * item, so that every item meets it whatever order the concurrent requests take.
 */
function forBatch(testCase: FaultCase): { testCase: FaultCase; failing: number[] } {
	const everyAttempt = testCase.faults.some((rule) => (rule.times ?? 1) > 1);
	const scaled = { ...testCase, faults: testCase.faults.map((rule) => ({ ...rule, times: (rule.times ?? 1) * (everyAttempt ? N : 1) })) };
	if (testCase.expect.outcome !== 'error') return { testCase: scaled, failing: [] };
	if (everyAttempt || testCase.refused) return { testCase: scaled, failing: [0, 1, 2] };
	if (testCase.unknownTaskId || testCase.promptTag) return { testCase: scaled, failing: [0] };
	return { testCase: scaled, failing: [-1] };
}

describe.each(faultCases.map((testCase) => [testCase.name, testCase] as const))('fault: %s', (_name, original: FaultCase) => {
	const { testCase, failing } = forBatch(original);

	it.concurrent(`${N} items, Continue On Fail → ${N} paired output items`, async () => {
		await withSimulator(async (simulator) => {
			const run = await runFaultCase(simulator, testCase, { items: N, continueOnFail: true });
			expect(run.result.status).toBe('success');
			const items = run.result.outputOf(run.nodeName);
			const { failed } = expectConserved(items);
			// -1: exactly one item, whichever sent the spoiled request first.
			if (failing[0] === -1) expect(failed).toHaveLength(1);
			else expect(failed).toEqual(failing);
			expectNoDoubleCreate(simulator, run, items);
		});
	});

	if (original.expect.outcome === 'error') {
		it.concurrent(`${N} items without Continue On Fail → the node error lists every item`, async () => {
			await withSimulator(async (simulator) => {
				const run = await runFaultCase(simulator, testCase, { items: N });
				expect(run.result.status).toBe('error');
				expectEveryItemListed(run);
				expectNoDoubleCreate(simulator, run);
			});
		});
	}
});

describe.each(badInputCases.map((testCase) => [testCase.name, testCase] as const))('bad input: %s', (_name, testCase: BadInputCase) => {
	if (!isPerItem(testCase)) {
		it.concurrent('is a node setting: the whole node is refused and nothing is sent', async () => {
			await withSimulator(async (simulator) => {
				const run = await runBadInputCase(simulator, testCase, { items: N });
				expect(run.result.status).toBe('error');
				expect(simulator.requests).toHaveLength(0);
			});
		});
		return;
	}

	it.concurrent(`${N} items, item 1 bad, Continue On Fail → ${N} paired items, only item 1 failed`, async () => {
		await withSimulator(async (simulator) => {
			const run = await runBadInputCase(simulator, testCase, { items: N, continueOnFail: true });
			expect(run.result.status).toBe('success');
			const items = run.result.outputOf(run.nodeName);
			expect(expectConserved(items).failed).toEqual([1]);
			expect(items[1].json.error).toMatchObject({ code: 'invalid_parameter' });
			expect(String((items[1].json.error as { message: string }).message)).toContain(testCase.expect.value);
			// Get Status and Wait follow a Create of all three; a bad create item creates nothing.
			expect(simulator.tasks.size).toBe(testCase.operation === 'create' ? N - 1 : N);
		});
	});

	it.concurrent(`${N} items without Continue On Fail → the error names item 1`, async () => {
		await withSimulator(async (simulator) => {
			const run = await runBadInputCase(simulator, testCase, { items: N });
			expect(run.result.status).toBe('error');
			const error = run.result.errorOf(run.nodeName) as unknown as { message: string; description?: string };
			expect(error.message).toMatch(/^1 of 3 /);
			expect(error.description).toContain(`item 1: ${testCase.expect.field}`);
			if (testCase.operation === 'create') {
				expect(error.message).toContain('so nothing was sent to');
				expect(simulator.requests).toHaveLength(0);
			} else {
				expectEveryItemListed(run);
			}
		});
	});
});
