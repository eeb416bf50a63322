import { gccai } from '../../../nodes/Sora/providers/gccai';
import type { CreateInput } from '../../../nodes/Sora/providers/types';
import { validateCreateInput, type RawCreateParameters } from '../../../nodes/Sora/validation/createInput';
import { type Combo, docCombos } from '../docCatalog';
import { gccaiSuccessorDocs } from '../docCatalog.gccai';
import { PROMPT } from './shared';

export const FIRST = 'https://cdn.example/first.png';
export const LAST = 'https://cdn.example/last.png';

/** Documented values of one model, as raw node parameters (the model's first documented values by default). */
export function rawFor(model: string, overrides: Partial<RawCreateParameters> = {}): RawCreateParameters {
	const doc = gccaiSuccessorDocs[model];
	if (!doc) throw new Error(`test setup: no doc facts for ${model}`);
	const duration = doc.defaultDuration ?? doc.durations[0];
	return {
		model,
		prompt: PROMPT,
		duration,
		aspectRatio: doc.aspectRatios[0],
		resolution: doc.resolutionsAt(duration)[0],
		imageUrl: doc.requires?.imageUrl ?? '',
		extras: { ...doc.requires?.extras },
		...(doc.requires?.references ? { references: doc.requires.references } : {}),
		...overrides,
	};
}

/** Through the node's real validation, then the provider's create builder. */
export function validated(model: string, overrides: Partial<RawCreateParameters> = {}): CreateInput {
	return validateCreateInput(gccai, rawFor(model, overrides));
}

export function createCall(model: string, overrides: Partial<RawCreateParameters> = {}) {
	return gccai.buildCreateRequest(validated(model, overrides));
}

export function bodyFor(model: string, overrides: Partial<RawCreateParameters> = {}): Record<string, unknown> {
	const call = createCall(model, overrides);
	expect(call).toMatchObject({ method: 'POST', path: '/v1/videos/generations' });
	return call.body as Record<string, unknown>;
}

/** Every documented duration × ratio × resolution of the model, named for test.each. */
export function combosOf(model: string): Array<[string, Combo]> {
	return docCombos('gccai')
		.filter((combo) => combo.model === model)
		.map((combo) => [`${combo.duration}s ${combo.aspectRatio} ${combo.resolution}`, combo]);
}

export function comboParameters(combo: Combo, extra: Partial<RawCreateParameters> = {}): Partial<RawCreateParameters> {
	return { duration: combo.duration, aspectRatio: combo.aspectRatio, resolution: combo.resolution, ...extra };
}

export { PROMPT };
