import type { BodyMap, ModelSpec, ReferenceSpec } from '../types';

export const VEO_PATH = '/v1/veo/videos';

// video-models.md §4.3 (late-2026 model list). No duration field: the output is 8 s. A start image is
// sent as `first_image` (first/last frame mode), never as reference images, which exclude it.
const veoBody: BodyMap = {
	resolution: { key: 'resolution', values: { '4k': '4K' } },
	aspectRatio: { key: 'aspect_ratio' },
	image: { key: 'first_image', type: 'string' },
	lastFrame: { key: 'last_image' },
};

// Row 4 of video-modes-and-callbacks.md §2 (docs.globalaiopc.com/en/api-reference/video/veo/veo-create,
// docs.xingchaoyiqing.com veo-create): up to 3 reference images on fast, pro and pro stable, never with
// first_image/last_image (else HTTP 200 with `id: null`). The page offers `input_reference` or
// `image_urls` (one of the two): the node sends `input_reference`, the key of the page's example.
const references: ReferenceSpec = {
	mode: 'reference',
	images: { key: 'input_reference', max: 3, limits: 'Public URLs (the page lists no formats or sizes)' },
	exclusiveWithFrames: true,
	promptTags: 'the images by their content (no tags documented)',
};

// The April copy (keyiyunnet-sys/docs veo-create.mdx) listed reference mode on fast and the old fast-stable
// id only; the later pages moved it to fast, pro and pro stable and made fast stable frames-only.
const referenceEvidence = {
	level: 'documented',
	note: 'fixed 8 s, no duration field; reference images follow the late-2026 page (the April doc-repo copy did not list them for pro)',
} as const;

const veo = {
	family: 'veo',
	durations: [8],
	defaultDuration: 8,
	aspectRatios: ['16:9', '9:16'],
	supportsImage: true,
	supportsLastFrame: true,
	body: veoBody,
	createPath: VEO_PATH,
	evidence: { level: 'documented', note: 'fixed 8 s, no duration field' },
} satisfies Partial<ModelSpec>;

export const veoModels: ModelSpec[] = [
	{
		...veo,
		id: 'veo_3_1_fast',
		displayName: 'Veo 3.1 Fast',
		description: 'Google Veo 3.1, fast: 720p, 1080p or 4K; first frame (+ last frame) or up to 3 reference images',
		resolutions: ['720p', '1080p', '4k'],
		references,
		evidence: referenceEvidence,
	},
	{
		...veo,
		id: 'veo_3_1_pro',
		displayName: 'Veo 3.1 Pro',
		description: 'Google Veo 3.1, quality: 720p, 1080p or 4K; first frame (+ last frame) or up to 3 reference images',
		resolutions: ['720p', '1080p', '4k'],
		references,
		evidence: referenceEvidence,
	},
	{
		...veo,
		id: 'veo_3_1_pro_stable',
		displayName: 'Veo 3.1 Pro Stable',
		description: 'Google Veo 3.1, quality on the stable channel: 720p or 1080p; first frame (+ last frame) or up to 3 reference images',
		resolutions: ['720p', '1080p'],
		references,
		evidence: referenceEvidence,
	},
	{
		...veo,
		id: 'veo_3_1_fast_stable',
		displayName: 'Veo 3.1 Fast Stable',
		description: 'Google Veo 3.1, fast on the stable channel: 720p or 1080p; first frame (+ last frame) only, no reference images',
		resolutions: ['720p', '1080p'],
	},
];
