import { xingchao } from '../../../nodes/Sora/providers/xingchao';
import { validateCreateInput } from '../../../nodes/Sora/validation/createInput';
import { fixture } from '../fixtures';
import { expectNames, invalid } from '../validation/helpers';
import { comboLabel, createCall, docCombosOf, FIRST, LAST, rawFor } from './successorCases';
import { PROMPT } from './shared';

// video-models.md §4.4: POST /v1/kyyvideo2/videos; integer duration 4–15; aspect_ratio (7 values);
// generateAudio (camelCase, default true); first_image / last_image; referenceVideos ≤ 3, required by
// seedance_2_0 / _fast; frames and reference arrays exclusive; no resolution field.
const SEEDANCE2 = ['seedance_2_0_pro', 'seedance_2_0_fast_pro', 'seedance_2_0', 'seedance_2_0_fast'];
const VIDEO = 'https://cdn.example/motion.mp4';
const pro = { model: 'seedance_2_0_pro', duration: 8, aspectRatio: '9:16', resolution: '720p' } as const;
const needsVideo = (model: string) => model === 'seedance_2_0' || model === 'seedance_2_0_fast';

describe('xingchao Seedance 2.0 create body', () => {
	const combos = docCombosOf('xingchao', SEEDANCE2);
	test('covers 4 models × 12 durations × 7 ratios', () => expect(combos).toHaveLength(336));

	test.each(combos.map((combo) => [comboLabel(combo), combo] as const))('%s', (_label, combo) => {
		const references = needsVideo(combo.model) ? { references: { videos: VIDEO } } : {};
		const call = createCall(xingchao, combo, references);
		expect(call).toMatchObject({ method: 'POST', path: '/v1/kyyvideo2/videos' });
		expect(call.body).toStrictEqual({
			model: combo.model,
			prompt: PROMPT,
			duration: combo.duration,
			aspect_ratio: combo.aspectRatio,
			generateAudio: true,
			...(needsVideo(combo.model) ? { referenceVideos: [VIDEO] } : {}),
		});
	});

	test('§8 example reproduced: seedance_2_0_pro, 8 s, 9:16, audio', () => {
		expect(createCall(xingchao, pro, { prompt: '…' }).body).toStrictEqual({
			model: 'seedance_2_0_pro',
			prompt: '…',
			duration: 8,
			aspect_ratio: '9:16',
			generateAudio: true,
		});
	});

	test('audio off is generateAudio: false (never generate_audio)', () => {
		const body = createCall(xingchao, pro, { generateAudio: false }).body;
		expect(body.generateAudio).toBe(false);
		expect(body).not.toHaveProperty('generate_audio');
	});

	test('first + last frame as strings', () => {
		expect(createCall(xingchao, pro, { imageUrl: FIRST, lastFrameUrl: LAST }).body).toMatchObject({ first_image: FIRST, last_image: LAST });
	});

	test('up to three reference videos, one per line or comma-separated, asset:// ids too', () => {
		const references = { videos: ` ${VIDEO}\nasset://asset-20260337092722-zv650 , https://cdn.example/b.mp4 ` };
		expect(createCall(xingchao, { ...pro, model: 'seedance_2_0' }, { references }).body.referenceVideos).toEqual([
			VIDEO,
			'asset://asset-20260337092722-zv650',
			'https://cdn.example/b.mp4',
		]);
	});

	test('row 7: reference images (≤ 9) and audio (≤ 3) in referenceImages / referenceAudios, URLs or asset ids', () => {
		const images = ['https://cdn.example/a.png', 'asset://asset-face-1'];
		const body = createCall(xingchao, pro, { references: { images, videos: VIDEO, audios: 'https://cdn.example/v.mp3' } }).body;
		expect(body).toStrictEqual({
			model: 'seedance_2_0_pro',
			prompt: PROMPT,
			duration: 8,
			aspect_ratio: '9:16',
			generateAudio: true,
			referenceImages: images,
			referenceVideos: [VIDEO],
			referenceAudios: ['https://cdn.example/v.mp3'],
		});
	});
});

describe('xingchao Seedance 2.0 refusals (before any request)', () => {
	const check = (combo: Parameters<typeof rawFor>[0], overrides: Parameters<typeof rawFor>[1] = {}) =>
		invalid(() => validateCreateInput(xingchao, rawFor(combo, overrides)));

	test('seedance_2_0 and _fast need a reference video', () => {
		for (const model of ['seedance_2_0', 'seedance_2_0_fast']) expect(check({ ...pro, model }).message).toMatch(/needs at least 1 video/);
	});
	test('frames and reference videos cannot be combined', () => {
		expect(check(pro, { imageUrl: FIRST, references: { videos: VIDEO } }).message).toMatch(/not both/);
		expect(check(pro, { imageUrl: FIRST, references: { images: 'https://cdn.example/a.png' } }).message).toMatch(/not both/);
	});
	test('more than three videos, or something that is not a URL', () => {
		expect(check(pro, { references: { videos: [VIDEO, VIDEO, VIDEO, VIDEO].join('\n') } }).message).toMatch(/at most 3/);
		expect(check(pro, { references: { videos: 'motion.mp4' } }).message).toMatch(/not a valid URL/);
		expect(check(pro, { references: { images: Array.from({ length: 10 }, (_u, i) => `https://cdn.example/${i}.png`) } }).message).toMatch(/at most 9 images/);
		expect(check(pro, { references: { audios: ['a', 'b', 'c', 'd'].map((n) => `https://cdn.example/${n}.mp3`) } }).message).toMatch(/at most 3 audio/);
	});
	test('durations 4–15 only; no other tier; no seed or negative prompt', () => {
		expect(check({ ...pro, duration: 3 }).field).toBe('duration');
		expect(check({ ...pro, duration: 16 }).field).toBe('duration');
		expectNames(check({ ...pro, resolution: '1080p' }), 'resolution', '"1080p"', ['720p']);
		expect(check(pro, { seed: 1 }).field).toBe('seed');
		expect(check(pro, { negativePrompt: 'x' }).field).toBe('negative prompt');
	});
});

describe('xingchao Seedance 2.0 answers', () => {
	test('a parameter refusal (HTTP 200, id null) is a refusal naming the reason', () => {
		const body = fixture('xingchao', 'seedance_2_0_pro-create-refused-params');
		expect(() => xingchao.parseCreateResponse(body)).toThrow(/first_image and referenceImages cannot be used together/);
	});
	test('amount on a completed task is its cost', () => {
		const body = fixture('xingchao', 'seedance_2_0_pro-status-completed-amount');
		expect(xingchao.parseStatusResponse(body, { taskId: 'x', baseUrl: '' })).toMatchObject({ status: 'completed', videoUrl: 'https://cdn.example.com/video_9d1e3c2b1a0f9e8d.mp4' });
		expect(xingchao.readCost?.(body)).toEqual({ amount: 4, unit: 'cny' });
	});
});
