import type { IDataObject } from 'n8n-workflow';

import type { AspectRatio, CreateInput, ModelSpec } from '../types';

export const SORA_PATH = '/v1/sora/videos';

const retired = 'Retired upstream on 2026-09-24: works only where your provider still serves it';

// providers.md §5.2. `size` and `aspect_ratio` are mutually exclusive; we always send `size`, the
// one that pins the pixels.
export const soraModels: ModelSpec[] = [
	{
		id: 'openAiSora2Plus',
		displayName: 'Sora 2 Plus (retired)',
		description: `${retired}. The enhanced Sora 2`,
		durations: [4, 8, 12],
		defaultDuration: 4,
		aspectRatios: ['16:9', '9:16'],
		resolutions: ['720p'],
		supportsImage: true,
		family: 'sora',
	},
	{
		id: 'openAiSora2Pro',
		displayName: 'Sora 2 Pro (retired)',
		description: `${retired}. The higher-quality Sora 2`,
		durations: [4, 8, 12],
		defaultDuration: 4,
		aspectRatios: ['16:9', '9:16'],
		resolutions: ['720p'],
		supportsImage: true,
		family: 'sora',
	},
];

const sizeByAspect: Partial<Record<AspectRatio, string>> = { '16:9': '1280x720', '9:16': '720x1280', '1:1': '720x720' };

/** The Sora body, unchanged since version 1 of the node. */
export function soraCreateBody(input: CreateInput): IDataObject {
	return {
		model: input.model.id,
		prompt: input.prompt,
		size: sizeByAspect[input.aspectRatio],
		duration: input.duration,
		...(input.imageUrl ? { image_urls: [input.imageUrl] } : {}),
	};
}
