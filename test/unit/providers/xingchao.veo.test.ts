import { referenceProperties } from '../../../nodes/Sora/description/referenceProperties';
import { xingchao } from '../../../nodes/Sora/providers/xingchao';
import { validateCreateInput } from '../../../nodes/Sora/validation/createInput';
import { xingchaoDocPathFor } from '../docCatalog.xingchao';
import { fixture } from '../fixtures';
import { expectNames, invalid } from '../validation/helpers';
import { comboLabel, createCall, docCombosOf, FIRST, LAST, rawFor } from './successorCases';
import { PROMPT } from './shared';

// video-models.md §4.3: POST /v1/veo/videos; resolution 720p/1080p/4K (4K fast/pro only); aspect_ratio
// 16:9/9:16; first_image / last_image strings; no duration (fixed 8 s), audio, seed or negative prompt.
const VEO = ['veo_3_1_fast', 'veo_3_1_pro', 'veo_3_1_pro_stable', 'veo_3_1_fast_stable'];
const fast = { model: 'veo_3_1_fast', duration: 8, aspectRatio: '16:9', resolution: '1080p' } as const;

describe('xingchao Veo 3.1 create body', () => {
	const combos = docCombosOf('xingchao', VEO);
	test('covers (3 + 3 + 2 + 2) tiers × 2 ratios', () => expect(combos).toHaveLength(20));

	test.each(combos.map((combo) => [comboLabel(combo), combo] as const))('%s', (_label, combo) => {
		const call = createCall(xingchao, combo);
		expect(call).toMatchObject({ method: 'POST', path: xingchaoDocPathFor(combo.model) });
		expect(call.path).toBe('/v1/veo/videos');
		expect(call.body).toStrictEqual({
			model: combo.model,
			prompt: PROMPT,
			aspect_ratio: combo.aspectRatio,
			resolution: combo.resolution === '4k' ? '4K' : combo.resolution,
		});
	});

	test('§8 example reproduced: veo_3_1_fast, first + last frame, 16:9, 1080p', () => {
		const call = createCall(xingchao, fast, { prompt: '…', imageUrl: FIRST, lastFrameUrl: LAST });
		expect(call.path).toBe('/v1/veo/videos');
		expect(call.body).toStrictEqual({ model: 'veo_3_1_fast', prompt: '…', aspect_ratio: '16:9', resolution: '1080p', first_image: FIRST, last_image: LAST });
	});

	test('a first frame alone is first_image (a string), never image_urls', () => {
		const body = createCall(xingchao, { ...fast, model: 'veo_3_1_fast_stable' }, { imageUrl: FIRST }).body;
		expect(body.first_image).toBe(FIRST);
		expect(body).not.toHaveProperty('image_urls');
		expect(body).not.toHaveProperty('input_reference');
	});
});

describe('xingchao Veo 3.1 refusals (before any request)', () => {
	const check = (combo: Parameters<typeof rawFor>[0], overrides: Parameters<typeof rawFor>[1] = {}) =>
		invalid(() => validateCreateInput(xingchao, rawFor(combo, overrides)));
	test('4K only on fast and pro; 8 s only; 16:9 / 9:16 only', () => {
		expectNames(check({ ...fast, model: 'veo_3_1_pro_stable', resolution: '4k' }), 'resolution', '"4k"', ['720p', '1080p']);
		expectNames(check({ ...fast, duration: 4 }), 'duration', '4', [8]);
		expectNames(check({ ...fast, aspectRatio: '1:1' }), 'aspect ratio', '"1:1"', ['16:9', '9:16']);
	});
	test('no audio, seed, negative prompt; no data URLs', () => {
		expect(check(fast, { generateAudio: true }).field).toBe('generate audio');
		expect(check(fast, { seed: 5 }).field).toBe('seed');
		expect(check(fast, { negativePrompt: 'x' }).field).toBe('negative prompt');
		expect(check(fast, { imageUrl: 'data:image/png;base64,iVBORw0KGgo=' }).field).toBe('reference image URL');
	});
});

// Row 4 of video-modes-and-callbacks.md §2: docs.globalaiopc.com/en/api-reference/video/veo/veo-create and
// docs.xingchaoyiqing.com veo-create (late 2026): `input_reference` (or `image_urls`, one of the two) ≤ 3 on
// veo_3_1_fast, veo_3_1_pro, veo_3_1_pro_stable; veo_3_1_fast_stable is first/last frame only; never with
// first_image/last_image; no duration field (8 s).
describe('row 4: xingchao Veo 3.1 reference images', () => {
	const REF = (n: number) => `https://cdn.example/ref-${n}.png`;
	const REFERENCE_MODELS = ['veo_3_1_fast', 'veo_3_1_pro', 'veo_3_1_pro_stable'];
	const check = (combo: Parameters<typeof rawFor>[0], overrides: Parameters<typeof rawFor>[1] = {}) =>
		invalid(() => validateCreateInput(xingchao, rawFor(combo, overrides)));

	test.each(REFERENCE_MODELS)('%s: 1–3 images in input_reference (never image_urls), key for key as the page example', (model) => {
		const call = createCall(xingchao, { ...fast, model }, { references: { images: [REF(1), REF(2), REF(3)] } });
		expect(call).toMatchObject({ method: 'POST', path: '/v1/veo/videos' });
		expect(call.body).toStrictEqual({
			model,
			prompt: PROMPT,
			aspect_ratio: '16:9',
			resolution: '1080p',
			input_reference: [REF(1), REF(2), REF(3)],
		});
		expect(createCall(xingchao, { ...fast, model, aspectRatio: '9:16', resolution: '720p' }, { references: { images: REF(1) } }).body).toStrictEqual({
			model,
			prompt: PROMPT,
			aspect_ratio: '9:16',
			resolution: '720p',
			input_reference: [REF(1)],
		});
	});

	test('the page example reproduced: veo_3_1_fast, 16:9, 1080p, two reference images', () => {
		const images = ['https://example.com/reference1.jpg', 'https://example.com/reference2.jpg'];
		const body = createCall(xingchao, fast, { prompt: 'A cat dancing in the rain, cinematic style', references: { images: images.join('\n') } }).body;
		expect(body).toStrictEqual({ model: 'veo_3_1_fast', prompt: 'A cat dancing in the rain, cinematic style', aspect_ratio: '16:9', resolution: '1080p', input_reference: images });
	});

	test('4K with references on fast and pro', () => {
		expect(createCall(xingchao, { ...fast, model: 'veo_3_1_pro', resolution: '4k' }, { references: { images: REF(1) } }).body).toMatchObject({ resolution: '4K', input_reference: [REF(1)] });
	});

	test('a fourth image is refused', () => {
		for (const model of REFERENCE_MODELS) {
			expect(check({ ...fast, model }, { references: { images: [1, 2, 3, 4].map(REF) } }).message).toMatch(/at most 3 images; 4 given/);
		}
	});
	test('references with a first frame, or with a first + last frame, are refused', () => {
		expect(check(fast, { imageUrl: FIRST, references: { images: REF(1) } }).message).toMatch(/either a start \(and last\) frame or references, not both/);
		expect(check({ ...fast, model: 'veo_3_1_pro_stable' }, { imageUrl: FIRST, lastFrameUrl: LAST, references: { images: REF(1) } }).message).toMatch(/not both/);
	});
	test('veo_3_1_fast_stable takes no reference images', () => {
		const error = check({ ...fast, model: 'veo_3_1_fast_stable' }, { references: { images: REF(1) } });
		expect(error.field).toBe('reference image URLs');
		expect(error.message).toMatch(/"veo_3_1_fast_stable" takes no reference images/);
	});
	test('a reference that is no http(s) URL (a data: URL, a bare name) is refused', () => {
		expect(check(fast, { references: { images: 'data:image/png;base64,iVBORw0KGgo=' } }).message).toMatch(/takes no data: URLs/);
		expect(check(fast, { references: { images: 'ref.png' } }).message).toMatch(/not a valid URL/);
	});

	test('the editor field is generated for the three models only, with the count, the rule and the prompt convention', () => {
		const fields = referenceProperties(xingchao).filter((property) => property.name === 'referenceImageUrls' && (property.displayOptions?.show?.model as string[]).includes('veo_3_1_fast'));
		expect(fields).toHaveLength(1);
		expect(fields[0].displayOptions?.show?.model).toEqual(expect.arrayContaining(REFERENCE_MODELS));
		expect(fields[0].displayOptions?.show?.model).not.toContain('veo_3_1_fast_stable');
		expect(fields[0].description).toMatch(/^Up to 3 images, one URL per line/);
		expect(fields[0].description).toContain('not together with a start or last frame');
		expect(fields[0].description).toContain('no tags documented');
	});
});

describe('xingchao Veo answers', () => {
	test('vgen_ task id; the shared status path; video_url', () => {
		const taskId = xingchao.parseCreateResponse(fixture('xingchao', 'veo_3_1_fast-create'));
		expect(taskId).toBe('vgen_8f2c1a9e4b7d3f60');
		expect(xingchao.buildStatusRequest(taskId)).toEqual({ method: 'GET', path: '/v1/result/vgen_8f2c1a9e4b7d3f60' });
		const body = fixture('xingchao', 'veo_3_1_fast-status-completed');
		expect(xingchao.parseStatusResponse(body, { taskId, baseUrl: '' })).toMatchObject({
			status: 'completed',
			videoUrl: 'https://cdn.example.com/vgen_8f2c1a9e4b7d3f60.mp4',
		});
		expect(xingchao.readCost?.(body)).toBeNull();
	});
});
