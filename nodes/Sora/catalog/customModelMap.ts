import type { BodyMap, ProviderSpec } from '../providers/types';
import { legacyDefaultModel, resolutionsFor } from './lookup';

/** The keys most video APIs use; only for providers that declare no `customModel` mapping of their own. */
const genericCustomBody: BodyMap = {
	duration: { key: 'duration', type: 'integer' },
	resolution: { key: 'resolution' },
	aspectRatio: { key: 'aspect_ratio' },
	image: { key: 'image_urls', type: 'array' },
};

/** Where a custom model's free duration, resolution, aspect ratio and image go for this provider. */
export function customBodyMap(provider: ProviderSpec): BodyMap {
	return provider.customModel?.body ?? genericCustomBody;
}

/** The provider's create path for a custom model id: its own rule, else the path its catalog models use. */
export function customCreatePath(provider: ProviderSpec, modelId: string): string {
	const own = provider.customModel?.path?.(modelId);
	if (own) return own;
	const model = legacyDefaultModel(provider);
	const [aspectRatio] = model.aspectRatios;
	const [resolution] = resolutionsFor(model, model.defaultDuration);
	return provider.buildCreateRequest({
		model,
		prompt: 'path probe',
		duration: model.defaultDuration,
		aspectRatio,
		resolution,
		extras: {},
	}).path;
}
