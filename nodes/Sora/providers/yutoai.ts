import { z } from 'zod';

import { asNonEmptyString, firstString, parseProgress, readError, readPath } from './read';
import { ProviderResponseError } from './responseError';
import { parseBody } from './schema';
import { normalizeTask } from './task';
import type { ExtraFieldSpec, ModelSpec, ProviderSpec } from './types';
import { newApiTaskVocabulary } from './vocabularies';

// YutoAI "unified format" /v2 endpoint (seed 001; providers.md §3). `hd` is how this dialect
// asks for the high tier; we present it as 1080p. With 25 s, hd has no effect, so 25 s offers 720p only.
const models: ModelSpec[] = [
	{
		id: 'sora-2',
		displayName: 'Sora 2',
		durations: [10, 15],
		defaultDuration: 10,
		aspectRatios: ['16:9', '9:16'],
		resolutions: ['720p'],
		supportsImage: true,
	},
	{
		id: 'sora-2-pro',
		displayName: 'Sora 2 Pro',
		description: 'Supports HD (1080p) at 10 s and 15 s, and 25 s at 720p',
		durations: [10, 15, 25],
		defaultDuration: 10,
		aspectRatios: ['16:9', '9:16'],
		resolutions: ['720p', '1080p'],
		resolutionsByDuration: { 25: ['720p'] },
		supportsImage: true,
	},
];

function checkCharacterTimestamps(value: string | number | boolean): string | undefined {
	const match = /^\s*(\d+(?:\.\d+)?)\s*,\s*(\d+(?:\.\d+)?)\s*$/.exec(String(value));
	if (!match) return 'use "start,end" in seconds, e.g. "1,3"';
	const span = Number(match[2]) - Number(match[1]);
	return span >= 1 && span <= 3 ? undefined : 'the span between start and end must be 1 to 3 seconds';
}

export const yutoaiExtraFields: ExtraFieldSpec[] = [
	{
		displayName: 'Watermark',
		name: 'watermark',
		type: 'boolean',
		default: false,
		description: 'Whether the video carries the Sora watermark',
	},
	{
		displayName: 'Private',
		name: 'private',
		type: 'boolean',
		default: false,
		description: 'Whether to keep the video unpublished; a private video cannot be remixed',
	},
	{
		displayName: 'Callback URL (Notify Hook)',
		name: 'notifyHook',
		type: 'string',
		default: '',
		placeholder: 'https://example.com/callback',
		description: 'URL the provider calls when the task ends, e.g. {{ $execution.resumeUrl }} with a Wait node set to "On Webhook Call"',
		url: { httpsOnly: false },
	},
	{
		displayName: 'Cameo Character Video URL',
		name: 'characterUrl',
		type: 'string',
		default: '',
		placeholder: 'https://example.com/character.mp4',
		description: 'Video to take a cameo character from (no real people). Reference characters in the prompt as @username.',
		url: { httpsOnly: false },
	},
	{
		displayName: 'Cameo Character Timestamps',
		name: 'characterTimestamps',
		type: 'string',
		default: '',
		placeholder: '1,3',
		description: 'Start and end second of the character in that video, as "start,end"; the span must be 1 to 3 seconds',
		check: checkCharacterTimestamps,
	},
];


const createSchema = z.object({ task_id: z.union([z.string().min(1), z.number()]) }).passthrough();
const statusSchema = z.object({ status: z.string() }).passthrough();

export const yutoai: ProviderSpec = {
	id: 'yutoai',
	displayName: 'YutoAI (/v2 unified format)',
	credentialType: 'yutoAiApi',
	credentialDisplayName: 'YutoAI API',
	documentationUrl: 'https://docs.yutoai.net/en/api/api-385318417.html',
	models,
	extraFields: yutoaiExtraFields,
	imageRules: { allowDataUrl: true },
	statusVocabulary: newApiTaskVocabulary,

	buildCreateRequest(input) {
		const { watermark, private: isPrivate, notifyHook, characterUrl, characterTimestamps } = input.extras;
		return {
			method: 'POST',
			path: '/v2/videos/generations',
			body: {
				model: input.model.id,
				prompt: input.prompt,
				// This dialect takes the duration as a string enum.
				duration: String(input.duration),
				aspect_ratio: input.aspectRatio,
				...(input.model.id === 'sora-2-pro' ? { hd: input.resolution === '1080p' } : {}),
				...(input.imageUrl ? { images: [input.imageUrl] } : {}),
				watermark: watermark === true,
				private: isPrivate === true,
				...(notifyHook ? { notify_hook: notifyHook } : {}),
				...(characterUrl ? { character_url: characterUrl } : {}),
				...(characterTimestamps ? { character_timestamps: characterTimestamps } : {}),
			},
		};
	},

	parseCreateResponse(body) {
		const parsed = parseBody(createSchema, body, 'The create response');
		const taskId = asNonEmptyString(parsed.task_id);
		if (!taskId) throw new ProviderResponseError('The create response has no task_id', body);
		return taskId;
	},

	buildStatusRequest(taskId) {
		return { method: 'GET', path: `/v2/videos/generations/${encodeURIComponent(taskId)}` };
	},

	parseStatusResponse(body, { taskId }) {
		const data = parseBody(statusSchema, body, 'The status response');
		const output = readPath(data, 'data', 'output');
		return normalizeTask(
			'yutoai',
			asNonEmptyString(data.task_id) ?? taskId,
			newApiTaskVocabulary,
			{
				providerStatus: data.status,
				progress: parseProgress(data.progress),
				// data.output is documented; the rest are fallbacks other clients of this format use.
				videoUrl: firstString(output, readPath(data, 'data', 'video_url'), data.video_url, data.url, data.output),
				thumbnailUrl: firstString(readPath(data, 'data', 'thumbnail_url'), data.thumbnail_url),
				error: readError(data.fail_reason) ?? readError(data.error),
			},
			body,
		);
	},
};
