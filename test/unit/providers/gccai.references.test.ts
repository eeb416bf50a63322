import { invalid } from '../validation/helpers';
import { bodyFor, FIRST, LAST } from './gccaiHelpers';
import { PROMPT } from './shared';

// APIMart rows 1 and 6 of video-modes-and-callbacks.md §2, key for key.
const IMG = (n: number) => `https://cdn.example/ref-${n}.png`;
const VIDEO = 'https://cdn.example/motion.mp4';
const AUDIO = 'https://cdn.example/voice.wav';

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
