import { yutoai } from '../../../nodes/Sora/providers/yutoai';
import { validateCreateInput } from '../../../nodes/Sora/validation/createInput';
import { validateTaskId } from '../../../nodes/Sora/validation/taskId';
import { fixture } from '../fixtures';
import { expectNames, invalid } from '../validation/helpers';
import { comboLabel, createCall, docCombosOf, FIRST, LAST, modelOf, rawFor } from './successorCases';
import { PROMPT } from './shared';

// video-models.md §2.3: POST /v2/videos/generations; enable_upsample (true = 1080p); aspect_ratio;
// images = [first, last]; no duration, seed, negative prompt or audio field.
const VEO = ['veo3.1', 'veo3.1-pro', 'veo3.1-components'];
const base = { model: 'veo3.1', duration: 8, aspectRatio: '16:9', resolution: '720p' } as const;

describe('yutoai Veo 3.1 catalog', () => {
	test('three Veo 3.1 ids lead the dropdown (newest first), family-led names', () => {
		expect(yutoai.models.slice(0, 3).map((model) => [model.id, model.displayName, model.family])).toEqual([
			['veo3.1', 'Veo 3.1', 'veo'],
			['veo3.1-pro', 'Veo 3.1 Pro', 'veo'],
			['veo3.1-components', 'Veo 3.1 Components', 'veo'],
		]);
	});
	test('the inferred 8 s and the 720p-without-upscale are said in the evidence note', () => {
		for (const id of VEO) expect(modelOf(yutoai, id).evidence?.note).toMatch(/8 s inferred.*720p.*inferred/);
	});
});

describe('yutoai Veo 3.1 create body', () => {
	const combos = docCombosOf('yutoai', VEO);
	test('covers 3 models × 2 ratios × 2 tiers', () => expect(combos).toHaveLength(12));

	test.each(combos.map((combo) => [comboLabel(combo), combo] as const))('%s', (_label, combo) => {
		const overrides = combo.model === 'veo3.1-components' ? { imageUrl: FIRST } : {};
		const call = createCall(yutoai, combo, overrides);
		expect(call).toMatchObject({ method: 'POST', path: '/v2/videos/generations' });
		expect(call.body).toEqual({
			model: combo.model,
			prompt: PROMPT,
			aspect_ratio: combo.aspectRatio,
			enable_upsample: combo.resolution === '1080p',
			...(combo.model === 'veo3.1-components' ? { images: [FIRST] } : {}),
		});
	});

	// The example's "https://…" placeholders made concrete (a URL needs a host).
	test('§8 example reproduced: veo3.1, first + last frame, 16:9, upscaled', () => {
		const call = createCall(yutoai, { ...base, resolution: '1080p' }, { prompt: '…', imageUrl: FIRST, lastFrameUrl: LAST });
		expect(call.path).toBe('/v2/videos/generations');
		expect(call.body).toStrictEqual({ model: 'veo3.1', prompt: '…', aspect_ratio: '16:9', enable_upsample: true, images: [FIRST, LAST] });
	});

	test('veo3.1-pro takes a first frame alone, and base64 (a data URL)', () => {
		expect(createCall(yutoai, { ...base, model: 'veo3.1-pro' }, { imageUrl: FIRST }).body.images).toEqual([FIRST]);
		const dataUrl = 'data:image/png;base64,iVBORw0KGgo=';
		expect(createCall(yutoai, base, { imageUrl: dataUrl, lastFrameUrl: LAST }).body.images).toEqual([dataUrl, LAST]);
	});
});

describe('yutoai Veo 3.1 refusals (before any request)', () => {
	const check = (overrides: Parameters<typeof rawFor>[1], model = 'veo3.1') => invalid(() => validateCreateInput(yutoai, rawFor({ ...base, model }, overrides)));

	test('no other duration, tier or ratio', () => {
		expectNames(check({ duration: 10 }), 'duration', '10', [8]);
		expectNames(check({ resolution: '4k' }), 'resolution', '"4k"', ['720p', '1080p']);
		expectNames(check({ aspectRatio: '1:1' }), 'aspect ratio', '"1:1"', ['16:9', '9:16']);
	});
	test('no seed, negative prompt or audio switch', () => {
		expect(check({ seed: 7 }).field).toBe('seed');
		expect(check({ negativePrompt: 'blur' }).field).toBe('negative prompt');
		expect(check({ generateAudio: true }).field).toBe('generate audio');
	});
	test('components needs a reference image and takes no last frame', () => {
		expect(check({}, 'veo3.1-components').message).toMatch(/needs a reference image/);
		expect(check({ imageUrl: FIRST, lastFrameUrl: LAST }, 'veo3.1-components').field).toBe('last frame image URL');
	});
	test('row 2: components takes 1–3 images in `images`, the Reference Image URL first; a fourth is refused', () => {
		const more = ['https://cdn.example/b.png', 'https://cdn.example/c.png'];
		const combo = { model: 'veo3.1-components', duration: 8, aspectRatio: '16:9', resolution: '720p' } as const;
		expect(createCall(yutoai, combo, { imageUrl: FIRST, references: { images: more } }).body).toStrictEqual({
			model: 'veo3.1-components',
			prompt: PROMPT,
			enable_upsample: false,
			aspect_ratio: '16:9',
			images: [FIRST, ...more],
		});
		expect(createCall(yutoai, combo, { references: { images: more } }).body.images).toEqual(more);
		expect(check({ imageUrl: FIRST, references: { images: [...more, LAST] } }, 'veo3.1-components').message).toMatch(/at most 3 images; 4 given/);
	});
	test('a last frame needs a first frame', () => {
		expect(check({ lastFrameUrl: LAST }).field).toBe('last frame image URL');
	});
});

describe('yutoai Veo task ids carry a colon', () => {
	test('the documented create answer and status body', () => {
		const taskId = yutoai.parseCreateResponse(fixture('yutoai', 'veo3.1-create'));
		expect(taskId).toBe('veo3:1756693796-YQVHH4A3Lg');
		expect(validateTaskId(yutoai, taskId)).toBe(taskId);
		expect(yutoai.buildStatusRequest(taskId).path).toBe('/v2/videos/generations/veo3%3A1756693796-YQVHH4A3Lg');
		const task = yutoai.parseStatusResponse(fixture('yutoai', 'veo3.1-status-success'), { taskId, baseUrl: 'https://yutoai.example' });
		expect(task).toMatchObject({ taskId, status: 'completed', videoUrl: 'https://filesystem.site/cdn/20250901/018eg2SgUpHMT6EEuQbfeRLWeUhE75.mp4' });
	});
});
