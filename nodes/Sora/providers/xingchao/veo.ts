import type { BodyMap, ModelSpec } from '../types';

export const VEO_PATH = '/v1/veo/videos';

// video-models.md §4.3 (late-2026 model list). No duration field: the output is 8 s. A start image is
// sent as `first_image` (first/last frame mode), never as reference images, which exclude it.
const veoBody: BodyMap = {
	resolution: { key: 'resolution', values: { '4k': '4K' } },
	aspectRatio: { key: 'aspect_ratio' },
	image: { key: 'first_image', type: 'string' },
	lastFrame: { key: 'last_image' },
};

const veo = {
	family: 'veo',
	durations: [8],
	defaultDuration: 8,
	aspectRatios: ['16:9', '9:16'],
	supportsImage: true,
	supportsLastFrame: true,
	body: veoBody,
	createPath: VEO_PATH,
	evidence: { level: 'documented', note: 'fixed 8 s, no duration field; reference-image mode is not offered' },
} satisfies Partial<ModelSpec>;

export const veoModels: ModelSpec[] = [
	{
		...veo,
		id: 'veo_3_1_fast',
		displayName: 'Veo 3.1 Fast',
		description: 'Google Veo 3.1, fast: 720p, 1080p or 4K; first frame (+ last frame) optional',
		resolutions: ['720p', '1080p', '4k'],
	},
	{
		...veo,
		id: 'veo_3_1_pro',
		displayName: 'Veo 3.1 Pro',
		description: 'Google Veo 3.1, quality: 720p, 1080p or 4K; first frame (+ last frame) optional',
		resolutions: ['720p', '1080p', '4k'],
	},
	{
		...veo,
		id: 'veo_3_1_pro_stable',
		displayName: 'Veo 3.1 Pro Stable',
		description: 'Google Veo 3.1, quality on the stable channel: 720p or 1080p',
		resolutions: ['720p', '1080p'],
	},
	{
		...veo,
		id: 'veo_3_1_fast_stable',
		displayName: 'Veo 3.1 Fast Stable',
		description: 'Google Veo 3.1, fast on the stable channel: 720p or 1080p',
		resolutions: ['720p', '1080p'],
	},
];
