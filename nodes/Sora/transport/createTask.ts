import { randomUUID } from 'crypto';
import type { IExecuteFunctions } from 'n8n-workflow';

import type { CreateInput } from '../providers/types';
import type { ProviderConnection } from './connection';
import { ProviderRefusalError } from '../providers/refusal';
import { describeUnreadable, createAnswerUnusable, createRefused } from './failures';
import { failedCreateAnswer, modelUnavailableAtCreate } from './modelUnavailable';
import { sendProviderRequest } from './sendRequest';
import { uploadImages } from './uploadImages';

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
	// A provider that takes images by upload gets them now, just before this item's create.
	const ready = await uploadImages(context, connection, input, signal);
	const call = ready.customRequest ?? provider.buildCreateRequest(ready);
	const body = await sendProviderRequest(context, connection, call, { kind: 'create', headers, signal }).catch((error: unknown) => {
		const answer = failedCreateAnswer(error);
		return Promise.reject((answer && modelUnavailableAtCreate(connection, input.model.id, answer)) ?? error);
	});
	const taskId = readTaskId(connection, input, body);
	if (taskId instanceof Error) throw taskId;
	return { taskId, body };
}

function readTaskId(connection: ProviderConnection, input: CreateInput, body: unknown): string | Error {
	if (typeof body === 'string' || Buffer.isBuffer(body)) {
		return createAnswerUnusable(connection, body, `it sent ${describeUnreadable(body)} instead of JSON`);
	}
	try {
		return connection.provider.parseCreateResponse(body);
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		// Some providers refuse with HTTP 200 and an error object (GlobalAI OPC: `id: null`).
		const unavailable = modelUnavailableAtCreate(connection, input.model.id, { httpStatus: 200, body, message });
		if (unavailable) return unavailable;
		return error instanceof ProviderRefusalError ? createRefused(connection, error) : createAnswerUnusable(connection, body, message);
	}
}
