import { randomUUID } from 'crypto';
import type { IExecuteFunctions } from 'n8n-workflow';

import type { CreateInput } from '../providers/types';
import type { ProviderConnection } from './connection';
import { describeUnreadable, createAnswerUnusable } from './failures';
import { sendProviderRequest } from './sendRequest';

export interface CreatedTask {
	taskId: string;
	body: unknown;
}

/**
 * Sends one create. Once the provider has accepted it, an answer without a readable task id is
 * ambiguous (a task may exist and be billed), so it becomes an AmbiguousCreateError, never a retry.
 */
export async function sendCreateRequest(
	context: IExecuteFunctions,
	connection: ProviderConnection,
	input: CreateInput,
	signal?: AbortSignal,
): Promise<CreatedTask> {
	const { provider } = connection;
	// One key per item: our own retries of this create (429, refused) reuse it, so the provider can deduplicate.
	const headers = provider.idempotencyHeader ? { [provider.idempotencyHeader]: randomUUID() } : undefined;
	const body = await sendProviderRequest(context, connection, provider.buildCreateRequest(input), {
		kind: 'create',
		headers,
		signal,
	});
	const taskId = readTaskId(connection, body);
	if (taskId instanceof Error) throw taskId;
	return { taskId, body };
}

function readTaskId(connection: ProviderConnection, body: unknown): string | Error {
	if (typeof body === 'string' || Buffer.isBuffer(body)) {
		return createAnswerUnusable(connection, body, `it sent ${describeUnreadable(body)} instead of JSON`);
	}
	try {
		return connection.provider.parseCreateResponse(body);
	} catch (error) {
		return createAnswerUnusable(connection, body, error instanceof Error ? error.message : String(error));
	}
}
