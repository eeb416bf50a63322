import type { IExecuteFunctions } from 'n8n-workflow';

import { withModelAndCost, type TaskOrigin } from '../providers/task';
import type { ProviderConnection } from '../transport/connection';
import { modelUnavailableTask } from '../transport/modelUnavailable';
import { downloadVideo } from '../waiter/downloadVideo';
import type { Limiter } from '../waiter/limiter';
import { TaskOutcomeError } from '../transport/taskErrors';
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
	origin: TaskOrigin = {},
): Promise<ItemResult> {
	const signal = context.getExecutionCancelSignal();
	try {
		const waited = await waitForTask(context, connection, taskId, {
			ceilingMs: options.ceilingMs,
			timeoutMs: options.timeoutMs,
			limiter,
			signal,
			estimatedSeconds,
		});
		const task = withModelAndCost(connection.provider, waited, origin);
		if (!options.download) return { ok: true, itemIndex, task };
		const binary = await limiter.run(
			async () => await downloadVideo(context, connection, task, { timeoutMs: options.downloadTimeoutMs, signal }),
		);
		return { ok: true, itemIndex, task, binary };
	} catch (error) {
		if (!(error instanceof TaskOutcomeError)) return { ok: false, itemIndex, error, taskId };
		// The last status seen, with the model sent and the cost, for the error item and the message.
		const task = withModelAndCost(connection.provider, error.task, origin);
		const outcome = modelUnavailableTask(connection.provider, task, task.model ?? null) ?? new TaskOutcomeError(error.message, task, error.code);
		return { ok: false, itemIndex, error: outcome, taskId };
	}
}
