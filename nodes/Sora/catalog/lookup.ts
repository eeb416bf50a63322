import type { AspectRatio, ModelSpec, ProviderSpec, Resolution } from '../providers/types';

export function findModel(provider: ProviderSpec, modelId: string): ModelSpec | undefined {
	return provider.models.find((model) => model.id === modelId);
}

/** Node version 1 keeps what its saved workflows hold; later versions follow the providers' specs. */
function isVersion1(nodeVersion: number | undefined): boolean {
	return nodeVersion !== undefined && nodeVersion < 2;
}

/** The lengths a model offers in this node version: values only a guide names stay in version 1. */
export function durationsFor(model: ModelSpec, nodeVersion?: number): number[] {
	const beyond = model.beyondSpec?.durations;
	if (!beyond || isVersion1(nodeVersion)) return model.durations;
	return model.durations.filter((seconds) => !beyond.includes(seconds));
}

/** The resolutions a model accepts at one duration (some tiers exist only at some lengths). */
export function resolutionsFor(model: ModelSpec, duration: number, nodeVersion?: number): Resolution[] {
	const all = model.resolutionsByDuration?.[duration] ?? model.resolutions;
	const beyond = model.beyondSpec?.resolutions;
	if (!beyond || isVersion1(nodeVersion)) return all;
	return all.filter((resolution) => !beyond.includes(resolution));
}

/** The ratio the editor starts with: version 1 keeps the first listed, later versions the documented default. */
export function defaultAspectRatio(model: ModelSpec, nodeVersion: number): AspectRatio {
	return (isVersion1(nodeVersion) ? undefined : model.defaultAspectRatio) ?? model.aspectRatios[0];
}

/** The model node version 1 defaulted to: every provider's first Sora model. */
export function legacyDefaultModel(provider: ProviderSpec): ModelSpec {
	return provider.models.find((model) => (model.family ?? 'sora') === 'sora') ?? provider.models[0];
}
