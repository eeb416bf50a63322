import { expectNames, invalid } from '../validation/helpers';
import { bodyFor, FIRST, LAST } from './gccaiHelpers';
import { PROMPT } from './shared';

// APIMart rows 1, 6, 16, 19 and 13 of video-modes-and-callbacks.md §2, key for key.
const IMG = (n: number) => `https://cdn.example/ref-${n}.png`;
const VIDEO = 'https://cdn.example/motion.mp4';
const AUDIO = 'https://cdn.example/voice.wav';

// The simulator's table for the same docs: a body the node builds must pass the one body checker.
type Problem = { message: string; param: string } | null;
const simulator = require('../../../dev/simulator/dialects/gccaiModels') as { MODELS: Record<string, object>; checkModelBody: (spec: object, body: object) => Problem };
const simulatorAccepts = (body: Record<string, unknown>) => expect(simulator.checkModelBody(simulator.MODELS[body.model as string], body)).toBeNull();

describe('row 1: APIMart veo3.1-fast reference mode', () => {
	const veo = { duration: 8, aspectRatio: '16:9', resolution: '1080p' };

	test('up to 3 images in image_urls with generation_type "reference"', () => {
		expect(bodyFor('veo3.1-fast', { ...veo, references: { images: [IMG(1), IMG(2), IMG(3)] } })).toStrictEqual({
			model: 'veo3.1-fast',
			prompt: PROMPT,
			duration: 8,
			resolution: '1080p',
			aspect_ratio: '16:9',
			image_urls: [IMG(1), IMG(2), IMG(3)],
			generation_type: 'reference',
		});
	});

	test('4 images, or references with frames, are refused; veo3.1-quality has no reference mode', () => {
		expect(invalid(() => bodyFor('veo3.1-fast', { ...veo, references: { images: [1, 2, 3, 4].map(IMG) } })).message).toContain('at most 3 images');
		expect(invalid(() => bodyFor('veo3.1-fast', { ...veo, imageUrl: FIRST, lastFrameUrl: LAST, references: { images: [IMG(1)] } })).message).toContain('not both');
		expect(invalid(() => bodyFor('veo3.1-quality', { ...veo, references: { images: [IMG(1)] } })).message).toContain('takes no reference images');
	});
});

describe('row 6: APIMart Seedance 2.0 references', () => {
	const seedance = { duration: 11, aspectRatio: '16:9', resolution: '720p' };

	test('images as image_with_roles (reference_image), videos and audio as URL lists; the page example "size 16:9, 11 s"', () => {
		expect(bodyFor('doubao-seedance-2.0', { ...seedance, references: { images: [IMG(1)], videos: VIDEO, audios: AUDIO } })).toStrictEqual({
			model: 'doubao-seedance-2.0',
			prompt: PROMPT,
			duration: 11,
			resolution: '720p',
			size: '16:9',
			generate_audio: true,
			image_with_roles: [{ url: IMG(1), role: 'reference_image' }],
			video_urls: [VIDEO],
			audio_urls: [AUDIO],
		});
	});

	test('a first frame stays in image_urls next to the references', () => {
		const body = bodyFor('doubao-seedance-2.0-fast', { ...seedance, imageUrl: FIRST, references: { images: [IMG(1)] } });
		expect(body.image_urls).toEqual([FIRST]);
		expect(body.image_with_roles).toEqual([{ url: IMG(1), role: 'reference_image' }]);
	});

	test('upstream limits: 9 images, 3 videos, 3 audio; audio alone is refused', () => {
		expect(invalid(() => bodyFor('doubao-seedance-2.0', { ...seedance, references: { images: Array.from({ length: 10 }, (_u, i) => IMG(i)) } })).message).toContain('at most 9');
		expect(invalid(() => bodyFor('doubao-seedance-2.0', { ...seedance, references: { audios: AUDIO } })).message).toContain('only together with');
	});
});

describe('row 16: APIMart wan2.7 continuation', () => {
	const wan = { duration: 12, aspectRatio: '16:9', resolution: '1080p' };

	test('one video in video_urls continues it; the rest of the body as documented', () => {
		expect(bodyFor('wan2.7', { ...wan, references: { videos: VIDEO } })).toStrictEqual({
			model: 'wan2.7',
			prompt: PROMPT,
			duration: 12,
			resolution: '1080P',
			size: '16:9',
			video_urls: [VIDEO],
		});
	});

	test('two videos, or a video with a start frame, are refused', () => {
		expect(invalid(() => bodyFor('wan2.7', { ...wan, references: { videos: [VIDEO, VIDEO] } })).message).toContain('at most 1 video');
		expect(invalid(() => bodyFor('wan2.7', { ...wan, imageUrl: FIRST, references: { videos: VIDEO } })).message).toContain('not both');
	});
});

describe('row 19: APIMart wan2.7-videoedit', () => {
	const id = 'wan2.7-videoedit';
	const edit = { duration: 0, aspectRatio: 'adaptive', resolution: '1080p', references: { videos: VIDEO } };

	test('the video in video_urls, duration 0 keeps its length, 1080P, no size (the input\'s ratio)', () => {
		const body = bodyFor(id, edit);
		expect(body).toStrictEqual({ model: id, prompt: PROMPT, duration: 0, resolution: '1080P', video_urls: [VIDEO] });
		simulatorAccepts(body);
	});

	test('4 reference images in image_urls [I], a ratio in size [I], 720P, 2 s, a negative prompt', () => {
		const body = bodyFor(id, { ...edit, duration: 2, aspectRatio: '3:4', resolution: '720p', negativePrompt: 'n'.repeat(500), references: { videos: VIDEO, images: [1, 2, 3, 4].map(IMG) } });
		expect(body).toStrictEqual({
			model: id,
			prompt: PROMPT,
			duration: 2,
			resolution: '720P',
			size: '3:4',
			negative_prompt: 'n'.repeat(500),
			video_urls: [VIDEO],
			image_urls: [1, 2, 3, 4].map(IMG),
		});
		simulatorAccepts(body);
	});

	test('no video, two videos, 5 images, a start image, 1 s, 11 s, 480p or a 501-character negative prompt are refused', () => {
		expect(invalid(() => bodyFor(id, { ...edit, references: {} })).message).toContain('needs the video to edit');
		expect(invalid(() => bodyFor(id, { ...edit, references: { videos: [VIDEO, VIDEO] } })).message).toContain('at most 1 video');
		expect(invalid(() => bodyFor(id, { ...edit, references: { videos: VIDEO, images: [1, 2, 3, 4, 5].map(IMG) } })).message).toContain('at most 4 images');
		expect(invalid(() => bodyFor(id, { ...edit, imageUrl: FIRST })).field).toBe('reference image URL');
		expectNames(invalid(() => bodyFor(id, { ...edit, duration: 1 })), 'duration', '1');
		expectNames(invalid(() => bodyFor(id, { ...edit, duration: 11 })), 'duration', '11');
		expectNames(invalid(() => bodyFor(id, { ...edit, resolution: '480p' })), 'resolution', '480p', ['1080p', '720p']);
		expect(invalid(() => bodyFor(id, { ...edit, negativePrompt: 'n'.repeat(501) })).message).toContain('at most 500 characters');
		expect(invalid(() => bodyFor(id, { ...edit, references: { videos: VIDEO, audios: AUDIO } })).message).toContain('takes no reference audio');
	});
});

describe('row 13: APIMart wan2.7-r2v', () => {
	const id = 'wan2.7-r2v';
	const cast = { duration: 10, aspectRatio: '9:16', resolution: '1080p' };
	const reference = (url: string) => ({ url, role: 'reference_image' });

	test('reference images as image_with_roles (reference_image), videos in video_urls, the ratio in size, 1080P', () => {
		const body = bodyFor(id, { ...cast, negativePrompt: 'blur', references: { images: [IMG(1), IMG(2)], videos: [VIDEO] } });
		expect(body).toStrictEqual({
			model: id,
			prompt: PROMPT,
			duration: 10,
			resolution: '1080P',
			size: '9:16',
			negative_prompt: 'blur',
			image_with_roles: [reference(IMG(1)), reference(IMG(2))],
			video_urls: [VIDEO],
		});
		simulatorAccepts(body);
	});

	test('a first frame joins image_with_roles as first_frame (not counted among the 5) and no size is sent', () => {
		const body = bodyFor(id, { ...cast, duration: 15, resolution: '720p', imageUrl: FIRST, references: { images: [1, 2, 3, 4, 5].map(IMG) } });
		expect(body).toStrictEqual({
			model: id,
			prompt: PROMPT,
			duration: 15,
			resolution: '720P',
			image_with_roles: [{ url: FIRST, role: 'first_frame' }, ...[1, 2, 3, 4, 5].map((n) => reference(IMG(n)))],
		});
		simulatorAccepts(body);
	});

	test('videos only: up to 5 in video_urls, at most 10 s (upstream rule)', () => {
		const body = bodyFor(id, { ...cast, references: { videos: [VIDEO, VIDEO, VIDEO, VIDEO, VIDEO] } });
		expect(body).toStrictEqual({ model: id, prompt: PROMPT, duration: 10, resolution: '1080P', size: '9:16', video_urls: Array(5).fill(VIDEO) });
		simulatorAccepts(body);
	});

	test('no reference, a first frame alone, 6 references together, a last frame, audio, 11 s with a video, 1 s or 16 s are refused', () => {
		expect(invalid(() => bodyFor(id, { ...cast, references: {} })).message).toContain('at least 1 reference image or video');
		expect(invalid(() => bodyFor(id, { ...cast, imageUrl: FIRST, references: {} })).message).toContain('at least 1 reference image or video');
		expect(invalid(() => bodyFor(id, { ...cast, references: { images: [1, 2, 3].map(IMG), videos: [VIDEO, VIDEO, VIDEO] } })).message).toContain('at most 5 images and videos together');
		expect(invalid(() => bodyFor(id, { ...cast, references: { images: [1, 2, 3, 4, 5, 6].map(IMG) } })).message).toContain('at most 5 images');
		expect(invalid(() => bodyFor(id, { ...cast, imageUrl: FIRST, lastFrameUrl: LAST, references: { images: [IMG(1)] } })).field).toBe('last frame image URL');
		expect(invalid(() => bodyFor(id, { ...cast, references: { images: [IMG(1)], audios: AUDIO } })).message).toContain('takes no reference audio');
		expect(invalid(() => bodyFor(id, { ...cast, duration: 11, references: { videos: [VIDEO] } })).message).toContain('at most 10 s');
		expectNames(invalid(() => bodyFor(id, { ...cast, duration: 1 })), 'duration', '1');
		expectNames(invalid(() => bodyFor(id, { ...cast, duration: 16 })), 'duration', '16');
		expect(invalid(() => bodyFor(id, { ...cast, negativePrompt: 'n'.repeat(501), references: { images: [IMG(1)] } })).message).toContain('at most 500 characters');
	});
});

describe('row 11: APIMart kling-v3-omni', () => {
	const id = 'kling-v3-omni';
	const omni = { duration: 7, aspectRatio: '1:1', resolution: '4k', generateAudio: false };
	const reference = (url: string) => ({ url, role: 'reference' });

	test('text only: mode, unquoted duration, aspect_ratio, audio off', () => {
		const body = bodyFor(id, { ...omni, generateAudio: true, negativePrompt: 'n'.repeat(2500) });
		expect(body).toStrictEqual({ model: id, prompt: PROMPT, duration: 7, mode: '4k', aspect_ratio: '1:1', audio: true, negative_prompt: 'n'.repeat(2500) });
		simulatorAccepts(body);
	});

	test('a first frame and reference images in image_with_roles (first_frame, reference), one video in video_list [I]', () => {
		const body = bodyFor(id, { ...omni, resolution: '720p', imageUrl: FIRST, references: { images: [IMG(1), IMG(2), IMG(3)], videos: VIDEO } });
		expect(body).toStrictEqual({
			model: id,
			prompt: PROMPT,
			duration: 7,
			mode: 'std',
			aspect_ratio: '1:1',
			audio: false,
			image_with_roles: [{ url: FIRST, role: 'first_frame' }, reference(IMG(1)), reference(IMG(2)), reference(IMG(3))],
			video_list: [VIDEO],
		});
		simulatorAccepts(body);
	});

	test('first + last frame: first_frame then last_frame; 7 reference images without frames', () => {
		const frames = bodyFor(id, { ...omni, resolution: '1080p', imageUrl: FIRST, lastFrameUrl: LAST });
		expect(frames).toStrictEqual({
			model: id,
			prompt: PROMPT,
			duration: 7,
			mode: 'pro',
			aspect_ratio: '1:1',
			audio: false,
			image_with_roles: [{ url: FIRST, role: 'first_frame' }, { url: LAST, role: 'last_frame' }],
		});
		simulatorAccepts(frames);
		const seven = bodyFor(id, { ...omni, references: { images: [1, 2, 3, 4, 5, 6, 7].map(IMG) } });
		expect(seven.image_with_roles).toEqual([1, 2, 3, 4, 5, 6, 7].map((n) => reference(IMG(n))));
		simulatorAccepts(seven);
	});

	test('sound with a video, 2 videos, 8 images, 5 images beside a video, a last frame with references, 2 s, 16 s or a long negative prompt are refused', () => {
		expect(invalid(() => bodyFor(id, { ...omni, generateAudio: true, references: { videos: VIDEO } })).message).toContain('cannot make sound together with a reference video');
		expect(invalid(() => bodyFor(id, { ...omni, references: { videos: [VIDEO, VIDEO] } })).message).toContain('at most 1 video');
		expect(invalid(() => bodyFor(id, { ...omni, imageUrl: FIRST, references: { images: [1, 2, 3, 4, 5, 6, 7].map(IMG) } })).message).toContain('at most 7 images with the start image');
		expect(invalid(() => bodyFor(id, { ...omni, references: { images: [1, 2, 3, 4, 5].map(IMG), videos: VIDEO } })).message).toContain('at most 4 images beside a reference video');
		expect(invalid(() => bodyFor(id, { ...omni, imageUrl: FIRST, lastFrameUrl: LAST, references: { images: [IMG(1), IMG(2)] } })).message).toContain('a last frame is allowed only with at most 2 images');
		expectNames(invalid(() => bodyFor(id, { ...omni, duration: 2 })), 'duration', '2');
		expectNames(invalid(() => bodyFor(id, { ...omni, duration: 16 })), 'duration', '16');
		expect(invalid(() => bodyFor(id, { ...omni, negativePrompt: 'n'.repeat(2501) })).message).toContain('at most 2500 characters');
	});
});
