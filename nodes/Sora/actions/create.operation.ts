import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { createdTask, withModelAndCost } from '../providers/task';
import type { CreateInput, ProviderSpec } from '../providers/types';
import { openConnection, type ProviderConnection } from '../transport/connection';
import { sendCreateRequest } from '../transport/createTask';
import { redactJson } from '../transport/redact';
import { validateCreateInput } from '../validation/createInput';
import { refuseRetryOnFail } from '../validation/retryOnFail';
import { createLimiter, type Limiter } from '../waiter/limiter';
import { parkCreates } from './parkCreate';
import { readWaitMode } from '../waiter/parkMode';
import { attachBinaryImages } from './binaryImages';
import { completeTask } from './completeTask';
import type { ItemResult } from './itemResult';
import { readCreateParameters } from './readCreateParameters';
import { invalidItemsError, settleResults } from './settle';
import { createConcurrency, readWaitOptions, type WaitOptions } from './waitOptions';

type Validated = { itemIndex: number; input: CreateInput } | { itemIndex: number; error: unknown };

/**
 * Validates every item before the first paid request, then creates all tasks concurrently (bounded),
 * never repeating a create that may have reached the provider, and optionally waits for them all.
 */
export async function executeCreate(context: IExecuteFunctions, provider: ProviderSpec): Promise<INodeExecutionData[]> {
	refuseRetryOnFail(context);
	const items = context.getInputData();
	const validated: Validated[] = await Promise.all(
		items.map(async (_item, itemIndex): Promise<Validated> => {
			try {
				const input = validateCreateInput(provider, readCreateParameters(context, provider, itemIndex));
				return { itemIndex, input: await attachBinaryImages(context, provider, itemIndex, input) };
			} catch (error) {
				return { itemIndex, error };
			}
		}),
	);
	const invalid = validated.filter((entry): entry is Extract<Validated, { error: unknown }> => 'error' in entry);
	if (invalid.length > 0 && !context.continueOnFail()) throw invalidItemsError(context, provider, invalid, items.length);

	const connection = await openConnection(context, provider, 0);
	const waitForCompletion = context.getNodeParameter('waitForCompletion', 0, false) === true;
	const options = waitForCompletion ? readWaitOptions(context, 0) : undefined;
	const limiter = createLimiter(createConcurrency(context), context.getExecutionCancelSignal());
	const waitMode = options ? readWaitMode(context, provider) : undefined;
	if (options && waitMode?.mode === 'park') {
		return await parkCreates(context, connection, waitMode.callback, validated, options, limiter);
	}

	const results = await Promise.all(
		validated.map(async (entry): Promise<ItemResult> => {
			if ('error' in entry) return { ok: false, itemIndex: entry.itemIndex, error: entry.error };
			return await createOne(context, connection, entry.itemIndex, entry.input, limiter, options);
		}),
	);
	return settleResults(context, provider, results, options?.binaryPropertyName ?? 'data', connection.secrets);
}

async function createOne(
	context: IExecuteFunctions,
	connection: ProviderConnection,
	itemIndex: number,
	input: CreateInput,
	limiter: Limiter,
	options: WaitOptions | undefined,
): Promise<ItemResult> {
	const { provider } = connection;
	let taskId: string;
	let body: unknown;
	try {
		({ taskId, body } = await limiter.run(
			async () => await sendCreateRequest(context, connection, input, context.getExecutionCancelSignal()),
		));
	} catch (error) {
		return { ok: false, itemIndex, error };
	}
	if (!options) {
		const task = withModelAndCost(provider, createdTask(provider.id, taskId, body), { modelId: input.model.id, createBody: body });
		return { ok: true, itemIndex, task: redactJson(task, connection.secrets) as ReturnType<typeof createdTask> };
	}
	const estimatedSeconds = provider.pollHints?.(body).estimatedSeconds;
	return await completeTask(context, connection, itemIndex, taskId, options, limiter, estimatedSeconds, {
		modelId: input.model.id,
		createBody: body,
	});
}
