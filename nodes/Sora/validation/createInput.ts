import type { IDataObject } from 'n8n-workflow';

import { durationsFor, findModel, resolutionsFor } from '../catalog/lookup';
import type { AspectRatio, CreateInput, ExtraFieldSpec, ProviderSpec, Resolution } from '../providers/types';
import { allowedList, InvalidParameterError } from './invalidParameter';
import { validateImageUrl } from './imageUrl';
import { checkUrl } from './urls';
import { isCustomModel, validateCustomModel, type RawCustomModel } from './customModel';
import { validateModelOptions } from './modelOptions';
import { toNumber } from './numbers';
import { checkReferenceRules, readReferenceUrls, type RawReferences } from './references';

/** Parameter values as n8n hands them over; expressions may have produced anything. */
export interface RawCreateParameters {
	model: unknown;
	prompt: unknown;
	duration: unknown;
	aspectRatio: unknown;
	resolution: unknown;
	imageUrl: unknown;
	lastFrameUrl?: unknown;
	generateAudio?: unknown;
	negativePrompt?: unknown;
	seed?: unknown;
	/** Image Source is Binary Data (the start image is read after validation). */
	startImageFromBinary?: boolean;
	/** Reference image, video and audio URLs (models that declare references). */
	references?: RawReferences;
	/** How many binary property names Reference Image Binary Properties holds (read after validation). */
	referenceImagesFromBinary?: number;
	extras: Record<string, unknown>;
	/** The free fields, read only when `model` is the custom option. */
	custom?: RawCustomModel;
	/** The node's version: version 1 keeps the values its saved workflows hold; absent means the newest. */
	nodeVersion?: number;
}

/**
 * The run-time twin of the generated UI: the same catalog decides what is allowed, because
 * expressions bypass the dropdowns. Throws InvalidParameterError naming field, value and allowed values.
 */
export function validateCreateInput(provider: ProviderSpec, raw: RawCreateParameters): CreateInput {
	if (isCustomModel(raw.model)) return validateCustomModel(provider, raw);
	const modelId = typeof raw.model === 'string' ? raw.model.trim() : raw.model;
	const model = typeof modelId === 'string' ? findModel(provider, modelId) : undefined;
	if (!model) {
		throw new InvalidParameterError(
			'model',
			raw.model,
			`${provider.displayName} has no such model (for one the node does not list yet, choose "custom" and give its ID); ${allowedList(provider.models.map((m) => m.id))}`,
		);
	}
	const context = `${provider.displayName} model "${model.id}"`;

	const prompt = typeof raw.prompt === 'string' ? raw.prompt.trim() : '';
	if (prompt === '') {
		throw new InvalidParameterError('prompt', raw.prompt, 'a prompt is required and cannot be only white space');
	}
	if (model.promptMaxLength !== undefined && prompt.length > model.promptMaxLength) {
		throw new InvalidParameterError(
			'prompt',
			`${prompt.slice(0, 40)}…`,
			`${context} accepts at most ${model.promptMaxLength} characters; this prompt has ${prompt.length}`,
		);
	}

	const durations = durationsFor(model, raw.nodeVersion);
	const duration = toNumber(raw.duration);
	if (duration === undefined || !durations.includes(duration)) {
		throw new InvalidParameterError('duration', raw.duration, `${context} takes seconds${versionNote(model, 'durations', duration)}; ${allowedList(durations)}`);
	}

	const aspectRatio = raw.aspectRatio as AspectRatio;
	if (!model.aspectRatios.includes(aspectRatio)) {
		throw new InvalidParameterError('aspect ratio', raw.aspectRatio, `${context}: ${allowedList(model.aspectRatios)}`);
	}

	const resolutions = resolutionsFor(model, duration, raw.nodeVersion);
	const resolution = raw.resolution as Resolution;
	if (!resolutions.includes(resolution)) {
		throw new InvalidParameterError(
			'resolution',
			raw.resolution,
			`${context} at ${duration} s${versionNote(model, 'resolutions', resolution)}: ${allowedList(resolutions)}`,
		);
	}

	const input: CreateInput = {
		model,
		prompt,
		duration,
		aspectRatio,
		resolution,
		imageUrl: validateImageUrl(provider, model.supportsImage, raw.imageUrl, undefined, model.imageFormats),
		...(raw.startImageFromBinary && model.supportsImage ? { startImageFromBinary: true } : {}),
		...(raw.referenceImagesFromBinary && model.references?.images ? { referenceImagesFromBinary: raw.referenceImagesFromBinary } : {}),
		...validateModelOptions(provider, model, raw),
		...withReferences(readReferenceUrls(provider, model, raw.references ?? {})),
		extras: validateExtras(provider, model.id, raw.extras),
	};
	for (const rule of model.rules ?? []) {
		const problem = rule.check(input);
		if (problem) throw new InvalidParameterError('parameters', model.id, `${context}: ${problem}`);
	}
	checkReferenceRules(provider, input);
	return input;
}

function withReferences(references: CreateInput['references']): Pick<CreateInput, 'references'> {
	return references ? { references } : {};
}

/** Says why a value only a guide names is refused: node version 2 follows the API spec. */
function versionNote(model: CreateInput['model'], kind: 'durations' | 'resolutions', value: unknown): string {
	const beyond: unknown[] | undefined = model.beyondSpec?.[kind];
	if (!beyond?.includes(value)) return '';
	return ` (${String(value)} is not in the provider's API spec, so node version 2 does not send it; node version 1 still does)`;
}

function validateExtras(provider: ProviderSpec, modelId: string, raw: Record<string, unknown>): IDataObject {
	const extras: IDataObject = {};
	for (const field of provider.extraFields) {
		if (field.models && !field.models.includes(modelId)) continue;
		const value = coerceExtra(field, raw[field.name]);
		if (value === undefined) continue;
		extras[field.name] = value;
	}
	return extras;
}

function coerceExtra(field: ExtraFieldSpec, value: unknown): string | number | boolean | undefined {
	if (value === undefined || value === null) return undefined;
	if (field.type === 'boolean') {
		if (typeof value === 'boolean') return value;
		if (value === 'true' || value === 'false') return value === 'true';
		throw new InvalidParameterError(field.displayName, value, 'must be true or false');
	}
	if (field.type === 'number') {
		const numeric = toNumber(value);
		const inRange =
			numeric !== undefined &&
			Number.isInteger(numeric) &&
			(field.minValue === undefined || numeric >= field.minValue) &&
			(field.maxValue === undefined || numeric <= field.maxValue);
		if (!inRange) {
			throw new InvalidParameterError(field.displayName, value, `must be a whole number from ${field.minValue} to ${field.maxValue}`);
		}
		return numeric;
	}
	if (typeof value !== 'string') {
		throw new InvalidParameterError(field.displayName, value, 'must be text');
	}
	const text = value.trim();
	if (text === '') return undefined;
	if (field.url) checkUrl(field.displayName, text, { httpsOnly: field.url.httpsOnly });
	const problem = field.check?.(text);
	if (problem) throw new InvalidParameterError(field.displayName, text, problem);
	return text;
}
