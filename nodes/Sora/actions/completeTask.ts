import type { IExecuteFunctions } from 'n8n-workflow';

import type { ProviderConnection } from '../transport/connection';
import { downloadVideo } from '../waiter/downloadVideo';
import type { Limiter } from '../waiter/limiter';
import { waitForTask } from '../waiter/waitForTask';
import type { ItemResult } from './itemResult';
import type { WaitOptions } from './waitOptions';

/** Wait for one task and, when asked, download its MP4; shared by Wait and Create + Wait. */
export async function completeTask(
	context: IExecuteFunctions,
	connection: ProviderConnection,
	itemIndex: number,
	taskId: string,
	options: WaitOptions,
	limiter: Limiter,
	estimatedSeconds?: number,
): Promise<ItemResult> {
	const signal = context.getExecutionCancelSignal();
	try {
		const task = await waitForTask(context, connection, taskId, {
			ceilingMs: options.ceilingMs,
			timeoutMs: options.timeoutMs,
			limiter,
			signal,
			estimatedSeconds,
		});
		if (!options.download) return { ok: true, itemIndex, task };
		const binary = await limiter.run(
			async () => await downloadVideo(context, connection, task, { timeoutMs: options.downloadTimeoutMs, signal }),
		);
		return { ok: true, itemIndex, task, binary };
	} catch (error) {
		return { ok: false, itemIndex, error, taskId };
	}
}
