import { klingOmniImageCounts, negativePromptUpTo } from '../modelRules';
import { secondsRange } from '../secondsRange';
import type { BodyMap, ModelRule, ModelSpec } from '../types';

// video-models.md §1.5. kling-v3 follows the newer page (3–15 s, mode std/pro/4k); kling-v2-6 is
// shuchongAI/docs kling-v2-6 (= the gccai page); kling-3.0-turbo the docs.apimart.ai page, partly read.
const klingMode = { key: 'mode', values: { '720p': 'std', '1080p': 'pro', '4k': '4k' } } as const;
const klingRatios: ModelSpec['aspectRatios'] = ['16:9', '9:16', '1:1'];
// kling-v3 and kling-v3-omni: the same durations, modes, ratios, sound switch and negative prompt.
const klingV3 = {
	family: 'kling',
	durations: secondsRange(3, 15),
	defaultDuration: 5,
	aspectRatios: klingRatios,
	resolutions: ['720p', '1080p', '4k'],
	supportsImage: true,
	supportsLastFrame: true,
	audio: { default: false },
	supportsNegativePrompt: true,
} satisfies Partial<ModelSpec>;
const klingV3Body = {
	duration: { key: 'duration', type: 'integer' },
	resolution: klingMode,
	aspectRatio: { key: 'aspect_ratio' },
	audio: { key: 'audio', on: true, off: false },
	negativePrompt: { key: 'negative_prompt' },
} satisfies BodyMap;

// Row 11 of video-modes-and-callbacks.md §2 [D] docs.apimart.ai/en/api-reference/videos/kling-v3-omni/generation:
// `image_with_roles` (first_frame, last_frame, reference), one reference video, sound "mutually exclusive
// with video_list". The video key `video_list` is inferred [I] (sent as a URL list), and so is the sound
// key `audio` (as on kling-v3). Image counts are Kling Omni's upstream limits (EvoLink documents them [T]).
const noSoundWithVideo: ModelRule = {
	check: (input) => (input.generateAudio && (input.references?.videos.length ?? 0) > 0 ? 'cannot make sound together with a reference video; turn Generate Audio off' : undefined),
};

export const klingModels: ModelSpec[] = [
	{
		...klingV3,
		id: 'kling-v3-omni',
		displayName: 'Kling 3.0 Omni',
		description: 'Kuaishou Kling 3.0 Omni: text, first + last frame, up to 7 reference images (<<<image_1>>>) and 1 reference video, 3–15 s, standard/pro/4K',
		evidence: {
			level: 'documented',
			note: 'The key of the reference video (video_list, sent as a URL list) and of the sound switch (audio) are inferred; the image counts are Kling Omni\'s upstream limits',
		},
		body: {
			...klingV3Body,
			image: { key: 'image_with_roles', type: 'array', role: 'first_frame' },
			lastFrame: { key: 'image_with_roles', role: 'last_frame' },
		},
		references: {
			mode: 'reference',
			images: { key: 'image_with_roles', roleItem: { role: 'reference' }, max: 7, extensions: ['jpg', 'jpeg', 'png'], limits: 'At most 7 images with the first frame, 4 beside a reference video; a last frame only with at most 2 (Kling\'s upstream limits)' },
			videos: { key: 'video_list', max: 1, extensions: ['mp4', 'mov'], limits: 'Key inferred; no sound with a reference video' },
			promptTags: '<<<image_1>>> … in the order sent (first frame, last frame, then the reference images; <<<image_1>>> is added when the prompt names none), <<<video_1>>>',
		},
		rules: [negativePromptUpTo(2500), klingOmniImageCounts, noSoundWithVideo],
	},
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
		...klingV3,
		id: 'kling-v3',
		displayName: 'Kling 3.0',
		description: 'Kuaishou Kling 3.0: 3–15 s, standard (720p), pro (1080p) or 4K, first + last frame',
		evidence: {
			level: 'inferred',
			note: 'The audio switch is sent as `audio` (its key is not shown on the page); an older copy of the page allowed only 5/10/15 s and no 4K',
		},
		body: { ...klingV3Body, image: { key: 'image_urls', type: 'array' } },
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
