import { secondsRange } from '../secondsRange';
import type { BodyMap, ElementSpec, ModelRule, ModelSpec, ReferenceKindSpec, Resolution } from '../types';
import { binaryReferenceImageCount, hasStartImage, klingOmniImageCounts } from '../modelRules';
import { jpegOrPngFrames, needsStartImage } from './rules';

// EvoLink Kling (video-models.md §3.3; docs kling/*.json, 2026-08-21). Frames go in `image_start`
// and `image_end` (plain strings), audio is `sound: "on" | "off"`, any whole 3–15 s. Image-to-video
// follows the first frame's shape, so it sends no aspect ratio (as EvoLink's own examples).
// The prompt limit is documented in characters (2500).
type Traits = Omit<ModelSpec, 'id' | 'displayName' | 'description'>;

const sound = { key: 'sound', on: 'on', off: 'off' };
const duration = { key: 'duration', type: 'integer' } as const;
const quality = { key: 'quality' };
const firstFrame = { key: 'image_start', type: 'string' } as const;

// Turbo documents neither sound nor a negative prompt, and its image-to-video no last frame;
// O3 documents no negative prompt.
const turboTextBody: BodyMap = { duration, resolution: quality, aspectRatio: { key: 'aspect_ratio' } };
const o3TextBody: BodyMap = { ...turboTextBody, audio: sound };
const textBody: BodyMap = { ...o3TextBody, negativePrompt: { key: 'negative_prompt' } };
const turboImageBody: BodyMap = { duration, resolution: quality, image: firstFrame };
const o3ImageBody: BodyMap = { ...turboImageBody, audio: sound, lastFrame: { key: 'image_end' } };
const imageBody: BodyMap = { ...o3ImageBody, negativePrompt: { key: 'negative_prompt' } };

const upTo4k: Resolution[] = ['720p', '1080p', '4k'];

function kling(mode: 'text' | 'image', resolutions: Resolution[], body: BodyMap): Traits {
	const image = mode === 'image';
	return {
		family: 'kling',
		durations: secondsRange(3, 15),
		defaultDuration: 5,
		aspectRatios: image ? ['adaptive'] : ['16:9', '9:16', '1:1'],
		resolutions,
		promptMaxLength: 2500,
		supportsImage: image,
		supportsLastFrame: image && body.lastFrame !== undefined,
		...(body.audio ? { audio: { default: false } } : {}),
		supportsNegativePrompt: body.negativePrompt !== undefined,
		body,
		rules: image ? [needsStartImage, jpegOrPngFrames] : [],
	};
}

// Row 8 (kling-o3-image-to-video.json): the start image is optional once reference images are given
// (`<<<image_N>>>` in the prompt); without a first frame the ratio is sent (Kling needs one then [T]).
// Images (start image included [I]) ≤ 7; a last frame only with ≤ 2 images in total.
const klingImages = (max: number): ReferenceKindSpec => ({ key: 'image_urls', max, extensions: ['jpg', 'jpeg', 'png'], limits: 'Each ≤ 10 MB, ≥ 300 px, ratio 1:2.5–2.5:1' });
const o3ReferenceRules: ModelRule[] = [
	{ check: (input) => (hasStartImage(input) || (input.references?.images.length ?? 0) > 0 || binaryReferenceImageCount(input) > 0 ? undefined : 'needs a start image or at least one reference image') },
	{ check: (input) => (!hasStartImage(input) && input.aspectRatio === 'adaptive' ? 'without a start image Kling needs an aspect ratio (16:9, 9:16 or 1:1)' : undefined) },
	klingOmniImageCounts,
	jpegOrPngFrames,
];

// Row 20 (kling-o3-video-edit.json): one source video, no duration or ratio (the output follows the
// input), sound forced off; billed by the input's seconds (1080p ×1.334).
const o3EditBody: BodyMap = { resolution: quality };

// Rows 9 and 20 take one video in `video_url` (a plain string) and up to 4 images; `keep_original_sound`
// keeps its documented default (true).
// Row 10: elements made beforehand by EvoLink's helper model kling-custom-element (its result is
// `result_data.element_id`), sent as `model_params.element_list: [{ element_id }]`. Row 8: elements ≤ 3
// with a first frame, images + elements ≤ 7; rows 9 and 20: images + elements ≤ 4, multi-image
// elements only (kling-o3-*.json `element_list`).
const o3Elements = (maxWithImages: number, more: Partial<ElementSpec>): ElementSpec => ({
	key: 'element_list',
	itemKey: 'element_id',
	parent: 'model_params',
	displayName: 'Kling Element IDs',
	maxWithImages,
	promptTags: '<<<element_1>>>, <<<element_2>>> … in this order',
	...more,
});
const multiImageElements = o3Elements(4, { limits: 'Multi-image elements only (no video character elements)' });

const o3Video: ReferenceKindSpec = {
	key: 'video_url',
	min: 1,
	max: 1,
	single: true,
	extensions: ['mp4', 'mov'],
	limits: '≥ 3 s, ≤ 200 MB, 720–2160 px, 24–60 fps; the original sound is kept',
};

export const klingModels: ModelSpec[] = [
	{
		...kling('text', upTo4k, o3TextBody),
		id: 'kling-o3-text-to-video',
		displayName: 'Kling O3 Text to Video',
		description: 'Kling O3 from a prompt, 3–15 s up to 4K, optional sound. Prompt up to 2500 characters',
	},
	{
		...kling('image', upTo4k, { ...o3ImageBody, aspectRatio: { key: 'aspect_ratio', textToVideoOnly: true, omitAdaptive: true } }),
		id: 'kling-o3-image-to-video',
		displayName: 'Kling O3 Image to Video',
		description: 'Kling O3 from a first frame (optional last frame) and/or up to 7 reference images (<<<image_1>>>), 3–15 s up to 4K. Prompt up to 2500 characters',
		// Adaptive (follow the first frame) stays first: saved workflows relied on it.
		aspectRatios: ['adaptive', '16:9', '9:16', '1:1'],
		references: {
			mode: 'reference',
			images: klingImages(7),
			promptTags: '<<<image_1>>>, <<<image_2>>> … (a start image counts first)',
			elements: o3Elements(7, { maxWithStartImage: 3 }),
		},
		rules: o3ReferenceRules,
	},
	{
		// Row 9 (kling-o3-reference-to-video.json): the video is a style and motion reference, not edited;
		// 3–10 s, 720p/1080p, three ratios, sound forced off (no switch).
		...kling('text', ['720p', '1080p'], turboTextBody),
		id: 'kling-o3-reference-to-video',
		displayName: 'Kling O3 Reference to Video',
		description: 'Kling O3 from a reference video\'s style and motion (<<<video_1>>>) and up to 4 reference images (<<<image_1>>>), 3–10 s, 720p/1080p, no sound. Prompt up to 2500 characters',
		durations: secondsRange(3, 10),
		references: {
			mode: 'reference',
			videos: o3Video,
			images: klingImages(4),
			promptTags: '<<<video_1>>> for the video, <<<image_1>>>, <<<image_2>>> … for the images',
			elements: multiImageElements,
		},
	},
	{
		family: 'kling',
		id: 'kling-o3-video-edit',
		displayName: 'Kling O3 Video Edit',
		description: 'Kling O3 edits a video (≥ 3 s, ≤ 200 MB) by prompt, with up to 4 reference images; the output keeps its length. Prompt up to 2500 characters',
		durations: [0],
		defaultDuration: 0,
		aspectRatios: ['adaptive'],
		resolutions: ['720p', '1080p'],
		promptMaxLength: 2500,
		supportsImage: false,
		body: o3EditBody,
		references: {
			mode: 'edit',
			videos: o3Video,
			images: klingImages(4),
			promptTags: '<<<video_1>>>, <<<image_1>>>',
			elements: multiImageElements,
			note: 'The input seconds are billed (1080p ×1.334)',
		},
	},
	{
		...kling('text', upTo4k, textBody),
		id: 'kling-v3-text-to-video',
		displayName: 'Kling 3.0 Text to Video',
		description: 'Kling v3 from a prompt, 3–15 s up to 4K, sound and negative prompt. Prompt up to 2500 characters',
	},
	{
		...kling('image', upTo4k, imageBody),
		id: 'kling-v3-image-to-video',
		displayName: 'Kling 3.0 Image to Video',
		description: 'Kling v3 from a first frame (optional last frame), 3–15 s up to 4K. Prompt up to 2500 characters',
	},
	{
		...kling('text', ['720p', '1080p'], turboTextBody),
		id: 'kling-v3-turbo-text-to-video',
		displayName: 'Kling 3.0 Turbo Text to Video',
		description: 'Faster Kling v3 from a prompt, 3–15 s, 720p/1080p, no sound. Prompt up to 2500 characters',
	},
	{
		...kling('image', ['720p', '1080p'], turboImageBody),
		id: 'kling-v3-turbo-image-to-video',
		displayName: 'Kling 3.0 Turbo Image to Video',
		description: 'Faster Kling v3 from a first frame, 3–15 s, 720p/1080p, no sound. Prompt up to 2500 characters',
	},
];
