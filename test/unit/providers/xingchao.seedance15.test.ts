import { xingchao } from '../../../nodes/Sora/providers/xingchao';
import { validateCreateInput } from '../../../nodes/Sora/validation/createInput';
import { fixture } from '../fixtures';
import { expectNames, invalid } from '../validation/helpers';
import { createCall, docCombosOf, eachComboCall, FIRST, LAST, rawFor } from './successorCases';
import { PROMPT } from './shared';

// video-models.md §4.5: POST /v1/seedance/videos, Volcengine content array (text + image_url items with
// roles), the tier in the model id, `ratio`, integer duration 4–12, `generate_audio` (snake_case here).
const SEEDANCE15 = ['seedance_1_5_pro_1080p', 'seedance_1_5_pro_720p', 'seedance_1_5_pro_480p'];
const hd = { model: 'seedance_1_5_pro_1080p', duration: 5, aspectRatio: '16:9', resolution: '1080p' } as const;

describe('xingchao Seedance 1.5 create body', () => {
	const combos = docCombosOf('xingchao', SEEDANCE15);
	test('covers 3 ids × 9 durations × 7 ratios (one tier each)', () => expect(combos).toHaveLength(189));

	eachComboCall(xingchao, combos, '/v1/seedance/videos', (body, combo) => {
		expect(body).toStrictEqual({
			model: combo.model,
			content: [{ type: 'text', text: PROMPT }],
			ratio: combo.aspectRatio,
			duration: combo.duration,
			generate_audio: true,
		});
		expect(combo.model.endsWith(combo.resolution)).toBe(true);
	});

	test('first and last frame become image_url items with their roles, after the text', () => {
		const body = createCall(xingchao, hd, { imageUrl: FIRST, lastFrameUrl: LAST, generateAudio: false }).body;
		expect(body).toStrictEqual({
			model: 'seedance_1_5_pro_1080p',
			content: [
				{ type: 'text', text: PROMPT },
				{ type: 'image_url', image_url: { url: FIRST }, role: 'first_frame' },
				{ type: 'image_url', image_url: { url: LAST }, role: 'last_frame' },
			],
			ratio: '16:9',
			duration: 5,
			generate_audio: false,
		});
		expect(body).not.toHaveProperty('prompt');
	});
});

describe('xingchao Seedance 1.5 refusals (before any request)', () => {
	const check = (combo: Parameters<typeof rawFor>[0], overrides: Parameters<typeof rawFor>[1] = {}) =>
		invalid(() => validateCreateInput(xingchao, rawFor(combo, overrides)));
	test('the tier is fixed by the id; 4–12 s only', () => {
		expectNames(check({ ...hd, resolution: '720p' }), 'resolution', '"720p"', ['1080p']);
		expect(check({ ...hd, duration: 13 }).field).toBe('duration');
		expect(check({ ...hd, duration: -1 }).field).toBe('duration');
	});
	test('no reference videos (a Seedance 2.0 option) reach it', () => {
		const input = validateCreateInput(xingchao, rawFor(hd, { extras: { referenceVideoUrls: 'https://cdn.example/m.mp4' } }));
		expect(input.extras).toEqual({});
	});
});

describe('xingchao Seedance 1.5 answers', () => {
	test('cancelled (documented for Seedance 1.5) is a failure with its reason', () => {
		const body = fixture('xingchao', 'seedance_1_5_pro_720p-status-cancelled');
		expect(xingchao.parseStatusResponse(body, { taskId: 'x', baseUrl: '' })).toMatchObject({
			status: 'failed',
			providerStatus: 'cancelled',
			error: { code: null, message: 'Task cancelled' },
		});
	});
});
