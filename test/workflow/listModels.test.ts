import type { ProviderId } from '../../dev/simulator';
import { useSimulator } from '../support/useSimulator';
import { findProvider } from '../../nodes/Sora/providers';
import { runWorkflow } from '../support/engine';
import { API_KEY, simulatorCredentials, soraNode } from './cases';

const simulator = useSimulator({ apiKey: API_KEY });

const credentialsFor = (provider: ProviderId, apiKey = API_KEY) => simulatorCredentials(simulator, provider, apiKey);

const listNode = (provider: ProviderId) => soraNode('List Models', { provider, operation: 'listModels' });

describe('List Models', () => {
	it('gccai: one item per video model of the live list, chat and image models left out', async () => {
		const result = await runWorkflow({ nodes: [listNode('gccai')], credentials: credentialsFor('gccai') });
		expect(result.status).toBe('success');
		const items = result.outputOf('List Models');
		const ids = items.map((item) => item.json.id);
		// The simulated APIMart list also holds gpt-4o-mini, gemini-2.5-flash-image and gpt-image-1.
		for (const notVideo of ['gpt-4o-mini', 'gemini-2.5-flash-image', 'gpt-image-1']) expect(ids).not.toContain(notVideo);
		for (const video of ['veo3.1-fast', 'doubao-seedance-2.0', 'kling-v3', 'wan2.6', 'MiniMax-Hailuo-2.3', 'sora-2', 'MiniMax-Hailuo-2.3-Fast', 'wan2.7-r2v', 'doubao-seedance-1-0-pro-fast']) {
			expect(ids).toContain(video);
		}
		const gccai = findProvider('gccai')!;
		for (const item of items) {
			const known = gccai.models.find((model) => model.id === item.json.id);
			expect(item.json).toEqual({
				provider: 'gccai',
				id: item.json.id,
				known: known !== undefined,
				family: known ? (known.family ?? 'sora') : null,
				displayName: known ? known.displayName : null,
			});
			expect(item.pairedItem).toEqual({ item: 0 });
		}
		expect(items.find((item) => item.json.id === 'veo3.1-fast')?.json).toMatchObject({ known: true, family: 'veo' });
		expect(items.find((item) => item.json.id === 'wan2.7-r2v')?.json).toMatchObject({ known: true, family: 'wan' });
		expect(items.find((item) => item.json.id === 'doubao-seedance-1-0-pro-fast')?.json).toMatchObject({ known: false, family: null, displayName: null });
		const lists = simulator.requests.filter((request) => request.method === 'GET' && request.path.endsWith('/v1/models'));
		expect(lists).toHaveLength(1);
		expect(lists[0].headers.authorization).toBe(`Bearer ${API_KEY}`);
	});

	it.each(['yutoai', 'evolink', 'openai'] as ProviderId[])('%s: lists its video models, catalogued ones marked known', async (provider) => {
		const result = await runWorkflow({ nodes: [listNode(provider)], credentials: credentialsFor(provider) });
		expect(result.status).toBe('success');
		const items = result.outputOf('List Models');
		expect(items.length).toBeGreaterThan(0);
		const catalog = findProvider(provider)!.models;
		expect(items.some((item) => item.json.known === true)).toBe(true);
		for (const item of items) {
			expect(item.json.known).toBe(catalog.some((model) => model.id === item.json.id));
			expect(typeof item.json.id).toBe('string');
		}
	});

	it('fetches the list once and pairs it with every input item', async () => {
		const result = await runWorkflow({
			nodes: [listNode('gccai')],
			credentials: credentialsFor('gccai'),
			input: [{ a: 1 }, { a: 2 }],
		});
		expect(result.status).toBe('success');
		const items = result.outputOf('List Models');
		const half = items.length / 2;
		expect(items.slice(0, half).every((item) => (item.pairedItem as { item: number }).item === 0)).toBe(true);
		expect(items.slice(half).every((item) => (item.pairedItem as { item: number }).item === 1)).toBe(true);
		expect(simulator.requests.filter((request) => request.path.endsWith('/v1/models'))).toHaveLength(1);
	});

	it.each(['xingchao', 'yutoaiLegacy'] as ProviderId[])('%s publishes no model list: a clear error, no request', async (provider) => {
		const result = await runWorkflow({ nodes: [listNode(provider)], credentials: credentialsFor(provider) });
		expect(result.status).toBe('error');
		const message = result.errorOf('List Models')?.message ?? '';
		expect(message).toContain(findProvider(provider)!.displayName);
		expect(message).toContain('publishes no model list');
		expect(simulator.requests).toHaveLength(0);
	});

	it('a refused key is reported without the key', async () => {
		const result = await runWorkflow({ nodes: [listNode('gccai')], credentials: credentialsFor('gccai', 'sk-wrong-key-000000000') });
		expect(result.status).toBe('error');
		const error = result.errorOf('List Models');
		expect(error?.message).toMatch(/API key was refused/);
		expect(JSON.stringify(error)).not.toContain('sk-wrong-key-000000000');
	});
});
