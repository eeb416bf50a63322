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
import {
	AmbiguousCreateError,
	ExecutionCancelledError,
	ProviderHttpError,
	ProviderRequestError,
	UnreadableAnswerError,
} from '../transport/errors';
import { ModelUnavailableError } from '../transport/modelUnavailable';
import { previewBody, redactText } from '../transport/redact';
import { TaskOutcomeError } from '../transport/taskErrors';
import { InvalidParameterError } from '../validation/invalidParameter';

/** What one input item ended as, before it becomes an output item or part of the node's error. */
export type ItemResult =
	| { ok: true; itemIndex: number; task: NormalizedTask; binary?: IBinaryData }
	| { ok: false; itemIndex: number; error: unknown; taskId?: string };

export function successItem(result: Extract<ItemResult, { ok: true }>, binaryPropertyName: string): INodeExecutionData {
	return {
		// Tasks from paths that do not know the model or cost still carry both fields.
		json: { ...result.task, model: result.task.model ?? null, cost: result.task.cost ?? null } as unknown as IDataObject,
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
		model: lastSeen?.model ?? (result.error instanceof ModelUnavailableError ? result.error.modelId : null),
		cost: lastSeen?.cost ?? null,
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
	if (error instanceof AmbiguousCreateError) return 'create_outcome_unknown';
	if (error instanceof UnreadableAnswerError || error instanceof ProviderResponseError) return 'unexpected_response';
	if (error instanceof InvalidParameterError) return 'invalid_parameter';
	if (error instanceof Error && 'code' in error && typeof error.code === 'string') return error.code;
	return error instanceof Error ? error.name : 'error';
}

/**
 * The n8n error for one item: a failed provider request is a NodeApiError (with its HTTP code when
 * there was one), everything else a NodeOperationError. Only redacted text goes in.
 */
export function toNodeError(
	context: IExecuteFunctions,
	error: unknown,
	itemIndex: number,
	secrets: readonly string[],
): NodeApiError | NodeOperationError {
	if (error instanceof NodeApiError || error instanceof NodeOperationError) return error;
	const message = redactText(errorMessage(error), secrets);
	const description = errorDescription(error, secrets);
	if (error instanceof ProviderRequestError || error instanceof ProviderResponseError) {
		const code = httpCodeOf(error);
		const httpCode = code === undefined ? undefined : String(code);
		const response = { message, ...(httpCode ? { httpCode } : {}) } as JsonObject;
		return keepMessage(new NodeApiError(context.getNode(), response, { message, description, httpCode, itemIndex }), message);
	}
	return keepMessage(new NodeOperationError(context.getNode(), message, { itemIndex, description }), message);
}

/**
 * n8n swaps a message that mentions a system error code (ECONNRESET, EPERM …) for generic advice
 * such as "retry the request"; ours already says what happened and, for a create, why not to retry.
 */
export function keepMessage<T extends NodeApiError | NodeOperationError>(nodeError: T, message: string): T {
	nodeError.message = message;
	return nodeError;
}

function errorDescription(error: unknown, secrets: readonly string[]): string | undefined {
	if (error instanceof ProviderRequestError) return error.detail ? redactText(error.detail, secrets) : undefined;
	if (error instanceof ProviderResponseError) return `The provider answered: ${previewBody(error.body, secrets)}`;
	return undefined;
}

function httpCodeOf(error: ProviderRequestError | ProviderResponseError): number | undefined {
	if (error instanceof ProviderHttpError) return error.statusCode;
	if (error instanceof AmbiguousCreateError) return error.statusCode;
	return undefined;
}

export function isCancellation(error: unknown, signal?: AbortSignal): boolean {
	return error instanceof ExecutionCancelledError || signal?.aborted === true;
}
