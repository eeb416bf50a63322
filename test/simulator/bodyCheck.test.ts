// The simulator's one body checker (dev/simulator/dialects/bodyCheck.js): one test per kind of
// refusal, each with a body that passes next to it, and a sweep over every dialect's model table so a
// table that stops going through the checker (or declares a field of no known kind) fails here.
type Problem = { message: string; param: string } | null;
type Spec = { kind: string; [option: string]: unknown };
type Model = { fields: Record<string, Spec>; rules?: Array<(body: Record<string, unknown>) => Problem>; promptMax?: number };
type Wording = { field: (key: string, what: string) => string; unknown: (key: string, model: string) => string; promptMax: (max: number) => string };

const check = require('../../dev/simulator/dialects/bodyCheck') as {
	int: (values: number[]) => Spec;
	intRange: (min: number, max: number) => Spec;
	str: (values: string[]) => Spec;
	tier: (values: string[]) => Spec;
	bool: Spec;
	text: Spec;
	url: (options?: { dataUrl?: boolean; asset?: boolean }) => Spec;
	urls: (max: number, options?: { dataUrl?: boolean; asset?: boolean }) => Spec;
	array: Spec;
	any: Spec;
	KINDS: string[];
	checkBody: (body: Record<string, unknown>, model: Model, options?: { prompt?: unknown; wording?: Wording }) => Problem;
};
const gccai = require('../../dev/simulator/dialects/gccaiModels') as { MODELS: Record<string, Model>; checkModelBody: (spec: Model, body: object) => Problem };
const evolink = require('../../dev/simulator/dialects/evolinkModels') as { MODELS: Record<string, Model>; checkModelBody: (body: object) => Problem };
const yutoai = require('../../dev/simulator/dialects/yutoaiModels') as { MODELS: Record<string, Model>; checkModelBody: (body: object) => Problem };
const xingchao = require('../../dev/simulator/dialects/xingchaoModels') as {
	FAMILIES: Record<string, { models: Record<string, Model> }>;
	checkFamilyBody: (path: string, body: object) => Problem;
};

const { int, intRange, str, tier, bool, text, url, urls, array, any, checkBody } = check;
const image = 'https://a.example/1.png';
const model: Model = {
	fields: {
		model: text,
		prompt: text,
		duration: int([5, 10]),
		seed: intRange(1, 9),
		ratio: str(['16:9', '9:16']),
		resolution: tier(['720p', '4k']),
		audio: bool,
		first: url(),
		start: url({ dataUrl: true }),
		ref: url({ asset: true }),
		images: urls(2),
		roles: array,
		extra: any,
	},
	rules: [(body) => (body.audio === true && body.duration === 10 ? { message: 'audio needs 5 seconds', param: 'audio' } : null)],
	promptMax: 20,
};
const body = (extra: Record<string, unknown>) => ({ model: 'm', prompt: 'a cat', ...extra });

test.each<[string, Record<string, unknown>, Record<string, unknown>, string, RegExp]>([
	['a key the model does not document', { duration: 5 }, { length: 5 }, 'length', /^length is not a parameter of m$/],
	['an integer sent as a string', { duration: 5 }, { duration: '5' }, 'duration', /must be an integer/],
	['a fractional number for an integer', { duration: 10 }, { duration: 5.5 }, 'duration', /must be an integer/],
	['an integer outside its list', { duration: 10 }, { duration: 8 }, 'duration', /must be one of 5, 10/],
	['an integer under its minimum', { seed: 1 }, { seed: 0 }, 'seed', /must be at least 1/],
	['an integer over its maximum', { seed: 9 }, { seed: 10 }, 'seed', /must be at most 9/],
	['an empty string', { prompt: 'x' }, { prompt: ' ' }, 'prompt', /must be a non-empty string/],
	['a number for a string', { ratio: '16:9' }, { ratio: 16 }, 'ratio', /must be a non-empty string/],
	['a string outside its list', { ratio: '9:16' }, { ratio: '1:1' }, 'ratio', /must be one of 16:9, 9:16/],
	['a caseless value outside its list', { resolution: '4K' }, { resolution: '1080p' }, 'resolution', /must be one of 720p, 4k/],
	['a non-string for a caseless value', { resolution: '720P' }, { resolution: 720 }, 'resolution', /must be one of 720p, 4k/],
	['a boolean sent as text', { audio: true }, { audio: 'true' }, 'audio', /must be true or false/],
	['a URL that is no URL', { first: image }, { first: 'file.png' }, 'first', /must be a URL/],
	['a data URL where only links are taken', { start: 'data:image/png;base64,AAAA' }, { first: 'data:image/png;base64,AAAA' }, 'first', /must be a URL/],
	['an asset id where only links are taken', { ref: 'asset://a1' }, { first: 'asset://a1' }, 'first', /must be a URL/],
	['a single URL where a list is taken', { images: [image] }, { images: image }, 'images', /must be an array/],
	['an empty list of URLs', { images: [image, image] }, { images: [] }, 'images', /must not be empty/],
	['more URLs than documented', { images: [image, image] }, { images: [image, image, image] }, 'images', /takes at most 2 item/],
	['a list holding a non-URL', { images: [image] }, { images: [image, 'nope'] }, 'images', /must hold URLs only/],
	['an object where an array is taken', { roles: [] }, { roles: {} }, 'roles', /must be an array/],
	['a prompt longer than documented', { prompt: 'x'.repeat(20) }, { prompt: 'x'.repeat(21) }, 'prompt', /^prompt is longer than 20 characters$/],
	['a cross-field rule', { audio: true, duration: 5 }, { audio: true, duration: 10 }, 'audio', /^audio needs 5 seconds$/],
])('refuses %s (and passes its valid neighbour)', (_label, valid, invalid, param, message) => {
	expect(checkBody(body(valid), model)).toBeNull();
	const refusal = checkBody(body(invalid), model);
	expect(refusal).toEqual({ message: expect.stringMatching(message), param });
});

test('a field of no known kind is refused, not waved through', () => {
	const typo: Model = { fields: { model: text, prompt: text, duration: { kind: 'integr' } } };
	expect(checkBody(body({ duration: 5 }), typo)).toEqual({ message: expect.stringMatching(/no documented type/), param: 'duration' });
});

test('an `any` field takes any value; a prompt kept outside the body is measured', () => {
	expect(checkBody(body({ extra: { nested: [1] } }), model)).toBeNull();
	expect(checkBody({ model: 'm', content: [] }, { fields: { model: text, content: any }, promptMax: 3 }, { prompt: 'four' })).toMatchObject({ param: 'prompt' });
});

test('the dialect words the refusal; the check stays the same', () => {
	const wording: Wording = { field: (key, what) => `Invalid parameter ${key}: ${what}`, unknown: (key) => `Unknown parameter: ${key}`, promptMax: (max) => `over ${max}` };
	expect(checkBody(body({ duration: 8 }), model, { wording })).toEqual({ message: 'Invalid parameter duration: must be one of 5, 10', param: 'duration' });
	expect(checkBody(body({ length: 1 }), model, { wording })).toEqual({ message: 'Unknown parameter: length', param: 'length' });
	expect(checkBody(body({ prompt: 'x'.repeat(21) }), model, { wording })).toEqual({ message: 'over 20', param: 'prompt' });
});

// Every model of every table: fields of known kinds only, and an undocumented key refused by the
// dialect's own entry point (so no table checks bodies on its own any more).
const tables: Array<[string, Record<string, Model>, (id: string, extra: object) => Problem]> = [
	['gccai', gccai.MODELS, (id, extra) => gccai.checkModelBody(gccai.MODELS[id], { model: id, prompt: 'x', ...extra })],
	['evolink', evolink.MODELS, (id, extra) => evolink.checkModelBody({ model: id, prompt: 'x', ...extra })],
	['yutoai', yutoai.MODELS, (id, extra) => yutoai.checkModelBody({ model: id, prompt: 'x', ...extra })],
	...Object.entries(xingchao.FAMILIES).map(([path, family]): [string, Record<string, Model>, (id: string, extra: object) => Problem] => [
		`xingchao ${path}`,
		family.models,
		(id, extra) => {
			const prompt = 'content' in family.models[id].fields ? { content: [{ type: 'text', text: 'x' }] } : { prompt: 'x' };
			return xingchao.checkFamilyBody(path, { model: id, ...prompt, ...extra });
		},
	]),
];

describe.each(tables)('the %s model table', (_dialect, models, create) => {
	test('declares every field with a kind the checker knows', () => {
		const unknownKinds = Object.entries(models).flatMap(([id, spec]) =>
			Object.entries(spec.fields)
				.filter(([, field]) => !check.KINDS.includes(field.kind))
				.map(([key]) => `${id}.${key}`),
		);
		expect(Object.keys(models).length).toBeGreaterThan(0);
		expect(unknownKinds).toEqual([]);
	});

	test('refuses an undocumented key on every model, naming it', () => {
		const waved = Object.keys(models).filter((id) => create(id, { not_documented: 1 })?.param !== 'not_documented');
		expect(waved).toEqual([]);
	});
});
