import { findModel } from '../../../nodes/Sora/catalog/lookup';
import type { HttpCall, ProviderSpec } from '../../../nodes/Sora/providers/types';
import { validateCreateInput, type RawCreateParameters } from '../../../nodes/Sora/validation/createInput';
import { type Combo, docCatalog } from '../docCatalog';
import { PROMPT } from './shared';

/** Every documented duration × aspect × resolution of these models (docCatalog, not the node's catalog). */
export function docCombosOf(providerId: string, modelIds: string[]): Combo[] {
	const combos: Combo[] = [];
	for (const model of modelIds) {
		const doc = docCatalog[providerId][model];
		if (!doc) throw new Error(`test setup: docCatalog.${providerId} has no ${model}`);
		for (const duration of doc.durations) {
			for (const aspectRatio of doc.aspectRatios) {
				for (const resolution of doc.resolutionsAt(duration)) combos.push({ model, duration, aspectRatio, resolution });
			}
		}
	}
	return combos;
}

export const comboLabel = (combo: Combo): string => `${combo.model} ${combo.duration}s ${combo.aspectRatio} ${combo.resolution}`;

/** Raw node parameters for a combo, as n8n would hand them over. */
export function rawFor(combo: Combo, overrides: Partial<RawCreateParameters> = {}): RawCreateParameters {
	return {
		model: combo.model,
		prompt: PROMPT,
		duration: combo.duration,
		aspectRatio: combo.aspectRatio,
		resolution: combo.resolution,
		imageUrl: '',
		extras: {},
		...overrides,
	};
}

/** The create call for raw parameters, through the node's own validation first. */
export function createCall(provider: ProviderSpec, combo: Combo, overrides: Partial<RawCreateParameters> = {}): HttpCall & { body: Record<string, unknown> } {
	const call = provider.buildCreateRequest(validateCreateInput(provider, rawFor(combo, overrides)));
	if (!call.body) throw new Error('create request without a body');
	return call as HttpCall & { body: Record<string, unknown> };
}

/** The model ids of one family in the provider's catalog, in dropdown order. */
export function familyIds(provider: ProviderSpec, family: string): string[] {
	return provider.models.filter((model) => model.family === family).map((model) => model.id);
}

export function modelOf(provider: ProviderSpec, id: string) {
	const model = findModel(provider, id);
	if (!model) throw new Error(`test setup: ${provider.id} has no model ${id}`);
	return model;
}

export const FIRST = 'https://img.example/first.png';
export const LAST = 'https://img.example/last.png';

/**
 * One test per documented combination: through the node's validation, the create call is a POST
 * to `path` whose body passes `check` (`overrides` adds what a combination needs, e.g. an image).
 */
export function eachComboCall(
	provider: ProviderSpec,
	combos: Combo[],
	path: string,
	check: (body: Record<string, unknown>, combo: Combo) => void,
	overrides: (combo: Combo) => Partial<RawCreateParameters> = () => ({}),
): void {
	test.each(combos.map((combo) => [comboLabel(combo), combo] as const))('%s', (_label, combo) => {
		const call = createCall(provider, combo, overrides(combo));
		expect(call).toMatchObject({ method: 'POST', path });
		check(call.body, combo);
	});
}
