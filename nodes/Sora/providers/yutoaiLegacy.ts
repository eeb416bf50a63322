import { z } from 'zod';

import { asNonEmptyString, firstString, parseProgress, readError, readPath } from './read';
import { ProviderResponseError } from './responseError';
import { parseBody } from './schema';
import { normalizeTask } from './task';
import type { AspectRatio, ModelSpec, ProviderSpec, Resolution } from './types';
import { newApiTaskVocabulary } from './vocabularies';

// YutoAI legacy "Sora official format" (seed 004; providers.md §6): the Sora 1 web "turbo" body,
// where the size is width × height and the length is a frame count (150 = 5 s, 300 = 10 s).
const models: ModelSpec[] = [
	{
		id: 'turbo',
		displayName: 'Turbo (Sora web format, legacy)',
		description: 'Sora 1 web format; the provider may have retired it',
		durations: [5, 10],
		defaultDuration: 5,
		aspectRatios: ['16:9', '9:16', '1:1'],
		resolutions: ['480p', '720p'],
		supportsImage: true,
		legacy: true,
	},
];

const framesPerSecond = 30;

const sizes: Partial<Record<Resolution, Partial<Record<AspectRatio, [number, number]>>>> = {
	'480p': { '16:9': [854, 480], '9:16': [480, 854], '1:1': [480, 480] },
	'720p': { '16:9': [1280, 720], '9:16': [720, 1280], '1:1': [720, 720] },
};

const storyboardLine = /^\s*(\d+(?:\.\d+)?)\s*[:=-]\s*(\S.*)$/;

/** "second: description" lines → the body's `actions` (time in seconds, as the schema has it). */
function parseStoryboard(text: string): Array<{ time: number; description: string }> {
	return text
		.split('\n')
		.filter((line) => line.trim() !== '')
		.map((line) => {
			const [, time, description] = storyboardLine.exec(line) ?? ['', '0', line.trim()];
			return { time: Number(time), description: description.trim() };
		});
}

function checkStoryboard(value: string | number | boolean): string | undefined {
	const lines = String(value)
		.split('\n')
		.filter((line) => line.trim() !== '');
	const bad = lines.find((line) => !storyboardLine.test(line));
	return bad === undefined ? undefined : `each line must be "second: description", e.g. "0: a boat sets off"; this one is not: "${bad.trim()}"`;
}


const createSchema = z.object({ data: z.union([z.string().min(1), z.record(z.unknown())]) }).passthrough();
const statusSchema = z.object({ data: z.object({ status: z.string() }).passthrough() }).passthrough();

export const yutoaiLegacy: ProviderSpec = {
	id: 'yutoaiLegacy',
	displayName: 'YutoAI Legacy (Sora web "turbo" format)',
	credentialType: 'yutoAiApi',
	credentialDisplayName: 'YutoAI API',
	documentationUrl: 'https://docs.yutoai.net/en/api/api-254218816.html',
	models,
	extraFields: [
		{
			displayName: 'Variants',
			name: 'variants',
			type: 'number',
			default: 1,
			minValue: 1,
			maxValue: 4,
			description: 'How many variants to render (n_variants); the output reports the first, raw keeps them all',
		},
		{
			displayName: 'Storyboard',
			name: 'storyboard',
			type: 'string',
			default: '',
			placeholder: '0: a paper boat sets off\n4: it drifts under a bridge',
			rows: 4,
			description:
				'Optional shots, one per line as "second: description"; when set, the video is rendered as a storyboard (the prompt still sets the overall scene)',
			check: checkStoryboard,
		},
	],
	imageRules: { allowDataUrl: false },
	statusVocabulary: newApiTaskVocabulary,

	buildCreateRequest(input) {
		const [width, height] = sizes[input.resolution]?.[input.aspectRatio] ?? [0, 0];
		const variants = typeof input.extras.variants === 'number' ? input.extras.variants : 1;
		const actions = typeof input.extras.storyboard === 'string' ? parseStoryboard(input.extras.storyboard) : [];
		return {
			method: 'POST',
			path: '/sora/v1/videos',
			body: {
				type: 'video_gen',
				model: input.model.id,
				operation: actions.length > 0 ? 'storyboard' : 'simple_compose',
				style: 'natural',
				prompt: input.prompt,
				width,
				height,
				n_frames: input.duration * framesPerSecond,
				n_variants: variants,
				...(actions.length > 0 ? { actions } : {}),
				...(input.imageUrl
					? {
							inpaint_items: [
								{ type: 'image', url: input.imageUrl, frame_index: 0, preset_id: null, generation_id: null },
							],
						}
					: {}),
			},
		};
	},

	parseCreateResponse(body) {
		const parsed = parseBody(createSchema, body, 'The create response');
		const taskId =
			asNonEmptyString(parsed.data) ??
			asNonEmptyString(readPath(parsed.data, 'task_id')) ??
			asNonEmptyString(readPath(parsed.data, 'id'));
		if (!taskId) throw new ProviderResponseError('The create response has no task id in data', body);
		return taskId;
	},

	buildStatusRequest(taskId) {
		return { method: 'GET', path: `/sora/v1/videos/${encodeURIComponent(taskId)}` };
	},

	parseStatusResponse(body, { taskId }) {
		const { data } = parseBody(statusSchema, body, 'The status response');
		// The URL sits inside the raw upstream payload; its exact place is not documented (providers.md §6.3).
		const upstream = readPath(data, 'data');
		const generation = readPath(upstream, 'generations', 0);
		return normalizeTask(
			'yutoaiLegacy',
			asNonEmptyString(data.task_id) ?? taskId,
			newApiTaskVocabulary,
			{
				providerStatus: data.status,
				progress: parseProgress(data.progress),
				videoUrl: firstString(
					readPath(generation, 'url'),
					readPath(generation, 'encodings', 'source', 'path'),
					readPath(upstream, 'video_url'),
					readPath(upstream, 'url'),
					readPath(upstream, 'output'),
				),
				thumbnailUrl: firstString(readPath(generation, 'encodings', 'thumbnail', 'path'), readPath(upstream, 'thumbnail_url')),
				error: readError(data.fail_reason) ?? readError(data.error),
			},
			body,
		);
	},
};
