import { z } from 'zod';

import { asNonEmptyString, parseProgress, readError, toIsoTime } from '../read';
import { ProviderResponseError } from '../responseError';
import { parseBody } from '../schema';
import { normalizeTask } from '../task';
import type { ProviderSpec } from '../types';
import { openaiCreateRequest } from './createRequest';
import { openaiImageInput } from './imageInput';
import { isOpenAiModelUnavailable, openaiModelList } from './modelList';
import { openaiModels } from './models';
import { openaiVideoList } from './videoList';

// OpenAI Videos API shape (providers.md §1), for any compatible base URL. OpenAI itself shut the
// API down on 2026-09-24; resellers that mirror it keep the same paths and fields.
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
	models: openaiModels,
	extraFields: [],
	imageRules: { extensions: ['jpeg', 'jpg', 'png', 'webp'], allowDataUrl: true },
	statusVocabulary: vocabulary,

	buildCreateRequest: openaiCreateRequest,

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

	// The SDK asks /content for `application/binary`; some gateways refuse a JSON-only Accept.
	buildAuthenticatedDownload(taskId) {
		return { method: 'GET', path: contentPath(taskId), headers: { Accept: 'application/binary' } };
	},

	modelList: openaiModelList,
	isModelUnavailable: isOpenAiModelUnavailable,
	// A model id the catalog does not know is sent the same way: seconds as text, size from tier and ratio.
	customModel: { body: { duration: { key: 'seconds', type: 'string' } } },

	imageInput: openaiImageInput,

	// `POST /videos/{id}/remix` takes only the new prompt; the remix keeps the source's model, length and size.
	buildRemixRequest({ taskId, prompt }) {
		return { method: 'POST', path: `/videos/${encodeURIComponent(taskId)}/remix`, body: { prompt } };
	},

	videoList: openaiVideoList,

	buildDeleteRequest(taskId) {
		return { method: 'DELETE', path: `/videos/${encodeURIComponent(taskId)}` };
	},
};
