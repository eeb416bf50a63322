import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { legacyDefaultModel } from '../catalog/lookup';
import type { ModelFamily, ModelSpec, ProviderSpec } from '../providers/types';
import { customModelOption } from './customModelProperties';
import { evidenceNotice } from './labels';
import { modelSummary } from './modelSummary';

type VersionCondition = Array<number | { _cnd: { gte: number } }>;

/**
 * The model dropdown, one short line per model, then a notice under it with the evidence for the
 * selected model. n8n saves a parameter only when it differs from its default, so node version 1 keeps
 * the Sora default and every model its saved workflows may hold; version 2 defaults to the provider's
 * newest model and leaves out models no provider page documents (they still run; see `unlisted`).
 */
export function modelProperties(provider: ProviderSpec): INodeProperties[] {
	const ordered = inChoosingOrder(provider.models);
	const property = (defaultModel: string, versions: VersionCondition, version: number): INodeProperties => ({
		displayName: 'Model',
		name: 'model',
		type: 'options',
		default: defaultModel,
		description: `The ${provider.displayName} model ID to render with: grouped by family, newest first, retired Sora models last`,
		displayOptions: { show: { operation: ['create'], provider: [provider.id], '@version': versions } },
		options: [
			...ordered.filter((model) => version < 2 || !model.unlisted).map((model) => modelOption(model, version)),
			customModelOption,
		],
	});
	return [
		property(legacyDefaultModel(provider).id, [1], 1),
		property(provider.models[0].id, [{ _cnd: { gte: 2 } }], 2),
		...evidenceNotices(provider),
	];
}

/** Family by family (in the order the catalog first names them), newest first within each, Sora last. */
function inChoosingOrder(models: ModelSpec[]): ModelSpec[] {
	const familyOf = (model: ModelSpec): ModelFamily => model.family ?? 'sora';
	const families = [...new Set(models.map(familyOf))].sort((a, b) => Number(a === 'sora') - Number(b === 'sora'));
	return families.flatMap((family) => models.filter((model) => familyOf(model) === family));
}

function modelOption(model: ModelSpec, version: number): INodePropertyOptions {
	return { name: model.displayName, value: model.id, description: modelSummary(model, version) };
}

/** Under the dropdown: how the selected model's contract is known, where that needs saying. */
function evidenceNotices(provider: ProviderSpec): INodeProperties[] {
	return provider.models.flatMap((model) => {
		const text = evidenceNotice(model);
		if (!text) return [];
		return [
			{
				displayName: text,
				name: 'modelEvidenceNotice',
				type: 'notice' as const,
				default: '',
				displayOptions: { show: { operation: ['create'], provider: [provider.id], model: [model.id] } },
			},
		];
	});
}
