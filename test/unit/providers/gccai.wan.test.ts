import { fixture } from '../fixtures';
import { expectNames, invalid } from '../validation/helpers';
import { bodyFor, eachComboBody, FIRST, LAST } from './gccaiHelpers';

// video-models.md §1.7: Wan 2.6 uses aspect_ratio (text-to-video only) and `audio`; Wan 2.7 puts the
// ratio in `size` and writes its tiers upper case.
describe('gccai wan2.6', () => {
	const model = 'wan2.6';
	eachComboBody(model, ' → aspect_ratio, resolution, integer duration, audio on', (combo) => ({ duration: combo.duration, resolution: combo.resolution, aspect_ratio: combo.aspectRatio, audio: true }));
	test('with one image: image_urls [start] and no aspect_ratio (not supported in I2V)', () => {
		const body = bodyFor(model, { imageUrl: FIRST, aspectRatio: '9:16' });
		expect(body.image_urls).toEqual([FIRST]);
		expect(body).not.toHaveProperty('aspect_ratio');
	});
	test('audio off, negative prompt, seed', () => {
		expect(bodyFor(model, { generateAudio: false, negativePrompt: 'blur', seed: 2147483647 })).toMatchObject({
			audio: false,
			negative_prompt: 'blur',
			seed: 2147483647,
		});
	});
	test('refuses 8 s, 480p, a last frame and 21:9', () => {
		expectNames(invalid(() => bodyFor(model, { duration: 8 })), 'duration', '8', [5, 10, 15]);
		expectNames(invalid(() => bodyFor(model, { resolution: '480p' })), 'resolution', '480p', ['720p', '1080p']);
		expect(invalid(() => bodyFor(model, { imageUrl: FIRST, lastFrameUrl: LAST })).field).toBe('last frame image URL');
		expectNames(invalid(() => bodyFor(model, { aspectRatio: '21:9' })), 'aspect ratio', '21:9');
	});
});

describe('gccai wan2.7', () => {
	const model = 'wan2.7';
	const upper: Record<string, string> = { '720p': '720P', '1080p': '1080P' };
	eachComboBody(model, ' → size holds the ratio, resolution upper case', (combo) => ({ duration: combo.duration, resolution: upper[combo.resolution], size: combo.aspectRatio }));
	test('the page example (1080P, 8 s, size 16:9), key for key', () => {
		const example = fixture('gccai', 'wan2.7-create-example') as Record<string, unknown>;
		expect(bodyFor(model, { prompt: example.prompt, duration: 8, resolution: '1080p', aspectRatio: '16:9' })).toEqual(example);
	});
	test('first + last frame → image_urls [first, last]', () => {
		expect(bodyFor(model, { imageUrl: FIRST, lastFrameUrl: LAST }).image_urls).toEqual([FIRST, LAST]);
	});
	test('refuses 1 s, 16 s, audio and a prompt over 5000 characters', () => {
		expectNames(invalid(() => bodyFor(model, { duration: 1 })), 'duration', '1');
		expectNames(invalid(() => bodyFor(model, { duration: 16 })), 'duration', '16');
		expectNames(invalid(() => bodyFor(model, { generateAudio: true })), 'generate audio', 'true');
		expect(invalid(() => bodyFor(model, { prompt: 'x'.repeat(5001) })).field).toBe('prompt');
	});
});
