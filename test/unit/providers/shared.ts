import { fixture } from '../fixtures';
import { durationsFor, findModel, resolutionsFor } from '../../../nodes/Sora/catalog/lookup';
import { ProviderResponseError } from '../../../nodes/Sora/providers/responseError';
import type { AspectRatio, CreateInput, NormalizedTask, ProviderSpec, Resolution } from '../../../nodes/Sora/providers/types';
import { type Combo, docCatalog, docCombos } from '../docCatalog';

export const PROMPT = 'A paper boat drifting down a rainy street, "cinematic" — 雨の街';

/** Every model × duration × aspect × resolution the node's catalog allows (in the newest node version). */
export function catalogCombos(provider: ProviderSpec): Combo[] {
	const combos: Combo[] = [];
	for (const model of provider.models) {
		for (const duration of durationsFor(model)) {
			for (const aspectRatio of model.aspectRatios) {
				for (const resolution of resolutionsFor(model, duration)) combos.push({ model: model.id, duration, aspectRatio, resolution });
			}
		}
	}
	return combos;
}

export function comboName(combo: Combo): string {
	return `${combo.model} ${combo.duration}s ${combo.aspectRatio} ${combo.resolution}`;
}

export function inputFor(provider: ProviderSpec, combo: Combo, overrides: Partial<CreateInput> = {}): CreateInput {
	const model = findModel(provider, combo.model);
	if (!model) throw new Error(`test setup: ${provider.id} has no model ${combo.model}`);
	return {
		model,
		prompt: PROMPT,
		duration: combo.duration,
		aspectRatio: combo.aspectRatio as AspectRatio,
		resolution: combo.resolution as Resolution,
		extras: {},
		...overrides,
	};
}

export function bodyOf(provider: ProviderSpec, combo: Combo, overrides: Partial<CreateInput> = {}): Record<string, unknown> {
	const call = provider.buildCreateRequest(inputFor(provider, combo, overrides));
	if (!call.body) throw new Error('create request without a body');
	return call.body as Record<string, unknown>;
}

/** The catalog offers exactly what providers.md documents: same models, same combinations, same defaults. */
export function expectCatalogMatchesDocs(provider: ProviderSpec): void {
	const documented = docCatalog[provider.id];
	expect(provider.models.map((model) => model.id).sort()).toEqual(Object.keys(documented).sort());
	expect(catalogCombos(provider).map(comboName).sort()).toEqual(docCombos(provider.id).map(comboName).sort());
	for (const model of provider.models) {
		const doc = documented[model.id];
		expect({ model: model.id, durations: durationsFor(model) }).toEqual({ model: model.id, durations: doc.durations });
		expect(model.aspectRatios).toEqual(doc.aspectRatios);
		if (doc.defaultDuration !== undefined) expect({ model: model.id, default: model.defaultDuration }).toEqual({ model: model.id, default: doc.defaultDuration });
		expect(model.durations).toContain(model.defaultDuration);
		expect({ model: model.id, promptMaxLength: model.promptMaxLength }).toEqual({ model: model.id, promptMaxLength: doc.promptMaxLength });
	}
}

/** Calls `parse` and returns the ProviderResponseError it must throw. */
export function responseError(parse: () => unknown): ProviderResponseError {
	try {
		parse();
	} catch (error) {
		expect(error).toBeInstanceOf(ProviderResponseError);
		return error as ProviderResponseError;
	}
	throw new Error('expected a ProviderResponseError, but the body was accepted');
}

export const unusableBodies: Array<[string, unknown]> = [
	['an HTML error page', '<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>'],
	['plain text', 'Internal Server Error'],
	['an empty string', ''],
	['null', null],
	['a number', 42],
	['a JSON array', [{ status: 'completed' }]],
	['an empty object', {}],
	['an error envelope', { error: { message: 'Invalid API key', type: 'authentication_error', code: 401 } }],
];

/** A readable sentence: names the response, says what is wrong, never leaks "undefined" or "[object Object]". */
export function expectReadable(error: ProviderResponseError, what: 'create' | 'status', body: unknown): void {
	expect(error.message).toMatch(new RegExp(`^The ${what} response (was not JSON|is not in the expected shape|has no)`));
	expect(error.message).not.toMatch(/undefined|\[object Object\]/);
	expect(error.body).toBe(body);
}

/** HTML, plain text and wrong-shape JSON never slip through as a task: both parsers throw a readable error. */
export function describeUnusableBodies(provider: ProviderSpec, ctx: { taskId: string; baseUrl: string }): void {
	describe('unusable bodies', () => {
		test.each(unusableBodies)('status: %s → ProviderResponseError', (_label, body) => {
			expectReadable(
				responseError(() => provider.parseStatusResponse(body, ctx)),
				'status',
				body,
			);
		});
		test.each(unusableBodies)('create: %s → ProviderResponseError', (_label, body) => {
			expectReadable(
				responseError(() => provider.parseCreateResponse(body)),
				'create',
				body,
			);
		});
		test('a non-JSON body is reported as such', () => {
			const html = unusableBodies[0][1];
			expect(responseError(() => provider.parseStatusResponse(html, ctx)).message).toBe('The status response was not JSON');
			expect(responseError(() => provider.parseCreateResponse(html)).message).toBe('The create response was not JSON');
		});
	});
}

export const TASK_KEYS = ['error', 'expiresAt', 'progress', 'provider', 'providerStatus', 'raw', 'status', 'taskId', 'thumbnailUrl', 'videoUrl'];

/** The normalized task equals `expected` field by field, `raw` is the very body, and nothing else is there. */
export function expectTask(task: NormalizedTask, body: unknown, expected: Omit<NormalizedTask, 'raw'>): void {
	expect(Object.keys(task).sort()).toEqual(TASK_KEYS);
	expect(task.raw).toBe(body);
	const { raw: _raw, ...rest } = task;
	void _raw;
	expect(rest).toEqual(expected);
}

/** Create answers whose top-level `id` is missing, empty or blank (`base` is the answer without its id). */
export function idlessAnswers(base: Record<string, unknown>): Array<[label: string, body: unknown]> {
	return [
		['no id', base],
		['empty id', { ...base, id: '' }],
		['blank id', { ...base, id: '   ' }],
	];
}

export type StatusContext = { taskId: string; baseUrl: string };
/** What a status fixture must parse to: the fields that are not null (`provider` is the provider's id). */
export type ExpectedTask = Partial<Omit<NormalizedTask, 'raw' | 'provider'>> & Pick<NormalizedTask, 'taskId' | 'status'>;
export type StatusCase = [label: string, fixtureName: string, expected: ExpectedTask];

const NULL_TASK = { providerStatus: null, progress: null, videoUrl: null, thumbnailUrl: null, expiresAt: null, error: null };

/**
 * The scaffold every `<provider>.test.ts` shares: the provider's documented bodies (fixtures under
 * test/unit/fixtures/<fixtureDir>/) parsed with one status context, and the tables that check them.
 * Adding a status or create-answer fixture is one row in the provider's table.
 */
export function providerTests(provider: ProviderSpec, fixtureDir: string, ctx: StatusContext) {
	const fixtureOf = (name: string) => fixture(fixtureDir, name);
	return {
		ctx,
		fixture: fixtureOf,
		/** One documented status body and the task parsed from it. */
		status(name: string) {
			const body = fixtureOf(name);
			return { body, task: provider.parseStatusResponse(body, ctx) };
		},
		/** Each status fixture parses to exactly `expected` (every field not named is null) and keeps the body as `raw`. */
		statusFixtures(cases: StatusCase[]) {
			test.each(cases)('%s', (_label, name, expected) => {
				const body = fixtureOf(name);
				expectTask(provider.parseStatusResponse(body, ctx), body, { ...NULL_TASK, provider: provider.id, ...expected });
			});
		},
		/** Each create answer without a usable task id is refused with a readable ProviderResponseError. */
		createRefusals(cases: Array<[label: string, body: unknown]>) {
			test.each(cases)('%s → readable ProviderResponseError', (_label, body) => {
				expectReadable(
					responseError(() => provider.parseCreateResponse(body)),
					'create',
					body,
				);
			});
		},
		/**
		 * `combos` (checked to number `count`), one test each: the create request is a POST to `path`
		 * whose body passes `check`.
		 */
		createBodies(combos: Combo[], countLabel: string, count: number, path: string, check: (body: Record<string, unknown>, combo: Combo) => void) {
			test(countLabel, () => {
				expect(combos).toHaveLength(count);
			});
			test.each(combos.map((combo) => [comboName(combo), combo] as const))('%s', (_name, combo) => {
				const call = provider.buildCreateRequest(inputFor(provider, combo));
				expect(call).toMatchObject({ method: 'POST', path });
				check(call.body as Record<string, unknown>, combo);
			});
		},
		unusableBodies: () => describeUnusableBodies(provider, ctx),
	};
}
