import { startSimulator, type SimulatorHandle } from '../../dev/simulator';
import { runWorkflow } from '../support/engine';
import { API_KEY, soraNode } from './cases';

/**
 * Retry On Fail re-runs a node whose first output item has `json.error` set; n8n 2.8 counts
 * `error: null` as set (n8n-core 2.8.1 WorkflowExecute.processRunExecutionData). With Retry On Fail
 * on, a success item therefore carries no `error` key, and a successful Wait runs once. (This engine
 * is n8n-core 2.41.1, which ignores null; test/e2e/park.e2e.js checks the same on n8n 2.8.4.)
 */
let simulator: SimulatorHandle;

beforeAll(async () => {
	simulator = await startSimulator({ apiKey: API_KEY, lifecycle: { mode: 'polls', queuedPolls: 0, processingPolls: 0 } });
});

afterAll(async () => await simulator.close());

const retrySettings = { retryOnFail: true, maxTries: 3, waitBetweenTries: 0 };

async function waitFor(settings: object) {
	simulator.reset();
	const create = { provider: 'gccai', operation: 'create', model: 'sora-2', prompt: 'retry', duration: 4, aspectRatio: '16:9', resolution: '720p' };
	const wait = { provider: 'gccai', operation: 'wait', taskId: '={{ $json.taskId }}', options: { download: true, pollIntervalSeconds: 0.2, timeoutSeconds: 20 } };
	const result = await runWorkflow({
		nodes: [soraNode('Create', create), soraNode('Wait', wait, settings)],
		credentials: { gccaiApi: { apiKey: API_KEY, baseUrl: simulator.baseUrl('gccai') } },
	});
	const taskId = result.outputOf('Create')[0].json.taskId;
	const requests = (route: string) => simulator.requests.filter((request) => request.route === route && request.taskId === taskId).length;
	return { result, statuses: requests('status'), downloads: requests('download') };
}

describe('Retry On Fail on a successful Wait', () => {
	it('runs once: one status request and one download, and the item has no error key', async () => {
		const { result, statuses, downloads } = await waitFor(retrySettings);
		expect(result.status).toBe('success');
		expect([statuses, downloads]).toEqual([1, 1]);
		const [item] = result.outputOf('Wait');
		expect(item.json.status).toBe('completed');
		expect(Object.keys(item.json)).not.toContain('error');
	});

	it('without Retry On Fail keeps version 1\'s output: error is null', async () => {
		const { result } = await waitFor({});
		expect(result.outputOf('Wait')[0].json.error).toBeNull();
	});
});
