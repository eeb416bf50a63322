import type { IDataObject } from 'n8n-workflow';

import type { CreateInput, ModelSpec } from '../types';

// providers.md §2.2: the seed's Sora contract, unchanged since the node's first release.
const durations = [4, 8, 12, 16, 20];
const retired = 'Retired upstream on 2026-09-24: works only where your provider still serves it';

export const soraModels: ModelSpec[] = [
	{
		id: 'sora-2',
		displayName: 'Sora 2 (retired)',
		description: retired,
		durations,
		defaultDuration: 4,
		aspectRatios: ['16:9', '9:16'],
		resolutions: ['720p'],
		supportsImage: true,
	},
	{
		id: 'sora-2-pro',
		displayName: 'Sora 2 Pro (retired)',
		description: retired,
		durations,
		defaultDuration: 4,
		aspectRatios: ['16:9', '9:16'],
		resolutions: ['720p', '1024p', '1080p'],
		supportsImage: true,
	},
];

/** The Sora body exactly as version 1 of the node sends it (key order included). */
export function soraCreateBody(input: CreateInput): IDataObject {
	return {
		model: input.model.id,
		prompt: input.prompt,
		duration: input.duration,
		resolution: input.resolution,
		aspect_ratio: input.aspectRatio,
		...(input.imageUrl ? { image_urls: [input.imageUrl] } : {}),
	};
}
