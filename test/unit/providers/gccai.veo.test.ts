import { fixture } from '../fixtures';
import { expectNames, invalid } from '../validation/helpers';
import { bodyFor, eachComboBody, FIRST, LAST, PROMPT } from './gccaiHelpers';

// video-models.md §1.3 / §1.4: the keys and types each Veo 3.1 model documents.
describe.each(['veo3.1-fast', 'veo3.1-quality', 'veo3.1-lite'])('gccai %s', (model) => {
	eachComboBody(model, ' → duration integer 8, aspect_ratio, resolution as named', (combo) => ({ duration: 8, aspect_ratio: combo.aspectRatio, resolution: combo.resolution }));
	test('offers no audio switch, negative prompt or seed (§1.3: not offered)', () => {
		expectNames(invalid(() => bodyFor(model, { generateAudio: true })), 'generate audio', 'true');
		expectNames(invalid(() => bodyFor(model, { negativePrompt: 'blur' })), 'negative prompt', 'blur');
		expectNames(invalid(() => bodyFor(model, { seed: 7 })), 'seed', '7');
	});
	test('refuses any length but 8 s and 1:1', () => {
		expectNames(invalid(() => bodyFor(model, { duration: 4 })), 'duration', '4', [8]);
		expectNames(invalid(() => bodyFor(model, { aspectRatio: '1:1' })), 'aspect ratio', '1:1', ['16:9', '9:16']);
	});
});

describe.each(['veo3.1-fast', 'veo3.1-quality'])('gccai %s images', (model) => {
	test('one start image → image_urls with one URL, no generation_type', () => {
		expect(bodyFor(model, { imageUrl: FIRST })).toEqual({
			model,
			prompt: PROMPT,
			duration: 8,
			aspect_ratio: '16:9',
			resolution: '720p',
			image_urls: [FIRST],
		});
	});
	test('first + last frame → image_urls [first, last] with generation_type "frame"', () => {
		const body = bodyFor(model, { imageUrl: FIRST, lastFrameUrl: LAST });
		expect(body.image_urls).toEqual([FIRST, LAST]);
		expect(body.generation_type).toBe('frame');
	});
	test('a last frame without a start image is refused', () => {
		expectNames(invalid(() => bodyFor(model, { lastFrameUrl: LAST })), 'last frame image URL', LAST);
	});
});

test('§8: the APIMart Veo 3.1 first + last frame example, key for key', () => {
	const example = fixture('gccai', 'veo3.1-fast-create-first-last') as Record<string, unknown>;
	const [first, last] = example.image_urls as string[];
	const body = bodyFor('veo3.1-fast', {
		prompt: example.prompt,
		aspectRatio: '16:9',
		resolution: '1080p',
		imageUrl: first,
		lastFrameUrl: last,
	});
	expect(body).toEqual(example);
});

test('veo3.1-lite takes no image (third-party: text-to-video only)', () => {
	expect(invalid(() => bodyFor('veo3.1-lite', { imageUrl: FIRST })).field).toBe('reference image URL');
});

describe.each(['veo3.1-fast-official', 'veo3.1-quality-official'])('gccai %s', (model) => {
	eachComboBody(model, ' → integer duration, 4K upper case', (combo) => ({ duration: combo.duration, aspect_ratio: combo.aspectRatio, resolution: combo.resolution === '4k' ? '4K' : combo.resolution, generate_audio: true }));
	test('audio off, negative prompt, seed and first + last frame land in their own keys', () => {
		const body = bodyFor(model, {
			generateAudio: false,
			negativePrompt: 'text overlays',
			seed: 4294967295,
			imageUrl: FIRST,
			lastFrameUrl: LAST,
		});
		expect(body).toMatchObject({
			generate_audio: false,
			negative_prompt: 'text overlays',
			seed: 4294967295,
			first_frame_image: FIRST,
			last_frame_image: LAST,
		});
		expect(body).not.toHaveProperty('image_urls');
		expect(body).not.toHaveProperty('generation_type');
	});
	test('a single start image is first_frame_image as a plain string', () => {
		expect(bodyFor(model, { imageUrl: FIRST }).first_frame_image).toBe(FIRST);
	});
	test('refuses 5 s, a seed above 2^32−1 and a duration typed as text that is not a number', () => {
		expectNames(invalid(() => bodyFor(model, { duration: 5 })), 'duration', '5', [4, 6, 8]);
		expectNames(invalid(() => bodyFor(model, { seed: 4294967296 })), 'seed', '4294967296');
		expect(invalid(() => bodyFor(model, { duration: 'eight' })).field).toBe('duration');
	});
});

// [T] veo3.1-lite-official: third-party lists give 4/6/8 s and 720p/1080p (no 4K), 1080p and a first +
// last frame at 8 s only; the body is the official channel's.
describe('gccai veo3.1-lite-official', () => {
	const model = 'veo3.1-lite-official';
	eachComboBody(model, ' → the official keys, integer duration', (combo) => ({ duration: combo.duration, aspect_ratio: combo.aspectRatio, resolution: combo.resolution, generate_audio: true }));
	test('first + last frame at 8 s, audio off, negative prompt and seed land in their own keys', () => {
		expect(bodyFor(model, { duration: 8, imageUrl: FIRST, lastFrameUrl: LAST, generateAudio: false, negativePrompt: 'blur', seed: 0 })).toEqual({
			model,
			prompt: PROMPT,
			duration: 8,
			aspect_ratio: '16:9',
			resolution: '720p',
			generate_audio: false,
			negative_prompt: 'blur',
			seed: 0,
			first_frame_image: FIRST,
			last_frame_image: LAST,
		});
	});
	test('a single start image works at 4 s', () => {
		expect(bodyFor(model, { duration: 4, imageUrl: FIRST }).first_frame_image).toBe(FIRST);
	});
	test('refuses 4K, 1080p below 8 s and a first + last frame below 8 s', () => {
		expectNames(invalid(() => bodyFor(model, { resolution: '4k' })), 'resolution', '4k');
		expectNames(invalid(() => bodyFor(model, { duration: 6, resolution: '1080p' })), 'resolution', '1080p', ['720p']);
		const frames = invalid(() => bodyFor(model, { duration: 6, imageUrl: FIRST, lastFrameUrl: LAST }));
		expect(frames.message).toMatch(/first \+ last frame at 8 s only/);
	});
});
