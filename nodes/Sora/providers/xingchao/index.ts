import { z } from 'zod';

import { mappedCreateRequest } from '../mappedBody';
import { asNonEmptyString, firstString, parseProgress, readError } from '../read';
import { ProviderResponseError } from '../responseError';
import { parseBody } from '../schema';
import { normalizeTask } from '../task';
import type { CreateInput, HttpCall, ModelSpec, ProviderSpec } from '../types';
import { taskObjectVocabulary } from '../vocabularies';
import { GROK_PATH, grokModels } from './grok';
import { createRefusal, isGlobalAiModelUnavailable, readAmount } from './answers';
import { SEEDANCE15_PATH, seedance15CreateRequest, seedance15Models } from './seedance15';
import { SEEDANCE2_PATH, seedance2CreateRequest, seedance2Models } from './seedance2';
import { SORA_PATH, soraCreateBody, soraModels } from './sora';
import { VEO_PATH, veoModels } from './veo';
import { VIDU_PATH, viduModels } from './vidu';

// GlobalAI OPC, white-labelled as Xingchao (seed 003; providers.md §5, video-models.md §4): one
// create path per family, one status path for all.

// Newest first: node version 2 defaults to the first one.
const models: ModelSpec[] = [...seedance2Models, ...viduModels, ...seedance15Models, ...grokModels, ...veoModels, ...soraModels];

/** Families whose body BodyMap cannot express: their own builder. */
const ownBuilders: Array<{ models: ModelSpec[]; build: (input: CreateInput) => HttpCall }> = [
	{ models: seedance2Models, build: seedance2CreateRequest },
	{ models: seedance15Models, build: seedance15CreateRequest },
];

/** The create path of a model id the catalog does not know, from the id's family prefix. */
function pathForModelId(modelId: string): string {
	const id = modelId.toLowerCase();
	if (id.startsWith('veo')) return VEO_PATH;
	if (id.startsWith('seedance_2') || id.startsWith('kyyvideo2')) return SEEDANCE2_PATH;
	if (id.startsWith('seedance')) return SEEDANCE15_PATH;
	if (id.startsWith('grok')) return GROK_PATH;
	if (id.startsWith('vidu')) return VIDU_PATH;
	return SORA_PATH;
}

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
	// [D] No binary upload; every create takes image URLs only, the Sora one exactly 1280×720 or 720×1280.
	imageInput: {
		binary: 'none',
		accepts: 'a public image URL (for Sora exactly 1280×720 for 16:9 or 720×1280 for 9:16)',
		formats: ['png', 'jpeg', 'webp'],
	},
	statusVocabulary: taskObjectVocabulary,

	buildCreateRequest(input) {
		const own = ownBuilders.find((family) => family.models.some((model) => model.id === input.model.id));
		if (own) return own.build(input);
		if (input.model.body) return mappedCreateRequest(SORA_PATH, input.model.body, input);
		return { method: 'POST', path: SORA_PATH, body: soraCreateBody(input) };
	},

	parseCreateResponse(body) {
		// A refused create comes back as HTTP 200 with `id: null` and the reason in `error`.
		const refusal = createRefusal(body);
		if (refusal) throw refusal;
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
				// Not documented; read it if a newer backend sends one.
				progress: parseProgress(task.progress),
				videoUrl: firstString(task.video_url, task.url),
				thumbnailUrl: firstString(task.thumbnail_url),
				error: readError(task.error),
			},
			body,
		);
	},

	isModelUnavailable: isGlobalAiModelUnavailable,

	readCost: readAmount,

	customModel: {
		body: {
			duration: { key: 'duration', type: 'integer' },
			resolution: { key: 'resolution' },
			aspectRatio: { key: 'aspect_ratio' },
			image: { key: 'first_image', type: 'string' },
			lastFrame: { key: 'last_image' },
		},
		path: pathForModelId,
	},
};
