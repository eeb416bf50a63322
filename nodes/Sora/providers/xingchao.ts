import { z } from 'zod';

import { asNonEmptyString, firstString, parseProgress, readError } from './read';
import { ProviderResponseError } from './responseError';
import { parseBody } from './schema';
import { normalizeTask } from './task';
import type { AspectRatio, ModelSpec, ProviderSpec } from './types';
import { taskObjectVocabulary } from './vocabularies';

// GlobalAI OPC, white-labelled as Xingchao (seed 003; providers.md §5). `size` and `aspect_ratio`
// are mutually exclusive; we always send `size`, the one that pins the pixels.
const models: ModelSpec[] = [
	{
		id: 'openAiSora2Plus',
		displayName: 'Sora 2 Plus (enhanced)',
		durations: [4, 8, 12],
		defaultDuration: 4,
		aspectRatios: ['16:9', '9:16'],
		resolutions: ['720p'],
		supportsImage: true,
	},
	{
		id: 'openAiSora2Pro',
		displayName: 'Sora 2 Pro (higher quality)',
		durations: [4, 8, 12],
		defaultDuration: 4,
		aspectRatios: ['16:9', '9:16'],
		resolutions: ['720p'],
		supportsImage: true,
	},
];

const sizeByAspect: Partial<Record<AspectRatio, string>> = { '16:9': '1280x720', '9:16': '720x1280', '1:1': '720x720' };


const taskSchema = z.object({ id: z.union([z.string().min(1), z.number()]), status: z.string() }).passthrough();

export const xingchao: ProviderSpec = {
	id: 'xingchao',
	displayName: 'Xingchao (GlobalAI OPC)',
	credentialType: 'xingchaoApi',
	credentialDisplayName: 'Xingchao (GlobalAI OPC) API',
	documentationUrl: 'https://docs.xingchaoyiqing.com/api-reference/video/sora-create',
	models,
	extraFields: [],
	imageRules: { allowDataUrl: false },
	statusVocabulary: taskObjectVocabulary,

	buildCreateRequest(input) {
		return {
			method: 'POST',
			path: '/v1/sora/videos',
			body: {
				model: input.model.id,
				prompt: input.prompt,
				size: sizeByAspect[input.aspectRatio],
				duration: input.duration,
				...(input.imageUrl ? { image_urls: [input.imageUrl] } : {}),
			},
		};
	},

	parseCreateResponse(body) {
		const taskId = asNonEmptyString(parseBody(taskSchema, body, 'The create response').id);
		if (!taskId) throw new ProviderResponseError('The create response has no id', body);
		return taskId;
	},

	buildStatusRequest(taskId) {
		return { method: 'GET', path: `/v1/result/${encodeURIComponent(taskId)}` };
	},

	parseStatusResponse(body, { taskId }) {
		const task = parseBody(taskSchema, body, 'The status response');
		return normalizeTask(
			'xingchao',
			asNonEmptyString(task.id) ?? taskId,
			taskObjectVocabulary,
			{
				providerStatus: task.status,
				// Not documented for Sora; read it if a newer backend sends one.
				progress: parseProgress(task.progress),
				videoUrl: firstString(task.video_url, task.url),
				thumbnailUrl: firstString(task.thumbnail_url),
				error: readError(task.error),
			},
			body,
		);
	},
};
