import { Logger } from '@n8n/backend-common';
import { Container } from '@n8n/di';
import { ErrorReporter } from 'n8n-core';
import { LoggerProxy } from 'n8n-workflow';

import type { SimulatorHandle } from '../../dev/simulator';
import { loadPackage } from '../support/engine';
import { badInputCases, runBadInputCase } from './badInputTable';
import { faultCases, leakyBody, runFaultCase, type FaultCase } from './faultTable';
import { dump, KEY, withSimulator, type ScenarioRun } from './scenario';

/**
 * Everything n8n or the node logged or reported, as text. Rows run concurrently and the logger is
 * global, so each row checks all lines so far, and the suite checks them all once more at the end.
 */
const logged: string[] = [];

const recorder = (level: string) => (...args: unknown[]) => {
	logged.push(`${level} ${dump(args)}`);
};
const recordingLogger = {
	error: recorder('error'),
	warn: recorder('warn'),
	info: recorder('info'),
	debug: recorder('debug'),
	scoped() {
		return recordingLogger;
	},
};

beforeAll(async () => {
	// loadPackage() lets the harness install its silent ErrorReporter first; ours replaces it.
	await loadPackage();
	LoggerProxy.init(recordingLogger as never);
	Container.set(Logger, recordingLogger as never);
	Container.set(ErrorReporter, { error: recorder('report'), warn: recorder('report'), info: recorder('report') } as never);
});

afterAll(() => {
	expect(logged.length).toBeGreaterThan(0);
	expect(logged.join('\n')).not.toContain(KEY);
});

/** The whole run (items, binary metadata, node errors with description/cause/context) and every log line. */
function expectNoKeyAnywhere({ result, nodeName }: ScenarioRun): void {
	const everything = [dump(result.run), dump(result.errorOf(nodeName) ?? null), ...logged].join('\n');
	expect(everything).not.toContain(KEY);
	expect(everything).not.toContain(encodeURIComponent(KEY));
}

function keyWasSent(simulator: SimulatorHandle): boolean {
	return simulator.requests.some((request) => request.headers.authorization === `Bearer ${KEY}`);
}

test('the logger and error reporter are really captured', async () => {
	await withSimulator(async (simulator) => {
		const run = await runFaultCase(simulator, faultCases.find((testCase) => testCase.name === 'create: HTTP 502')!);
		expect(run.result.status).toBe('error');
		expect(logged.some((line) => line.includes('Running node'))).toBe(true);
		expect(logged.some((line) => line.startsWith('report '))).toBe(true);
	});
});

describe.each(faultCases.map((testCase) => [testCase.name, testCase] as const))('fault: %s', (_name, testCase: FaultCase) => {
	it.concurrent('leaks no key when the node fails (one item)', async () => {
		await withSimulator(async (simulator) => {
			const run = await runFaultCase(simulator, testCase);
			if (!testCase.refused) expect(keyWasSent(simulator)).toBe(true);
			expectNoKeyAnywhere(run);
		});
	});

	it.concurrent('leaks no key in output items (two items, Continue On Fail)', async () => {
		await withSimulator(async (simulator) => {
			const run = await runFaultCase(simulator, testCase, { items: 2, continueOnFail: true });
			expect(run.result.status).toBe('success');
			expectNoKeyAnywhere(run);
		});
	});
});

describe.each(badInputCases.map((testCase) => [testCase.name, testCase] as const))('bad input: %s', (_name, testCase) => {
	it.concurrent('leaks no key', async () => {
		await withSimulator(async (simulator) => {
			expectNoKeyAnywhere(await runBadInputCase(simulator, testCase));
			expectNoKeyAnywhere(await runBadInputCase(simulator, testCase, { items: 3, continueOnFail: true }));
		});
	});
});

describe('a provider body that echoes the key is passed on redacted', () => {
	const leaky = faultCases.filter((testCase) => testCase.faults.some((rule) => rule.fault.type === 'http' && rule.fault.body === leakyBody));

	test.concurrent.each(leaky.map((testCase) => [testCase.name, testCase] as const))('%s', async (_name, testCase) => {
		await withSimulator(async (simulator) => {
			const run = await runFaultCase(simulator, testCase);
			const error = run.result.errorOf(run.nodeName) as unknown as { description?: string };
			expect(error.description).toContain('The provider answered:');
			expect(error.description).toContain('Authorization=[redacted]');
			expect(keyWasSent(simulator)).toBe(true);
			expectNoKeyAnywhere(run);
		});
	});

	test.concurrent('in the batch error that lists every failed item', async () => {
		await withSimulator(async (simulator) => {
			const testCase = leaky.find((entry) => entry.kind === 'create')!;
			const twice: FaultCase = { ...testCase, faults: testCase.faults.map((rule) => ({ ...rule, times: 2 })) };
			const run = await runFaultCase(simulator, twice, { items: 2 });
			const error = run.result.errorOf(run.nodeName) as unknown as { message: string; description: string };
			expect(error.message).toMatch(/^2 of 2 .* items failed/);
			expect(error.description).toMatch(/item 0: .*; item 1: /);
			expect(error.description).toContain('Authorization=[redacted]');
			expectNoKeyAnywhere(run);
		});
	});

	test.concurrent('a key the provider echoes without any header name around it', async () => {
		await withSimulator(async (simulator) => {
			const bare: FaultCase = {
				...leaky[0],
				faults: [{ route: 'create', fault: { type: 'http', status: 403, body: `{"error":"key ${KEY} has no access to sora-2"}` } }],
			};
			const run = await runFaultCase(simulator, bare);
			const error = run.result.errorOf(run.nodeName) as unknown as { description?: string };
			expect(error.description).toContain('key [redacted] has no access');
			expectNoKeyAnywhere(run);
		});
	});
});
