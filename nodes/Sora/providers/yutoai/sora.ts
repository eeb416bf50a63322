import type { IDataObject } from 'n8n-workflow';

import type { CreateInput, ExtraFieldSpec, ModelSpec } from '../types';

const retired = 'Retired upstream on 2026-09-24: works only where your provider still serves it';

// providers.md §3.2. `hd` is how this dialect asks for the high tier; we present it as 1080p.
// With 25 s, hd has no effect, so 25 s offers 720p only.
export const soraModels: ModelSpec[] = [
	{
		id: 'sora-2',
		displayName: 'Sora 2 (retired)',
		description: retired,
		durations: [10, 15],
		defaultDuration: 10,
		aspectRatios: ['16:9', '9:16'],
		resolutions: ['720p'],
		supportsImage: true,
		family: 'sora',
	},
	{
		id: 'sora-2-pro',
		displayName: 'Sora 2 Pro (retired)',
		description: `${retired}. HD (1080p) at 10 s and 15 s, and 25 s at 720p`,
		durations: [10, 15, 25],
		defaultDuration: 10,
		aspectRatios: ['16:9', '9:16'],
		resolutions: ['720p', '1080p'],
		resolutionsByDuration: { 25: ['720p'] },
		supportsImage: true,
		family: 'sora',
	},
];

const soraIds = soraModels.map((model) => model.id);

function checkCharacterTimestamps(value: string | number | boolean): string | undefined {
	const match = /^\s*(\d+(?:\.\d+)?)\s*,\s*(\d+(?:\.\d+)?)\s*$/.exec(String(value));
	if (!match) return 'use "start,end" in seconds, e.g. "1,3"';
	const span = Number(match[2]) - Number(match[1]);
	return span >= 1 && span <= 3 ? undefined : 'the span between start and end must be 1 to 3 seconds';
}

/** The Sora page's own options; the other families document none of them. */
export const soraExtraFields: ExtraFieldSpec[] = [
	{
		displayName: 'Watermark',
		name: 'watermark',
		type: 'boolean',
		default: false,
		description: 'Whether the video carries the Sora watermark',
		models: soraIds,
	},
	{
		displayName: 'Private',
		name: 'private',
		type: 'boolean',
		default: false,
		description: 'Whether to keep the video unpublished; a private video cannot be remixed',
		models: soraIds,
	},
	{
		displayName: 'Callback URL (Notify Hook)',
		name: 'notifyHook',
		type: 'string',
		default: '',
		placeholder: 'https://example.com/callback',
		description: 'URL the provider calls when the task ends, e.g. {{ $execution.resumeUrl }} with a Wait node set to "On Webhook Call"',
		url: { httpsOnly: false },
		models: soraIds,
	},
	{
		displayName: 'Cameo Character Video URL',
		name: 'characterUrl',
		type: 'string',
		default: '',
		placeholder: 'https://example.com/character.mp4',
		description: 'Video to take a cameo character from (no real people). Reference characters in the prompt as @username.',
		url: { httpsOnly: false },
		models: soraIds,
	},
	{
		displayName: 'Cameo Character Timestamps',
		name: 'characterTimestamps',
		type: 'string',
		default: '',
		placeholder: '1,3',
		description: 'Start and end second of the character in that video, as "start,end"; the span must be 1 to 3 seconds',
		check: checkCharacterTimestamps,
		models: soraIds,
	},
];

/** The Sora body, unchanged since version 1 of the node. */
export function soraCreateBody(input: CreateInput): IDataObject {
	const { watermark, private: isPrivate, notifyHook, characterUrl, characterTimestamps } = input.extras;
	return {
		model: input.model.id,
		prompt: input.prompt,
		// This dialect takes the Sora duration as a string enum.
		duration: String(input.duration),
		aspect_ratio: input.aspectRatio,
		...(input.model.id === 'sora-2-pro' ? { hd: input.resolution === '1080p' } : {}),
		...(input.imageUrl ? { images: [input.imageUrl] } : {}),
		watermark: watermark === true,
		private: isPrivate === true,
		...(notifyHook ? { notify_hook: notifyHook } : {}),
		...(characterUrl ? { character_url: characterUrl } : {}),
		...(characterTimestamps ? { character_timestamps: characterTimestamps } : {}),
	};
}
