import { yutoai } from '../../../nodes/Sora/providers/yutoai';
import { validateCreateInput } from '../../../nodes/Sora/validation/createInput';
import { validateTaskId } from '../../../nodes/Sora/validation/taskId';
import { fixture } from '../fixtures';
import { expectNames, invalid } from '../validation/helpers';
import { comboLabel, createCall, docCombosOf, FIRST, LAST, rawFor } from './successorCases';
import { PROMPT } from './shared';

// video-models.md §2.4: integer duration 5/10, resolution 480p/720p/1080p, `ratio`, seed 0–2147483647,
// images (pro: first frame; lite-i2v: first, first + last; lite-t2v: none), prompt ≤ 800.
const SEEDANCE = ['doubao-seedance-1-0-pro-250528', 'doubao-seedance-1-0-lite-i2v-250428', 'doubao-seedance-1-0-lite-t2v-250428'];
const pro = { model: 'doubao-seedance-1-0-pro-250528', duration: 5, aspectRatio: '16:9', resolution: '480p' } as const;
const liteI2v = { ...pro, model: 'doubao-seedance-1-0-lite-i2v-250428' } as const;
const liteT2v = { ...pro, model: 'doubao-seedance-1-0-lite-t2v-250428' } as const;

describe('yutoai Seedance 1.0 create body', () => {
	const combos = docCombosOf('yutoai', SEEDANCE);
	test('covers 3 models × 2 durations × 7 ratios × 3 tiers', () => expect(combos).toHaveLength(126));

	test.each(combos.map((combo) => [comboLabel(combo), combo] as const))('%s', (_label, combo) => {
		const needsImage = combo.model === liteI2v.model;
		const call = createCall(yutoai, combo, needsImage ? { imageUrl: FIRST } : {});
		expect(call).toMatchObject({ method: 'POST', path: '/v2/videos/generations' });
		expect(call.body).toStrictEqual({
			model: combo.model,
			prompt: PROMPT,
			duration: combo.duration,
			resolution: combo.resolution,
			ratio: combo.aspectRatio,
			...(needsImage ? { images: [FIRST] } : {}),
		});
	});

	test('§8 example reproduced: pro, 10 s, 9:16, 720p (no audio-capable model in the enum)', () => {
		const call = createCall(yutoai, { ...pro, duration: 10, aspectRatio: '9:16', resolution: '720p' }, { prompt: '…' });
		expect(call.body).toStrictEqual({ model: 'doubao-seedance-1-0-pro-250528', prompt: '…', duration: 10, ratio: '9:16', resolution: '720p' });
	});

	test('seed as an integer; the lowest and highest documented values', () => {
		expect(createCall(yutoai, pro, { seed: 0 }).body.seed).toBe(0);
		expect(createCall(yutoai, pro, { seed: 2147483647 }).body.seed).toBe(2147483647);
		// -1 is the editor's "let the provider pick": nothing is sent.
		expect(createCall(yutoai, pro, { seed: -1 }).body).not.toHaveProperty('seed');
	});

	test('pro takes a first frame; lite-i2v a first + last frame, in that order', () => {
		expect(createCall(yutoai, pro, { imageUrl: FIRST }).body.images).toEqual([FIRST]);
		expect(createCall(yutoai, liteI2v, { imageUrl: FIRST, lastFrameUrl: LAST }).body.images).toEqual([FIRST, LAST]);
	});
});

describe('yutoai Seedance 1.0 refusals (before any request)', () => {
	const check = (combo: Parameters<typeof rawFor>[0], overrides: Parameters<typeof rawFor>[1] = {}) =>
		invalid(() => validateCreateInput(yutoai, rawFor(combo, overrides)));

	test('durations, ratios and tiers outside the docs', () => {
		expectNames(check({ ...pro, duration: 15 }), 'duration', '15', [5, 10]);
		expectNames(check({ ...pro, aspectRatio: '3:2' }), 'aspect ratio', '"3:2"', ['16:9', '21:9', '4:3', '1:1', '3:4', '9:16', 'adaptive']);
		expectNames(check({ ...pro, resolution: '4k' }), 'resolution', '"4k"', ['480p', '720p', '1080p']);
	});
	test('seed above 2147483647, a prompt over 800 characters', () => {
		expect(check(pro, { seed: 2147483648 }).message).toContain('0 to 2147483647');
		expect(check(pro, { prompt: 'x'.repeat(801) }).message).toContain('800');
	});
	test('lite-t2v takes no image; lite-i2v needs one; pro takes no last frame', () => {
		expect(check(liteT2v, { imageUrl: FIRST }).field).toBe('reference image URL');
		expect(check(liteI2v).message).toMatch(/needs a start image/);
		expect(check(pro, { imageUrl: FIRST, lastFrameUrl: LAST }).field).toBe('last frame image URL');
	});
	test('no negative prompt or audio switch', () => {
		expect(check(pro, { negativePrompt: 'blur' }).field).toBe('negative prompt');
		expect(check(pro, { generateAudio: true }).field).toBe('generate audio');
	});
});

describe('yutoai Seedance status (documented example)', () => {
	test('cgt- ids; data.output plus string facts; token usage is not a cost', () => {
		const taskId = yutoai.parseCreateResponse(fixture('yutoai', 'doubao-seedance-1-0-pro-250528-create'));
		expect(validateTaskId(yutoai, taskId)).toBe('cgt-20250831141439-sqmgf');
		const body = fixture('yutoai', 'doubao-seedance-1-0-pro-250528-status-success');
		const task = yutoai.parseStatusResponse(body, { taskId, baseUrl: 'https://yutoai.example' });
		expect(task).toMatchObject({ taskId, status: 'completed', progress: 100, videoUrl: 'https://filesystem.site/cdn/20250831/seedance-sqmgf.mp4' });
		expect(yutoai.readCost?.(body)).toBeNull();
	});
});
