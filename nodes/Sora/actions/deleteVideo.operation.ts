import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { readPath } from '../providers/read';
import type { ProviderSpec } from '../providers/types';
import { openConnection } from '../transport/connection';
import { redactJson, redactText } from '../transport/redact';
import { sendProviderRequest } from '../transport/sendRequest';
import { InvalidParameterError } from '../validation/invalidParameter';
import { validateTaskId } from '../validation/taskId';
import { waitDefaults } from '../description/waitOptions';
import { createLimiter } from '../waiter/limiter';
import { errorMessage, toNodeError } from './itemResult';

/**
 * Deletes finished videos and their assets (the provider refuses queued or running ones). Deleting
 * twice is harmless, so a failed attempt may be retried like a status check.
 */
export async function executeDeleteVideo(context: IExecuteFunctions, provider: ProviderSpec): Promise<INodeExecutionData[]> {
	const items = context.getInputData();
	const taskIds = items.map((_item, itemIndex) => {
		try {
			if (!provider.buildDeleteRequest) throw new InvalidParameterError('operation', 'deleteVideo', `${provider.displayName} offers no delete`);
			return validateTaskId(provider, context.getNodeParameter('taskId', itemIndex));
		} catch (error) {
			if (!context.continueOnFail()) throw toNodeError(context, error, itemIndex, []);
			return error as Error;
		}
	});
	const connection = await openConnection(context, provider, 0);
	const signal = context.getExecutionCancelSignal();
	const limiter = createLimiter(waitDefaults.maxConcurrentRequests, signal);
	const outcomes = await Promise.all(
		taskIds.map(async (taskId, itemIndex): Promise<Outcome> => {
			if (taskId instanceof Error) return { itemIndex, error: taskId };
			try {
				const body = await limiter.run(
					async () =>
						await sendProviderRequest(context, connection, provider.buildDeleteRequest!(taskId), { kind: 'idempotent', signal, taskId }),
				);
				const json = { provider: provider.id, taskId, deleted: readPath(body, 'deleted') !== false, raw: body };
				return { itemIndex, json: redactJson(json, connection.secrets) as IDataObject };
			} catch (error) {
				return { itemIndex, error, taskId };
			}
		}),
	);
	const failure = outcomes.find((outcome) => 'error' in outcome);
	if (failure && 'error' in failure && !context.continueOnFail()) {
		throw toNodeError(context, failure.error, failure.itemIndex, connection.secrets);
	}
	return outcomes.map((outcome) => ({
		json:
			'json' in outcome
				? outcome.json
				: {
						provider: provider.id,
						taskId: outcome.taskId ?? null,
						deleted: false,
						error: { message: redactText(errorMessage(outcome.error), connection.secrets) },
					},
		pairedItem: { item: outcome.itemIndex },
	}));
}

type Outcome = { itemIndex: number; json: IDataObject } | { itemIndex: number; error: unknown; taskId?: string };
