import { expectNames, invalid } from '../validation/helpers';
import { bodyFor, eachComboBody, FIRST, LAST } from './gccaiHelpers';

// video-models.md §1.8: no ratio field; 1080p only at 6 s; the start image is `first_frame_image`.
describe('gccai MiniMax-Hailuo-2.3', () => {
	const model = 'MiniMax-Hailuo-2.3';
	eachComboBody(model, ' → integer duration and resolution, nothing else', (combo) => ({ duration: combo.duration, resolution: combo.resolution }));
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

// [T] No APIMart page: Hailuo 2.3's body, image to video only (EvoLink §3.6 documents the fast model so).
describe('gccai MiniMax-Hailuo-2.3-Fast', () => {
	const model = 'MiniMax-Hailuo-2.3-Fast';
	eachComboBody(model, ' with a start image → first_frame_image, integer duration, resolution', (combo) => ({ duration: combo.duration, resolution: combo.resolution, first_frame_image: FIRST }), { imageUrl: FIRST });
	test('without a start image it is refused before any request, saying why', () => {
		const error = invalid(() => bodyFor(model, { imageUrl: '' }));
		expect(error.message).toContain(model);
		expect(error.message).toMatch(/start image only; set Reference Image URL/);
	});
	test('refuses 1080p at 10 s, a ratio, a last frame and a prompt over 2000 characters', () => {
		expectNames(invalid(() => bodyFor(model, { duration: 10, resolution: '1080p' })), 'resolution', '1080p', ['768p']);
		expectNames(invalid(() => bodyFor(model, { aspectRatio: '16:9' })), 'aspect ratio', '16:9', ['adaptive']);
		expect(invalid(() => bodyFor(model, { lastFrameUrl: LAST })).field).toBe('last frame image URL');
		expect(invalid(() => bodyFor(model, { prompt: 'x'.repeat(2001) })).field).toBe('prompt');
	});
});
