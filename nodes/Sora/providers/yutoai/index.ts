import { z } from 'zod';

import { mappedCreateRequest } from '../mappedBody';
import { asNonEmptyString, firstString, parseProgress, readError, readPath } from '../read';
import { ProviderResponseError } from '../responseError';
import { parseBody } from '../schema';
import { normalizeTask } from '../task';
import type { ExtraFieldSpec, ModelSpec, ProviderSpec } from '../types';
import { newApiTaskVocabulary } from '../vocabularies';
import { grokModels } from './grok';
import { isNewApiModelUnavailable, newApiVideoModelIds } from './newApi';
import { seedanceModels } from './seedance';
import { soraCreateBody, soraExtraFields, soraModels } from './sora';
import { veoModels } from './veo';
import { wanModels } from './wan';

// YutoAI "unified format" /v2 endpoint (seed 001; providers.md §3, video-models.md §2): one create
// and one status path for every family; each family names its fields its own way.
const CREATE_PATH = '/v2/videos/generations';

// Newest first: node version 2 defaults to the first one.
const models: ModelSpec[] = [...veoModels, ...grokModels, ...wanModels, ...seedanceModels, ...soraModels];

export const yutoaiExtraFields: ExtraFieldSpec[] = soraExtraFields;

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
	// [D] `images` takes "URL or base64" and there is no upload endpoint: binary images go as data URLs.
	imageInput: { binary: 'dataUrl', formats: ['png', 'jpeg', 'webp'] },
	statusVocabulary: newApiTaskVocabulary,
	callback: { field: 'notifyHook', httpsOnly: false },

	buildCreateRequest(input) {
		if (input.model.body) return mappedCreateRequest(CREATE_PATH, input.model.body, input);
		return { method: 'POST', path: CREATE_PATH, body: soraCreateBody(input) };
	},

	parseCreateResponse(body) {
		const parsed = parseBody(createSchema, body, 'The create response');
		const taskId = asNonEmptyString(parsed.task_id);
		if (!taskId) throw new ProviderResponseError('The create response has no task_id', body);
		return taskId;
	},

	// Veo and Grok ids carry a colon (`veo3:…`, `grok:…`); encoding keeps every id one path segment.
	buildStatusRequest(taskId) {
		return { method: 'GET', path: `${CREATE_PATH}/${encodeURIComponent(taskId)}` };
	},

	parseStatusResponse(body, { taskId }) {
		const data = parseBody(statusSchema, body, 'The status response');
		return normalizeTask(
			'yutoai',
			asNonEmptyString(data.task_id) ?? taskId,
			newApiTaskVocabulary,
			{
				providerStatus: data.status,
				progress: parseProgress(data.progress),
				// data.output is documented; data.outputs[0] and the rest are what other clients of this format read.
				videoUrl: firstString(
					readPath(data, 'data', 'output'),
					readPath(data, 'data', 'outputs'),
					readPath(data, 'data', 'video_url'),
					data.video_url,
					data.url,
					data.output,
				),
				thumbnailUrl: firstString(readPath(data, 'data', 'thumbnail_url'), data.thumbnail_url),
				error: readError(data.fail_reason) ?? readError(data.error),
			},
			body,
		);
	},

	// Not on the pages read: new-api platforms serve this list (video-models.md §2.8) [I].
	modelList: {
		request: { method: 'GET', path: '/v1/models' },
		parse: newApiVideoModelIds,
	},

	isModelUnavailable: isNewApiModelUnavailable,

	// Only Seedance reports anything, and that is token usage, not money (video-models.md §0.2).
	readCost: () => null,

	customModel: {
		body: {
			duration: { key: 'duration', type: 'integer' },
			resolution: { key: 'resolution' },
			aspectRatio: { key: 'aspect_ratio' },
			image: { key: 'images', type: 'array' },
		},
	},
};
