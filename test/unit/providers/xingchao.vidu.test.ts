import { xingchao } from '../../../nodes/Sora/providers/xingchao';
import { validateCreateInput } from '../../../nodes/Sora/validation/createInput';
import { expectNames, invalid } from '../validation/helpers';
import { createCall, docCombosOf, eachComboCall, FIRST, LAST, rawFor } from './successorCases';
import { PROMPT } from './shared';

// video-models.md §4.7: POST /v1/vidu/videos; duration 1–16; aspect_ratio 16:9/9:16/1:1/4:3/3:4;
// resolution 540p/720p/1080p; first_image (+ last_image).
const VIDU = ['viduq3-pro', 'viduq3-turbo'];
const pro = { model: 'viduq3-pro', duration: 5, aspectRatio: '16:9', resolution: '720p' } as const;

describe('xingchao Vidu create body', () => {
	const combos = docCombosOf('xingchao', VIDU);
	test('covers 2 models × 16 durations × 5 ratios × 3 tiers', () => expect(combos).toHaveLength(480));

	eachComboCall(xingchao, combos, '/v1/vidu/videos', (body, combo) => {
		expect(body).toStrictEqual({
			model: combo.model,
			prompt: PROMPT,
			duration: combo.duration,
			aspect_ratio: combo.aspectRatio,
			resolution: combo.resolution,
		});
	});

	test('first + last frame', () => {
		expect(createCall(xingchao, pro, { imageUrl: FIRST, lastFrameUrl: LAST }).body).toMatchObject({ first_image: FIRST, last_image: LAST });
		expect(createCall(xingchao, pro, { imageUrl: FIRST }).body).not.toHaveProperty('last_image');
	});
});

describe('xingchao Vidu refusals (before any request)', () => {
	const check = (overrides: Parameters<typeof rawFor>[1]) => invalid(() => validateCreateInput(xingchao, rawFor(pro, overrides)));
	test('17 s, 4K, 21:9 and audio are not offered', () => {
		expect(check({ duration: 17 }).field).toBe('duration');
		expectNames(check({ resolution: '4k' }), 'resolution', '"4k"', ['720p', '540p', '1080p']);
		expect(check({ aspectRatio: '21:9' }).field).toBe('aspect ratio');
		expect(check({ generateAudio: true }).field).toBe('generate audio');
	});
});
