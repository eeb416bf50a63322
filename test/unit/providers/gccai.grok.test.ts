import { gccai } from '../../../nodes/Sora/providers/gccai';
import { fixture } from '../fixtures';
import { expectNames, invalid } from '../validation/helpers';
import { bodyFor, eachComboBody, FIRST, LAST, PROMPT } from './gccaiHelpers';

// video-models.md §1.9 and the English Grok Imagine page: `size` is the ratio, `quality` the tier.
describe('gccai grok-imagine-1.0-video-apimart', () => {
	const model = 'grok-imagine-1.0-video-apimart';
	eachComboBody(model, ' → size, quality, integer duration', (combo) => ({ duration: combo.duration, quality: combo.resolution, size: combo.aspectRatio }));
	test('the page example, key for key', () => {
		const example = fixture('gccai', 'grok-imagine-1.0-video-apimart-create-example') as Record<string, unknown>;
		expect(bodyFor(model, { prompt: example.prompt, duration: 6, aspectRatio: '16:9', resolution: '720p' })).toEqual(example);
	});
	test('§8: the APIMart Grok image-to-video example (10 s, 720p), key for key', () => {
		const example = fixture('gccai', 'grok-imagine-1.0-video-apimart-create-i2v') as Record<string, unknown>;
		const [image] = example.image_urls as string[];
		expect(bodyFor(model, { prompt: example.prompt, duration: 10, aspectRatio: '16:9', resolution: '720p', imageUrl: image })).toEqual(
			example,
		);
	});
	test('the create answer in object form (documented on the Grok page) gives the task id', () => {
		expect(gccai.parseCreateResponse(fixture('gccai', 'grok-imagine-1.0-video-apimart-create-response'))).toBe('task_01JNXXXXXXXXXXXXXXXXXX');
	});
});

// The newer English Grok Imagine page documents 1.5: the same keys, quality 480p by default, the
// array form of the create answer; the image key comes from third-party code.
describe('gccai grok-imagine-1.5-video-apimart', () => {
	const model = 'grok-imagine-1.5-video-apimart';
	eachComboBody(model, ' → size, quality, integer duration', (combo) => ({ duration: combo.duration, quality: combo.resolution, size: combo.aspectRatio }));
	test('the page example, key for key', () => {
		const example = fixture('gccai', 'grok-imagine-1.5-video-apimart-create-example') as Record<string, unknown>;
		expect(bodyFor(model, { prompt: example.prompt, duration: 6, aspectRatio: '16:9', resolution: '720p' })).toEqual(example);
	});
	test('the preselected quality is the documented default 480p', () => {
		expect(gccai.models.find((entry) => entry.id === model)?.resolutions[0]).toBe('480p');
	});
	test('a start image is image_urls with one URL', () => {
		expect(bodyFor(model, { imageUrl: FIRST, duration: 10, resolution: '720p' })).toEqual({
			model,
			prompt: PROMPT,
			duration: 10,
			quality: '720p',
			size: '16:9',
			image_urls: [FIRST],
		});
	});
	test('the array-form create answer of the 1.5 page gives the task id', () => {
		expect(gccai.parseCreateResponse(fixture('gccai', 'grok-imagine-1.5-video-apimart-create-response'))).toBe('task_01JNXXXXXXXXXXXXXXXXXX');
	});
});

// Both Grok ids take the same values and refuse the same ones.
test.each(['grok-imagine-1.0-video-apimart', 'grok-imagine-1.5-video-apimart'])('gccai %s refuses 5 s, 31 s, 1080p, 4:3, a last frame and audio', (model) => {
	expectNames(invalid(() => bodyFor(model, { duration: 5 })), 'duration', '5');
	expectNames(invalid(() => bodyFor(model, { duration: 31 })), 'duration', '31');
	expectNames(invalid(() => bodyFor(model, { resolution: '1080p' })), 'resolution', '1080p', ['480p', '720p']);
	expectNames(invalid(() => bodyFor(model, { aspectRatio: '4:3' })), 'aspect ratio', '4:3');
	expect(invalid(() => bodyFor(model, { imageUrl: FIRST, lastFrameUrl: LAST })).field).toBe('last frame image URL');
	expectNames(invalid(() => bodyFor(model, { generateAudio: true })), 'generate audio', 'true');
});
