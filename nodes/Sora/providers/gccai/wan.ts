import { secondsRange } from '../secondsRange';
import type { ModelSpec } from '../types';

// video-models.md §1.7: shuchongAI/docs wan2.6 and the docs.apimart.ai wan2.7 page (second audit: its
// fields document 2–15 s, 720P/1080P and `size`, which a start image overrides).
export const wanModels: ModelSpec[] = [
	{
		id: 'wan2.7',
		displayName: 'Wan 2.7',
		description: 'Alibaba Wan 2.7: text, start image, first + last frame, or continuing a video; 720P or 1080P',
		family: 'wan',
		durations: secondsRange(2, 15),
		defaultDuration: 5,
		aspectRatios: ['16:9', '9:16', '1:1', '4:3', '3:4'],
		resolutions: ['1080p', '720p'],
		promptMaxLength: 5000,
		supportsImage: true,
		supportsLastFrame: true,
		evidence: { level: 'documented', note: 'with a start image the video follows the image\'s shape, so no size is sent' },
		body: {
			duration: { key: 'duration', type: 'integer' },
			resolution: { key: 'resolution', values: { '720p': '720P', '1080p': '1080P' } },
			aspectRatio: { key: 'size', textToVideoOnly: true },
			image: { key: 'image_urls', type: 'array' },
		},
		// Row 16 of video-modes-and-callbacks.md §2 (docs.apimart.ai wan2.7/generation): `video_urls` makes
		// it a continuation (the mode follows the inputs present). One clip of 2–10 s and no start frame are
		// the upstream Wan 2.7 rules [T] (EvoLink documents them for the same model).
		references: {
			mode: 'extend',
			videos: { key: 'video_urls', max: 1, extensions: ['mp4', 'mov'], limits: 'Input 2–10 s (upstream limit); Duration is the total length' },
			exclusiveWithFrames: true,
			promptTags: '"video 1"',
			note: 'The whole output length is billed',
		},
	},
	{
		id: 'wan2.6',
		displayName: 'Wan 2.6',
		description: 'Alibaba Wan 2.6: 5/10/15 s, 720p or 1080p, automatic sound, text or one start image',
		family: 'wan',
		durations: [5, 10, 15],
		defaultDuration: 5,
		aspectRatios: ['16:9', '9:16', '1:1', '4:3', '3:4'],
		resolutions: ['720p', '1080p'],
		supportsImage: true,
		audio: { default: true },
		supportsNegativePrompt: true,
		seed: { min: 0, max: 2147483647 },
		body: {
			duration: { key: 'duration', type: 'integer' },
			resolution: { key: 'resolution' },
			aspectRatio: { key: 'aspect_ratio', textToVideoOnly: true },
			audio: { key: 'audio', on: true, off: false },
			negativePrompt: { key: 'negative_prompt' },
			seed: { key: 'seed' },
			image: { key: 'image_urls', type: 'array' },
		},
	},
];
