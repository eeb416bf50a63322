import type { IDataObject, IExecuteFunctions, INodeExecutionData, ITaskDataConnections } from 'n8n-workflow';

import type { ProviderSpec } from '../providers/types';

/**
 * While an execution is parked, n8n keeps the parked node's input items on its stack and, when the
 * deadline passes, resumes by handing exactly those items on without running the node. So the node
 * replaces each input item with what that item must become if the deadline passes: a timeout error
 * naming its task. The same items are the batch's state for the webhook (task id per item).
 */
export interface ParkedEntry {
	itemIndex: number;
	/** Still waiting for this task; otherwise the item already ended (its create failed). */
	pending: boolean;
	taskId: string | null;
	json: IDataObject;
}

export function pendingItem(provider: ProviderSpec, taskId: string, itemIndex: number, deadline: Date, model: string | null = null): INodeExecutionData {
	const json = {
		provider: provider.id,
		taskId,
		status: null,
		providerStatus: null,
		progress: null,
		videoUrl: null,
		thumbnailUrl: null,
		expiresAt: null,
		error: {
			code: 'timeout',
			message:
				`${provider.displayName} task ${taskId} had not called back as ended when the wait deadline ` +
				`(${deadline.toISOString()}) passed. The task may still finish at the provider: look it up with Get Status and this task ID.`,
		},
		model,
		cost: null,
		raw: null,
		parkedUntil: deadline.toISOString(),
	};
	return { json, pairedItem: { item: itemIndex } };
}

export function endedItem(json: IDataObject, itemIndex: number): INodeExecutionData {
	return { json, pairedItem: { item: itemIndex } };
}

/** Reads the batch back from the parked node's input items; anything unexpected yields no entry. */
export function readParkedBatch(items: unknown): ParkedEntry[] {
	if (!Array.isArray(items)) return [];
	return items.map((value, itemIndex) => {
		const json = (value !== null && typeof value === 'object' ? value : {}) as IDataObject;
		const taskId = typeof json.taskId === 'string' && json.taskId !== '' ? json.taskId : null;
		return { itemIndex, pending: taskId !== null && typeof json.parkedUntil === 'string', taskId, json };
	});
}

/**
 * Puts `items` on the stack in place of this node's input. n8n 2.8 hands a node the very array the
 * previous node output (2.41 copies it first), so the array itself must not be changed: the slot that
 * holds it is replaced instead, through the execute context's `inputData` (public on n8n-core's
 * BaseExecuteContext in 2.8.4 and 2.41.1, and the object n8n pushes back on the stack when a node parks).
 */
export function stackForDeadline(context: IExecuteFunctions, items: INodeExecutionData[]): void {
	const holder = (context as unknown as { inputData?: ITaskDataConnections }).inputData;
	if (holder && Array.isArray(holder.main) && holder.main.length > 0) {
		holder.main[0] = items;
		return;
	}
	const stacked = context.getInputData();
	stacked.splice(0, stacked.length, ...items);
}
