import { NodeOperationError, type IDataObject, type IExecuteFunctions, type INodeExecutionData } from 'n8n-workflow';

import type { ProviderSpec } from '../providers/types';
import type { SoraParkMetadata } from '../waiter/parkMetadata';
import { stackForDeadline } from '../waiter/parkedItems';

/**
 * Parks the execution until `deadline`, leaving `items` (one per input item, in order) on n8n's stack
 * as what the deadline hands on, and the callback URL's `token` in the stack entry's metadata for the
 * webhook to check. Used for the first park and for a re-park after a callback.
 *
 * The deadline resume does not run the node (n8n-core `handleWaitingState` disables it), so the
 * node's On Error setting is applied ahead of time:
 * - Continue (using error output): every item that would end as a failure carries an item-level
 *   `error`, which `handleNodeErrorOutput` routes to the error output on both 2.8 and 2.41;
 * - Stop workflow: `resumeError` in the stack entry's metadata makes n8n ≥ 2.27 fail the node with it
 *   (`WorkflowExecute.runNode`); n8n 2.8 ignores the key and hands the items on (see the README).
 */
export async function parkUntil(
	context: IExecuteFunctions,
	provider: ProviderSpec,
	items: IDataObject[],
	deadline: Date,
	token: string,
): Promise<INodeExecutionData[]> {
	const stacked = items.map((json, itemIndex) => stackedItem(context, json, itemIndex));
	stackForDeadline(context, stacked);
	const metadata: SoraParkMetadata = { soraParkedAt: Date.now(), soraParkResume: false, soraParkToken: token };
	if (!context.continueOnFail()) metadata.resumeError = deadlineError(context, provider, items, deadline);
	context.setMetadata(metadata);
	await context.putExecutionToWait(deadline);
	return items.map((json, itemIndex) => ({ json, pairedItem: { item: itemIndex } }));
}

function stackedItem(context: IExecuteFunctions, json: IDataObject, itemIndex: number): INodeExecutionData {
	const item: INodeExecutionData = { json, pairedItem: { item: itemIndex } };
	const error = json.error as IDataObject | null | undefined;
	if (!error || context.getNode().onError !== 'continueErrorOutput') return item;
	return { ...item, error: new NodeOperationError(context.getNode(), String(error.message ?? 'failed'), { itemIndex }) };
}

function deadlineError(context: IExecuteFunctions, provider: ProviderSpec, items: IDataObject[], deadline: Date): NodeOperationError {
	const waiting = items.filter((json) => typeof json.parkedUntil === 'string').map((json) => String(json.taskId));
	const message = `${waiting.length} ${provider.displayName} task${waiting.length === 1 ? '' : 's'} had not ended by the wait deadline ${deadline.toISOString()}: ${waiting.join(', ')}`;
	return new NodeOperationError(context.getNode(), message, {
		description: 'The tasks may still finish at the provider: look them up with Get Status and these task IDs.',
	});
}
