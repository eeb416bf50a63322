import type { IExecuteFunctions } from 'n8n-workflow';

import { withModelAndCost } from '../providers/task';
import type { NormalizedTask } from '../providers/types';
import type { ProviderConnection } from './connection';
import { UnreadableAnswerError } from './errors';
import { previewBody, redactJson } from './redact';
import { sendProviderRequest } from './sendRequest';

/** One status poll, normalized, with anything resembling the key scrubbed from what we return. */
export async function fetchTaskStatus(
	context: IExecuteFunctions,
	connection: ProviderConnection,
	taskId: string,
	signal?: AbortSignal,
	deadline?: number,
	onRetry?: (delayMs: number) => void,
): Promise<NormalizedTask> {
	const { provider, secrets } = connection;
	const body = await sendProviderRequest(context, connection, provider.buildStatusRequest(taskId), {
		kind: 'idempotent',
		signal,
		deadline,
		taskId,
		onRetry,
	});
	const parsed = parseStatus(connection, taskId, body);
	if (parsed instanceof Error) throw parsed;
	return redactJson(withModelAndCost(provider, parsed), secrets) as NormalizedTask;
}

function parseStatus(connection: ProviderConnection, taskId: string, body: unknown): NormalizedTask | Error {
	const { provider, baseUrl, secrets } = connection;
	try {
		return provider.parseStatusResponse(body, { taskId, baseUrl });
	} catch (error) {
		const reason = error instanceof Error ? error.message : String(error);
		return new UnreadableAnswerError(
			`${provider.displayName} answered the status request for task ${taskId} in a form the node cannot read: ${reason}.`,
			`The provider answered: ${previewBody(body, secrets)}`,
		);
	}
}
