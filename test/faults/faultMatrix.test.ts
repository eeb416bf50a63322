import { readFileSync } from 'node:fs';
import path from 'node:path';

import { SAMPLE_MP4 } from '../../dev/simulator';
import { faultCases, runFaultCase, type FaultCase } from './faultTable';
import { requestsOf, withSimulator } from './scenario';

test('the matrix covers at least 15 faults, for each of create, status and download', () => {
	expect(faultCases.length).toBeGreaterThanOrEqual(15);
	for (const kind of ['create', 'status', 'download']) {
		expect(faultCases.filter((testCase) => testCase.kind === kind).length).toBeGreaterThanOrEqual(5);
	}
	expect(new Set(faultCases.map((testCase) => testCase.name)).size).toBe(faultCases.length);
});

test('README.md (Reliability) has a row for every fault', () => {
	const doc = readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf8');
	for (const testCase of faultCases) expect({ row: testCase.name, documented: doc.includes(`| ${testCase.name} |`) }).toEqual({ row: testCase.name, documented: true });
});

describe.each(faultCases.map((testCase) => [testCase.name, testCase] as const))('%s', (_name, testCase: FaultCase) => {
	it.concurrent(`→ ${testCase.expect.outcome}`, async () => {
		await withSimulator(async (simulator) => {
			const { result, nodeName } = await runFaultCase(simulator, testCase);
			const expected = testCase.expect;
			const seen = requestsOf(simulator, testCase.kind);

			if (expected.outcome === 'retried, then succeeded') {
				expect(result.status).toBe('success');
				const [item, ...rest] = result.outputOf(nodeName);
				expect(rest).toHaveLength(0);
				expect(item.json.error).toBeNull();
				expect(item.pairedItem).toEqual({ item: 0 });
				expect(seen).toHaveLength(expected.requests);
				if (expected.minGapMs !== undefined) expect(seen[1].at - seen[0].at).toBeGreaterThanOrEqual(expected.minGapMs - 50);
				if (expected.sameIdempotencyKey) {
					const keys = seen.map((request) => request.headers['idempotency-key']);
					expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
					expect(new Set(keys).size).toBe(1);
				}
				if (testCase.kind === 'download') {
					const binary = item.binary?.data;
					expect(binary?.mimeType).toBe('video/mp4');
					expect(Buffer.compare(await result.binary.getBuffer(binary!), SAMPLE_MP4)).toBe(0);
				}
			} else {
				expect(result.status).toBe('error');
				const error = result.errorOf(nodeName) as unknown as Record<string, unknown>;
				expect(error.name).toBe(expected.error);
				expect(error.message).toMatch(expected.message);
				if (expected.httpCode) expect(error.httpCode).toBe(expected.httpCode);
				if (typeof expected.requests === 'number') expect(seen).toHaveLength(expected.requests);
				else expect(seen.length).toBeGreaterThanOrEqual(expected.requests.atLeast);
			}
			if (expected.tasks !== undefined) expect(simulator.tasks.size).toBe(expected.tasks);

			if (expected.outcome === 'error' && expected.item) {
				simulator.reset();
				const continued = await runFaultCase(simulator, testCase, { continueOnFail: true });
				expect(continued.result.outputOf(continued.nodeName)[0].json).toMatchObject(expected.item);
			}
		});
	});
});
