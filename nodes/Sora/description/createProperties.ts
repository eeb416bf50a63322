import type { INodeProperties } from 'n8n-workflow';

import { defaultAspectRatio, durationsFor, resolutionsFor } from '../catalog/lookup';
import type { ExtraFieldSpec, ModelSpec, ProviderSpec } from '../providers/types';
import { groupByValue } from './groupByValue';
import { imageSourceProperties } from './imageSourceProperties';
import { aspectRatioLabel, durationLabel, resolutionLabel } from './labels';
import { modelOptionProperties } from './modelOptionProperties';
import { referenceProperties } from './referenceProperties';

const onCreate = { operation: ['create'] };

/** Every provider × model gets dropdowns that list exactly what that model accepts. */
export function providerDetailProperties(provider: ProviderSpec): INodeProperties[] {
	return [
		...durationProperties(provider),
		...aspectRatioProperties(provider),
		...resolutionProperties(provider),
		...imageSourceProperties(provider),
		imageUrlProperty(provider),
		...modelOptionProperties(provider),
		...referenceProperties(provider),
		...provider.extraFields.map((field) => extraFieldProperty(provider, field)),
	];
}

type ShowValue = Array<string | number | { _cnd: { gte: number } }>;

/**
 * Node version 1 keeps the values and defaults its saved workflows hold; later versions follow the
 * docs. Where a model's choice differs between them, each version gets its own parameter.
 */
const nodeVersions = [
	{ version: 1, show: [1] },
	{ version: 2, show: [{ _cnd: { gte: 2 } }] },
] as const;

function perVersion<V>(valueOf: (version: number) => V): Array<{ value: V; versions?: ShowValue }> {
	const [first, latest] = nodeVersions.map(({ version }) => valueOf(version));
	if (JSON.stringify(first) === JSON.stringify(latest)) return [{ value: latest }];
	return nodeVersions.map(({ version, show }) => ({ value: valueOf(version), versions: [...show] }));
}

function show(provider: ProviderSpec, models?: ModelSpec[], extra: Record<string, ShowValue> = {}) {
	return {
		show: {
			...onCreate,
			provider: [provider.id],
			...(models ? { model: models.map((model) => model.id) } : {}),
			...extra,
		},
	};
}

function durationProperties(provider: ProviderSpec): INodeProperties[] {
	const grouped = groupByValue(provider.models, (model) =>
		perVersion((version) => ({
			durations: durationsFor(model, version),
			initial: model.defaultDuration,
			beyond: version === 1 && model.beyondSpec?.durations ? model.beyondSpec : undefined,
		})),
	);
	return grouped.flatMap(({ keys: models, value: variants }) =>
		variants.map(({ value: { durations, initial, beyond }, versions }) => ({
			displayName: 'Duration',
			name: 'duration',
			type: 'options' as const,
			default: initial,
			description: 'Length of the video in seconds',
			displayOptions: show(provider, models, versions ? { '@version': versions } : {}),
			options: durations.map((seconds) => ({
				name: durationLabel(seconds),
				value: seconds,
				...(beyond?.durations?.includes(seconds) ? { description: beyond.label } : {}),
			})),
		})),
	);
}

function aspectRatioProperties(provider: ProviderSpec): INodeProperties[] {
	const grouped = groupByValue(provider.models, (model) =>
		perVersion((version) => ({ ratios: model.aspectRatios, initial: defaultAspectRatio(model, version) })),
	);
	return grouped.flatMap(({ keys: models, value: variants }) =>
		variants.map(({ value: { ratios, initial }, versions }) => ({
			displayName: 'Aspect Ratio',
			name: 'aspectRatio',
			type: 'options' as const,
			default: initial,
			description: 'Orientation of the video; with a reference image some providers follow the image instead',
			displayOptions: show(provider, models, versions ? { '@version': versions } : {}),
			options: ratios.map((ratio) => ({ name: aspectRatioLabel(ratio), value: ratio })),
		})),
	);
}

function resolutionProperties(provider: ProviderSpec): INodeProperties[] {
	return provider.models.flatMap((model) =>
		perVersion((version) =>
			groupByValue(durationsFor(model, version), (duration) => resolutionsFor(model, duration, version)).map(
				({ keys: durations, value: resolutions }) => ({ durations, resolutions, labelled: version === 1 && model.beyondSpec?.resolutions !== undefined }),
			),
		).flatMap(({ value: groups, versions }) =>
			groups.map(({ durations, resolutions, labelled }) => {
				const [firstResolution] = resolutions;
				return {
					displayName: 'Resolution',
					name: 'resolution',
					type: 'options' as const,
					default: firstResolution,
					description: 'Output resolution; only the tiers this model offers at this duration are listed',
					displayOptions: show(provider, [model], { duration: durations, ...(versions ? { '@version': versions } : {}) }),
					options: resolutions.map((resolution) => ({
						name: resolutionLabel(resolution),
						value: resolution,
						...(labelled && model.beyondSpec?.resolutions?.includes(resolution) ? { description: model.beyondSpec.label } : {}),
					})),
				};
			}),
		),
	);
}

function imageUrlProperty(provider: ProviderSpec): INodeProperties {
	const types = provider.imageRules.extensions?.join(', ');
	return {
		displayName: 'Reference Image URL',
		name: 'imageUrl',
		type: 'string',
		default: '',
		placeholder: 'https://example.com/first-frame.png',
		description: `Optional single image to start the video from${types ? ` (${types})` : ''}. Leave empty for text-to-video.`,
		displayOptions: show(
			provider,
			provider.models.filter((model) => model.supportsImage),
			{ imageSource: ['url'] },
		),
	};
}

function extraFieldProperty(provider: ProviderSpec, field: ExtraFieldSpec): INodeProperties {
	const models = field.models ? provider.models.filter((model) => field.models?.includes(model.id)) : undefined;
	return {
		displayName: field.displayName,
		name: field.name,
		type: field.type,
		default: field.default,
		description: field.description,
		...(field.placeholder ? { placeholder: field.placeholder } : {}),
		...(field.type === 'number' ? { typeOptions: { minValue: field.minValue, maxValue: field.maxValue } } : {}),
		...(field.rows ? { typeOptions: { rows: field.rows } } : {}),
		// A custom model's body is built from its free fields only, so no provider option applies to it.
		displayOptions: models ? show(provider, models) : { ...show(provider), hide: { model: ['custom'] } },
	};
}
