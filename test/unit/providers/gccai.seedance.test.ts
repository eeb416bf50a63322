import { fixture } from '../fixtures';
import { expectNames, invalid } from '../validation/helpers';
import { bodyFor, eachComboBody, FIRST, LAST } from './gccaiHelpers';

// video-models.md §1.6: Seedance 2.0 puts the ratio in `size` and the sound in `generate_audio`;
// Seedance 1.5 Pro uses `aspect_ratio` and `audio`.
const seedance2 = ['doubao-seedance-2.0', 'doubao-seedance-2.0-fast', 'doubao-seedance-2.0-face', 'doubao-seedance-2.0-fast-face'];

describe.each(seedance2)('gccai %s', (model) => {
	eachComboBody(model, ' → integer duration, ratio in size', (combo) => ({ duration: combo.duration, size: combo.aspectRatio, resolution: combo.resolution, generate_audio: true }));
	test('audio off, seed, first + last frame', () => {
		const body = bodyFor(model, { generateAudio: false, seed: 42, imageUrl: FIRST, lastFrameUrl: LAST });
		expect(body).toMatchObject({ generate_audio: false, seed: 42, image_urls: [FIRST, LAST] });
		expect(body).not.toHaveProperty('aspect_ratio');
		expect(body).not.toHaveProperty('generation_type');
	});
	test('a start image alone → image_urls [start]', () => {
		expect(bodyFor(model, { imageUrl: FIRST }).image_urls).toEqual([FIRST]);
	});
	test('refuses 3 s and 16 s, 4K and a negative prompt', () => {
		expectNames(invalid(() => bodyFor(model, { duration: 3 })), 'duration', '3');
		expectNames(invalid(() => bodyFor(model, { duration: 16 })), 'duration', '16');
		expectNames(invalid(() => bodyFor(model, { resolution: '4k' })), 'resolution', '4k');
		expectNames(invalid(() => bodyFor(model, { negativePrompt: 'blur' })), 'negative prompt', 'blur');
	});
	test('refuses a prompt over 4000 characters', () => {
		expect(invalid(() => bodyFor(model, { prompt: 'x'.repeat(4001) })).field).toBe('prompt');
	});
});

test.each(['doubao-seedance-2.0-fast', 'doubao-seedance-2.0-fast-face'])('%s refuses 1080p (fast ids: 480p/720p only)', (model) => {
	expectNames(invalid(() => bodyFor(model, { resolution: '1080p' })), 'resolution', '1080p', ['480p', '720p']);
});

test('§8: the APIMart Seedance example (text-to-video with audio, 8 s, 720p, 9:16), key for key', () => {
	const example = fixture('gccai', 'doubao-seedance-2.0-create-audio') as Record<string, unknown>;
	expect(
		bodyFor('doubao-seedance-2.0', { prompt: example.prompt, duration: 8, aspectRatio: '9:16', resolution: '720p', generateAudio: true }),
	).toEqual(example);
});

describe('gccai doubao-seedance-1-5-pro', () => {
	const model = 'doubao-seedance-1-5-pro';
	eachComboBody(model, ' → aspect_ratio, audio off by default', (combo) => ({ duration: combo.duration, aspect_ratio: combo.aspectRatio, resolution: combo.resolution, audio: false }));
	test('audio on, seed, first + last frame', () => {
		expect(bodyFor(model, { generateAudio: true, seed: 0, imageUrl: FIRST, lastFrameUrl: LAST })).toMatchObject({
			audio: true,
			seed: 0,
			image_urls: [FIRST, LAST],
		});
	});
	test('refuses 13 s, adaptive and a seed below 0', () => {
		expectNames(invalid(() => bodyFor(model, { duration: 13 })), 'duration', '13');
		expectNames(invalid(() => bodyFor(model, { aspectRatio: 'adaptive' })), 'aspect ratio', 'adaptive');
		expectNames(invalid(() => bodyFor(model, { seed: -2 })), 'seed', '-2');
	});
});
