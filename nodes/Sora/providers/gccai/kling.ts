import { secondsRange } from '../secondsRange';
import type { ModelSpec } from '../types';

// video-models.md §1.5. kling-v3 follows the newer page (3–15 s, mode std/pro/4k); kling-v2-6 is
// shuchongAI/docs kling-v2-6 (= the gccai page); kling-3.0-turbo the docs.apimart.ai page, partly read.
const klingMode = { key: 'mode', values: { '720p': 'std', '1080p': 'pro', '4k': '4k' } } as const;
const klingRatios: ModelSpec['aspectRatios'] = ['16:9', '9:16', '1:1'];

export const klingModels: ModelSpec[] = [
	{
		id: 'kling-3.0-turbo',
		displayName: 'Kling 3.0 Turbo',
		description: 'Kuaishou Kling 3.0 Turbo: fast Kling 3 renders from text or a start image',
		family: 'kling',
		durations: secondsRange(3, 15),
		defaultDuration: 5,
		aspectRatios: klingRatios,
		resolutions: ['720p', '1080p'],
		promptMaxLength: 3072,
		supportsImage: true,
		// The page lists jpg/jpeg/png for `first_frame_image`, narrower than APIMart's upload types.
		imageFormats: ['png', 'jpeg'],
		evidence: {
			level: 'thirdParty',
			note: 'APIMart shows only resolution 1080p and duration 5 as examples; 3–15 s and 720p/1080p are the Kling 3 Turbo values documented by EvoLink',
		},
		body: {
			duration: { key: 'duration', type: 'integer' },
			resolution: { key: 'resolution' },
			aspectRatio: { key: 'aspect_ratio', textToVideoOnly: true },
			image: { key: 'first_frame_image', type: 'string' },
		},
	},
	{
		id: 'kling-v3',
		displayName: 'Kling 3.0',
		description: 'Kuaishou Kling 3.0: 3–15 s, standard (720p), pro (1080p) or 4K, first + last frame',
		family: 'kling',
		durations: secondsRange(3, 15),
		defaultDuration: 5,
		aspectRatios: klingRatios,
		resolutions: ['720p', '1080p', '4k'],
		supportsImage: true,
		supportsLastFrame: true,
		audio: { default: false },
		supportsNegativePrompt: true,
		evidence: {
			level: 'inferred',
			note: 'The audio switch is sent as `audio` (its key is not shown on the page); an older copy of the page allowed only 5/10/15 s and no 4K',
		},
		body: {
			duration: { key: 'duration', type: 'integer' },
			resolution: klingMode,
			aspectRatio: { key: 'aspect_ratio' },
			audio: { key: 'audio', on: true, off: false },
			negativePrompt: { key: 'negative_prompt' },
			image: { key: 'image_urls', type: 'array' },
		},
	},
	{
		id: 'kling-v2-6',
		displayName: 'Kling 2.6',
		description: 'Kuaishou Kling 2.6: 5 or 10 s; pro (1080p) adds sound or a last frame',
		family: 'kling',
		durations: [5, 10],
		defaultDuration: 5,
		aspectRatios: klingRatios,
		resolutions: ['720p', '1080p'],
		promptMaxLength: 2500,
		supportsImage: true,
		supportsLastFrame: true,
		audio: { default: false },
		supportsNegativePrompt: true,
		body: {
			duration: { key: 'duration', type: 'integer' },
			resolution: klingMode,
			aspectRatio: { key: 'aspect_ratio' },
			audio: { key: 'audio', on: true, off: false },
			negativePrompt: { key: 'negative_prompt' },
			image: { key: 'image_urls', type: 'array' },
		},
		rules: [
			{
				check: ({ lastFrameUrl, resolution }) =>
					lastFrameUrl && resolution !== '1080p' ? 'a last frame needs the pro mode (1080p)' : undefined,
			},
			{
				check: ({ generateAudio, resolution }) =>
					generateAudio && resolution !== '1080p' ? 'sound needs the pro mode (1080p); standard mode is silent' : undefined,
			},
			{
				check: ({ generateAudio, lastFrameUrl }) =>
					generateAudio && lastFrameUrl ? 'sound and a last frame cannot be combined' : undefined,
			},
		],
	},
];
