import { FAILURE_REASON, SAMPLE_MP4 } from '../../dev/simulator';
import { useSimulator } from '../support/useSimulator';
import { runWorkflow } from '../support/engine';
import { API_KEY, fastWait, providerCases, soraNode, type ProviderCase } from './cases';

const simulator = useSimulator({ apiKey: API_KEY });

// A trailing slash on every base URL: users paste them both ways.
function credentialsFor(testCase: ProviderCase, apiKey = API_KEY) {
	return { [testCase.credentialType]: { apiKey, baseUrl: `${simulator.baseUrl(testCase.provider)}/` } };
}

function createParameters(testCase: ProviderCase, prompt: string, extra: Record<string, unknown> = {}) {
	return { provider: testCase.provider, operation: 'create', prompt, ...testCase.parameters, ...extra };
}

describe.each(providerCases)('$provider in the n8n engine', (testCase) => {
	it('creates a task, waits for it and downloads the MP4', async () => {
		const result = await runWorkflow({
			nodes: [
				soraNode('Create', createParameters(testCase, 'A paper boat on a rainy street')),
				soraNode('Wait', {
					provider: testCase.provider,
					operation: 'wait',
					options: { ...fastWait, download: true, binaryPropertyName: 'video' },
				}),
			],
			credentials: credentialsFor(testCase),
		});

		expect(result.status).toBe('success');
		const [created] = result.outputOf('Create');
		expect(created.json).toMatchObject({ provider: testCase.provider, status: 'queued', videoUrl: null, error: null });
		expect(created.pairedItem).toEqual({ item: 0 });
		const taskId = created.json.taskId as string;
		expect(simulator.tasks.get(taskId)?.body).toMatchObject({
			prompt: 'A paper boat on a rainy street',
			...testCase.expectedBody,
		});

		const [waited] = result.outputOf('Wait');
		expect(waited.json).toMatchObject({ provider: testCase.provider, taskId, status: 'completed', progress: 100, error: null });
		expect(typeof waited.json.videoUrl).toBe('string');
		expect(waited.json.raw).toBeTruthy();
		expect(waited.pairedItem).toEqual({ item: 0 });
		const video = waited.binary?.video;
		expect(video?.mimeType).toBe('video/mp4');
		expect(Buffer.compare(await result.binary.getBuffer(video!), SAMPLE_MP4)).toBe(0);

		const apiCalls = simulator.requests.filter((request) => ['create', 'status'].includes(request.route));
		expect(apiCalls.length).toBeGreaterThanOrEqual(4);
		for (const call of apiCalls) {
			expect(call.headers.authorization).toBe(`Bearer ${API_KEY}`);
			expect(call.path).not.toContain('//');
		}
		const downloads = simulator.requests.filter((request) => request.route === 'download');
		expect(downloads).toHaveLength(1);
		// The key goes only where the provider requires it; a CDN link must never see it.
		expect(downloads[0].headers.authorization).toBe(testCase.downloadNeedsKey ? `Bearer ${API_KEY}` : undefined);
	});

	it('reports a failed task in Get Status, and Wait fails naming provider, task and reason', async () => {
		const result = await runWorkflow({
			nodes: [
				soraNode('Create', createParameters(testCase, 'A forbidden scene [fail]')),
				soraNode('Wait', { provider: testCase.provider, operation: 'wait', options: fastWait }, { onError: 'continueRegularOutput' }),
				soraNode('Get Status', { provider: testCase.provider, operation: 'getStatus' }),
			],
			credentials: credentialsFor(testCase),
		});

		expect(result.status).toBe('success');
		const taskId = result.outputOf('Create')[0].json.taskId as string;
		const [waitItem] = result.outputOf('Wait');
		expect(waitItem.json).toMatchObject({ provider: testCase.provider, taskId, status: 'failed' });
		const waitError = waitItem.json.error as { message: string };
		expect(waitError.message).toContain(taskId);
		expect(waitError.message).toContain(FAILURE_REASON);
		expect(waitItem.pairedItem).toEqual({ item: 0 });

		const [statusItem] = result.outputOf('Get Status');
		expect(statusItem.json).toMatchObject({ taskId, status: 'failed', videoUrl: null });
		expect((statusItem.json.error as { message: string }).message).toContain(FAILURE_REASON);
	});

	it('without Continue On Fail, Wait stops the workflow with the reason', async () => {
		const result = await runWorkflow({
			nodes: [
				soraNode('Create', createParameters(testCase, 'Another forbidden scene [fail]', { waitForCompletion: true, options: fastWait })),
			],
			credentials: credentialsFor(testCase),
		});
		expect(result.status).toBe('error');
		const error = result.errorOf('Create');
		expect(error?.message).toContain(FAILURE_REASON);
		expect(error?.message).toMatch(/task \S+ failed/);
	});

	it('refuses an invalid duration typed as an expression before any request', async () => {
		const result = await runWorkflow({
			nodes: [soraNode('Create', createParameters(testCase, 'A cat', { duration: '={{ 7 }}' }))],
			credentials: credentialsFor(testCase),
		});
		expect(result.status).toBe('error');
		const message = result.errorOf('Create')?.message ?? '';
		expect(message).toContain('duration');
		expect(message).toContain('7');
		expect(message).toMatch(/allowed: \d/);
		expect(simulator.requests).toHaveLength(0);
	});

	it('says the key was refused on a 401, without showing the key', async () => {
		const result = await runWorkflow({
			nodes: [soraNode('Create', createParameters(testCase, 'A cat'))],
			credentials: credentialsFor(testCase, 'sk-wrong-key-000000'),
		});
		expect(result.status).toBe('error');
		const error = result.errorOf('Create');
		expect(error?.message).toMatch(/API key was refused/);
		expect(JSON.stringify(error)).not.toContain('sk-wrong-key-000000');
	});
});
