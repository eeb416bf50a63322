import { readFileSync } from 'node:fs';
import path from 'node:path';

import { useSimulator } from '../support/useSimulator';
import { badInputCases, runBadInputCase, type BadInputCase } from './badInputTable';
import { KEY } from './scenario';

const simulator = useSimulator({ apiKey: KEY });

test('at least 20 bad inputs are covered', () => {
	expect(badInputCases.length).toBeGreaterThanOrEqual(20);
	expect(new Set(badInputCases.map((testCase) => testCase.name)).size).toBe(badInputCases.length);
});

test('README.md (Reliability) has a row for every bad input', () => {
	const doc = readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf8');
	for (const testCase of badInputCases) expect({ row: testCase.name, documented: doc.includes(`| ${testCase.name} |`) }).toEqual({ row: testCase.name, documented: true });
});

describe.each(badInputCases.map((testCase) => [testCase.name, testCase] as const))('%s', (_name, testCase: BadInputCase) => {
	it('is refused before any request, naming field, value and what is allowed', async () => {
		const { result, nodeName } = await runBadInputCase(simulator, testCase);

		expect(result.status).toBe('error');
		const error = result.errorOf(nodeName) as unknown as Record<string, unknown>;
		expect(error.name).toBe('NodeOperationError');
		const message = String(error.message);
		expect(message.startsWith(testCase.expect.field)).toBe(true);
		expect(message).toContain(testCase.expect.value);
		expect(message).toContain(testCase.expect.allowed);
		expect(simulator.requests).toHaveLength(0);
		expect(simulator.tasks.size).toBe(0);
	});
});
