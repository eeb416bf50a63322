import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import type { ProviderSpec } from '../providers/types';
import { openConnection } from '../transport/connection';
import { fetchTaskStatus } from '../transport/fetchStatus';
import { validateTaskId } from '../validation/taskId';
import { waitDefaults } from '../description/waitOptions';
import { createLimiter } from '../waiter/limiter';
import type { ItemResult } from './itemResult';
import { settleResults } from './settle';

/** Reports each task as the provider sees it now; a failed task is a normal answer here, not an error. */
export async function executeGetStatus(context: IExecuteFunctions, provider: ProviderSpec): Promise<INodeExecutionData[]> {
	const items = context.getInputData();
	const connection = await openConnection(context, provider, 0);
	const signal = context.getExecutionCancelSignal();
	const limiter = createLimiter(waitDefaults.maxConcurrentRequests, signal);

	const results = await Promise.all(
		items.map(async (_item, itemIndex): Promise<ItemResult> => {
			let taskId: string | undefined;
			try {
				taskId = validateTaskId(provider, context.getNodeParameter('taskId', itemIndex));
				const id = taskId;
				const task = await limiter.run(async () => await fetchTaskStatus(context, connection, id, signal));
				return { ok: true, itemIndex, task };
			} catch (error) {
				return { ok: false, itemIndex, error, taskId };
			}
		}),
	);
	return settleResults(context, provider, results, waitDefaults.binaryPropertyName, connection.secrets);
}
