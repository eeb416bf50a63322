import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { createdTask } from '../providers/task';
import type { ProviderSpec, RemixInput } from '../providers/types';
import { openConnection } from '../transport/connection';
import { createAnswerUnusable, describeUnreadable } from '../transport/failures';
import { redactJson } from '../transport/redact';
import { sendProviderRequest } from '../transport/sendRequest';
import { waitDefaults } from '../description/waitOptions';
import { readRemixInput } from '../validation/remixInput';
import { refuseRetryOnFail } from '../validation/retryOnFail';
import { createLimiter } from '../waiter/limiter';
import type { ItemResult } from './itemResult';
import { logCreatedTask } from './logCreatedTask';
import { invalidItemsError, settleResults } from './settle';

type Validated = { itemIndex: number; input: RemixInput } | { itemIndex: number; error: unknown };

/**
 * A new video from a finished task and a new prompt. It is billed like a create, so every item is
 * checked first and a remix that may have reached the provider is never repeated.
 */
export async function executeRemix(context: IExecuteFunctions, provider: ProviderSpec): Promise<INodeExecutionData[]> {
	refuseRetryOnFail(context);
	const items = context.getInputData();
	const validated: Validated[] = items.map((_item, itemIndex) => {
		try {
			return { itemIndex, input: readRemixInput(context, provider, itemIndex) };
		} catch (error) {
			return { itemIndex, error };
		}
	});
	const invalid = validated.filter((entry): entry is Extract<Validated, { error: unknown }> => 'error' in entry);
	if (invalid.length > 0 && !context.continueOnFail()) throw invalidItemsError(context, provider, invalid, items.length);

	const connection = await openConnection(context, provider, 0);
	const signal = context.getExecutionCancelSignal();
	const limiter = createLimiter(waitDefaults.maxConcurrentRequests, signal);
	const results = await Promise.all(
		validated.map(async (entry): Promise<ItemResult> => {
			if ('error' in entry) return { ok: false, itemIndex: entry.itemIndex, error: entry.error };
			const { input, itemIndex } = entry;
			try {
				const body = await limiter.run(
					async () =>
						await sendProviderRequest(context, connection, provider.buildRemixRequest!(input), { kind: 'create', signal }),
				);
				const taskId = readNewTaskId(provider, body);
				if (taskId instanceof Error) throw createAnswerUnusable(connection, body, taskId.message);
				logCreatedTask(context, provider, { taskId, model: null, itemIndex });
				const task = redactJson({ ...createdTask(provider.id, taskId, body), remixedFrom: input.taskId }, connection.secrets);
				return { ok: true, itemIndex, task: task as ReturnType<typeof createdTask> };
			} catch (error) {
				return { ok: false, itemIndex, error, taskId: input.taskId };
			}
		}),
	);
	return settleResults(context, provider, results, waitDefaults.binaryPropertyName, connection.secrets);
}

function readNewTaskId(provider: ProviderSpec, body: unknown): string | Error {
	if (typeof body === 'string' || Buffer.isBuffer(body)) return new Error(`it sent ${describeUnreadable(body)} instead of JSON`);
	try {
		return provider.parseCreateResponse(body);
	} catch (error) {
		return error instanceof Error ? error : new Error(String(error));
	}
}
