import type { BodyMap, ModelRule, ModelSpec } from '../types';
import { needsStartImage } from './rules';

// EvoLink Hailuo / MiniMax (video-models.md §3.6; docs hailuo/*.json, 2026-08-21). 6 or 10 s, 768p or
// 1080p, and 1080p only at 6 s. The shape follows the image or the prompt (no aspect ratio field).
// Hailuo 02 also renders 512p, but only from an image; the node does not offer that tier.
// Prompt limit documented in characters (2000).
const body: BodyMap = {
	duration: { key: 'duration', type: 'integer' },
	resolution: { key: 'quality' },
	image: { key: 'image_urls', type: 'array' },
};

const hailuo = {
	family: 'hailuo',
	durations: [6, 10],
	defaultDuration: 6,
	aspectRatios: ['adaptive'],
	resolutions: ['768p', '1080p'],
	resolutionsByDuration: { 10: ['768p'] },
	promptMaxLength: 2000,
	supportsImage: true,
	body,
} satisfies Partial<ModelSpec>;

const lowTierNeedsOneImage: ModelRule = {
	check: (input) =>
		input.resolution === '512p' && (!input.imageUrl || input.lastFrameUrl) ? '512p renders from one start image only (no text-to-video, no last frame)' : undefined,
};

export const hailuoModels: ModelSpec[] = [
	{
		...hailuo,
		id: 'MiniMax-Hailuo-2.3',
		displayName: 'Hailuo 2.3',
		description: 'MiniMax Hailuo 2.3 from a prompt or one image, 6/10 s, 768p (1080p at 6 s). Prompt up to 2000 characters',
	},
	{
		...hailuo,
		id: 'MiniMax-Hailuo-2.3-Fast',
		displayName: 'Hailuo 2.3 Fast',
		description: 'Faster Hailuo 2.3, image to video only, 6/10 s, 768p (1080p at 6 s). Prompt up to 2000 characters',
		rules: [needsStartImage],
	},
	{
		...hailuo,
		id: 'MiniMax-Hailuo-02',
		displayName: 'Hailuo 02',
		description: 'MiniMax Hailuo 02: text, first frame or first + last frame, 768p (1080p at 6 s, 512p from one image). Prompt up to 2000 characters',
		resolutions: ['768p', '512p', '1080p'],
		resolutionsByDuration: { 10: ['768p', '512p'] },
		supportsLastFrame: true,
		rules: [lowTierNeedsOneImage],
	},
];
