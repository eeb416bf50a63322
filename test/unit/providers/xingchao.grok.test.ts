import { xingchao } from '../../../nodes/Sora/providers/xingchao';
import { validateCreateInput } from '../../../nodes/Sora/validation/createInput';
import { fixture } from '../fixtures';
import { expectNames, invalid } from '../validation/helpers';
import { createCall, docCombosOf, eachComboCall, FIRST, LAST, rawFor } from './successorCases';
import { PROMPT } from './shared';

// video-models.md §4.6 and the current grok-create page: POST /v1/grok/videos; integer duration,
// aspect_ratio, resolution 480p/720p, image_urls; grok_video3_pro: fixed 10 s / 720p, neither sent.
const GROK = ['grok_video3', 'grok_video3_pro', 'grok_video3_max', 'grok_video3_stable'];
const grok = { model: 'grok_video3', duration: 10, aspectRatio: '16:9', resolution: '720p' } as const;

describe('xingchao Grok create body', () => {
	const combos = docCombosOf('xingchao', GROK);
	test('covers 25×5×2 + 1 + 6×3×2 + 2×5×2 combinations', () => expect(combos).toHaveLength(250 + 1 + 36 + 20));

	eachComboCall(xingchao, combos, '/v1/grok/videos', (body, combo) => {
		const expected: Record<string, unknown> = { model: combo.model, prompt: PROMPT, aspect_ratio: combo.aspectRatio };
		if (combo.model !== 'grok_video3_pro') Object.assign(expected, { duration: combo.duration, resolution: combo.resolution });
		expect(body).toStrictEqual(expected);
	});

	test('§8 example reproduced: grok_video3, image to video, 10 s, 720p, 16:9', () => {
		expect(createCall(xingchao, grok, { prompt: '…', imageUrl: FIRST }).body).toStrictEqual({
			model: 'grok_video3',
			prompt: '…',
			duration: 10,
			aspect_ratio: '16:9',
			resolution: '720p',
			image_urls: [FIRST],
		});
	});

	test('the doc example for grok_video3_pro: model, prompt, aspect_ratio only', () => {
		expect(createCall(xingchao, { ...grok, model: 'grok_video3_pro' }).body).toStrictEqual({ model: 'grok_video3_pro', prompt: PROMPT, aspect_ratio: '16:9' });
	});
});

describe('xingchao Grok refusals (before any request)', () => {
	const check = (combo: Parameters<typeof rawFor>[0], overrides: Parameters<typeof rawFor>[1] = {}) =>
		invalid(() => validateCreateInput(xingchao, rawFor(combo, overrides)));
	test('per-model durations and ratios', () => {
		expect(check({ ...grok, duration: 31 }).field).toBe('duration');
		expectNames(check({ ...grok, model: 'grok_video3_max', duration: 8 }), 'duration', '8', [6, 10, 12, 16, 20, 30]);
		expectNames(check({ ...grok, model: 'grok_video3_max', aspectRatio: '3:2' }), 'aspect ratio', '"3:2"', ['16:9', '9:16', '1:1']);
		expectNames(check({ ...grok, model: 'grok_video3_stable', duration: 12 }), 'duration', '12', [6, 10]);
		expectNames(check({ ...grok, model: 'grok_video3_pro', resolution: '480p' }), 'resolution', '"480p"', ['720p']);
		expectNames(check({ ...grok, resolution: '1080p' }), 'resolution', '"1080p"', ['720p', '480p']);
	});
	test('no last frame', () => {
		expect(check(grok, { imageUrl: FIRST, lastFrameUrl: LAST }).field).toBe('last frame image URL');
	});
});

describe('xingchao Grok answers', () => {
	test('the documented create answer (object "video")', () => {
		expect(xingchao.parseCreateResponse(fixture('xingchao', 'grok_video3_max-create'))).toBe('video_grok_1234567890');
	});
});
