import { secondsRange } from '../secondsRange';
import type { ModelSpec } from '../types';

// video-models.md §1.10: shuchongAI/docs vidu-q3-pro. The ratio is for text-to-video only; with images
// the video follows them.
export const viduModels: ModelSpec[] = [
	{
		id: 'viduq3-pro',
		displayName: 'Vidu Q3 Pro',
		description: 'Vidu Q3 Pro: 1–16 s, 540p to 1080p, sound on by default, first + last frame',
		family: 'vidu',
		durations: secondsRange(1, 16),
		defaultDuration: 5,
		aspectRatios: ['16:9', '9:16', '4:3', '3:4', '1:1'],
		resolutions: ['720p', '540p', '1080p'],
		promptMaxLength: 2000,
		supportsImage: true,
		supportsLastFrame: true,
		audio: { default: true },
		seed: { min: 0, max: 2147483647 },
		evidence: { level: 'documented', note: 'The seed range is not documented' },
		body: {
			duration: { key: 'duration', type: 'integer' },
			resolution: { key: 'resolution' },
			aspectRatio: { key: 'aspect_ratio', textToVideoOnly: true },
			audio: { key: 'audio', on: true, off: false },
			seed: { key: 'seed' },
			image: { key: 'image_urls', type: 'array' },
		},
	},
];
