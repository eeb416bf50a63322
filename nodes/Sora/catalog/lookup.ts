import type { ModelSpec, ProviderSpec, Resolution } from '../providers/types';

export function findModel(provider: ProviderSpec, modelId: string): ModelSpec | undefined {
	return provider.models.find((model) => model.id === modelId);
}

/** The resolutions a model accepts at one duration (some tiers exist only at some lengths). */
export function resolutionsFor(model: ModelSpec, duration: number): Resolution[] {
	return model.resolutionsByDuration?.[duration] ?? model.resolutions;
}

/** The model node version 1 defaulted to: every provider's first Sora model. */
export function legacyDefaultModel(provider: ProviderSpec): ModelSpec {
	return provider.models.find((model) => (model.family ?? 'sora') === 'sora') ?? provider.models[0];
}
