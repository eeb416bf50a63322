import { referenceProperties } from '../../../nodes/Sora/description/referenceProperties';
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

// §2e of video-modes-and-callbacks.md and the grok-create pages (docs.xingchaoyiqing.com and
// docs.globalaiopc.com, late 2026; keyiyunnet-sys/docs en/api-reference/video/grok/grok-create.mdx, April):
// `image_urls` is a URL array, jpeg/png/webp; grok_video3 ≤ 7, grok_video3_max ≤ 5 and grok_video3_stable
// ≤ 7 (both "public URL only, no base64"); grok_video3_pro "supported", no count (one start image kept).
describe('xingchao Grok multi-image (image_urls)', () => {
	const IMG = (n: number) => `https://cdn.example/ref-${n}.png`;
	const imgs = (n: number) => Array.from({ length: n }, (_u, i) => IMG(i + 1));
	const check = (combo: Parameters<typeof rawFor>[0], overrides: Parameters<typeof rawFor>[1] = {}) =>
		invalid(() => validateCreateInput(xingchao, rawFor(combo, overrides)));
	const limits: Array<[string, number, { duration?: number; resolution?: '480p' | '720p' }]> = [
		['grok_video3', 7, {}],
		['grok_video3_max', 5, { duration: 12 }],
		['grok_video3_stable', 7, { duration: 6, resolution: '480p' }],
	];

	test.each(limits)('%s: the start image and more images up to %i in image_urls, key for key', (model, max, choice) => {
		const combo = { ...grok, ...choice, model };
		expect(createCall(xingchao, combo, { imageUrl: FIRST, references: { images: imgs(max - 1) } }).body).toStrictEqual({
			model,
			prompt: PROMPT,
			duration: combo.duration,
			aspect_ratio: '16:9',
			resolution: combo.resolution,
			image_urls: [FIRST, ...imgs(max - 1)],
		});
		expect(createCall(xingchao, combo, { references: { images: imgs(max) } }).body.image_urls).toEqual(imgs(max));
	});

	test.each(limits)('%s: one image more than %i is refused, the start image counted', (model, max, choice) => {
		expect(check({ ...grok, ...choice, model }, { imageUrl: FIRST, references: { images: imgs(max) } }).message).toContain(`at most ${max} images; ${max + 1} given`);
		expect(check({ ...grok, ...choice, model }, { references: { images: imgs(max + 1) } }).message).toContain(`at most ${max} images; ${max + 1} given`);
	});

	test('the page example reproduced: grok_video3, 15 s, 16:9, 720p, two images', () => {
		const cats = ['https://example.com/cat1.jpg', 'https://example.com/cat2.jpg'];
		expect(createCall(xingchao, { ...grok, duration: 15 }, { prompt: 'A cat dancing in the rain, cinematic style', imageUrl: cats[0], references: { images: cats[1] } }).body).toStrictEqual({
			model: 'grok_video3',
			prompt: 'A cat dancing in the rain, cinematic style',
			duration: 15,
			aspect_ratio: '16:9',
			resolution: '720p',
			image_urls: cats,
		});
	});

	test('grok_video3_pro (count not documented) takes the start image only', () => {
		expect(check({ ...grok, model: 'grok_video3_pro' }, { imageUrl: FIRST, references: { images: IMG(1) } }).message).toMatch(/"grok_video3_pro" takes no reference images/);
	});

	test('no base64 (data: URL), no other type than jpeg/png/webp', () => {
		for (const model of ['grok_video3_max', 'grok_video3_stable', 'grok_video3']) {
			expect(check({ ...grok, model, duration: 10 }, { references: { images: 'data:image/png;base64,iVBORw0KGgo=' } }).message).toMatch(/takes no data: URLs/);
		}
		expect(check({ ...grok, model: 'grok_video3_max' }, { imageUrl: 'data:image/png;base64,iVBORw0KGgo=' }).field).toBe('reference image URL');
		expect(check(grok, { references: { images: 'https://cdn.example/a.gif' } }).message).toMatch(/accepts only jpg, jpeg, png, webp/);
	});

	test('the editor fields are generated per limit, counting the Reference Image URL, with "public URLs only" where the page says so', () => {
		const fieldFor = (model: string) => {
			const fields = referenceProperties(xingchao).filter((property) => property.name === 'referenceImageUrls' && (property.displayOptions?.show?.model as string[]).includes(model));
			expect(fields).toHaveLength(1);
			return String(fields[0].description);
		};
		expect(fieldFor('grok_video3')).toMatch(/^Up to 7 images, counting the Reference Image URL above as the first, one URL per line \(jpg, jpeg, png, webp\)/);
		expect(fieldFor('grok_video3_max')).toMatch(/^Up to 5 images.*Public URLs only: this model takes no base64 images/);
		expect(fieldFor('grok_video3_stable')).toMatch(/^Up to 7 images.*Public URLs only/);
		expect(referenceProperties(xingchao).some((property) => (property.displayOptions?.show?.model as string[]).includes('grok_video3_pro'))).toBe(false);
		// No upload and no documented base64: no binary reference field (a binary start image is refused, test/workflow/references).
		expect(referenceProperties(xingchao).some((property) => property.name === 'referenceImageBinaryProperties')).toBe(false);
	});
});

describe('xingchao Grok answers', () => {
	test('the documented create answer (object "video")', () => {
		expect(xingchao.parseCreateResponse(fixture('xingchao', 'grok_video3_max-create'))).toBe('video_grok_1234567890');
	});
});
