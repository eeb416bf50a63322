import type { IDataObject } from 'n8n-workflow';

import type { CreateInput, ModelSpec, Resolution } from '../types';

// EvoLink Sora (providers.md §4). OpenAI switched Sora off on 2026-09-24; the ids stay so saved
// workflows keep working wherever EvoLink still serves them. Every Sora page documents the prompt
// limit in tokens (5000), which the node cannot count, so no character cap is enforced.
const retired = 'Retired upstream on 2026-09-24: works only where your provider still serves it';
const soraPrompt = 'Prompt up to 5000 tokens';

export const soraModels: ModelSpec[] = [
	{
		id: 'sora-2-preview',
		displayName: 'Sora 2 Preview (retired)',
		description: `${retired}. ${soraPrompt}`,
		durations: [4, 8, 12],
		defaultDuration: 4,
		aspectRatios: ['16:9', '9:16'],
		resolutions: ['720p'],
		supportsImage: true,
	},
	{
		id: 'sora-2-pro-preview',
		displayName: 'Sora 2 Pro Preview (retired)',
		description: `${retired}. ${soraPrompt}`,
		durations: [4, 8, 12],
		defaultDuration: 4,
		aspectRatios: ['16:9', '9:16'],
		resolutions: ['720p', '1080p'],
		supportsImage: true,
	},
	{
		id: 'sora-2',
		displayName: 'Sora 2 (seed era, mapped to sora-2-beta) (retired)',
		description: `${retired}. ${soraPrompt}`,
		durations: [10, 15],
		defaultDuration: 10,
		aspectRatios: ['16:9', '9:16'],
		resolutions: ['720p'],
		supportsImage: true,
		legacy: true,
	},
	{
		id: 'sora-2-beta',
		displayName: 'Sora 2 Beta (archived) (retired)',
		description: `${retired}. ${soraPrompt}`,
		durations: [10, 15],
		defaultDuration: 10,
		aspectRatios: ['16:9', '9:16'],
		resolutions: ['720p'],
		supportsImage: true,
		legacy: true,
	},
	{
		id: 'sora-2-pro',
		displayName: 'Sora 2 Pro (archived) (retired)',
		description: `${retired}. 15 s renders in high quality (1080p) only, 25 s in standard quality (720p) only. ${soraPrompt}`,
		durations: [15, 25],
		defaultDuration: 15,
		aspectRatios: ['16:9', '9:16'],
		resolutions: ['720p', '1080p'],
		resolutionsByDuration: { 15: ['1080p'], 25: ['720p'] },
		supportsImage: true,
		legacy: true,
	},
];

/** The seed-era and archived models document `remove_watermark`; the previews do not. */
export const watermarkModels = ['sora-2', 'sora-2-beta', 'sora-2-pro'];

// The archived sora-2-pro names its tiers standard/high; the pro preview uses 720p/1080p.
function qualityField(modelId: string, resolution: Resolution): Record<string, string> {
	if (modelId === 'sora-2-pro') return { quality: resolution === '1080p' ? 'high' : 'standard' };
	if (modelId === 'sora-2-pro-preview') return { quality: resolution };
	return {};
}

/** The Sora create body, unchanged since the seed (callback_url is added by the provider). */
export function soraBody(input: CreateInput): IDataObject {
	const { removeWatermark } = input.extras;
	return {
		model: input.model.id,
		prompt: input.prompt,
		aspect_ratio: input.aspectRatio,
		duration: input.duration,
		...qualityField(input.model.id, input.resolution),
		...(input.imageUrl ? { image_urls: [input.imageUrl] } : {}),
		...(watermarkModels.includes(input.model.id) ? { remove_watermark: removeWatermark !== false } : {}),
	};
}
