import {
	NodeApiError,
	NodeOperationError,
	type IBinaryData,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
	type JsonObject,
} from 'n8n-workflow';

import { ProviderResponseError } from '../providers/responseError';
import type { NormalizedTask, ProviderSpec } from '../providers/types';
import { ExecutionCancelledError, ProviderHttpError } from '../transport/errors';
import { redactText } from '../transport/redact';
import { TaskOutcomeError } from '../waiter/taskErrors';
import { InvalidParameterError } from '../validation/invalidParameter';

/** What one input item ended as, before it becomes an output item or part of the node's error. */
export type ItemResult =
	| { ok: true; itemIndex: number; task: NormalizedTask; binary?: IBinaryData }
	| { ok: false; itemIndex: number; error: unknown; taskId?: string };

export function successItem(result: Extract<ItemResult, { ok: true }>, binaryPropertyName: string): INodeExecutionData {
	return {
		json: result.task as unknown as IDataObject,
		...(result.binary ? { binary: { [binaryPropertyName]: result.binary } } : {}),
		pairedItem: { item: result.itemIndex },
	};
}

/** Under Continue On Fail: the normalized shape, with what we last knew and `error` set. */
export function errorItem(
	provider: ProviderSpec,
	result: Extract<ItemResult, { ok: false }>,
	secrets: readonly string[],
): INodeExecutionData {
	const lastSeen = result.error instanceof TaskOutcomeError ? result.error.task : undefined;
	const json = {
		provider: provider.id,
		taskId: lastSeen?.taskId ?? result.taskId ?? null,
		status: lastSeen?.status ?? null,
		providerStatus: lastSeen?.providerStatus ?? null,
		progress: lastSeen?.progress ?? null,
		videoUrl: lastSeen?.videoUrl ?? null,
		thumbnailUrl: lastSeen?.thumbnailUrl ?? null,
		expiresAt: lastSeen?.expiresAt ?? null,
		error: { code: errorCode(result.error), message: redactText(errorMessage(result.error), secrets) },
		raw: lastSeen?.raw ?? null,
	};
	return { json: json as unknown as IDataObject, pairedItem: { item: result.itemIndex } };
}

export function errorMessage(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

function errorCode(error: unknown): string {
	if (error instanceof TaskOutcomeError) return error.code;
	if (error instanceof ProviderHttpError) return `http_${error.statusCode}`;
	if (error instanceof InvalidParameterError) return 'invalid_parameter';
	if (error instanceof ProviderResponseError) return 'unexpected_response';
	if (error instanceof Error && 'code' in error && typeof error.code === 'string') return error.code;
	return error instanceof Error ? error.name : 'error';
}

/** The n8n error for one item: API errors keep their HTTP code, everything else is an operation error. */
export function toNodeError(
	context: IExecuteFunctions,
	error: unknown,
	itemIndex: number,
	secrets: readonly string[],
): NodeApiError | NodeOperationError {
	if (error instanceof NodeApiError || error instanceof NodeOperationError) return error;
	const message = redactText(errorMessage(error), secrets);
	if (error instanceof ProviderHttpError) {
		const httpCode = String(error.statusCode);
		return new NodeApiError(context.getNode(), { message, httpCode } as JsonObject, { message, httpCode, itemIndex });
	}
	return new NodeOperationError(context.getNode(), message, {
		itemIndex,
		...(error instanceof ProviderResponseError
			? { description: `The provider answered: ${redactText(JSON.stringify(error.body ?? null).slice(0, 300), secrets)}` }
			: {}),
	});
}

export function isCancellation(error: unknown, signal?: AbortSignal): boolean {
	return error instanceof ExecutionCancelledError || signal?.aborted === true;
}
