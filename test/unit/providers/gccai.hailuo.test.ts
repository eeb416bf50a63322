import { expectNames, invalid } from '../validation/helpers';
import { bodyFor, combosOf, comboParameters, FIRST, LAST, PROMPT } from './gccaiHelpers';

// video-models.md §1.8: no ratio field; 1080p only at 6 s; the start image is `first_frame_image`.
describe('gccai MiniMax-Hailuo-2.3', () => {
	const model = 'MiniMax-Hailuo-2.3';
	test.each(combosOf(model))('%s → integer duration and resolution, nothing else', (_name, combo) => {
		expect(bodyFor(model, comboParameters(combo))).toEqual({
			model,
			prompt: PROMPT,
			duration: combo.duration,
			resolution: combo.resolution,
		});
	});
	test('1080p at 10 s is refused before any request, naming what 10 s allows', () => {
		expectNames(invalid(() => bodyFor(model, { duration: 10, resolution: '1080p' })), 'resolution', '1080p', ['768p']);
	});
	test('a start image is first_frame_image as a string; no last frame', () => {
		expect(bodyFor(model, { imageUrl: FIRST }).first_frame_image).toBe(FIRST);
		expect(invalid(() => bodyFor(model, { imageUrl: FIRST, lastFrameUrl: LAST })).field).toBe('last frame image URL');
	});
	test('refuses a ratio, 720p and a prompt over 2000 characters', () => {
		expectNames(invalid(() => bodyFor(model, { aspectRatio: '16:9' })), 'aspect ratio', '16:9', ['adaptive']);
		expectNames(invalid(() => bodyFor(model, { resolution: '720p' })), 'resolution', '720p');
		expect(invalid(() => bodyFor(model, { prompt: 'x'.repeat(2001) })).field).toBe('prompt');
	});
});
