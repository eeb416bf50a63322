import type { INodeProperties } from 'n8n-workflow';

import type { ProviderSpec } from '../providers/types';

export type WaitMode = 'poll' | 'park';

/**
 * Create + Wait for Completion: keep polling inside this execution (the version-1 behaviour and the
 * default), or park the execution in n8n's database until the provider calls back. Offered only
 * for providers that call one URL per task.
 */
export function waitModeProperties(providers: readonly ProviderSpec[]): INodeProperties[] {
	const callingBack = providers.filter((provider) => provider.callback).map((provider) => provider.id);
	const notCallingBack = providers.filter((provider) => !provider.callback).map((provider) => provider.id);
	const loopNotice: INodeProperties[] = notCallingBack.length === 0 ? [] : [
		{
			// n8n never runs a node again after a timed wait (n8n-core WorkflowExecute.handleWaitingState), so re-checking without a callback is the loop's job.
			displayName:
				'This provider does not call back, so the execution polls here and holds its worker until the video is done. To wait without holding one, turn off Wait for Completion and loop Get Status (Route by Status) through a Wait node of 65 s or more: see the example workflow sora-loop-wait.json.',
			name: 'waitLoopNotice',
			type: 'notice',
			default: '',
			displayOptions: { show: { operation: ['create'], waitForCompletion: [true], provider: notCallingBack } },
		},
	];
	if (callingBack.length === 0) return loopNotice;
	return [
		...loopNotice,
		{
			displayName: 'Wait Mode',
			name: 'waitMode',
			type: 'options',
			default: 'poll',
			options: [
				{
					name: 'Poll (This Execution)',
					value: 'poll',
					description: 'Check the status until the video is done; the execution keeps running (and holds its worker) meanwhile',
				},
				{
					name: 'Park Until the Provider Calls Back',
					value: 'park',
					description:
						'Send the provider a callback URL, save the execution in n8n\'s database and free the worker; it resumes when every task has ended or the Timeout option passes. n8n must be reachable from the provider.',
				},
			],
			displayOptions: { show: { operation: ['create'], waitForCompletion: [true], provider: callingBack } },
		},
		{
			displayName:
				'Parked: a failed task follows this node\'s On Error setting when its callback arrives. At the Timeout, On Error "Stop Workflow" stops the workflow on n8n 2.27 and later; older n8n hands the timed-out items on with "error" set, so add an IF on {{ $json.error }} → Stop and Error after this node if it must stop there.',
			name: 'parkOnErrorNotice',
			type: 'notice',
			default: '',
			displayOptions: { show: { operation: ['create'], waitForCompletion: [true], waitMode: ['park'], provider: callingBack } },
		},
	];
}

/** Get Status: one output per outcome, so a workflow can loop Still Running → Wait → Get Status. */
export const routeByStatusProperty: INodeProperties = {
	displayName: 'Route by Status',
	name: 'routeByStatus',
	type: 'boolean',
	default: false,
	description:
		'Whether to send items to three outputs: Completed, Failed and Still Running. Loop Still Running through a Wait node (65 s or more, so the execution is parked in the database) back into this node.',
	displayOptions: { show: { operation: ['getStatus'] } },
};
