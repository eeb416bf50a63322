import { z } from 'zod';

import { asNonEmptyString, parseProgress, readError, toIsoTime } from './read';
import { ProviderResponseError } from './responseError';
import { parseBody } from './schema';
import { normalizeTask } from './task';
import type { AspectRatio, ModelSpec, ProviderSpec, Resolution } from './types';

// OpenAI Videos API shape (providers.md §1), for any compatible base URL. OpenAI itself shut the
// API down on 2026-09-24; resellers that mirror it keep the same paths and fields.
const sora2: Omit<ModelSpec, 'id' | 'displayName'> = {
	durations: [4, 8, 12, 16, 20],
	defaultDuration: 4,
	aspectRatios: ['16:9', '9:16'],
	resolutions: ['720p'],
	supportsImage: true,
};
const sora2Pro: Omit<ModelSpec, 'id' | 'displayName'> = { ...sora2, resolutions: ['720p', '1024p', '1080p'] };
// Dated snapshots predate the 16/20 s and 1080p additions.
const snapshot = { durations: [4, 8, 12] };

const models: ModelSpec[] = [
	{ id: 'sora-2', displayName: 'Sora 2', ...sora2 },
	{ id: 'sora-2-pro', displayName: 'Sora 2 Pro', ...sora2Pro },
	{ id: 'sora-2-2025-12-08', displayName: 'Sora 2 (2025-12-08 snapshot)', ...sora2, ...snapshot },
	{ id: 'sora-2-2025-10-06', displayName: 'Sora 2 (2025-10-06 snapshot)', ...sora2, ...snapshot },
	{
		id: 'sora-2-pro-2025-10-06',
		displayName: 'Sora 2 Pro (2025-10-06 snapshot)',
		...sora2Pro,
		...snapshot,
		resolutions: ['720p', '1024p'],
	},
];

const sizes: Partial<Record<Resolution, Partial<Record<AspectRatio, string>>>> = {
	'720p': { '16:9': '1280x720', '9:16': '720x1280' },
	'1024p': { '16:9': '1792x1024', '9:16': '1024x1792' },
	'1080p': { '16:9': '1920x1080', '9:16': '1080x1920' },
};

const vocabulary = {
	queued: ['queued', 'pending'],
	processing: ['in_progress', 'processing', 'running'],
	completed: ['completed', 'succeeded'],
	failed: ['failed', 'cancelled', 'canceled', 'expired'],
} as const;

const videoSchema = z.object({ id: z.string().min(1), status: z.string() }).passthrough();

function contentPath(taskId: string): string {
	return `/videos/${encodeURIComponent(taskId)}/content`;
}

export const openai: ProviderSpec = {
	id: 'openai',
	displayName: 'OpenAI-Compatible (/v1/videos)',
	credentialType: 'soraOpenAiApi',
	credentialDisplayName: 'Sora OpenAI-Compatible API',
	documentationUrl: 'https://developers.openai.com/api/docs/guides/video-generation',
	models,
	extraFields: [],
	imageRules: { extensions: ['jpeg', 'jpg', 'png', 'webp'], allowDataUrl: true },
	statusVocabulary: vocabulary,

	buildCreateRequest(input) {
		return {
			method: 'POST',
			path: '/videos',
			body: {
				model: input.model.id,
				prompt: input.prompt,
				// The API takes seconds as a string enum.
				seconds: String(input.duration),
				size: sizes[input.resolution]?.[input.aspectRatio] ?? '',
				...(input.imageUrl ? { input_reference: { image_url: input.imageUrl } } : {}),
			},
		};
	},

	parseCreateResponse(body) {
		const taskId = asNonEmptyString(parseBody(videoSchema, body, 'The create response').id);
		if (!taskId) throw new ProviderResponseError('The create response has no id', body);
		return taskId;
	},

	buildStatusRequest(taskId) {
		return { method: 'GET', path: `/videos/${encodeURIComponent(taskId)}` };
	},

	parseStatusResponse(body, { taskId, baseUrl }) {
		const video = parseBody(videoSchema, body, 'The status response');
		const id = asNonEmptyString(video.id) ?? taskId;
		// There is no public URL: the bytes come from /content with the API key.
		return normalizeTask(
			'openai',
			id,
			vocabulary,
			{
				providerStatus: video.status,
				progress: parseProgress(video.progress),
				videoUrl: `${baseUrl}${contentPath(id)}`,
				thumbnailUrl: `${baseUrl}${contentPath(id)}?variant=thumbnail`,
				expiresAt: toIsoTime(video.expires_at),
				error: readError(video.error),
			},
			body,
		);
	},

	buildAuthenticatedDownload(taskId) {
		return { method: 'GET', path: contentPath(taskId) };
	},
};
