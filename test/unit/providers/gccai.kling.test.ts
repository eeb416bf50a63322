import { expectNames, invalid } from '../validation/helpers';
import { bodyFor, eachComboBody, FIRST, LAST } from './gccaiHelpers';

// video-models.md §1.5: Kling names its tiers in `mode` (std = 720p, pro = 1080p, 4k).
const mode: Record<string, string> = { '720p': 'std', '1080p': 'pro', '4k': '4k' };

describe('gccai kling-v3', () => {
	const model = 'kling-v3';
	eachComboBody(model, ' → integer duration, tier in mode', (combo) => ({ duration: combo.duration, mode: mode[combo.resolution], aspect_ratio: combo.aspectRatio, audio: false }));
	test('audio on, negative prompt and first + last frame in image_urls', () => {
		expect(bodyFor(model, { generateAudio: true, negativePrompt: 'blur', imageUrl: FIRST, lastFrameUrl: LAST })).toMatchObject({
			audio: true,
			negative_prompt: 'blur',
			image_urls: [FIRST, LAST],
		});
	});
	test('refuses 2 s, 16 s, 4:3 and a seed', () => {
		expectNames(invalid(() => bodyFor(model, { duration: 2 })), 'duration', '2');
		expectNames(invalid(() => bodyFor(model, { duration: 16 })), 'duration', '16');
		expectNames(invalid(() => bodyFor(model, { aspectRatio: '4:3' })), 'aspect ratio', '4:3', ['16:9', '9:16', '1:1']);
		expectNames(invalid(() => bodyFor(model, { seed: 1 })), 'seed', '1');
	});
});

describe('gccai kling-v2-6', () => {
	const model = 'kling-v2-6';
	eachComboBody(model, ' → integer duration, std/pro mode', (combo) => ({ duration: combo.duration, mode: mode[combo.resolution], aspect_ratio: combo.aspectRatio, audio: false }));
	test('pro: sound on, or a last frame', () => {
		expect(bodyFor(model, { resolution: '1080p', generateAudio: true })).toMatchObject({ mode: 'pro', audio: true });
		expect(bodyFor(model, { resolution: '1080p', imageUrl: FIRST, lastFrameUrl: LAST })).toMatchObject({
			mode: 'pro',
			audio: false,
			image_urls: [FIRST, LAST],
		});
	});
	test('rules: sound and a last frame need pro, and exclude each other', () => {
		expect(invalid(() => bodyFor(model, { resolution: '720p', generateAudio: true })).message).toContain('sound needs the pro mode');
		expect(invalid(() => bodyFor(model, { resolution: '720p', imageUrl: FIRST, lastFrameUrl: LAST })).message).toContain(
			'a last frame needs the pro mode',
		);
		expect(
			invalid(() => bodyFor(model, { resolution: '1080p', generateAudio: true, imageUrl: FIRST, lastFrameUrl: LAST })).message,
		).toContain('cannot be combined');
	});
	test('refuses 15 s, 4K and a prompt over 2500 characters', () => {
		expectNames(invalid(() => bodyFor(model, { duration: 15 })), 'duration', '15', [5, 10]);
		expectNames(invalid(() => bodyFor(model, { resolution: '4k' })), 'resolution', '4k');
		expect(invalid(() => bodyFor(model, { prompt: 'x'.repeat(2501) })).field).toBe('prompt');
	});
});

describe('gccai kling-3.0-turbo', () => {
	const model = 'kling-3.0-turbo';
	eachComboBody(model, ' → resolution as named, integer duration', (combo) => ({ duration: combo.duration, resolution: combo.resolution, aspect_ratio: combo.aspectRatio }));
	test('a start image goes to first_frame_image as a string, and the ratio (text-to-video only) is left out', () => {
		const body = bodyFor(model, { imageUrl: FIRST });
		expect(body.first_frame_image).toBe(FIRST);
		expect(body).not.toHaveProperty('aspect_ratio');
		expect(body).not.toHaveProperty('image_urls');
	});
	test('offers no last frame, audio or 4K', () => {
		expect(invalid(() => bodyFor(model, { imageUrl: FIRST, lastFrameUrl: LAST })).field).toBe('last frame image URL');
		expectNames(invalid(() => bodyFor(model, { generateAudio: true })), 'generate audio', 'true');
		expectNames(invalid(() => bodyFor(model, { resolution: '4k' })), 'resolution', '4k');
	});
});
