import { z } from 'zod';

import { asNonEmptyString, firstString, parseProgress, readError, readPath, toIsoTime } from './read';
import { ProviderResponseError } from './responseError';
import { parseBody } from './schema';
import { normalizeTask } from './task';
import type { ModelSpec, ProviderSpec } from './types';
import { taskObjectVocabulary } from './vocabularies';

// APIMart format, resold under gccai.heqingsong.uk (seed 000; providers.md §2).
const durations = [4, 8, 12, 16, 20];

const models: ModelSpec[] = [
	{
		id: 'sora-2',
		displayName: 'Sora 2',
		durations,
		defaultDuration: 4,
		aspectRatios: ['16:9', '9:16'],
		resolutions: ['720p'],
		supportsImage: true,
	},
	{
		id: 'sora-2-pro',
		displayName: 'Sora 2 Pro',
		durations,
		defaultDuration: 4,
		aspectRatios: ['16:9', '9:16'],
		resolutions: ['720p', '1024p', '1080p'],
		supportsImage: true,
	},
];


// APIMart answers `data` as an array (documented) or as an object (seen in a third-party adaptor).
const createSchema = z.object({ data: z.union([z.array(z.unknown()).nonempty(), z.record(z.unknown())]) }).passthrough();
const statusSchema = z.object({ data: z.object({ status: z.string() }).passthrough() }).passthrough();

export const gccai: ProviderSpec = {
	id: 'gccai',
	displayName: 'gccai (APIMart format)',
	credentialType: 'gccaiApi',
	credentialDisplayName: 'Gccai (APIMart) API',
	documentationUrl: 'https://docs.apimart.ai/en/api-reference/videos/sora-2/generation',
	models,
	extraFields: [],
	imageRules: { extensions: ['jpeg', 'jpg', 'png', 'webp'], allowDataUrl: false },
	statusVocabulary: taskObjectVocabulary,
	idempotencyHeader: 'Idempotency-Key',

	buildCreateRequest(input) {
		return {
			method: 'POST',
			path: '/v1/videos/generations',
			body: {
				model: input.model.id,
				prompt: input.prompt,
				duration: input.duration,
				resolution: input.resolution,
				aspect_ratio: input.aspectRatio,
				...(input.imageUrl ? { image_urls: [input.imageUrl] } : {}),
			},
		};
	},

	parseCreateResponse(body) {
		const parsed = parseBody(createSchema, body, 'The create response');
		const first = Array.isArray(parsed.data) ? parsed.data[0] : parsed.data;
		const taskId = asNonEmptyString(readPath(first, 'task_id')) ?? asNonEmptyString(readPath(first, 'id'));
		if (!taskId) throw new ProviderResponseError('The create response has no task_id', body);
		return taskId;
	},

	buildStatusRequest(taskId) {
		return { method: 'GET', path: `/v1/tasks/${encodeURIComponent(taskId)}`, qs: { language: 'en' } };
	},

	parseStatusResponse(body, { taskId }) {
		const { data } = parseBody(statusSchema, body, 'The status response');
		const video = readPath(data, 'result', 'videos', 0);
		return normalizeTask(
			'gccai',
			asNonEmptyString(data.id) ?? taskId,
			taskObjectVocabulary,
			{
				providerStatus: data.status,
				progress: parseProgress(data.progress),
				// `url` is an array in real answers and a plain string in older docs.
				videoUrl: firstString(readPath(video, 'url'), readPath(data, 'result', 'url')),
				thumbnailUrl: firstString(readPath(video, 'thumbnail_url'), readPath(data, 'result', 'thumbnail_url')),
				expiresAt: toIsoTime(readPath(video, 'expires_at') ?? readPath(data, 'expires_at')),
				error: readError(data.error) ?? readError(data.fail_reason),
			},
			body,
		);
	},

	pollHints(raw) {
		const estimated = readPath(raw, 'data', 'estimated_time');
		return typeof estimated === 'number' ? { estimatedSeconds: estimated } : {};
	},
};
