import { NodeHelpers, type INodeParameters, type INodeProperties, type INodeTypeDescription } from 'n8n-workflow';

import { EvoLinkApi } from '../../../credentials/EvoLinkApi.credentials';
import { GccaiApi } from '../../../credentials/GccaiApi.credentials';
import { SoraOpenAiApi } from '../../../credentials/SoraOpenAiApi.credentials';
import { XingchaoApi } from '../../../credentials/XingchaoApi.credentials';
import { YutoAiApi } from '../../../credentials/YutoAiApi.credentials';
import { resolutionsFor } from '../../../nodes/Sora/catalog/lookup';
import { providers } from '../../../nodes/Sora/providers';
import { Sora } from '../../../nodes/Sora/Sora.node';
import { docCatalog } from '../docCatalog';

const description: INodeTypeDescription = new Sora().description;
const node = { typeVersion: 1 };

/** What the editor shows for these node values: n8n's own parameter resolution and display rules. */
function render(values: INodeParameters) {
	const params = NodeHelpers.getNodeParameters(description.properties, values, true, false, node, description);
	if (!params) throw new Error('getNodeParameters returned null');
	const shown = description.properties.filter((property) => NodeHelpers.displayParameter(params, property, node, description));
	const credentials = (description.credentials ?? []).filter((credential) => NodeHelpers.displayParameter(params, credential, node, description));
	return { params, shown, credentials: credentials.map((credential) => credential.name) };
}

function only(shown: INodeProperties[], name: string): INodeProperties {
	const matches = shown.filter((property) => property.name === name);
	expect({ name, visible: matches.length }).toEqual({ name, visible: 1 });
	return matches[0];
}

function optionValues(shown: INodeProperties[], name: string): unknown[] {
	return (only(shown, name).options ?? []).map((option) => ('value' in option ? option.value : undefined));
}

const combos = providers.flatMap((provider) =>
	provider.models.flatMap((model) => model.durations.map((duration) => [provider.id, model.id, duration] as const)),
);

describe('create: visible duration / aspect ratio / resolution lists equal the catalog', () => {
	test('the catalog iteration covers every documented provider × model × duration', () => {
		const documented = Object.entries(docCatalog).flatMap(([providerId, models]) =>
			Object.entries(models).flatMap(([model, spec]) => spec.durations.map((duration) => `${providerId}/${model}/${duration}`)),
		);
		expect(combos.map(([p, m, d]) => `${p}/${m}/${d}`).sort()).toEqual(documented.sort());
	});

	test.each(combos)('%s / %s / %s s', (providerId, modelId, duration) => {
		const provider = providers.find((p) => p.id === providerId)!;
		const model = provider.models.find((m) => m.id === modelId)!;
		const doc = docCatalog[providerId][modelId];
		const { params, shown } = render({ provider: providerId, operation: 'create', model: modelId, duration });

		expect(optionValues(shown, 'model')).toEqual(provider.models.map((m) => m.id));
		expect(optionValues(shown, 'duration')).toEqual(model.durations);
		expect(optionValues(shown, 'duration')).toEqual(doc.durations);
		expect(optionValues(shown, 'aspectRatio')).toEqual(model.aspectRatios);
		expect(optionValues(shown, 'aspectRatio')).toEqual(doc.aspectRatios);
		expect(optionValues(shown, 'resolution')).toEqual(resolutionsFor(model, duration));
		expect(optionValues(shown, 'resolution')).toEqual(doc.resolutionsAt(duration));

		// Every visible dropdown's default (and so the value a fresh node gets) is one of its options.
		for (const property of shown.filter((p) => p.type === 'options')) {
			const values = (property.options ?? []).map((option) => ('value' in option ? option.value : undefined));
			expect({ name: property.name, default: values.includes(property.default as string) }).toEqual({ name: property.name, default: true });
			expect({ name: property.name, value: values.includes(params[property.name] as string) }).toEqual({ name: property.name, value: true });
		}
		// No parameter name is shown twice (the editor would show two dropdowns).
		const names = shown.map((p) => p.name);
		expect(names).toEqual([...new Set(names)]);
	});

	test.each(providers.flatMap((provider) => provider.models.map((model) => [provider.id, model.id] as const)))(
		'%s / %s without a chosen duration starts at the model default and its resolutions',
		(providerId, modelId) => {
			const model = providers.find((p) => p.id === providerId)!.models.find((m) => m.id === modelId)!;
			const { params, shown } = render({ provider: providerId, operation: 'create', model: modelId });
			expect(params.duration).toBe(model.defaultDuration);
			expect(optionValues(shown, 'resolution')).toEqual(resolutionsFor(model, model.defaultDuration));
			expect(params.resolution).toBe(resolutionsFor(model, model.defaultDuration)[0]);
		},
	);

	test.each(providers.map((p) => p.id))('%s without a chosen model starts at its first model', (providerId) => {
		const { params, shown } = render({ provider: providerId, operation: 'create' });
		expect(params.model).toBe(Object.keys(docCatalog[providerId])[0]);
		expect(optionValues(shown, 'model')).toEqual(Object.keys(docCatalog[providerId]));
	});
});

describe('switching provider or model changes the lists', () => {
	const lists = (values: INodeParameters) => {
		const { shown } = render({ operation: 'create', ...values });
		return { duration: optionValues(shown, 'duration'), resolution: optionValues(shown, 'resolution'), model: optionValues(shown, 'model') };
	};
	test('gccai sora-2 → sora-2-pro adds 1024p and 1080p', () => {
		expect(lists({ provider: 'gccai', model: 'sora-2', duration: 8 }).resolution).toEqual(['720p']);
		expect(lists({ provider: 'gccai', model: 'sora-2-pro', duration: 8 }).resolution).toEqual(['720p', '1024p', '1080p']);
	});
	test('yutoai sora-2-pro 15 s → 25 s drops 1080p', () => {
		expect(lists({ provider: 'yutoai', model: 'sora-2-pro', duration: 15 }).resolution).toEqual(['720p', '1080p']);
		expect(lists({ provider: 'yutoai', model: 'sora-2-pro', duration: 25 }).resolution).toEqual(['720p']);
	});
	test('evolink archived sora-2-pro: 15 s is 1080p only, 25 s 720p only', () => {
		expect(lists({ provider: 'evolink', model: 'sora-2-pro', duration: 15 }).resolution).toEqual(['1080p']);
		expect(lists({ provider: 'evolink', model: 'sora-2-pro', duration: 25 }).resolution).toEqual(['720p']);
	});
	test('gccai → yutoai → xingchao → yutoaiLegacy change the durations and models', () => {
		expect(lists({ provider: 'gccai' })).toMatchObject({ duration: [4, 8, 12, 16, 20], model: ['sora-2', 'sora-2-pro'] });
		expect(lists({ provider: 'yutoai' })).toMatchObject({ duration: [10, 15], model: ['sora-2', 'sora-2-pro'] });
		expect(lists({ provider: 'xingchao' })).toMatchObject({ duration: [4, 8, 12], model: ['openAiSora2Plus', 'openAiSora2Pro'] });
		expect(lists({ provider: 'yutoaiLegacy' })).toMatchObject({ duration: [5, 10], resolution: ['480p', '720p'], model: ['turbo'] });
	});
	test('yutoaiLegacy offers 1:1, the others do not', () => {
		expect(optionValues(render({ provider: 'yutoaiLegacy', operation: 'create' }).shown, 'aspectRatio')).toEqual(['16:9', '9:16', '1:1']);
		expect(optionValues(render({ provider: 'openai', operation: 'create' }).shown, 'aspectRatio')).toEqual(['16:9', '9:16']);
	});
});

describe('credentials per provider', () => {
	const expected: Record<string, string> = {
		gccai: 'gccaiApi',
		yutoai: 'yutoAiApi',
		yutoaiLegacy: 'yutoAiApi',
		evolink: 'evoLinkApi',
		xingchao: 'xingchaoApi',
		openai: 'soraOpenAiApi',
	};
	test('each credential type named by the node exists', () => {
		const existing = [new GccaiApi(), new YutoAiApi(), new EvoLinkApi(), new XingchaoApi(), new SoraOpenAiApi()].map((c) => c.name).sort();
		expect([...new Set(Object.values(expected))].sort()).toEqual(existing);
		expect((description.credentials ?? []).map((c) => c.name).sort()).toEqual(existing);
	});
	test.each(Object.keys(expected))('%s shows exactly its credential, in every operation', (providerId) => {
		for (const operation of ['create', 'getStatus', 'wait']) {
			expect(render({ provider: providerId, operation }).credentials).toEqual([expected[providerId]]);
		}
	});
});

describe('provider-only options', () => {
	const common = ['provider', 'operation', 'retryNotice', 'model', 'prompt', 'duration', 'aspectRatio', 'resolution', 'imageUrl', 'waitForCompletion'];
	// providers.md: YutoAI §3.2 watermark/private/notify_hook/character_*; legacy §6.2 n_variants and storyboard actions;
	// EvoLink §4.2 callback_url for all, remove_watermark for the seed-era and archived models.
	const expectedExtras = (providerId: string, model: string): string[] => {
		switch (providerId) {
			case 'yutoai':
				return ['watermark', 'private', 'notifyHook', 'characterUrl', 'characterTimestamps'];
			case 'yutoaiLegacy':
				return ['variants', 'storyboard'];
			case 'evolink':
				return ['sora-2', 'sora-2-beta', 'sora-2-pro'].includes(model) ? ['removeWatermark', 'callbackUrl'] : ['callbackUrl'];
			default:
				return [];
		}
	};
	test.each(providers.flatMap((provider) => provider.models.map((model) => [provider.id, model.id] as const)))(
		'%s / %s shows exactly its own extras',
		(providerId, model) => {
			const { shown } = render({ provider: providerId, operation: 'create', model });
			const names = shown.map((p) => p.name);
			expect(names.filter((name) => !common.includes(name)).sort()).toEqual(expectedExtras(providerId, model).sort());
			for (const name of common) expect(names).toContain(name);
		},
	);
	test.each(providers.map((p) => p.id))('%s: Get Status shows the task id and no create options', (providerId) => {
		for (const operation of ['getStatus', 'wait']) {
			const names = render({ provider: providerId, operation }).shown.map((p) => p.name);
			expect(names).toContain('taskId');
			for (const name of ['model', 'prompt', 'duration', 'aspectRatio', 'resolution', 'imageUrl', 'watermark', 'removeWatermark', 'callbackUrl', 'notifyHook', 'characterUrl', 'variants', 'storyboard']) {
				expect(names).not.toContain(name);
			}
		}
	});
	test('the wait options appear for Wait, and for Create only with Wait for Completion on', () => {
		expect(render({ provider: 'gccai', operation: 'wait' }).shown.map((p) => p.name)).toContain('options');
		expect(render({ provider: 'gccai', operation: 'create' }).shown.map((p) => p.name)).not.toContain('options');
		expect(render({ provider: 'gccai', operation: 'create', waitForCompletion: true }).shown.map((p) => p.name)).toContain('options');
	});
});
