import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import type { ProviderSpec } from '../providers/types';
import { groupByValue } from './groupByValue';
import { aspectRatioLabel, durationLabel } from './labels';
import { operationProperty } from './operationProperties';

const remixOption: INodePropertyOptions = {
	name: 'Remix',
	value: 'remix',
	action: 'Remix a video',
	description: 'Start a new video from a finished task and a new prompt',
};
const listOption: INodePropertyOptions = {
	name: 'List Videos',
	value: 'listVideos',
	action: 'List videos',
	description: 'List the videos stored under your key, newest first',
};
const deleteOption: INodePropertyOptions = {
	name: 'Delete Video',
	value: 'deleteVideo',
	action: 'Delete a video',
	description: 'Delete a finished or failed video and its files',
};

/** The operations a provider's hooks make possible beyond Create, Get Status, Wait and List Models. */
function extraOperations(provider: ProviderSpec): INodePropertyOptions[] {
	return [
		...(provider.buildRemixRequest ? [remixOption] : []),
		...(provider.videoList ? [listOption] : []),
		...(provider.buildDeleteRequest ? [deleteOption] : []),
	];
}

/**
 * One Operation dropdown per group of providers with the same operations, so Remix, List Videos and
 * Delete Video appear only where the provider offers them. Every copy keeps the `create` default.
 */
export function operationProperties(providers: readonly ProviderSpec[]): INodeProperties[] {
	const groups = groupByValue(providers, (provider) => extraOperations(provider).map((option) => option.value));
	return groups.map(({ keys }) => ({
		...operationProperty,
		options: [...(operationProperty.options as INodePropertyOptions[]), ...extraOperations(keys[0])],
		displayOptions: { show: { provider: keys.map((provider) => provider.id) } },
	}));
}

/** Parameters of Remix (beyond Task ID and Prompt) and List Videos. */
export function videoOperationProperties(providers: readonly ProviderSpec[]): INodeProperties[] {
	return [...providers.flatMap(remixModelProperties), ...listVideosProperties(providers)];
}

function remixModelProperties(provider: ProviderSpec): INodeProperties[] {
	const models = provider.remixModels ?? [];
	if (!provider.buildRemixRequest || models.length === 0) return [];
	const onRemix = { operation: ['remix'], provider: [provider.id] };
	const [firstModelId] = models.map((model) => model.id);
	return [
		{
			displayName: 'Remix Model',
			name: 'remixModel',
			type: 'options',
			default: firstModelId,
			description: `The ${provider.displayName} remix model; the task to remix must come from a matching model`,
			displayOptions: { show: onRemix },
			options: models.map((model) => ({ name: model.displayName, value: model.id, description: model.description ?? model.id })),
		},
		...groupByValue(models, (model) => ({ durations: model.durations, initial: model.defaultDuration })).map(
			({ keys, value: { durations, initial } }): INodeProperties => ({
				displayName: 'Remix Duration',
				name: 'remixDuration',
				type: 'options',
				default: initial,
				description: 'Length of the remixed video in seconds',
				displayOptions: { show: { ...onRemix, remixModel: keys.map((model) => model.id) } },
				options: durations.map((seconds) => ({ name: durationLabel(seconds), value: seconds })),
			}),
		),
		...groupByValue(
			models.filter((model) => model.aspectRatios.length > 0),
			(model) => model.aspectRatios,
		).map(
			({ keys, value: ratios }): INodeProperties => {
				const [firstRatio] = ratios;
				return {
				displayName: 'Remix Aspect Ratio',
				name: 'remixAspectRatio',
				type: 'options',
				default: firstRatio,
				description: 'Orientation of the remixed video',
				displayOptions: { show: { ...onRemix, remixModel: keys.map((model) => model.id) } },
				options: ratios.map((ratio) => ({ name: aspectRatioLabel(ratio), value: ratio })),
				};
			},
		),
	];
}

function listVideosProperties(providers: readonly ProviderSpec[]): INodeProperties[] {
	const listing = providers.filter((provider) => provider.videoList).map((provider) => provider.id);
	if (listing.length === 0) return [];
	return [
		{
			displayName: 'Return All',
			name: 'returnAll',
			type: 'boolean',
			default: false,
			description: 'Whether to return all results or only up to a given limit',
			displayOptions: { show: { operation: ['listVideos'], provider: listing } },
		},
		{
			displayName: 'Limit',
			name: 'limit',
			type: 'number',
			default: 50,
			description: 'Max number of results to return',
			typeOptions: { minValue: 1 },
			displayOptions: { show: { operation: ['listVideos'], provider: listing, returnAll: [false] } },
		},
	];
}
