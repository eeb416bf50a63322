import { fixture } from '../fixtures';
import { expectNames, invalid } from '../validation/helpers';
import { bodyFor, eachComboBody, FIRST } from './gccaiHelpers';

// shuchongAI/docs vidu-q3-pro (video-models.md §1.10): aspect_ratio only without images, audio on by default.
describe('gccai viduq3-pro', () => {
	const model = 'viduq3-pro';
	eachComboBody(model, ' → aspect_ratio, resolution, integer duration, audio on', (combo) => ({ duration: combo.duration, resolution: combo.resolution, aspect_ratio: combo.aspectRatio, audio: true }));
	test('Case 1 (text-to-video) of the page, plus the audio default the node always sends', () => {
		const example = fixture('gccai', 'viduq3-pro-create-t2v') as Record<string, unknown>;
		expect(bodyFor(model, { prompt: example.prompt, duration: 8, resolution: '1080p', aspectRatio: '16:9' })).toEqual({ ...example, audio: true });
	});
	test('Case 3 (first + last frame): image_urls [first, last] and no aspect_ratio', () => {
		const example = fixture('gccai', 'viduq3-pro-create-first-last') as Record<string, unknown>;
		const [first, last] = example.image_urls as string[];
		const body = bodyFor(model, { prompt: example.prompt, duration: 8, resolution: '720p', imageUrl: first, lastFrameUrl: last, aspectRatio: '9:16' });
		expect(body).toEqual({ ...example, resolution: '720p', audio: true });
	});
	test('Case 4 (silent): audio false', () => {
		const example = fixture('gccai', 'viduq3-pro-create-silent') as Record<string, unknown>;
		const body = bodyFor(model, { prompt: example.prompt, duration: 10, resolution: '1080p', generateAudio: false });
		expect(body).toEqual({ ...example, aspect_ratio: '16:9' });
	});
	test('seed, and a single image without aspect_ratio', () => {
		const body = bodyFor(model, { seed: 12345, imageUrl: FIRST });
		expect(body).toMatchObject({ seed: 12345, image_urls: [FIRST] });
		expect(body).not.toHaveProperty('aspect_ratio');
	});
	test('refuses 0 s, 17 s, 480p, 21:9 and a negative prompt', () => {
		expectNames(invalid(() => bodyFor(model, { duration: 0 })), 'duration', '0');
		expectNames(invalid(() => bodyFor(model, { duration: 17 })), 'duration', '17');
		expectNames(invalid(() => bodyFor(model, { resolution: '480p' })), 'resolution', '480p', ['720p', '540p', '1080p']);
		expectNames(invalid(() => bodyFor(model, { aspectRatio: '21:9' })), 'aspect ratio', '21:9');
		expectNames(invalid(() => bodyFor(model, { negativePrompt: 'x' })), 'negative prompt', 'x');
	});
});
