import { NodeHelpers, type INodeParameters, type INodeProperties, type INodeTypeDescription } from 'n8n-workflow';

import { EvoLinkApi } from '../../../credentials/EvoLinkApi.credentials';
import { GccaiApi } from '../../../credentials/GccaiApi.credentials';
import { SoraOpenAiApi } from '../../../credentials/SoraOpenAiApi.credentials';
import { XingchaoApi } from '../../../credentials/XingchaoApi.credentials';
import { YutoAiApi } from '../../../credentials/YutoAiApi.credentials';
import { defaultAspectRatio, durationsFor, legacyDefaultModel, resolutionsFor } from '../../../nodes/Sora/catalog/lookup';
import { providers } from '../../../nodes/Sora/providers';
import type { ModelSpec, ProviderSpec } from '../../../nodes/Sora/providers/types';
import { Sora } from '../../../nodes/Sora/Sora.node';
import { docCatalog } from '../docCatalog';

const description: INodeTypeDescription = new Sora().description;

/** What the editor shows for these node values: n8n's own parameter resolution and display rules. */
function render(values: INodeParameters, typeVersion = 2) {
	const node = { typeVersion };
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

const names = (shown: INodeProperties[]) => shown.map((property) => property.name);
const provider = (id: string) => providers.find((entry) => entry.id === id)!;
const everyModel = providers.flatMap((entry) => entry.models.map((model) => [entry.id, model.id] as const));
const modelOf = (providerId: string, modelId: string) => provider(providerId).models.find((model) => model.id === modelId)!;

/** The inputs only some models take, and which models of a provider take each. */
const modelOptionFields: Array<[string, (model: ModelSpec) => boolean]> = [
	['imageUrl', (model) => model.supportsImage],
	['lastFrameUrl', (model) => model.supportsLastFrame === true],
	['generateAudio', (model) => model.audio !== undefined],
	['negativePrompt', (model) => model.supportsNegativePrompt === true],
	['seed', (model) => model.seed !== undefined],
];

/** The dropdown order users choose by: family by family as the catalog first names them, Sora last. */
function listedInOrder(entry: ProviderSpec, typeVersion: number): ModelSpec[] {
	const listed = entry.models.filter((model) => typeVersion < 2 || !model.unlisted);
	const family = (model: ModelSpec) => model.family ?? 'sora';
	const families = [...new Set(listed.map(family))];
	const order = [...families.filter((name) => name !== 'sora'), ...families.filter((name) => name === 'sora')];
	return order.flatMap((name) => listed.filter((model) => family(model) === name));
}

function extrasFor(entry: ProviderSpec, modelId: string): string[] {
	return entry.extraFields.filter((field) => !field.models || field.models.includes(modelId)).map((field) => field.name);
}

describe('every model: the editor shows exactly what the catalog allows for it', () => {
	test.each(everyModel)('%s / %s', (providerId, modelId) => {
		const model = modelOf(providerId, modelId);
		const { params, shown } = render({ provider: providerId, operation: 'create', model: modelId });

		expect(optionValues(shown, 'model')).toEqual([...listedInOrder(provider(providerId), 2).map((entry) => entry.id), 'custom']);
		expect(optionValues(shown, 'duration')).toEqual(durationsFor(model, 2));
		expect(params.duration).toBe(model.defaultDuration);
		expect(optionValues(shown, 'aspectRatio')).toEqual(model.aspectRatios);
		expect(params.aspectRatio).toBe(defaultAspectRatio(model, 2));
		expect(optionValues(shown, 'resolution')).toEqual(resolutionsFor(model, model.defaultDuration, 2));

		// Switching to this model shows exactly its own optional inputs, with its own default.
		for (const [name, takes] of modelOptionFields) {
			expect({ name, shown: names(shown).includes(name) }).toEqual({ name, shown: takes(model) });
		}
		if (model.audio) expect(params.generateAudio).toBe('modelDefault');
		if (model.seed) expect(only(shown, 'seed').typeOptions).toMatchObject({ maxValue: model.seed.max });
		for (const field of provider(providerId).extraFields) {
			expect({ field: field.name, shown: names(shown).includes(field.name) }).toEqual({
				field: field.name,
				shown: extrasFor(provider(providerId), modelId).includes(field.name),
			});
		}
		for (const custom of ['customModelId', 'customDuration', 'customResolution', 'customAspectRatio', 'extraBodyJson']) {
			expect(names(shown)).not.toContain(custom);
		}

		// Every visible dropdown's default (and so the value a fresh node gets) is one of its options;
		// an unlisted model is the one value version 2 shows as not in its list (a saved workflow's).
		if (model.unlisted) expect(optionValues(shown, 'model')).not.toContain(modelId);
		for (const property of shown.filter((p) => p.type === 'options' && !(model.unlisted && p.name === 'model'))) {
			const values = (property.options ?? []).map((option) => ('value' in option ? option.value : undefined));
			expect({ name: property.name, default: values.includes(property.default as string) }).toEqual({ name: property.name, default: true });
			expect({ name: property.name, value: values.includes(params[property.name] as string) }).toEqual({ name: property.name, value: true });
		}
		// No parameter name is shown twice (the editor would show two dropdowns).
		expect(names(shown)).toEqual([...new Set(names(shown))]);
	});

	test.each(everyModel)('%s / %s: each duration lists the resolutions allowed at that length', (providerId, modelId) => {
		const model = modelOf(providerId, modelId);
		for (const typeVersion of [1, 2]) {
			for (const duration of durationsFor(model, typeVersion)) {
				const { shown } = render({ provider: providerId, operation: 'create', model: modelId, duration }, typeVersion);
				expect({ typeVersion, duration, resolutions: optionValues(shown, 'resolution') }).toEqual({
					typeVersion,
					duration,
					resolutions: resolutionsFor(model, duration, typeVersion),
				});
			}
		}
	});
});

describe('documented Sora lists (docCatalog, written from the docs independently of the catalog)', () => {
	const documented = Object.entries(docCatalog).flatMap(([providerId, models]) =>
		Object.keys(models)
			.filter((modelId) => provider(providerId).models.some((model) => model.id === modelId))
			.map((modelId) => [providerId, modelId] as const),
	);
	test('every documented model is in the catalog', () => {
		const all = Object.entries(docCatalog).flatMap(([providerId, models]) => Object.keys(models).map((modelId) => `${providerId}/${modelId}`));
		expect(documented.map(([p, m]) => `${p}/${m}`)).toEqual(all);
	});
	test.each(documented)('%s / %s', (providerId, modelId) => {
		const doc = docCatalog[providerId][modelId];
		for (const duration of doc.durations) {
			const { shown } = render({ provider: providerId, operation: 'create', model: modelId, duration });
			expect(optionValues(shown, 'duration')).toEqual(doc.durations);
			expect(optionValues(shown, 'aspectRatio')).toEqual(doc.aspectRatios);
			expect(optionValues(shown, 'resolution')).toEqual(doc.resolutionsAt(duration));
		}
	});
});

describe('the model dropdown with dozens of models', () => {
	const familyNames = { sora: 'Sora', veo: 'Veo', seedance: 'Seedance', kling: 'Kling', wan: 'Wan', hailuo: 'Hailuo', grok: 'Grok', vidu: 'Vidu' };

	test.each(providers.map((entry) => entry.id))('%s: names lead with the family, one short line each saying length, resolution, sound and images', (providerId) => {
		for (const typeVersion of [1, 2]) {
			const { shown } = render({ provider: providerId, operation: 'create' }, typeVersion);
			const options = only(shown, 'model').options as Array<{ name: string; value: string; description?: string }>;
			expect(options.slice(0, -1).map((option) => option.value)).toEqual(listedInOrder(provider(providerId), typeVersion).map((model) => model.id));
			for (const option of options.slice(0, -1)) {
				const model = modelOf(providerId, option.value);
				// The one exception is YutoAI's legacy web-format endpoint, named after its own product.
				if (!model.legacy || providerId !== 'yutoaiLegacy') expect(option.name.startsWith(familyNames[model.family ?? 'sora'])).toBe(true);
				const line = option.description ?? '';
				// Short enough for one line of the dropdown, and no evidence prose: that is the notice's job.
				expect({ model: model.id, length: line.length <= 60 }).toEqual({ model: model.id, length: true });
				expect(line).toMatch(/^(\d+(–\d+|(\/\d+)*) s( or auto)?( or input length)?|auto( or input length)?|input length) · /);
				expect(line).toMatch(/(first \+ last frame|start image|text only|references|video edit|video extension)$/);
				expect(line.includes('sound')).toBe(model.audio !== undefined);
				expect(line).not.toMatch(/docs|third-party|inferred|\n/i);
			}
			expect(options[options.length - 1]).toMatchObject({ value: 'custom', name: expect.stringMatching(/Unvalidated/) });
		}
	});

	test.each(everyModel)('%s / %s: the evidence is a notice under the dropdown, shown for this model only', (providerId, modelId) => {
		const model = modelOf(providerId, modelId);
		const notices = render({ provider: providerId, operation: 'create', model: modelId }).shown.filter((property) => property.name === 'modelEvidenceNotice');
		const level = model.evidence?.level ?? 'documented';
		if (level === 'documented' && !model.evidence?.note && !model.unlisted) {
			expect(notices).toHaveLength(0);
			return;
		}
		expect(notices).toHaveLength(1);
		expect(notices[0].type).toBe('notice');
		const text = String(notices[0].displayName);
		const lead = { documented: 'Documented by the provider', thirdParty: 'Not in the provider\'s docs, known from third-party material', inferred: 'Inferred, not documented' }[level];
		expect(text).toContain(lead);
		if (model.evidence?.note) expect(text.toLowerCase()).toContain(model.evidence.note.slice(1, 40).toLowerCase());
		if (model.unlisted) expect(text).toMatch(/Not listed from node version 2: .*choose "Custom Model ID \(Unvalidated\)"/);
	});

	test('the model dropdown comes right before the evidence notices, so the notice sits under the field', () => {
		const order = names(render({ provider: 'gccai', operation: 'create', model: 'kling-3.0-turbo' }).shown);
		expect(order.indexOf('modelEvidenceNotice')).toBe(order.indexOf('model') + 1);
	});

	test.each(providers.map((entry) => entry.id))('%s: version 1 keeps its Sora default, version 2 starts at the newest model', (providerId) => {
		const entry = provider(providerId);
		expect(render({ provider: providerId, operation: 'create' }, 1).params.model).toBe(legacyDefaultModel(entry).id);
		expect(legacyDefaultModel(entry).family ?? 'sora').toBe('sora');
		const latest = render({ provider: providerId, operation: 'create' }, 2);
		expect(latest.params.model).toBe(entry.models[0].id);
		// And the fresh node's dependent lists are the newest model's.
		expect(optionValues(latest.shown, 'duration')).toEqual(durationsFor(entry.models[0], 2));
	});

	test('providers carry dozens of models between them, so the dropdowns are generated, not hand-written', () => {
		expect(everyModel.length).toBeGreaterThan(30);
	});
});

describe('node version 1 keeps the values and defaults its saved workflows hold', () => {
	const lists = (values: INodeParameters, typeVersion: number) => {
		const { shown, params } = render({ operation: 'create', ...values }, typeVersion);
		return { shown, params, duration: optionValues(shown, 'duration'), resolution: optionValues(shown, 'resolution') };
	};
	test('openai sora-2-pro: version 1 offers the guide\'s 16/20 s and 1080p, labelled; version 2 the spec\'s values only', () => {
		const v1 = lists({ provider: 'openai', model: 'sora-2-pro', duration: 8 }, 1);
		expect(v1.duration).toEqual([4, 8, 12, 16, 20]);
		expect(v1.resolution).toEqual(['720p', '1024p', '1080p']);
		const labelled = (only(v1.shown, 'duration').options as Array<{ value: number; description?: string }>).filter((option) => option.description);
		expect(labelled.map((option) => option.value)).toEqual([16, 20]);
		expect(labelled[0].description).toMatch(/not in the API spec.*node version 1 only/);
		const v2 = lists({ provider: 'openai', model: 'sora-2-pro', duration: 8 }, 2);
		expect(v2.duration).toEqual([4, 8, 12]);
		expect(v2.resolution).toEqual(['720p', '1024p']);
		expect((only(v2.shown, 'duration').options as Array<{ description?: string }>).every((option) => !option.description)).toBe(true);
	});
	test('xingchao Seedance 1.5 Pro: version 1 starts at 16:9, version 2 at the documented adaptive', () => {
		expect(lists({ provider: 'xingchao', model: 'seedance_1_5_pro_720p' }, 1).params.aspectRatio).toBe('16:9');
		expect(lists({ provider: 'xingchao', model: 'seedance_1_5_pro_720p' }, 2).params.aspectRatio).toBe('adaptive');
	});
	test.each(everyModel)('%s / %s: version 1 lists every value the catalog ever offered, with the first ratio as default', (providerId, modelId) => {
		const model = modelOf(providerId, modelId);
		const { duration, params } = lists({ provider: providerId, model: modelId }, 1);
		expect(duration).toEqual(model.durations);
		expect(params.aspectRatio).toBe(model.aspectRatios[0]);
	});
});

describe('rows no provider page documents', () => {
	const unlisted = everyModel.filter(([providerId, modelId]) => modelOf(providerId, modelId).unlisted);
	test('exactly the four the audit left without a page', () => {
		expect(unlisted.map(([providerId, modelId]) => `${providerId}/${modelId}`).sort()).toEqual([
			'gccai/veo3.1-lite-official',
			'yutoai/doubao-seedance-1-0-lite-i2v-250428',
			'yutoai/doubao-seedance-1-0-lite-t2v-250428',
			'yutoai/doubao-seedance-1-0-pro-250528',
		]);
	});
	test.each(unlisted)('%s / %s: version 1 still lists it; version 2 does not, and its notice points to Custom Model ID', (providerId, modelId) => {
		expect(optionValues(render({ provider: providerId, operation: 'create', model: modelId }, 1).shown, 'model')).toContain(modelId);
		const latest = render({ provider: providerId, operation: 'create', model: modelId }, 2);
		expect(optionValues(latest.shown, 'model')).not.toContain(modelId);
		expect(optionValues(latest.shown, 'model')).toContain('custom');
		expect(String(only(latest.shown, 'modelEvidenceNotice').displayName)).toContain(`choose "Custom Model ID (Unvalidated)" and type ${modelId}`);
		// The saved value still shows its own lists, so the workflow keeps running as before.
		expect(optionValues(latest.shown, 'duration')).toEqual(modelOf(providerId, modelId).durations);
	});
});

describe('switching provider or model changes the lists', () => {
	const lists = (values: INodeParameters) => {
		const { shown } = render({ operation: 'create', ...values });
		return { duration: optionValues(shown, 'duration'), resolution: optionValues(shown, 'resolution'), ratio: optionValues(shown, 'aspectRatio') };
	};
	test.each(providers.map((entry) => entry.id))('%s: neighbouring models with different contracts show different lists', (providerId) => {
		const models = provider(providerId).models;
		for (let index = 1; index < models.length; index++) {
			const [before, after] = [models[index - 1], models[index]];
			const expected = (model: ModelSpec) => ({
				duration: durationsFor(model, 2),
				resolution: resolutionsFor(model, model.defaultDuration, 2),
				ratio: model.aspectRatios,
			});
			expect(lists({ provider: providerId, model: before.id })).toEqual(expected(before));
			expect(lists({ provider: providerId, model: after.id })).toEqual(expected(after));
		}
	});
	test('yutoai sora-2-pro 15 s → 25 s drops 1080p', () => {
		expect(lists({ provider: 'yutoai', model: 'sora-2-pro', duration: 15 }).resolution).toEqual(['720p', '1080p']);
		expect(lists({ provider: 'yutoai', model: 'sora-2-pro', duration: 25 }).resolution).toEqual(['720p']);
	});
	test('evolink archived sora-2-pro: 15 s is 1080p only, 25 s 720p only', () => {
		expect(lists({ provider: 'evolink', model: 'sora-2-pro', duration: 15 }).resolution).toEqual(['1080p']);
		expect(lists({ provider: 'evolink', model: 'sora-2-pro', duration: 25 }).resolution).toEqual(['720p']);
	});
});

describe('custom model and List Models', () => {
	test.each(providers.map((entry) => entry.id))('%s: Custom Model ID shows the free fields and hides the catalog lists', (providerId) => {
		const { shown } = render({ provider: providerId, operation: 'create', model: 'custom' });
		const visible = names(shown);
		for (const name of ['customModelNotice', 'customModelId', 'prompt', 'customDuration', 'customResolution', 'customAspectRatio', 'imageUrl', 'extraBodyJson']) {
			expect(visible).toContain(name);
		}
		const providerOptions = provider(providerId).extraFields.map((field) => field.name);
		for (const name of ['duration', 'resolution', 'aspectRatio', 'lastFrameUrl', 'generateAudio', 'negativePrompt', 'seed', ...providerOptions]) {
			expect(visible).not.toContain(name);
		}
		expect(visible).toEqual([...new Set(visible)]);
		expect(String(only(shown, 'customModelNotice').displayName)).toMatch(/unvalidated/);
	});

	test.each(providers.map((entry) => entry.id))('%s: List Models shows no create or task parameters', (providerId) => {
		const visible = names(render({ provider: providerId, operation: 'listModels' }).shown);
		expect(visible.filter((name) => !['provider', 'operation'].includes(name))).toEqual([]);
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
		for (const operation of ['create', 'getStatus', 'wait', 'listModels']) {
			expect(render({ provider: providerId, operation }).credentials).toEqual([expected[providerId]]);
		}
	});
});

describe('operations other than Create', () => {
	test.each(providers.map((p) => p.id))('%s: Get Status and Wait show the task id and no create options', (providerId) => {
		for (const operation of ['getStatus', 'wait']) {
			const visible = names(render({ provider: providerId, operation }).shown);
			expect(visible).toContain('taskId');
			const createOnly = ['model', 'prompt', 'duration', 'aspectRatio', 'resolution', 'imageUrl', 'customModelId', 'extraBodyJson'];
			for (const name of [...createOnly, ...provider(providerId).extraFields.map((field) => field.name)]) expect(visible).not.toContain(name);
		}
	});
	test('the wait options appear for Wait, and for Create only with Wait for Completion on', () => {
		expect(names(render({ provider: 'gccai', operation: 'wait' }).shown)).toContain('options');
		expect(names(render({ provider: 'gccai', operation: 'create' }).shown)).not.toContain('options');
		expect(names(render({ provider: 'gccai', operation: 'create', waitForCompletion: true }).shown)).toContain('options');
	});
});
