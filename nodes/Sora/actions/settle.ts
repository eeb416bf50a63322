import { NodeOperationError, type IExecuteFunctions, type INodeExecutionData } from 'n8n-workflow';

import type { ProviderSpec } from '../providers/types';
import { ExecutionCancelledError } from '../transport/errors';
import { redactText } from '../transport/redact';
import { errorItem, errorMessage, isCancellation, successItem, toNodeError, type ItemResult } from './itemResult';

/**
 * Turns settled item results into the node's output: one item per input item, in input order,
 * each paired to its input. Without Continue On Fail the node fails only after every item settled,
 * and the error names every failed item so no finished video is lost track of.
 */
export function settleResults(
	context: IExecuteFunctions,
	provider: ProviderSpec,
	results: ItemResult[],
	binaryPropertyName: string,
	secrets: readonly string[],
): INodeExecutionData[] {
	const signal = context.getExecutionCancelSignal();
	if (results.some((result) => !result.ok && isCancellation(result.error, signal))) {
		throw new NodeOperationError(context.getNode(), new ExecutionCancelledError().message);
	}
	const ordered = [...results].sort((a, b) => a.itemIndex - b.itemIndex);
	const failures = ordered.filter((result): result is Extract<ItemResult, { ok: false }> => !result.ok);
	if (failures.length > 0 && !context.continueOnFail()) {
		throw batchError(context, provider, ordered, failures, secrets);
	}
	return ordered.map((result) =>
		result.ok ? successItem(result, binaryPropertyName) : errorItem(provider, result, secrets),
	);
}

function batchError(
	context: IExecuteFunctions,
	provider: ProviderSpec,
	results: ItemResult[],
	failures: Array<Extract<ItemResult, { ok: false }>>,
	secrets: readonly string[],
) {
	const first = toNodeError(context, failures[0].error, failures[0].itemIndex, secrets);
	if (results.length === 1) return first;
	const failed = failures.map(
		(failure) => `item ${failure.itemIndex}${failure.taskId ? ` (task ${failure.taskId})` : ''}: ${errorMessage(failure.error)}`,
	);
	const succeeded = results.flatMap((result) => (result.ok ? [`item ${result.itemIndex}: task ${result.task.taskId}`] : []));
	return new NodeOperationError(
		context.getNode(),
		`${failures.length} of ${results.length} ${provider.displayName} items failed; first: ${first.message}`,
		{
			itemIndex: failures[0].itemIndex,
			description: redactText([
				`Failed: ${failed.join('; ')}`,
				succeeded.length > 0 ? `Succeeded (look these up with Get Status): ${succeeded.join('; ')}` : '',
				'Turn on "Continue On Fail" in the node settings to get one output item per input item, with "error" set on the failed ones.',
			]
				.filter(Boolean)
				.join('\n'), secrets),
		},
	);
}
