import type { ProviderId } from '../../dev/simulator';
import { useSimulator } from '../support/useSimulator';
import { findProvider } from '../../nodes/Sora/providers';
import { runWorkflow } from '../support/engine';
import { API_KEY, fastWait, simulatorCredentials, soraNode } from './cases';

const simulator = useSimulator({ apiKey: API_KEY });

const credentialsFor = (provider: ProviderId) => simulatorCredentials(simulator, provider);

// An id no simulated provider serves: each dialect refuses it in its provider's own form
// (APIMart error envelope, new-api 503 model_not_found, EvoLink 404, GlobalAI HTTP 200 + id null, OpenAI 404).
const retiredId = 'veo-9-retired';
const providersWithRefusal: ProviderId[] = ['gccai', 'yutoai', 'evolink', 'xingchao', 'openai'];

function expectUnavailableMessage(message: string | undefined, provider: ProviderId, modelId: string) {
	expect(message).toContain(findProvider(provider)!.displayName);
	expect(message).toContain(`"${modelId}"`);
	expect(message).toContain('retired');
	expect(message).toContain('List Models');
}

const creates = () => simulator.requests.filter((request) => request.route === 'create');

describe.each(providersWithRefusal)('%s: a model the provider does not serve', (provider) => {
	const create = (extra: Record<string, unknown> = {}) =>
		soraNode('Create', { provider, operation: 'create', model: 'custom', customModelId: retiredId, prompt: 'A retired model', ...extra });

	it('fails the item naming provider and model, pointing to List Models; the create is sent once', async () => {
		const result = await runWorkflow({ nodes: [create({ waitForCompletion: true, options: fastWait })], credentials: credentialsFor(provider) });
		expect(result.status).toBe('error');
		expectUnavailableMessage(result.errorOf('Create')?.message, provider, retiredId);
		expect(creates()).toHaveLength(1);
		expect(simulator.requests.filter((request) => request.route === 'status')).toHaveLength(0);
		expect(simulator.tasks.size).toBe(0);
	});

	it('under Continue On Fail, the item says model_unavailable and carries the model id', async () => {
		const result = await runWorkflow({
			nodes: [create()].map((node) => ({ ...node, onError: 'continueRegularOutput' as const })),
			credentials: credentialsFor(provider),
		});
		expect(result.status).toBe('success');
		const [item] = result.outputOf('Create');
		expect(item.json).toMatchObject({ provider, taskId: null, model: retiredId, cost: null, error: { code: 'model_unavailable' } });
		expectUnavailableMessage((item.json.error as { message: string }).message, provider, retiredId);
		expect(creates()).toHaveLength(1);
	});
});

describe('a catalogued model the provider has retired (Sora since 2026-09-24)', () => {
	it('gccai refusing sora-2 in its own envelope gives the same error, sent once', async () => {
		simulator.injectFault({
			provider: 'gccai',
			route: 'create',
			fault: { type: 'http', status: 400, body: JSON.stringify({ error: { code: 400, message: "Model 'sora-2' is not available: no channel serves it", type: 'invalid_request_error', param: 'model' } }) },
		});
		const result = await runWorkflow({
			nodes: [soraNode('Create', { provider: 'gccai', operation: 'create', model: 'sora-2', prompt: 'A retired Sora', duration: 4, resolution: '720p', aspectRatio: '16:9' }, { typeVersion: 1 })],
			credentials: credentialsFor('gccai'),
		});
		expect(result.status).toBe('error');
		expectUnavailableMessage(result.errorOf('Create')?.message, 'gccai', 'sora-2');
		expect(creates()).toHaveLength(1);
	});

	it('a provider without its own rule (YutoAI legacy) is matched by the generic wording check', async () => {
		simulator.injectFault({
			provider: 'yutoaiLegacy',
			route: 'create',
			fault: { type: 'http', status: 404, body: JSON.stringify({ error: { message: 'The model `turbo` does not exist', type: 'invalid_request_error' } }) },
		});
		const result = await runWorkflow({
			nodes: [soraNode('Create', { provider: 'yutoaiLegacy', operation: 'create', model: 'turbo', prompt: 'A retired turbo', duration: 5, resolution: '480p', aspectRatio: '16:9' })],
			credentials: credentialsFor('yutoaiLegacy'),
		});
		expect(result.status).toBe('error');
		expectUnavailableMessage(result.errorOf('Create')?.message, 'yutoaiLegacy', 'turbo');
		expect(creates()).toHaveLength(1);
	});

	it('an ordinary refusal is not mistaken for an unavailable model', async () => {
		simulator.injectFault({
			provider: 'yutoaiLegacy',
			route: 'create',
			fault: { type: 'http', status: 400, body: JSON.stringify({ error: { message: 'prompt is too long', type: 'invalid_request_error' } }) },
		});
		const result = await runWorkflow({
			nodes: [soraNode('Create', { provider: 'yutoaiLegacy', operation: 'create', model: 'turbo', prompt: 'A cat', duration: 5, resolution: '480p', aspectRatio: '16:9' })],
			credentials: credentialsFor('yutoaiLegacy'),
		});
		expect(result.status).toBe('error');
		const message = result.errorOf('Create')?.message ?? '';
		expect(message).toContain('refused the create request with HTTP 400');
		expect(message).not.toContain('List Models');
	});
});
