import { NodeOperationError, type IExecuteFunctions, type INodeExecutionData } from 'n8n-workflow';

import { errorItem, type ItemResult } from './itemResult';
import { logCreatedTask } from './logCreatedTask';
import { parkUntil } from './parkUntil';
import { settleResults } from './settle';
import type { WaitOptions } from './waitOptions';
import { createdTask } from '../providers/task';
import type { CallbackSpec, CreateInput, NormalizedTask } from '../providers/types';
import type { ProviderConnection } from '../transport/connection';
import { sendCreateRequest } from '../transport/createTask';
import { redactJson } from '../transport/redact';
import type { Limiter } from '../waiter/limiter';
import { parkCallbackUrl, parkSecrets } from '../waiter/parkCallbackUrl';
import { pendingItem } from '../waiter/parkedItems';
import { newParkToken } from '../waiter/parkToken';

export type ParkEntry = { itemIndex: number; input: CreateInput } | { itemIndex: number; error: unknown };

/**
 * Creates every task with a callback URL that resumes this execution, then parks the execution
 * until the webhook sees every task ended, or the Timeout option passes. No status is polled here.
 */
export async function parkCreates(
	context: IExecuteFunctions,
	connection: ProviderConnection,
	callback: CallbackSpec,
	entries: ParkEntry[],
	options: WaitOptions,
	limiter: Limiter,
): Promise<INodeExecutionData[]> {
	const { provider } = connection;
	if (typeof context.putExecutionToWait !== 'function') {
		// e.g. the node as an AI agent's tool: that run cannot be parked.
		throw new NodeOperationError(context.getNode(), 'Wait Mode "park" is not available here; use "poll"');
	}
	const token = newParkToken();
	const url = parkCallbackUrl(context, provider, callback, token);
	const secrets = parkSecrets(connection.secrets, url, token);

	const withCallback = (input: CreateInput): CreateInput => ({ ...input, extras: { ...input.extras, [callback.field]: url } });
	// A custom model's request is built from its free fields and carries no provider extras.
	const sentBody = (input: CreateInput) => (input.customRequest ?? provider.buildCreateRequest(input)).body ?? {};
	for (const entry of entries) {
		if ('error' in entry || JSON.stringify(sentBody(withCallback(entry.input))).includes(JSON.stringify(url).slice(1, -1))) continue;
		// Checked before any paid request: a task created without the URL would never call back.
		throw new NodeOperationError(
			context.getNode(),
			`${provider.displayName} takes no callback URL for model ${entry.input.model.id}, so Wait Mode "park" cannot be used with it; use "poll"`,
			{ itemIndex: entry.itemIndex },
		);
	}

	const results = await Promise.all(
		entries.map(async (entry): Promise<ItemResult> => {
			if ('error' in entry) return { ok: false, itemIndex: entry.itemIndex, error: entry.error };
			const input = withCallback(entry.input);
			try {
				const { taskId, body } = await limiter.run(
					async () => await sendCreateRequest(context, connection, input, context.getExecutionCancelSignal()),
				);
				logCreatedTask(context, provider, { taskId, model: entry.input.model.id, itemIndex: entry.itemIndex });
				return { ok: true, itemIndex: entry.itemIndex, task: redactJson(createdTask(provider.id, taskId, body), secrets) as NormalizedTask };
			} catch (error) {
				return { ok: false, itemIndex: entry.itemIndex, error };
			}
		}),
	);
	const anyCreated = results.some((result) => result.ok);
	const anyFailed = results.some((result) => !result.ok);
	// Nothing to wait for, or a failure that must stop the workflow now: end as poll mode would.
	if (!anyCreated || (anyFailed && !context.continueOnFail())) {
		return settleResults(context, provider, results, options.binaryPropertyName, secrets);
	}

	const deadline = new Date(Date.now() + options.timeoutMs);
	const models = new Map(entries.flatMap((entry) => ('input' in entry ? [[entry.itemIndex, entry.input.model.id] as const] : [])));
	const ordered = [...results].sort((a, b) => a.itemIndex - b.itemIndex);
	await parkUntil(
		context,
		provider,
		ordered.map((result) =>
			result.ok
				? pendingItem(provider, result.task.taskId, result.itemIndex, deadline, models.get(result.itemIndex) ?? null).json
				: errorItem(provider, result, secrets).json,
		),
		deadline,
		token,
	);
	// Shown while parked; n8n drops it on resume in favour of what the resumed run (or the deadline) gives.
	return settleResults(context, provider, results, options.binaryPropertyName, secrets);
}
