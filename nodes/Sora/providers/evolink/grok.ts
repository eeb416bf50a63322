import { secondsRange } from '../secondsRange';
import { binaryReferenceImageCount } from '../modelRules';
import { referenceCount } from '../referenceBody';
import type { BodyMap, ModelSpec } from '../types';
import { needsStartImage } from './rules';

// EvoLink Grok Imagine (video-models.md §3.7; docs grok/*.json, 2026-08-21). With one image the
// video follows the image's shape, so image-to-video ids send no aspect ratio (as EvoLink's own
// examples). Only Grok 1.5 documents a prompt limit (4096 characters).
const text: BodyMap = {
	duration: { key: 'duration', type: 'integer' },
	resolution: { key: 'quality' },
	aspectRatio: { key: 'aspect_ratio' },
};
const image: BodyMap = {
	duration: { key: 'duration', type: 'integer' },
	resolution: { key: 'quality' },
	image: { key: 'image_urls', type: 'array' },
};

export const grokModels: ModelSpec[] = [
	{
		id: 'grok-imagine-video-1.5-preview',
		displayName: 'Grok Imagine 1.5 (preview)',
		description: 'xAI Grok Imagine 1.5 from a prompt, a first frame or 2–7 reference images, 1–15 s up to 1080p. Prompt up to 4096 characters',
		family: 'grok',
		durations: secondsRange(1, 15),
		defaultDuration: 6,
		aspectRatios: ['adaptive', '16:9', '9:16', '1:1', '3:2', '2:3'],
		resolutions: ['480p', '720p', '1080p'],
		promptMaxLength: 4096,
		supportsImage: true,
		// §2e: 2–7 images make a reference video; no 1080p with 2 or more images.
		references: {
			mode: 'reference',
			images: { key: 'image_urls', max: 7, extensions: ['jpg', 'jpeg', 'png', 'webp'] },
			startImageIsFirst: true,
			promptTags: 'the images by their content (no tags documented)',
		},
		rules: [
			{
				check: (input) =>
					input.resolution === '1080p' && referenceCount(input, 'images') + binaryReferenceImageCount(input) >= 2
						? 'no 1080p with 2 or more images; choose 720p or 480p'
						: undefined,
			},
		],
		body: {
			...text,
			aspectRatio: { key: 'aspect_ratio', textToVideoOnly: true, values: { adaptive: 'auto' } },
			image: { key: 'image_urls', type: 'array' },
		},
	},
	{
		id: 'grok-imagine-video-1.0-t2v',
		displayName: 'Grok Imagine 1.0 Text to Video',
		description: 'Grok Imagine 1.0 from a prompt, 1–15 s, 480p/720p',
		family: 'grok',
		durations: secondsRange(1, 15),
		defaultDuration: 6,
		aspectRatios: ['16:9', '9:16', '1:1', '3:2', '2:3', '4:3', '3:4'],
		resolutions: ['480p', '720p'],
		supportsImage: false,
		body: text,
	},
	{
		id: 'grok-imagine-video-1.0-i2v',
		displayName: 'Grok Imagine 1.0 Image to Video',
		description: 'Grok Imagine 1.0 from one image, 1–15 s, 480p/720p',
		family: 'grok',
		durations: secondsRange(1, 15),
		defaultDuration: 6,
		aspectRatios: ['adaptive'],
		resolutions: ['480p', '720p'],
		supportsImage: true,
		body: image,
		rules: [needsStartImage],
	},
	{
		id: 'grok-imagine-text-to-video-beta',
		displayName: 'Grok Imagine Text to Video (beta)',
		description: 'Grok Imagine beta (old name grok-imagine-text-to-video) from a prompt, 6–30 s, 480p/720p',
		family: 'grok',
		durations: secondsRange(6, 30),
		defaultDuration: 6,
		aspectRatios: ['16:9', '9:16', '1:1', '3:2', '2:3'],
		resolutions: ['480p', '720p'],
		supportsImage: false,
		body: text,
	},
	{
		id: 'grok-imagine-image-to-video-beta',
		displayName: 'Grok Imagine Image to Video (beta)',
		description: 'Grok Imagine beta (old name grok-imagine-image-to-video) from one image, 6–30 s, 480p/720p',
		family: 'grok',
		durations: secondsRange(6, 30),
		defaultDuration: 6,
		aspectRatios: ['adaptive'],
		resolutions: ['480p', '720p'],
		supportsImage: true,
		body: image,
		rules: [needsStartImage],
	},
];
