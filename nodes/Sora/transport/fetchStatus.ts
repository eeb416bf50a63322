import type { IExecuteFunctions } from 'n8n-workflow';

import type { NormalizedTask } from '../providers/types';
import type { ProviderConnection } from './connection';
import { redactJson } from './redact';
import { sendProviderRequest } from './sendRequest';

/** One status poll, normalized, with anything resembling the key scrubbed from what we return. */
export async function fetchTaskStatus(
	context: IExecuteFunctions,
	connection: ProviderConnection,
	taskId: string,
	signal?: AbortSignal,
): Promise<NormalizedTask> {
	const { provider, baseUrl, secrets } = connection;
	const body = await sendProviderRequest(context, connection, provider.buildStatusRequest(taskId), {
		kind: 'idempotent',
		signal,
	});
	const task = provider.parseStatusResponse(body, { taskId, baseUrl });
	return redactJson(task, secrets) as NormalizedTask;
}
