import type { INodeProperties } from 'n8n-workflow';

import type { ProviderSpec } from '../providers/types';

export function providerProperty(providers: readonly ProviderSpec[]): INodeProperties {
	const firstProvider = providers[0].id;
	// A one-provider edition keeps the parameter (every display rule reads it) but has nothing to choose.
	if (providers.length === 1) return { displayName: 'Provider', name: 'provider', type: 'hidden', default: firstProvider };
	return {
		displayName: 'Provider',
		name: 'provider',
		type: 'options',
		noDataExpression: true,
		default: firstProvider,
		description: 'Which Sora 2 API provider to call; each has its own credential',
		options: providers.map((provider) => ({ name: provider.displayName, value: provider.id })),
	};
}

export const operationProperty: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	default: 'create',
	options: [
		{
			name: 'Create',
			value: 'create',
			action: 'Create a video',
			description: 'Start a video task; optionally wait for it and download the MP4',
		},
		{
			name: 'Get Status',
			value: 'getStatus',
			action: 'Get video status',
			description: 'Read the current status of a video task',
		},
		{
			name: 'Wait',
			value: 'wait',
			action: 'Wait for video',
			description: 'Poll a video task until it is done; optionally download the MP4',
		},
		{
			name: 'List Models',
			value: 'listModels',
			action: 'List models',
			description: 'List the video models the provider offers to your key right now',
		},
	],
};

export const retryOnFailNotice: INodeProperties = {
	displayName:
		'Leave "Retry On Fail" off in this node\'s settings: a retried Create would start (and bill) every video of the batch again, so Create refuses to run with it. Safe retries are built in.',
	name: 'retryNotice',
	type: 'notice',
	default: '',
	displayOptions: { show: { operation: ['create'] } },
};

export const promptProperty: INodeProperties = {
	displayName: 'Prompt',
	name: 'prompt',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'A paper boat drifting down a rainy street, cinematic',
	description: 'What the video should show',
	typeOptions: { rows: 4 },
	displayOptions: { show: { operation: ['create', 'remix'] } },
};

export const waitForCompletionProperty: INodeProperties = {
	displayName: 'Wait for Completion',
	name: 'waitForCompletion',
	type: 'boolean',
	default: false,
	description: 'Whether to wait until the video is ready before the node finishes (see Options for timeout and download)',
	displayOptions: { show: { operation: ['create'] } },
};

export const taskIdProperty: INodeProperties = {
	displayName: 'Task ID',
	name: 'taskId',
	type: 'string',
	required: true,
	default: '={{ $json.taskId }}',
	description: 'The ID that Create returned (its "taskId" field)',
	displayOptions: { show: { operation: ['getStatus', 'wait', 'remix', 'deleteVideo'] } },
};
