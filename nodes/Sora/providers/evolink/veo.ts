import type { IDataObject } from 'n8n-workflow';

import { mappedBody } from '../mappedBody';
import { binaryReferenceImageCount } from '../modelRules';
import type { BodyMap, CreateInput, ModelRule, ModelSpec, ReferenceSpec } from '../types';

// EvoLink Veo 3.1 (video-models.md §3.2; docs veo3.1/*.json, 2026-08-21). All four take 0, 1 or 2
// images in `image_urls` (first, first + last); `generation_type` names the mode. REFERENCE mode
// (up to 3 style images) is not offered: the node sends one start image and an optional last frame.
type Traits = Omit<ModelSpec, 'id' | 'displayName' | 'description'>;

const autoRatio = { adaptive: 'auto' } as const;

const previewBody: BodyMap = {
	duration: { key: 'duration', type: 'integer' },
	resolution: { key: 'quality' },
	aspectRatio: { key: 'aspect_ratio', values: autoRatio },
	audio: { key: 'generate_audio', on: true, off: false },
	negativePrompt: { key: 'negative_prompt' },
	seed: { key: 'seed' },
	image: { key: 'image_urls', type: 'array' },
};

// The beta models have no duration field and one quality (720p since 2026-06-05).
const betaBody: BodyMap = {
	resolution: { key: 'quality' },
	aspectRatio: { key: 'aspect_ratio', values: autoRatio },
	image: { key: 'image_urls', type: 'array' },
};

const preview: Traits = {
	family: 'veo',
	durations: [4, 6, 8],
	defaultDuration: 4,
	aspectRatios: ['adaptive', '16:9', '9:16'],
	resolutions: ['720p', '1080p', '4k'],
	supportsImage: true,
	supportsLastFrame: true,
	audio: { default: true },
	supportsNegativePrompt: true,
	seed: { min: 1, max: 4294967295 },
	body: previewBody,
};

const beta: Traits = {
	family: 'veo',
	durations: [8],
	defaultDuration: 8,
	aspectRatios: ['adaptive', '16:9', '9:16'],
	resolutions: ['720p'],
	supportsImage: true,
	supportsLastFrame: true,
	body: betaBody,
	evidence: {
		level: 'documented',
		note: 'EvoLink documents no duration field; the 8 s length is inferred from its example answer',
	},
};

// REFERENCE: up to 3 images (≤ 10 MB), never with frames; 16:9 only; on the previews also 8 s and no
// advanced field but generate_audio (veo-3.1-generate-preview-generate.json, veo3.1-fast-video-generate.json).
// veo3.1-pro-beta documents no REFERENCE.
const veoReferences: ReferenceSpec = {
	mode: 'reference',
	images: { key: 'image_urls', max: 3, extensions: ['jpg', 'jpeg', 'png', 'webp'], limits: 'Each ≤ 10 MB' },
	exclusiveWithFrames: true,
	promptTags: 'the images by their content (no tags documented)',
};
const hasReferences = (input: CreateInput) => (input.references?.images.length ?? 0) + binaryReferenceImageCount(input) > 0;
const referenceIs16by9: ModelRule = {
	check: (input) => (hasReferences(input) && input.aspectRatio !== '16:9' ? 'reference images work in 16:9 only; set Aspect Ratio to 16:9' : undefined),
};
const previewReferenceRules: ModelRule[] = [
	referenceIs16by9,
	{ check: (input) => (hasReferences(input) && input.duration !== 8 ? 'reference images make an 8 s video; set Duration to 8' : undefined) },
	{
		check: (input) =>
			hasReferences(input) && (input.negativePrompt !== undefined || input.seed !== undefined)
				? 'with reference images only Generate Audio is allowed among the advanced fields; clear Negative Prompt and Seed'
				: undefined,
	},
];

export const veoModels: ModelSpec[] = [
	{
		...preview,
		id: 'veo-3.1-fast-generate-preview',
		references: veoReferences,
		rules: previewReferenceRules,
		displayName: 'Veo 3.1 Fast (preview)',
		description: 'Google Veo 3.1 Fast: 4/6/8 s up to 4K, audio, first + last frame. Prompt up to 2000 tokens',
	},
	{
		...preview,
		id: 'veo-3.1-generate-preview',
		references: veoReferences,
		rules: previewReferenceRules,
		displayName: 'Veo 3.1 (preview)',
		description: 'Google Veo 3.1: 4/6/8 s up to 4K, audio, first + last frame. Prompt up to 2000 tokens',
	},
	{
		...beta,
		id: 'veo3.1-fast-beta',
		references: veoReferences,
		rules: [referenceIs16by9],
		displayName: 'Veo 3.1 Fast (beta)',
		description: 'Veo 3.1 Fast beta (old name veo3.1-fast): 720p, optional first + last frame. Prompt up to 2000 tokens',
	},
	{
		...beta,
		id: 'veo3.1-pro-beta',
		displayName: 'Veo 3.1 Pro (beta)',
		description: 'Veo 3.1 Pro beta (old name veo3.1-pro): 720p, optional first + last frame. Prompt up to 2000 tokens',
	},
];

/**
 * `generation_type` follows the images sent: none is TEXT, a start image (± last frame) FIRST&LAST,
 * reference images REFERENCE (row 3 of video-modes-and-callbacks.md §2).
 */
function veoBody(input: CreateInput): IDataObject {
	const body = mappedBody(input.model.body ?? {}, input);
	const references = input.references?.images.length ?? 0;
	return { ...body, generation_type: references > 0 ? 'REFERENCE' : input.imageUrl ? 'FIRST&LAST' : 'TEXT' };
}

export const veoBodies = Object.fromEntries(veoModels.map((model) => [model.id, veoBody]));
