import { yutoai } from '../../../nodes/Sora/providers/yutoai';
import { validateCreateInput } from '../../../nodes/Sora/validation/createInput';
import { fixture } from '../fixtures';
import { expectNames, invalid } from '../validation/helpers';
import { createCall, docCombosOf, eachComboCall, FIRST, LAST, modelOf, rawFor } from './successorCases';
import { PROMPT } from './shared';

// video-models.md §2.5: I2V takes exactly one image and an upper-case `resolution`; T2V takes a pixel
// `size` (default 1920x1080 documented); integer duration; negative_prompt, seed; wan2.5 `audio`.
const IMAGE_TO_VIDEO = ['wan2.5-i2v-preview', 'wan2.2-i2v-plus', 'wan2.2-i2v-flash'];
const i2v = { model: 'wan2.2-i2v-plus', duration: 5, aspectRatio: 'adaptive', resolution: '1080p' } as const;
const t2v = { model: 'wan2.2-t2v-plus', duration: 5, aspectRatio: '16:9', resolution: '1080p' } as const;
const preview = { model: 'wan2.5-i2v-preview', duration: 10, aspectRatio: 'adaptive', resolution: '720p' } as const;
const upper: Record<string, string> = { '480p': '480P', '720p': '720P', '1080p': '1080P' };

describe('yutoai Wan create body', () => {
	const combos = docCombosOf('yutoai', IMAGE_TO_VIDEO);
	test('covers wan2.5 2×3 + 2.2 plus 2 + 2.2 flash 2 image-to-video combinations', () => expect(combos).toHaveLength(10));

	eachComboCall(yutoai, combos, '/v2/videos/generations', (body, combo) => {
		expect(body).toStrictEqual({
			model: combo.model,
			prompt: PROMPT,
			duration: combo.duration,
			resolution: upper[combo.resolution],
			images: [FIRST],
			// wan2.5 generates audio unless switched off (default true).
			...(combo.model === 'wan2.5-i2v-preview' ? { audio: true } : {}),
		});
	}, () => ({ imageUrl: FIRST }));

	test('wan2.2-t2v-plus: the documented size, no ratio, no image', () => {
		expect(createCall(yutoai, t2v).body).toStrictEqual({ model: 'wan2.2-t2v-plus', prompt: PROMPT, duration: 5, size: '1920x1080' });
	});

	test('negative prompt and seed land in their own keys', () => {
		const body = createCall(yutoai, i2v, { imageUrl: FIRST, negativePrompt: 'text, watermark', seed: 42 }).body;
		expect(body).toMatchObject({ negative_prompt: 'text, watermark', seed: 42 });
		expect(createCall(yutoai, t2v, { negativePrompt: 'blur' }).body.negative_prompt).toBe('blur');
	});

	test('wan2.5 audio off is sent as false', () => {
		expect(createCall(yutoai, preview, { imageUrl: FIRST, generateAudio: false }).body.audio).toBe(false);
	});

	test('the page types audio as a string: said in the evidence note', () => {
		expect(modelOf(yutoai, 'wan2.5-i2v-preview').evidence?.note).toMatch(/audio as a string/);
	});
});

describe('yutoai Wan refusals (before any request)', () => {
	const check = (combo: Parameters<typeof rawFor>[0], overrides: Parameters<typeof rawFor>[1] = {}) =>
		invalid(() => validateCreateInput(yutoai, rawFor(combo, overrides)));

	test('image to video needs exactly one image; no last frame', () => {
		for (const model of IMAGE_TO_VIDEO) expect(check({ ...i2v, model, resolution: '480p' }).message).toMatch(/image/);
		expect(check(i2v, { imageUrl: FIRST, lastFrameUrl: LAST }).field).toBe('last frame image URL');
	});
	test('text to video takes no image', () => {
		expect(check(t2v, { imageUrl: FIRST }).field).toBe('reference image URL');
	});
	test('per-model tiers and durations', () => {
		expectNames(check({ ...i2v, resolution: '720p' }, { imageUrl: FIRST }), 'resolution', '"720p"', ['1080p', '480p']);
		expectNames(check({ ...i2v, model: 'wan2.2-i2v-flash' }, { imageUrl: FIRST }), 'resolution', '"1080p"', ['720p', '480p']);
		expectNames(check({ ...i2v, duration: 10 }, { imageUrl: FIRST }), 'duration', '10', [5]);
		expectNames(check({ ...i2v, aspectRatio: '16:9' }, { imageUrl: FIRST }), 'aspect ratio', '"16:9"', ['adaptive']);
	});
	test('only wan2.5 has an audio switch', () => {
		expect(check(i2v, { imageUrl: FIRST, generateAudio: true }).field).toBe('generate audio');
	});
	test('a prompt over 800 characters', () => {
		expect(check(t2v, { prompt: 'y'.repeat(801) }).message).toContain('801');
	});
});

describe('yutoai Wan create answer', () => {
	test('a plain uuid task id', () => {
		expect(yutoai.parseCreateResponse(fixture('yutoai', 'wan2.5-i2v-preview-create'))).toBe('5b0c2f3e-8a1d-4c6e-9f2a-7d3b1e0c4a58');
	});
});
