import type { ProviderId } from '../../dev/simulator';
import { useSimulator } from '../support/useSimulator';
import { runWorkflow } from '../support/engine';
import { API_KEY, fastWait, simulatorCredentials, soraNode } from './cases';

const simulator = useSimulator({ apiKey: API_KEY });

const credentialsFor = (provider: ProviderId) => simulatorCredentials(simulator, provider);

// The output contract before `model` and `cost` were added: none of these may change.
const contractFields = ['provider', 'taskId', 'status', 'providerStatus', 'progress', 'videoUrl', 'thumbnailUrl', 'expiresAt', 'error', 'raw'];
const expectContract = (json: Record<string, unknown>) =>
	expect(Object.keys(json).sort()).toEqual([...contractFields, 'model', 'cost'].sort());

const gccaiSora = { provider: 'gccai', operation: 'create', model: 'sora-2', duration: 8, resolution: '720p', aspectRatio: '16:9' };

describe('model and cost on every output item', () => {
	it('gccai: Create reports the model sent and no cost yet; Wait and Get Status read the cost APIMart reports', async () => {
		const result = await runWorkflow({
			nodes: [
				soraNode('Create', { ...gccaiSora, prompt: 'A kite over dunes' }),
				soraNode('Wait', { provider: 'gccai', operation: 'wait', options: fastWait }),
				soraNode('Get Status', { provider: 'gccai', operation: 'getStatus' }),
			],
			credentials: credentialsFor('gccai'),
		});
		expect(result.status).toBe('success');
		const [created] = result.outputOf('Create');
		expectContract(created.json);
		expect(created.json).toMatchObject({ status: 'queued', model: 'sora-2', cost: null });
		// The simulator bills 0.05 USD per second (cost) and reports credits too; cost wins.
		for (const node of ['Wait', 'Get Status']) {
			const [item] = result.outputOf(node);
			expectContract(item.json);
			expect(item.json).toMatchObject({ status: 'completed', cost: { amount: 0.4, unit: 'usd' } });
		}
	});

	it('gccai Create with Wait for Completion: the id sent and the final cost', async () => {
		const result = await runWorkflow({
			nodes: [soraNode('Create', { ...gccaiSora, duration: 12, prompt: 'A kite', waitForCompletion: true, options: fastWait })],
			credentials: credentialsFor('gccai'),
		});
		const [item] = result.outputOf('Create');
		expectContract(item.json);
		expect(item.json).toMatchObject({ status: 'completed', model: 'sora-2', cost: { amount: 0.6, unit: 'usd' } });
	});

	it('EvoLink reports cost only at create (credits reserved): Create and Create + Wait carry it, a later Wait cannot', async () => {
		const evolink = { provider: 'evolink', operation: 'create', model: 'sora-2-preview', duration: 4, resolution: '720p', aspectRatio: '16:9' };
		const result = await runWorkflow({
			nodes: [
				soraNode('Create', { ...evolink, prompt: 'A lantern' }),
				soraNode('Wait', { provider: 'evolink', operation: 'wait', options: fastWait }),
			],
			credentials: credentialsFor('evolink'),
		});
		expect(result.status).toBe('success');
		const [created] = result.outputOf('Create');
		expect(created.json).toMatchObject({ model: 'sora-2-preview', cost: { amount: 7, unit: 'credits' } });
		const [waited] = result.outputOf('Wait');
		expectContract(waited.json);
		expect(waited.json).toMatchObject({ status: 'completed', cost: null, model: 'sora-2-preview' });

		simulator.reset();
		const both = await runWorkflow({
			nodes: [soraNode('Create', { ...evolink, prompt: 'A lantern', waitForCompletion: true, options: fastWait })],
			credentials: credentialsFor('evolink'),
		});
		expect(both.outputOf('Create')[0].json).toMatchObject({ status: 'completed', model: 'sora-2-preview', cost: { amount: 7, unit: 'credits' } });
	});

	it('Xingchao (GlobalAI OPC) reads amount from the finished task', async () => {
		const result = await runWorkflow({
			nodes: [
				soraNode('Create', {
					provider: 'xingchao',
					operation: 'create',
					model: 'openAiSora2Pro',
					duration: 8,
					resolution: '720p',
					aspectRatio: '9:16',
					prompt: 'A tram at night',
					waitForCompletion: true,
					options: fastWait,
				}),
			],
			credentials: credentialsFor('xingchao'),
		});
		expect(result.status).toBe('success');
		// The simulator bills 0.5 per second.
		expect(result.outputOf('Create')[0].json).toMatchObject({ model: 'openAiSora2Pro', cost: { amount: 4, unit: 'cny' } });
	});

	it('a failed item under Continue On Fail carries both fields too', async () => {
		const result = await runWorkflow({
			nodes: [
				soraNode('Create', { ...gccaiSora, prompt: 'A forbidden scene [fail]', waitForCompletion: true, options: fastWait }, { onError: 'continueRegularOutput' }),
			],
			credentials: credentialsFor('gccai'),
		});
		const [item] = result.outputOf('Create');
		expectContract(item.json);
		expect(item.json).toMatchObject({ status: 'failed', model: 'sora-2' });
	});
});
