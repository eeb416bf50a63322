import { secondsRange } from '../secondsRange';
import type { ModelSpec, ReferenceSpec } from '../types';

// Row 6 of video-modes-and-callbacks.md §2 (docs.apimart.ai doubao-seedance-2-0/generation): reference
// images as `image_with_roles` with the role reference_image (the frames stay in image_urls), videos
// and audio as URL lists. The keys are documented; the counts and the audio rule are Volcengine's
// upstream limits [T], stated on the fields.
const upstream = 'Limits from the upstream Volcengine API (third-party for APIMart)';
const references: ReferenceSpec = {
	mode: 'reference',
	images: { key: 'image_with_roles', roleItem: { role: 'reference_image' }, max: 9, extensions: ['jpg', 'jpeg', 'png', 'webp'], limits: upstream },
	videos: { key: 'video_urls', max: 3, extensions: ['mp4', 'mov'], limits: `Each 2–15 s, 15 s in total; input seconds are billed. ${upstream}` },
	audios: { key: 'audio_urls', max: 3, extensions: ['wav', 'mp3'], limits: `Each 2–15 s, 15 s in total. ${upstream}` },
	audioNeedsVisual: true,
	promptTags: 'image 1, video 1, audio 1 (as on the APIMart examples)',
};

// video-models.md §1.6: docs.apimart.ai and gccai doubao-seedance-2-0 pages (the newer gccai copy:
// 4–15 s, the -face ids, 1080p only on the non-fast ids; the second audit found the audio default and
// the seed range there too) and shuchongAI/docs doubao-seedance-1-5-pro.
const seedance2 = (id: string, displayName: string, description: string, fullHd: boolean): ModelSpec => ({
	id,
	displayName,
	description,
	family: 'seedance',
	durations: secondsRange(4, 15),
	defaultDuration: 5,
	// `size` carries the ratio on this model; `adaptive` follows the start image.
	aspectRatios: ['16:9', '9:16', '1:1', '4:3', '3:4', '21:9', 'adaptive'],
	resolutions: fullHd ? ['480p', '720p', '1080p'] : ['480p', '720p'],
	promptMaxLength: 4000,
	supportsImage: true,
	supportsLastFrame: true,
	audio: { default: true },
	seed: { min: 0, max: 4294967295 },
	references,
	body: {
		duration: { key: 'duration', type: 'integer' },
		resolution: { key: 'resolution' },
		aspectRatio: { key: 'size' },
		audio: { key: 'generate_audio', on: true, off: false },
		seed: { key: 'seed' },
		image: { key: 'image_urls', type: 'array' },
	},
});

export const seedanceModels: ModelSpec[] = [
	seedance2('doubao-seedance-2.0', 'Seedance 2.0', 'ByteDance Seedance 2.0: 4–15 s, up to 1080p, sound, first + last frame', true),
	seedance2('doubao-seedance-2.0-fast', 'Seedance 2.0 Fast', 'ByteDance Seedance 2.0, faster and cheaper: 4–15 s, up to 720p', false),
	seedance2(
		'doubao-seedance-2.0-face',
		'Seedance 2.0 Face',
		'Seedance 2.0 that accepts images of real people: 4–15 s, up to 1080p',
		true,
	),
	seedance2(
		'doubao-seedance-2.0-fast-face',
		'Seedance 2.0 Fast Face',
		'Seedance 2.0 Fast that accepts images of real people: 4–15 s, up to 720p',
		false,
	),
	{
		id: 'doubao-seedance-1-5-pro',
		displayName: 'Seedance 1.5 Pro',
		description: 'ByteDance Seedance 1.5 Pro: 4–12 s, 480p to 1080p, optional sound, first + last frame',
		family: 'seedance',
		durations: secondsRange(4, 12),
		defaultDuration: 5,
		aspectRatios: ['16:9', '9:16', '1:1', '4:3', '3:4', '21:9'],
		resolutions: ['720p', '480p', '1080p'],
		supportsImage: true,
		supportsLastFrame: true,
		audio: { default: false },
		seed: { min: 0, max: 4294967295 },
		body: {
			duration: { key: 'duration', type: 'integer' },
			resolution: { key: 'resolution' },
			aspectRatio: { key: 'aspect_ratio' },
			audio: { key: 'audio', on: true, off: false },
			seed: { key: 'seed' },
			image: { key: 'image_urls', type: 'array' },
		},
	},
];
