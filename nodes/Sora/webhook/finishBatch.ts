import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { errorItem, successItem, type ItemResult } from '../actions/itemResult';
import type { WaitOptions } from '../actions/waitOptions';
import type { NormalizedTask } from '../providers/types';
import type { ProviderConnection } from '../transport/connection';
import { downloadVideo } from '../waiter/downloadVideo';
import type { Limiter } from '../waiter/limiter';
import { endedItem, type ParkedEntry } from '../waiter/parkedItems';
import { taskFailed, videoUrlMissing } from '../transport/taskErrors';

/**
 * What each item becomes once every task has ended: the task (with its MP4 when Download Video is
 * on) or an error item. A resumed node is not run again by n8n, so a failure cannot stop the
 * workflow here; it is an item with `error` set, as under Continue On Fail.
 */
export async function finishBatch(
	context: IExecuteFunctions,
	connection: ProviderConnection,
	batch: ParkedEntry[],
	ended: Map<number, NormalizedTask>,
	options: WaitOptions,
	limiter: Limiter,
): Promise<INodeExecutionData[]> {
	const { provider, secrets } = connection;
	const item = (result: ItemResult): INodeExecutionData =>
		result.ok ? successItem(result, options.binaryPropertyName) : errorItem(provider, result, secrets);
	return await Promise.all(
		batch.map(async (entry): Promise<INodeExecutionData> => {
			const task = ended.get(entry.itemIndex);
			if (!entry.pending || !task) return endedItem(entry.json, entry.itemIndex);
			const { itemIndex } = entry;
			if (task.status === 'failed') return item({ ok: false, itemIndex, taskId: task.taskId, error: taskFailed(provider.displayName, task) });
			if (!task.videoUrl) return item({ ok: false, itemIndex, taskId: task.taskId, error: videoUrlMissing(provider.displayName, task) });
			if (!options.download) return item({ ok: true, itemIndex, task });
			try {
				const binary = await limiter.run(
					async () => await downloadVideo(context, connection, task, { timeoutMs: options.downloadTimeoutMs }),
				);
				return item({ ok: true, itemIndex, task, binary });
			} catch (error) {
				return item({ ok: false, itemIndex, error, taskId: task.taskId });
			}
		}),
	);
}
