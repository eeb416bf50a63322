import type { IDataObject } from 'n8n-workflow';

import { customBodyMap, customCreatePath } from '../catalog/customModelMap';
import type { AspectRatio, CreateInput, ModelSpec, ProviderSpec, Resolution } from '../providers/types';
import { validateImageUrl } from './imageUrl';
import { InvalidParameterError } from './invalidParameter';
import { toNumber } from './numbers';

/** The `model` value that selects a model id the catalog does not know. */
export const customModelValue = 'custom';

export function isCustomModel(model: unknown): boolean {
	return typeof model === 'string' && model.trim() === customModelValue;
}

/** The free fields of a custom model, as n8n hands them over. */
export interface RawCustomModel {
	modelId: unknown;
	duration: unknown;
	resolution: unknown;
	aspectRatio: unknown;
	extraBodyJson: unknown;
}

/**
 * A custom model's create: the id and values are sent as typed under the provider's usual keys,
 * without the catalog's checks. What still cannot reach the provider: an empty prompt or id, a
 * non-web image URL, and extra JSON that is not one object.
 */
export function validateCustomModel(
	provider: ProviderSpec,
	raw: { prompt: unknown; imageUrl: unknown; custom?: RawCustomModel },
): CreateInput {
	const custom = raw.custom ?? { modelId: undefined, duration: undefined, resolution: undefined, aspectRatio: undefined, extraBodyJson: undefined };
	const modelId = text(custom.modelId);
	if (!modelId) throw new InvalidParameterError('custom model ID', custom.modelId, 'a model ID is required with "Custom Model ID"');
	if (/[\s\u0000-\u001f]/.test(modelId)) {
		throw new InvalidParameterError('custom model ID', modelId, 'a model ID cannot contain spaces or control characters');
	}
	const prompt = text(raw.prompt);
	if (!prompt) throw new InvalidParameterError('prompt', raw.prompt, 'a prompt is required and cannot be only white space');

	const map = customBodyMap(provider);
	const body: IDataObject = { model: modelId, prompt, ...map.constants };
	const duration = text(custom.duration);
	const typed = duration ? typedDuration(duration, map.duration?.type ?? 'integer') : undefined;
	if (typed !== undefined) body[map.duration?.key ?? 'duration'] = typed;
	const resolution = text(custom.resolution);
	if (resolution) {
		const values = map.resolution?.values as Record<string, unknown> | undefined;
		body[map.resolution?.key ?? 'resolution'] = (values?.[resolution] as string | number | boolean | undefined) ?? resolution;
	}
	const aspectRatio = text(custom.aspectRatio);
	if (aspectRatio) body[map.aspectRatio?.key ?? 'aspect_ratio'] = aspectRatio;
	const imageUrl = validateImageUrl(provider, true, raw.imageUrl);
	if (imageUrl) {
		const image = map.image ?? { key: 'image_urls', type: 'array' as const };
		body[image.key] = image.type === 'array' ? [imageUrl] : imageUrl;
	}
	Object.assign(body, extraBody(custom.extraBodyJson));

	return {
		model: placeholderModel(modelId),
		prompt,
		duration: toNumber(typed) ?? 0,
		aspectRatio: aspectRatio as AspectRatio,
		resolution: resolution as Resolution,
		...(imageUrl ? { imageUrl } : {}),
		extras: {},
		customRequest: { method: 'POST', path: customCreatePath(provider, modelId), body },
	};
}

function text(value: unknown): string {
	if (typeof value === 'number') return String(value);
	return typeof value === 'string' ? value.trim() : '';
}

function typedDuration(value: string, type: 'integer' | 'string'): string | number {
	if (type === 'string') return value;
	const seconds = toNumber(value);
	if (seconds === undefined || !Number.isInteger(seconds) || seconds <= 0) {
		throw new InvalidParameterError('custom duration', value, 'must be a whole number of seconds, or empty to let the provider pick');
	}
	return seconds;
}

/** Extra body fields: one JSON object, merged last so it can add or override any field. */
function extraBody(value: unknown): IDataObject {
	if (value === undefined || value === null) return {};
	let parsed: unknown = value;
	if (typeof value === 'string') {
		if (value.trim() === '') return {};
		const result = parseJson(value);
		if ('invalid' in result) throw new InvalidParameterError('extra body JSON', value, `is not valid JSON (${result.invalid})`);
		parsed = result.value;
	}
	if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
		throw new InvalidParameterError('extra body JSON', value, 'must be one JSON object, such as {"seed": 42}');
	}
	return parsed as IDataObject;
}

function parseJson(value: string): { value: unknown } | { invalid: string } {
	try {
		return { value: JSON.parse(value) as unknown };
	} catch (error) {
		return { invalid: error instanceof Error ? error.message : String(error) };
	}
}

/** The catalog entry a custom id stands in for: it only names the model; nothing is checked against it. */
function placeholderModel(id: string): ModelSpec {
	return {
		id,
		displayName: `Custom model ${id}`,
		durations: [],
		defaultDuration: 0,
		aspectRatios: [],
		resolutions: [],
		supportsImage: true,
		evidence: { level: 'inferred', note: 'a custom model id, sent unvalidated' },
	};
}
