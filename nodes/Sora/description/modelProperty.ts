import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { legacyDefaultModel } from '../catalog/lookup';
import type { ModelSpec, ProviderSpec } from '../providers/types';
import { customModelOption } from './customModelProperties';
import { evidenceNote } from './labels';

/**
 * The model dropdown. n8n saves a parameter only when it differs from its default, so node version 1
 * keeps the Sora default its saved workflows rely on; version 2 defaults to the provider's newest model.
 */
export function modelProperties(provider: ProviderSpec): INodeProperties[] {
	const options = [...provider.models.map(modelOption), customModelOption];
	const version1Default = legacyDefaultModel(provider).id;
	const newestDefault = provider.models[0].id;
	const property = (defaultModel: string, versions: Array<number | { _cnd: { gte: number } }>): INodeProperties => ({
		displayName: 'Model',
		name: 'model',
		type: 'options',
		default: defaultModel,
		description: `The ${provider.displayName} model ID to render with, newest first`,
		displayOptions: { show: { operation: ['create'], provider: [provider.id], '@version': versions } },
		options,
	});
	if (version1Default === newestDefault) return [property(newestDefault, [1, { _cnd: { gte: 2 } }])];
	return [property(version1Default, [1]), property(newestDefault, [{ _cnd: { gte: 2 } }])];
}

function modelOption(model: ModelSpec): INodePropertyOptions {
	const note = evidenceNote(model);
	return {
		name: model.displayName,
		value: model.id,
		description: [model.description ?? model.id, note].filter(Boolean).join('. '),
	};
}
