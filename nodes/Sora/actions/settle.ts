import { NodeOperationError, type IExecuteFunctions, type INodeExecutionData, type NodeApiError } from 'n8n-workflow';

import type { ProviderSpec } from '../providers/types';
import { ExecutionCancelledError } from '../transport/errors';
import { redactText } from '../transport/redact';
import { errorItem, errorMessage, isCancellation, keepMessage, successItem, toNodeError, type ItemResult } from './itemResult';

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
	const retrying = context.getNode().retryOnFail === true;
	return ordered.map((result) =>
		result.ok ? withoutNullError(successItem(result, binaryPropertyName), retrying) : failedItem(context, provider, result, secrets),
	);
}

/**
 * n8n 2.8's Retry On Fail runs a node again when its first output item has any `json.error`, null
 * included (n8n-core 2.8.1 `WorkflowExecute.processRunExecutionData`: `json?.error !== undefined`;
 * 2.41 ignores null). A successful Wait would then download every video again, up to Max Tries
 * times. So with Retry On Fail on, a success item has no `error` key instead of `error: null`;
 * with it off (every saved workflow that relies on `error: null`) nothing changes.
 */
function withoutNullError(item: INodeExecutionData, retrying: boolean): INodeExecutionData {
	if (!retrying || item.json.error !== null) return item;
	const { error: _omitted, ...json } = item.json;
	return { ...item, json };
}

/**
 * A failed item under Continue On Fail. "Continue (using error output)" sends an item to the error
 * output only when it carries an item-level `error` (n8n-core workflow-execute, handleNodeErrorOutput).
 * n8n then replaces that item's json with `{ error: <message> }`, on either output, so the item-level
 * error is set only for the error output: "Continue (regular output)" keeps the full item with
 * `json.error`, as before.
 */
export function failedItem(
	context: IExecuteFunctions,
	provider: ProviderSpec,
	result: Extract<ItemResult, { ok: false }>,
	secrets: readonly string[],
): INodeExecutionData {
	const item = errorItem(provider, result, secrets);
	if (context.getNode().onError !== 'continueErrorOutput') return item;
	return { ...item, error: toNodeError(context, result.error, result.itemIndex, secrets) };
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
	const message = redactText(`${failures.length} of ${results.length} ${provider.displayName} items failed; first: ${first.message}`, secrets);
	const error = new NodeOperationError(context.getNode(), message, {
		itemIndex: failures[0].itemIndex,
		description: redactText(
			[
				`Failed: ${failed.join('; ')}`,
				first.description ? `About item ${failures[0].itemIndex}: ${first.description}` : '',
				succeeded.length > 0 ? `Succeeded (look these up with Get Status): ${succeeded.join('; ')}` : '',
				continueOnFailHint,
			]
				.filter(Boolean)
				.join('\n'),
			secrets,
		),
	});
	return keepMessage(error, message);
}

const continueOnFailHint =
	'Turn on "Continue On Fail" in the node settings to get one output item per input item, with "error" set on the failed ones.';

/** Create refuses the whole batch before any paid request when any item is invalid; every one is listed. */
export function invalidItemsError(
	context: IExecuteFunctions,
	provider: ProviderSpec,
	invalid: Array<{ itemIndex: number; error: unknown }>,
	itemCount: number,
): NodeOperationError | NodeApiError {
	const first = toNodeError(context, invalid[0].error, invalid[0].itemIndex, []);
	if (itemCount === 1) return first;
	const message = `${invalid.length} of ${itemCount} items have invalid parameters, so nothing was sent to ${provider.displayName}; first: ${first.message}`;
	const error = new NodeOperationError(context.getNode(), message, {
		itemIndex: invalid[0].itemIndex,
		description: [
			`Invalid: ${invalid.map((entry) => `item ${entry.itemIndex}: ${errorMessage(entry.error)}`).join('; ')}`,
			'Turn on "Continue On Fail" in the node settings to create the valid items and get an item with "error" set for each invalid one.',
		].join('\n'),
	});
	return keepMessage(error, message);
}
