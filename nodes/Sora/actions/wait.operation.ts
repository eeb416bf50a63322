import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import type { ProviderSpec } from '../providers/types';
import { openConnection } from '../transport/connection';
import { validateTaskId } from '../validation/taskId';
import { createLimiter } from '../waiter/limiter';
import { completeTask } from './completeTask';
import type { ItemResult } from './itemResult';
import { settleResults } from './settle';
import { readWaitOptions } from './waitOptions';

/** Polls every item's task at once (bounded), so a batch takes as long as its slowest video. */
export async function executeWait(context: IExecuteFunctions, provider: ProviderSpec): Promise<INodeExecutionData[]> {
	const items = context.getInputData();
	const connection = await openConnection(context, provider, 0);
	const options = readWaitOptions(context, 0);
	const limiter = createLimiter(options.maxConcurrentRequests, context.getExecutionCancelSignal());

	const results = await Promise.all(
		items.map(async (_item, itemIndex): Promise<ItemResult> => {
			let taskId: string;
			try {
				taskId = validateTaskId(provider, context.getNodeParameter('taskId', itemIndex));
			} catch (error) {
				return { ok: false, itemIndex, error };
			}
			return await completeTask(context, connection, itemIndex, taskId, options, limiter);
		}),
	);
	return settleResults(context, provider, results, options.binaryPropertyName, connection.secrets);
}
