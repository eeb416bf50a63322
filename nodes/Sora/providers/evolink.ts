import { z } from 'zod';

import { asNonEmptyString, firstString, parseProgress, readError, readPath, toIsoTime } from './read';
import { ProviderResponseError } from './responseError';
import { parseBody } from './schema';
import { normalizeTask } from './task';
import type { ModelSpec, ProviderSpec, Resolution } from './types';
import { taskObjectVocabulary } from './vocabularies';

// EvoLink (seed 002; providers.md §4). The seed's `sora-2` (later mapped to `sora-2-beta`) and the
// archived `sora-2-pro` are kept for users who still have access; the 2026 docs list the two previews.
const models: ModelSpec[] = [
	{
		id: 'sora-2-preview',
		displayName: 'Sora 2 Preview',
		durations: [4, 8, 12],
		defaultDuration: 4,
		aspectRatios: ['16:9', '9:16'],
		resolutions: ['720p'],
		supportsImage: true,
	},
	{
		id: 'sora-2-pro-preview',
		displayName: 'Sora 2 Pro Preview',
		durations: [4, 8, 12],
		defaultDuration: 4,
		aspectRatios: ['16:9', '9:16'],
		resolutions: ['720p', '1080p'],
		supportsImage: true,
	},
	{
		id: 'sora-2',
		displayName: 'Sora 2 (seed era, mapped to sora-2-beta)',
		durations: [10, 15],
		defaultDuration: 10,
		aspectRatios: ['16:9', '9:16'],
		resolutions: ['720p'],
		promptMaxLength: 1000,
		supportsImage: true,
		legacy: true,
	},
	{
		id: 'sora-2-beta',
		displayName: 'Sora 2 Beta (archived)',
		durations: [10, 15],
		defaultDuration: 10,
		aspectRatios: ['16:9', '9:16'],
		resolutions: ['720p'],
		supportsImage: true,
		legacy: true,
	},
	{
		id: 'sora-2-pro',
		displayName: 'Sora 2 Pro (archived)',
		description: '15 s renders in high quality (1080p) only, 25 s in standard quality (720p) only',
		durations: [15, 25],
		defaultDuration: 15,
		aspectRatios: ['16:9', '9:16'],
		resolutions: ['720p', '1080p'],
		resolutionsByDuration: { 15: ['1080p'], 25: ['720p'] },
		supportsImage: true,
		legacy: true,
	},
];

const watermarkModels = ['sora-2', 'sora-2-beta', 'sora-2-pro'];

// The archived sora-2-pro names its tiers standard/high; the pro preview uses 720p/1080p.
function qualityField(modelId: string, resolution: Resolution): Record<string, string> {
	if (modelId === 'sora-2-pro') return { quality: resolution === '1080p' ? 'high' : 'standard' };
	if (modelId === 'sora-2-pro-preview') return { quality: resolution };
	return {};
}


const taskSchema = z.object({ id: z.string().min(1), status: z.string() }).passthrough();

export const evolink: ProviderSpec = {
	id: 'evolink',
	displayName: 'EvoLink',
	credentialType: 'evoLinkApi',
	credentialDisplayName: 'EvoLink API',
	documentationUrl: 'https://docs.evolink.ai/en/api-manual/video-series/sora2/sora-2-preview-video-generate',
	models,
	extraFields: [
		{
			displayName: 'Remove Watermark',
			name: 'removeWatermark',
			type: 'boolean',
			default: true,
			description: 'Whether to remove the watermark (EvoLink default, higher price); off keeps it at the standard price',
			models: watermarkModels,
		},
		{
			displayName: 'Callback URL',
			name: 'callbackUrl',
			type: 'string',
			default: '',
			placeholder: 'https://example.com/webhooks/video-done',
			description: 'HTTPS URL EvoLink calls when the task completes, fails or is cancelled (same body as Get Status), e.g. {{ $execution.resumeUrl }}',
			url: { httpsOnly: true },
		},
	],
	imageRules: { extensions: ['jpg', 'jpeg', 'png', 'webp'], allowDataUrl: false },
	statusVocabulary: taskObjectVocabulary,
	taskIdPattern: { pattern: /^task-unified-/, description: 'EvoLink task ids start with "task-unified-"' },

	buildCreateRequest(input) {
		const { removeWatermark, callbackUrl } = input.extras;
		return {
			method: 'POST',
			path: '/v1/videos/generations',
			body: {
				model: input.model.id,
				prompt: input.prompt,
				aspect_ratio: input.aspectRatio,
				duration: input.duration,
				...qualityField(input.model.id, input.resolution),
				...(input.imageUrl ? { image_urls: [input.imageUrl] } : {}),
				...(watermarkModels.includes(input.model.id) ? { remove_watermark: removeWatermark !== false } : {}),
				...(callbackUrl ? { callback_url: callbackUrl } : {}),
			},
		};
	},

	parseCreateResponse(body) {
		const taskId = asNonEmptyString(parseBody(taskSchema, body, 'The create response').id);
		if (!taskId) throw new ProviderResponseError('The create response has no id', body);
		return taskId;
	},

	buildStatusRequest(taskId) {
		return { method: 'GET', path: `/v1/tasks/${encodeURIComponent(taskId)}` };
	},

	parseStatusResponse(body, { taskId }) {
		const task = parseBody(taskSchema, body, 'The status response');
		return normalizeTask(
			'evolink',
			task.id ?? taskId,
			taskObjectVocabulary,
			{
				providerStatus: task.status,
				progress: parseProgress(task.progress),
				videoUrl: firstString(task.results, task.video_url),
				expiresAt: toIsoTime(task.expires_at),
				error: readError(task.error),
			},
			body,
		);
	},

	pollHints(raw) {
		const estimated = readPath(raw, 'task_info', 'estimated_time');
		return typeof estimated === 'number' ? { estimatedSeconds: estimated } : {};
	},
};
