import { needsStartImage } from '../modelRules';
import type { BodyMap, ModelSpec } from '../types';

// video-models.md §2.5, from YutoAI's own pages (POST /v2/videos/generations): docs.yutoai.net
// api-342290999 (Wan 文生视频), api-342181510 (Wan 图生视频), api-356164000 (wan2.5 with audio). Image to
// video follows the image's shape (no ratio field) and takes the tier in upper case; text to video takes
// a pixel `size`, of which only the default is documented.
const upperCaseTiers = { '480p': '480P', '720p': '720P', '1080p': '1080P' } as const;

const wanBody: BodyMap = {
	duration: { key: 'duration', type: 'integer' },
	negativePrompt: { key: 'negative_prompt' },
	seed: { key: 'seed' },
};

const imageToVideoBody: BodyMap = {
	...wanBody,
	resolution: { key: 'resolution', values: upperCaseTiers },
	image: { key: 'images', type: 'array' },
};

const wan = {
	family: 'wan',
	defaultDuration: 5,
	promptMaxLength: 800,
	supportsNegativePrompt: true,
	seed: { min: 0, max: 2147483647 },
} satisfies Partial<ModelSpec>;

const seedNote = 'the seed range is not documented (0–2147483647 inferred)';

const imageToVideo = {
	...wan,
	aspectRatios: ['adaptive'],
	supportsImage: true,
	body: imageToVideoBody,
} satisfies Partial<ModelSpec>;

export const wanModels: ModelSpec[] = [
	{
		...imageToVideo,
		id: 'wan2.5-i2v-preview',
		displayName: 'Wan 2.5 Preview (Image to Video)',
		description: 'Image to video with generated audio, 5 or 10 s; an image is required',
		durations: [5, 10],
		resolutions: ['1080p', '720p', '480p'],
		audio: { default: true },
		body: { ...imageToVideoBody, audio: { key: 'audio', on: true, off: false } },
		rules: [needsStartImage('Wan 2.5 Preview is image to video')],
		evidence: { level: 'documented', note: `the page types audio as a string (a boolean is sent); per-model tiers inferred; ${seedNote}` },
	},
	{
		...wan,
		id: 'wan2.2-t2v-plus',
		displayName: 'Wan 2.2 Plus (Text to Video)',
		description: 'Text to video, 5 s at 1920×1080',
		durations: [5],
		aspectRatios: ['16:9'],
		resolutions: ['1080p'],
		supportsImage: false,
		body: { ...wanBody, constants: { size: '1920x1080' } },
		evidence: { level: 'documented', note: `only the documented default size 1920x1080 is offered; ${seedNote}` },
	},
	{
		...imageToVideo,
		id: 'wan2.2-i2v-plus',
		displayName: 'Wan 2.2 Plus (Image to Video)',
		description: 'Image to video, 5 s, 1080p or 480p; an image is required',
		durations: [5],
		resolutions: ['1080p', '480p'],
		rules: [needsStartImage('Wan 2.2 Plus (Image to Video) needs an image')],
		evidence: { level: 'documented', note: seedNote },
	},
	{
		...imageToVideo,
		id: 'wan2.2-i2v-flash',
		displayName: 'Wan 2.2 Flash (Image to Video)',
		description: 'Fast image to video, 5 s, 720p or 480p; an image is required',
		durations: [5],
		resolutions: ['720p', '480p'],
		rules: [needsStartImage('Wan 2.2 Flash (Image to Video) needs an image')],
		evidence: { level: 'documented', note: seedNote },
	},
];
