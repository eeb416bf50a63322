import type { IExecuteFunctions } from 'n8n-workflow';

import type { ProviderSpec } from '../providers/types';

/**
 * Every created task is billed, so its id goes to n8n's log at once: if the execution dies before it
 * saves its output (a worker killed while polling), the log is where the task can be found again.
 * Never the key, the prompt or the callback URL.
 */
export function logCreatedTask(
	context: IExecuteFunctions,
	provider: ProviderSpec,
	task: { taskId: string; model: string | null; itemIndex: number },
): void {
	context.logger?.info(`Sora: ${provider.displayName} task ${task.taskId} created`, {
		soraTaskId: task.taskId,
		provider: provider.id,
		model: task.model,
		executionId: context.getExecutionId(),
		workflowId: context.getWorkflow().id,
		nodeName: context.getNode().name,
		itemIndex: task.itemIndex,
	});
}
