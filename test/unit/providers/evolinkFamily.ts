import { evolink } from '../../../nodes/Sora/providers/evolink';
import type { ModelFamily, ModelSpec } from '../../../nodes/Sora/providers/types';
import { validateCreateInput, type RawCreateParameters } from '../../../nodes/Sora/validation/createInput';
import { type EvoLinkDocModel, evolinkSuccessorDocs, requiredReferenceUrl } from '../docCatalog.evolink';
import { expectNames, invalid } from '../validation/helpers';
import { PROMPT } from './shared';

export const FIRST = 'https://cdn.example/first-frame.png';
export const LAST = 'https://cdn.example/last-frame.png';

export function model(id: string): ModelSpec {
	const found = evolink.models.find((candidate) => candidate.id === id);
	if (!found) throw new Error(`evolink has no model ${id}`);
	return found;
}

export interface Choice {
	duration: number;
	aspectRatio: string;
	resolution: string;
	image?: string;
	last?: string;
	audio?: boolean;
	negative?: string;
	seed?: number;
}

/** Raw node parameters for one choice, as n8n hands them over. */
export function rawFor(id: string, choice: Choice, overrides: Partial<RawCreateParameters> = {}): RawCreateParameters {
	return {
		model: id,
		prompt: PROMPT,
		duration: choice.duration,
		aspectRatio: choice.aspectRatio,
		resolution: choice.resolution,
		imageUrl: choice.image ?? '',
		lastFrameUrl: choice.last ?? '',
		generateAudio: choice.audio ?? null,
		negativePrompt: choice.negative ?? '',
		seed: choice.seed ?? -1,
		extras: {},
		...requiredReferences(id),
		...overrides,
	};
}

function requiredReferences(id: string): Partial<RawCreateParameters> {
	const needed = evolinkSuccessorDocs[id]?.requiredReference;
	return needed ? { references: { [needed.kind]: [requiredReferenceUrl(needed.kind)] } } : {};
}

/** What the node sends for these parameters: the real validation, then the real create builder. */
export function sentBody(id: string, choice: Choice, overrides: Partial<RawCreateParameters> = {}): Record<string, unknown> {
	const call = evolink.buildCreateRequest(validateCreateInput(evolink, rawFor(id, choice, overrides)));
	expect(call).toMatchObject({ method: 'POST', path: '/v1/videos/generations' });
	return call.body as Record<string, unknown>;
}

/** The body EvoLink's page documents for these inputs, derived from the doc facts alone. */
export function documentedBody(id: string, doc: EvoLinkDocModel, choice: Choice): Record<string, unknown> {
	const body: Record<string, unknown> = { model: id, prompt: PROMPT };
	if (doc.sendsDuration) body.duration = choice.duration;
	body.quality = choice.resolution;
	if (doc.sendsAspect && !(doc.aspectOnlyWithoutImage && choice.image) && !(doc.adaptiveOmitted && choice.aspectRatio === 'adaptive')) {
		body.aspect_ratio = choice.aspectRatio === 'adaptive' && doc.adaptiveIsAuto ? 'auto' : choice.aspectRatio;
	}
	if (doc.audio) {
		const on = choice.audio ?? doc.audio.default;
		body[doc.audio.key] = doc.audio.key === 'sound' ? (on ? 'on' : 'off') : on;
	}
	if (choice.negative) body.negative_prompt = choice.negative;
	if (choice.seed !== undefined) body.seed = choice.seed;
	if (choice.image) {
		if (doc.image === 'image_urls') body.image_urls = choice.last ? [choice.image, choice.last] : [choice.image];
		else {
			body.image_start = choice.image;
			if (choice.last) body.image_end = choice.last;
		}
	}
	if (doc.requiredReference) {
		const url = requiredReferenceUrl(doc.requiredReference.kind);
		body[doc.requiredReference.key] = doc.requiredReference.single ? url : [url];
	}
	if (doc.mode) {
		const word = !choice.image ? doc.mode.text : choice.last ? doc.mode.firstLast : doc.mode.first;
		if (word !== undefined) body[doc.mode.key] = word;
	}
	return body;
}

/** Every documented duration × ratio × resolution of one model, with a start image where one is required. */
export function documentedChoices(doc: EvoLinkDocModel): Choice[] {
	const choices: Choice[] = [];
	for (const duration of doc.durations) {
		for (const aspectRatio of doc.aspectRatios) {
			for (const resolution of doc.resolutionsAt(duration)) {
				const needsImage = doc.imageRequired || doc.imageOnlyResolutions?.includes(resolution);
				choices.push({ duration, aspectRatio, resolution, ...(needsImage ? { image: FIRST } : {}) });
			}
		}
	}
	return choices;
}

export function familyIds(family: ModelFamily): string[] {
	return evolink.models.filter((candidate) => candidate.family === family).map((candidate) => candidate.id);
}

const familyWords: Record<string, string> = { veo: 'Veo 3.1', seedance: 'Seedance', kling: 'Kling', wan: 'Wan', hailuo: 'Hailuo', grok: 'Grok Imagine' };

/** The checks every EvoLink successor family shares: catalog = docs, every allowed value in the exact body, refusals. */
export function describeEvoLinkFamily(family: ModelFamily, expectedIds: string[]): void {
	test(`the catalog lists exactly the documented ${family} ids, in order`, () => {
		expect(familyIds(family)).toEqual(expectedIds);
		for (const id of expectedIds) expect(Object.keys(evolinkSuccessorDocs)).toContain(id);
	});

	describe.each(expectedIds)('%s', (id) => {
		const doc = evolinkSuccessorDocs[id];
		const spec = model(id);
		const base = documentedChoices(doc)[0];

		test('display name leads with the family; one line of description stating the prompt limit the docs give', () => {
			expect(spec.displayName.startsWith(familyWords[family])).toBe(true);
			expect(spec.description).toBeDefined();
			expect(spec.description).not.toContain('\n');
			if (doc.promptTokens) expect(spec.description).toContain(`${doc.promptTokens} tokens`);
			if (doc.promptMaxLength) expect(spec.description).toContain(`${doc.promptMaxLength} characters`);
		});

		test('options offered = options documented (image, last frame, audio, negative prompt, seed)', () => {
			expect(spec.supportsImage).toBe(doc.image !== 'none');
			expect(spec.supportsLastFrame === true).toBe(doc.lastFrame !== undefined);
			expect(spec.audio).toEqual(doc.audio ? { default: doc.audio.default } : undefined);
			expect(spec.supportsNegativePrompt === true).toBe(doc.negativePrompt === true);
			expect(spec.seed).toEqual(doc.seed);
			expect(spec.promptMaxLength).toEqual(doc.promptMaxLength);
		});

		test('every documented duration × ratio × resolution passes validation and lands in the exact documented body', () => {
			const choices = documentedChoices(doc);
			expect(choices.length).toBeGreaterThan(0);
			const wrong = choices
				.map((choice) => ({ choice, sent: sentBody(id, choice), expected: documentedBody(id, doc, choice) }))
				.filter(({ sent, expected }) => JSON.stringify(Object.entries(sent).sort()) !== JSON.stringify(Object.entries(expected).sort()));
			expect(wrong).toEqual([]);
			// Durations are JSON integers, never strings.
			if (doc.sendsDuration) expect(Number.isInteger(sentBody(id, base).duration)).toBe(true);
		});

		if (doc.image !== 'none') {
			test('a start image (and a last frame where documented) goes under the documented key', () => {
				expect(sentBody(id, { ...base, image: FIRST })).toEqual(documentedBody(id, doc, { ...base, image: FIRST }));
				if (doc.lastFrame) {
					const pair = { ...base, image: FIRST, last: LAST };
					expect(sentBody(id, pair)).toEqual(documentedBody(id, doc, pair));
				} else {
					const error = invalid(() => sentBody(id, { ...base, image: FIRST, last: LAST }));
					expect(error.field).toBe('last frame image URL');
				}
			});
		} else {
			test('text-to-video: an image is refused before any request', () => {
				const error = invalid(() => sentBody(id, { ...base, image: FIRST }));
				expect(error.field).toBe('reference image URL');
			});
		}

		if (doc.imageRequired) {
			test('image-to-video: a request without a start image is refused', () => {
				const error = invalid(() => sentBody(id, { ...base, image: undefined }));
				expect(error.message).toContain('needs a start image');
			});
		}

		if (doc.audio) {
			test(`audio on and off land in ${doc.audio.key} as documented`, () => {
				for (const audio of [true, false]) {
					expect(sentBody(id, { ...base, audio })).toEqual(documentedBody(id, doc, { ...base, audio }));
				}
			});
		} else {
			test('audio on is refused (no audio switch documented)', () => {
				expect(invalid(() => sentBody(id, { ...base, audio: true })).field).toBe('generate audio');
			});
		}

		if (doc.negativePrompt) {
			test('a negative prompt lands in negative_prompt', () => {
				const choice = { ...base, negative: 'text, watermark' };
				expect(sentBody(id, choice)).toEqual(documentedBody(id, doc, choice));
			});
		} else {
			test('a negative prompt is refused (not documented)', () => {
				expect(invalid(() => sentBody(id, { ...base, negative: 'blur' })).field).toBe('negative prompt');
			});
		}

		if (doc.negativePromptMaxLength) {
			test(`a negative prompt over ${doc.negativePromptMaxLength} characters is refused`, () => {
				expect(() => sentBody(id, { ...base, negative: 'n'.repeat(doc.negativePromptMaxLength!) })).not.toThrow();
				const error = invalid(() => sentBody(id, { ...base, negative: 'n'.repeat(doc.negativePromptMaxLength! + 1) }));
				expect(error.message).toContain(String(doc.negativePromptMaxLength));
			});
		}

		if (doc.seed) {
			test(`seed ${doc.seed.min} and ${doc.seed.max} are sent as integers; outside the range is refused`, () => {
				for (const seed of [doc.seed!.min, doc.seed!.max]) {
					expect(sentBody(id, { ...base, seed })).toEqual(documentedBody(id, doc, { ...base, seed }));
				}
				expect(sentBody(id, base)).not.toHaveProperty('seed');
				expect(invalid(() => sentBody(id, { ...base, seed: doc.seed!.max + 1 })).field).toBe('seed');
				expect(invalid(() => sentBody(id, { ...base, seed: 0 })).field).toBe('seed');
			});
		} else {
			test('a seed is refused (not documented)', () => {
				expect(invalid(() => sentBody(id, { ...base, seed: 42 })).field).toBe('seed');
			});
		}

		test('an undocumented duration, ratio or resolution is refused naming what is allowed', () => {
			const outside = Math.max(...doc.durations) + 1;
			expectNames(invalid(() => sentBody(id, { ...base, duration: outside })), 'duration', String(outside), doc.durations);
			const ratio = ['16:9', '9:16', '1:1', '4:3', '3:4', '3:2', '2:3', '21:9', 'adaptive'].find((r) => !doc.aspectRatios.includes(r as never));
			if (ratio) expectNames(invalid(() => sentBody(id, { ...base, aspectRatio: ratio })), 'aspect ratio', ratio, doc.aspectRatios);
			const resolution = ['480p', '720p', '768p', '1080p', '4k'].find((r) => !doc.resolutionsAt(base.duration).includes(r as never));
			if (resolution) {
				expectNames(invalid(() => sentBody(id, { ...base, resolution })), 'resolution', resolution, doc.resolutionsAt(base.duration));
			}
			expect(invalid(() => sentBody(id, { ...base, duration: '5.5' as unknown as number })).field).toBe('duration');
		});

		if (doc.promptMaxLength) {
			test(`the documented ${doc.promptMaxLength}-character prompt limit is enforced`, () => {
				expect(() => sentBody(id, base, { prompt: 'p'.repeat(doc.promptMaxLength!) })).not.toThrow();
				const error = invalid(() => sentBody(id, base, { prompt: 'p'.repeat(doc.promptMaxLength! + 1) }));
				expect(error.field).toBe('prompt');
			});
		} else {
			test('no character limit: the docs give none, or one in tokens', () => {
				expect(() => sentBody(id, base, { prompt: 'p'.repeat(12000) })).not.toThrow();
			});
		}

		if (doc.noWebp && doc.image !== 'none') {
			test('a webp frame is refused (jpg/jpeg/png only)', () => {
				expect(invalid(() => sentBody(id, { ...base, image: 'https://cdn.example/frame.webp' })).message).toContain('jpg, jpeg or png');
			});
		}
	});
}
