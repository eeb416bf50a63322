import { secondsRange } from '../secondsRange';
import type { AspectRatio, ModelSpec, ReferenceSpec, Resolution } from '../types';
import { needsStartImage } from './rules';
import { seedanceBody } from './seedanceBody';
import { seedance25Models } from './seedance25';

// EvoLink Seedance (video-models.md §3.4; docs seedance1.5/*, seedance2.0/*, 2026-08-21). Each 2.0
// mode is its own id: text-to-video takes no image, image-to-video needs a first frame (a second
// image is the last frame), reference-to-video takes reference images (@image1 in the prompt).
// Prompt limits are documented in tokens only, so none is enforced in characters.
type Traits = Omit<ModelSpec, 'id' | 'displayName' | 'description'>;

const body = seedanceBody;

// 2.0 defaults to `adaptive`; the documented default leads each list.
const ratios20: AspectRatio[] = ['adaptive', '16:9', '9:16', '1:1', '4:3', '3:4', '21:9'];
const full: Resolution[] = ['720p', '480p', '1080p', '4k'];
// Fast and mini: 1080p is "coming soon".
const light: Resolution[] = ['720p', '480p'];

// Row 5 of video-modes-and-callbacks.md §2 (seedance-2.0-reference-to-video.json): the start image
// stays reference image 1 (what the node sent before references existed); no base64, so binary images
// are uploaded first. Lengths, sizes and pixels cannot be read from a URL: they are stated, not checked.
const references20: ReferenceSpec = {
	mode: 'reference',
	images: { key: 'image_urls', max: 9, extensions: ['jpg', 'jpeg', 'png', 'webp'], limits: 'Each ≤ 30 MB, 300–6000 px, ratio 0.4–2.5' },
	videos: { key: 'video_urls', max: 3, extensions: ['mp4', 'mov'], limits: 'Each 2–15 s, 15 s in total, ≤ 50 MB, 24–60 fps; input seconds are billed' },
	audios: { key: 'audio_urls', max: 3, extensions: ['wav', 'mp3'], limits: 'Each 2–15 s, 15 s in total, ≤ 15 MB' },
	startImageIsFirst: true,
	audioNeedsVisual: true,
	promptTags: '@image1, @video1, @audio1 (numbered per kind)',
};

function seedance20(resolutions: Resolution[], mode: 'text' | 'image' | 'reference'): Traits {
	return {
		family: 'seedance',
		durations: secondsRange(4, 15),
		defaultDuration: 5,
		aspectRatios: ratios20,
		resolutions,
		supportsImage: mode !== 'text',
		supportsLastFrame: mode === 'image',
		audio: { default: true },
		body,
		...(mode === 'image' ? { rules: [needsStartImage] } : {}),
		...(mode === 'reference' ? { references: references20 } : {}),
	};
}

const tokens = 'Prompt up to 10000 tokens';

export const seedanceModels: ModelSpec[] = [
	...seedance25Models,
	{
		...seedance20(full, 'text'),
		id: 'seedance-2.0-text-to-video',
		displayName: 'Seedance 2.0 Text to Video',
		description: `ByteDance Seedance 2.0 from a prompt alone, 4–15 s up to 4K with audio. ${tokens}`,
	},
	{
		...seedance20(full, 'image'),
		id: 'seedance-2.0-image-to-video',
		displayName: 'Seedance 2.0 Image to Video',
		description: `Seedance 2.0 from a first frame (optional last frame), 4–15 s up to 4K. ${tokens}`,
	},
	{
		...seedance20(full, 'reference'),
		id: 'seedance-2.0-reference-to-video',
		displayName: 'Seedance 2.0 Reference to Video',
		description: `Seedance 2.0 guided by up to 9 images, 3 videos and 3 audio files (@image1, @video1, @audio1), up to 4K. ${tokens}`,
	},
	{
		...seedance20(light, 'text'),
		id: 'seedance-2.0-fast-text-to-video',
		displayName: 'Seedance 2.0 Fast Text to Video',
		description: `Faster, cheaper Seedance 2.0 from a prompt, 480p/720p. ${tokens}`,
	},
	{
		...seedance20(light, 'image'),
		id: 'seedance-2.0-fast-image-to-video',
		displayName: 'Seedance 2.0 Fast Image to Video',
		description: `Faster Seedance 2.0 from a first frame (optional last frame), 480p/720p. ${tokens}`,
	},
	{
		...seedance20(light, 'reference'),
		id: 'seedance-2.0-fast-reference-to-video',
		displayName: 'Seedance 2.0 Fast Reference to Video',
		description: `Faster Seedance 2.0 guided by images, videos and audio (@image1, @video1, @audio1), 480p/720p. ${tokens}`,
	},
	{
		...seedance20(light, 'text'),
		id: 'seedance-2.0-mini-text-to-video',
		displayName: 'Seedance 2.0 Mini Text to Video',
		description: `Smallest Seedance 2.0 from a prompt, 480p/720p. ${tokens}`,
	},
	{
		...seedance20(light, 'image'),
		id: 'seedance-2.0-mini-image-to-video',
		displayName: 'Seedance 2.0 Mini Image to Video',
		description: `Smallest Seedance 2.0 from a first frame (optional last frame), 480p/720p. ${tokens}`,
	},
	{
		...seedance20(light, 'reference'),
		id: 'seedance-2.0-mini-reference-to-video',
		displayName: 'Seedance 2.0 Mini Reference to Video',
		description: `Smallest Seedance 2.0 guided by images, videos and audio (@image1, @video1, @audio1), 480p/720p. ${tokens}`,
	},
	{
		id: 'seedance-1.5-pro',
		displayName: 'Seedance 1.5 Pro',
		description: 'Seedance 1.5 Pro: text, first frame or first + last frame, 4–12 s with audio. Prompt up to 2000 tokens',
		family: 'seedance',
		durations: secondsRange(4, 12),
		defaultDuration: 5,
		aspectRatios: ['16:9', '9:16', '1:1', '4:3', '3:4', '21:9', 'adaptive'],
		resolutions: ['720p', '480p', '1080p'],
		supportsImage: true,
		supportsLastFrame: true,
		audio: { default: true },
		body,
	},
];
