import type { IDataObject } from 'n8n-workflow';
import { z } from 'zod';

import { mappedBody } from '../mappedBody';
import { asNonEmptyString, firstString, parseProgress, readError, readPath, toIsoTime } from '../read';
import { ProviderResponseError } from '../responseError';
import { parseBody } from '../schema';
import { normalizeTask } from '../task';
import type { CreateInput, FailedAnswer, ModelSpec, ProviderSpec } from '../types';
import { taskObjectVocabulary } from '../vocabularies';
import { grokModels } from './grok';
import { hailuoModels } from './hailuo';
import { klingModels } from './kling';
import { seedanceModels } from './seedance';
import { soraBody, soraModels, watermarkModels } from './sora';
import { veoBodies, veoModels } from './veo';
import { wanModels } from './wan';
import { evolinkImageInput } from './images';
import { evolinkRemixModels, evolinkRemixRequest } from './remix';

// EvoLink (seed 002; providers.md §4, video-models.md §3). Every video model shares one create path
// and one task endpoint; only the body differs. Families are grouped (Veo 3.1 leads: node version 2
// defaults to it), newest models first within each, Sora last.
const models: ModelSpec[] = [...veoModels, ...seedanceModels, ...klingModels, ...wanModels, ...grokModels, ...hailuoModels, ...soraModels];

const CREATE_PATH = '/v1/videos/generations';

/** Models whose body needs more than their field map (Veo's generation_type). */
const specialBodies: Record<string, (input: CreateInput) => IDataObject> = { ...veoBodies };

function createBody(input: CreateInput): IDataObject {
	const special = specialBodies[input.model.id];
	if (special) return special(input);
	if (input.model.body) return mappedBody(input.model.body, input);
	return soraBody(input);
}

// Documented forms (2026 docs): 404 `model_not_found` ("Model '…' is not available for this API key …
// Call GET /v1/models", integration-guide/pi.mdx), 403 `model_access_denied` ("Token does not have
// access to model: …", every video page), 503 "No available channel for the requested model"
// (suno page). The message patterns beyond those are [I], for gateways that reword them.
const unavailableCodes = ['model_not_found', 'model_access_denied', 'model_not_available', 'model_unavailable'];
const unavailableMessage =
	/no available channel|model\b[^.]*\b(not found|not exist|does not exist|not available|unavailable|not supported|retired|offline)|does not have access to model|unknown model/i;

function isModelUnavailable(answer: FailedAnswer): boolean {
	const code = readPath(answer.body, 'error', 'code') ?? readPath(answer.body, 'code');
	if (typeof code === 'string' && unavailableCodes.includes(code.toLowerCase())) return true;
	const message = readPath(answer.body, 'error', 'message') ?? readPath(answer.body, 'message');
	return typeof message === 'string' && unavailableMessage.test(message);
}

const taskSchema = z.object({ id: z.string().min(1), status: z.string() }).passthrough();

export const evolink: ProviderSpec = {
	id: 'evolink',
	displayName: 'EvoLink',
	credentialType: 'evoLinkApi',
	credentialDisplayName: 'EvoLink API',
	documentationUrl: 'https://docs.evolink.ai/en/api-manual/video-series/seedance2.0/seedance-2.0-overview',
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
	callback: { field: 'callbackUrl', httpsOnly: true },

	buildCreateRequest(input) {
		const { callbackUrl } = input.extras;
		const body = createBody(input);
		return { method: 'POST', path: CREATE_PATH, body: callbackUrl ? { ...body, callback_url: callbackUrl } : body };
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

	customModel: {
		body: {
			duration: { key: 'duration', type: 'integer' },
			resolution: { key: 'quality' },
			aspectRatio: { key: 'aspect_ratio' },
			image: { key: 'image_urls', type: 'array' },
		},
	},

	modelList: {
		request: { method: 'GET', path: '/v1/models' },
		// `{"data":[{"id":…}]}`; the answer does not mark which ids are video models.
		parse: (body) => {
			const data = readPath(body, 'data');
			if (!Array.isArray(data)) throw new ProviderResponseError('The model list has no data array', body);
			return data.map((entry) => asNonEmptyString(readPath(entry, 'id'))).filter((id): id is string => id !== undefined);
		},
	},

	isModelUnavailable,

	// Only the create answer carries a cost: the credits EvoLink reserves (`usage.credits_reserved`).
	readCost(raw) {
		const credits = readPath(raw, 'usage', 'credits_reserved');
		const amount = typeof credits === 'string' && credits.trim() !== '' ? Number(credits) : credits;
		return typeof amount === 'number' && Number.isFinite(amount) ? { amount, unit: 'credits' } : null;
	},

	pollHints(raw) {
		const estimated = readPath(raw, 'task_info', 'estimated_time');
		return typeof estimated === 'number' ? { estimatedSeconds: estimated } : {};
	},

	imageInput: evolinkImageInput,
	buildRemixRequest: evolinkRemixRequest,
	remixModels: evolinkRemixModels,
};
