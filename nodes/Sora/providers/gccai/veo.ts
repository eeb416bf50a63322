import type { ModelRule, ModelSpec } from '../types';

// video-models.md §1.3 (docs.apimart.ai veo3/generation; the gccai copy adds lite and 4k) and §1.4
// (veo3/generation-official). Veo 3.1 always renders 8 s on the non-official channel.
const veo31Fast: ModelSpec = {
	id: 'veo3.1-fast',
	displayName: 'Veo 3.1 Fast',
	description: 'Google Veo 3.1, fast tier: 8 s with sound, 720p to 4K, start image or first + last frame',
	family: 'veo',
	durations: [8],
	defaultDuration: 8,
	aspectRatios: ['16:9', '9:16'],
	resolutions: ['720p', '1080p', '4k'],
	supportsImage: true,
	supportsLastFrame: true,
	evidence: {
		level: 'documented',
		note: 'A single image is sent as image_urls without generation_type (the docs only name the 2-image frame mode)',
	},
	body: {
		duration: { key: 'duration', type: 'integer' },
		resolution: { key: 'resolution' },
		aspectRatio: { key: 'aspect_ratio' },
		image: { key: 'image_urls', type: 'array' },
		frameConstants: { generation_type: 'frame' },
	},
};

const officialBody: ModelSpec['body'] = {
	duration: { key: 'duration', type: 'integer' },
	resolution: { key: 'resolution', values: { '4k': '4K' } },
	aspectRatio: { key: 'aspect_ratio' },
	audio: { key: 'generate_audio', on: true, off: false },
	negativePrompt: { key: 'negative_prompt' },
	seed: { key: 'seed' },
	image: { key: 'first_frame_image', type: 'string' },
	lastFrame: { key: 'last_frame_image' },
};

const official = (id: string, displayName: string, tier: string): ModelSpec => ({
	id,
	displayName,
	description: `Google Veo 3.1 ${tier} on Google's official channel: 4/6/8 s, 720p to 4K, negative prompt and seed`,
	family: 'veo',
	durations: [4, 6, 8],
	defaultDuration: 8,
	aspectRatios: ['16:9', '9:16'],
	resolutions: ['720p', '1080p', '4k'],
	supportsImage: true,
	supportsLastFrame: true,
	audio: { default: true },
	supportsNegativePrompt: true,
	seed: { min: 0, max: 4294967295 },
	evidence: {
		level: 'thirdParty',
		note: 'The keys last_frame_image and generate_audio come from third-party code; the page lists 4K in the field but "720P and 1080P" in its summary',
	},
	body: officialBody,
});

// Third-party lists for veo3.1-lite-official: a first + last frame pair renders 8 s only.
const liteFramesAtEightSeconds: ModelRule = {
	check: (input) => (input.lastFrameUrl && input.duration !== 8 ? 'Veo 3.1 Lite (Official) takes a first + last frame at 8 s only' : undefined),
};

export const veoModels: ModelSpec[] = [
	{
		...veo31Fast,
		description: 'Google Veo 3.1, fast tier: 8 s with sound, 720p to 4K, start image, first + last frame or up to 3 reference images',
		// Row 1 of video-modes-and-callbacks.md §2 (shuchongAI/docs veo3/generation.mdx): reference mode on
		// the fast id only (quality rejects it), with its own generation_type; never with frames.
		references: {
			mode: 'reference',
			images: { key: 'image_urls', max: 3, extensions: ['jpg', 'jpeg', 'png', 'webp'], limits: 'Each ≤ 10 MB' },
			exclusiveWithFrames: true,
			constants: { generation_type: 'reference' },
			promptTags: 'the images by their content (no tags documented)',
		},
	},
	{
		...veo31Fast,
		id: 'veo3.1-quality',
		displayName: 'Veo 3.1 Quality',
		description: 'Google Veo 3.1, quality tier: 8 s with sound, 720p to 4K, start image or first + last frame',
	},
	{
		...veo31Fast,
		id: 'veo3.1-lite',
		displayName: 'Veo 3.1 Lite',
		description: 'Google Veo 3.1, lite tier: text-to-video only, 8 s, 720p to 4K',
		supportsImage: false,
		supportsLastFrame: false,
		evidence: {
			level: 'thirdParty',
			note: 'Listed on the gccai copy of the Veo page; that it takes no image is known from third-party material',
		},
	},
	official('veo3.1-fast-official', 'Veo 3.1 Fast (Official)', 'fast'),
	official('veo3.1-quality-official', 'Veo 3.1 Quality (Official)', 'quality'),
	{
		...official('veo3.1-lite-official', 'Veo 3.1 Lite (Official)', 'lite'),
		description: "Google Veo 3.1 lite tier on Google's official channel: 4/6/8 s at 720p, 1080p at 8 s; negative prompt and seed",
		resolutions: ['720p', '1080p'],
		resolutionsByDuration: { 4: ['720p'], 6: ['720p'] },
		rules: [liteFramesAtEightSeconds],
		unlisted: 'APIMart\'s official Veo page (docs.apimart.ai and its gccai copy) lists only veo3.1-fast-official and veo3.1-quality-official',
		evidence: {
			level: 'thirdParty',
			note: 'APIMart has no page for this id: 4/6/8 s, 720p/1080p (no 4K), 1080p and first + last frame at 8 s only come from third-party lists; the body is the official channel\'s',
		},
	},
];
