import { z } from 'zod';

import { mappedCreateRequest } from '../mappedBody';
import { asNonEmptyString, firstString, parseProgress, readError, readPath, toIsoTime } from '../read';
import { ProviderResponseError } from '../responseError';
import { parseBody } from '../schema';
import { normalizeTask } from '../task';
import type { ModelSpec, ProviderSpec } from '../types';
import { taskObjectVocabulary } from '../vocabularies';
import { readApimartCost } from './cost';
import { grokModels } from './grok';
import { hailuoModels } from './hailuo';
import { apimartImageInput } from './images';
import { klingModels } from './kling';
import { apimartModelList } from './modelList';
import { isApimartModelUnavailable } from './modelUnavailable';
import { apimartRemixRequest, apimartVeoExtendModels } from './remix';
import { seedanceModels } from './seedance';
import { soraCreateBody, soraModels } from './sora';
import { veoModels } from './veo';
import { viduModels } from './vidu';
import { wanModels } from './wan';

// APIMart format, resold under gccai.heqingsong.uk (seed 000; providers.md §2, video-models.md §1).
// Every family shares the create and status endpoints; only the body differs per model.
const createPath = '/v1/videos/generations';

/** Newest first: node version 2 defaults to the first model; the retired Sora models come last. */
const models: ModelSpec[] = [
	...veoModels,
	...seedanceModels,
	...klingModels,
	...wanModels,
	...hailuoModels,
	...grokModels,
	...viduModels,
	...soraModels,
];

// APIMart answers `data` as an array (documented) or as an object (Grok pages and the 2026-07-27 contract).
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
		if (input.model.body) return mappedCreateRequest(createPath, input.model.body, input);
		return { method: 'POST', path: createPath, body: soraCreateBody(input) };
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

	// video-models.md §1.2: the status body is the same for every family.
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
				thumbnailUrl: firstString(
					readPath(video, 'thumbnail_url'),
					readPath(data, 'result', 'thumbnail_url'),
				),
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

	// The keys most APIMart models use (Sora, Veo, Seedance 1.5, Vidu); a custom model's extra JSON
	// can add or override anything else.
	customModel: {
		body: {
			duration: { key: 'duration', type: 'integer' },
			resolution: { key: 'resolution' },
			aspectRatio: { key: 'aspect_ratio' },
			image: { key: 'image_urls', type: 'array' },
		},
	},
	modelList: apimartModelList,
	isModelUnavailable: isApimartModelUnavailable,
	readCost: readApimartCost,

	imageInput: apimartImageInput,
	buildRemixRequest: apimartRemixRequest,
	remixModels: [...soraModels, ...apimartVeoExtendModels],
};
