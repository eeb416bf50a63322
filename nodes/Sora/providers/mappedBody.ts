import type { IDataObject } from 'n8n-workflow';

import { referenceFields } from './referenceBody';
import type { BodyMap, CreateInput, HttpCall } from './types';

/**
 * The create body of a model that declares a field mapping: `model` and `prompt`, then each input
 * under the key and in the type this model documents. Inputs the model does not take are never sent.
 */
export function mappedBody(map: BodyMap, input: CreateInput): IDataObject {
	const body: IDataObject = { model: input.model.id, prompt: input.prompt, ...map.constants };
	if (map.duration) body[map.duration.key] = map.duration.type === 'string' ? String(input.duration) : input.duration;
	if (map.resolution) body[map.resolution.key] = map.resolution.values?.[input.resolution] ?? input.resolution;
	const omitted = map.aspectRatio?.omitAdaptive && input.aspectRatio === 'adaptive';
	if (map.aspectRatio && !omitted && !(map.aspectRatio.textToVideoOnly && input.imageUrl)) {
		body[map.aspectRatio.key] = map.aspectRatio.values?.[input.aspectRatio] ?? input.aspectRatio;
	}
	if (map.audio && input.generateAudio !== undefined) {
		body[map.audio.key] = input.generateAudio ? map.audio.on : map.audio.off;
	}
	if (map.negativePrompt && input.negativePrompt) body[map.negativePrompt.key] = input.negativePrompt;
	if (map.seed && input.seed !== undefined) body[map.seed.key] = input.seed;
	Object.assign(body, imageFields(map, input));
	Object.assign(body, referenceFields(input, body));
	return body;
}

function imageFields(map: BodyMap, input: CreateInput): IDataObject {
	if (!map.image || !input.imageUrl) return {};
	const { imageUrl, lastFrameUrl } = input;
	if (map.image.role) {
		const last = lastFrameUrl && map.lastFrame?.role ? [{ url: lastFrameUrl, role: map.lastFrame.role }] : [];
		return { [map.image.key]: [{ url: imageUrl, role: map.image.role }, ...last] };
	}
	if (!lastFrameUrl) return { [map.image.key]: map.image.type === 'array' ? [imageUrl] : imageUrl };
	const frames = map.lastFrame
		? { [map.image.key]: map.image.type === 'array' ? [imageUrl] : imageUrl, [map.lastFrame.key]: lastFrameUrl }
		: { [map.image.key]: [imageUrl, lastFrameUrl] };
	return { ...frames, ...map.frameConstants };
}

/** The create call of a mapped model, on its own path when it has one. */
export function mappedCreateRequest(defaultPath: string, map: BodyMap, input: CreateInput): HttpCall {
	return { method: 'POST', path: input.model.createPath ?? defaultPath, body: mappedBody(map, input) };
}
