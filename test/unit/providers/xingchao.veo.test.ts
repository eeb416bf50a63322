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
