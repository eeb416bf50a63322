import type { IDataObject, IExecuteFunctions, IHttpRequestOptions } from 'n8n-workflow';

import type { HttpCall } from '../providers/types';
import { abortableSleep } from '../waiter/abortableSleep';
import type { ProviderConnection } from './connection';
import { AmbiguousCreateError, ExecutionCancelledError, ProviderHttpError, ProviderNetworkError } from './errors';
import { previewBody } from './redact';
import {
	mayRetryNetworkError,
	mayRetryStatus,
	parseRetryAfter,
	retryDelayMs,
	retryLimits,
	type RequestKind,
} from './retryPolicy';

export interface RequestOptions {
	kind: RequestKind;
	signal?: AbortSignal;
	headers?: IDataObject;
	timeoutMs?: number;
	/** Told about each retry, e.g. to slow every poller after a 429. */
	onRetry?: (delayMs: number) => void;
}

interface FullResponse {
	body: unknown;
	headers: Record<string, unknown>;
	statusCode: number;
}

const defaultTimeoutMs = 60_000;

/**
 * One provider call with the retry policy applied: idempotent calls retry transient failures;
 * a create retries only when it provably created nothing (connection refused, 429).
 */
export async function sendProviderRequest(
	context: IExecuteFunctions,
	connection: ProviderConnection,
	call: HttpCall,
	options: RequestOptions,
): Promise<unknown> {
	for (let attempt = 1; ; attempt++) {
		const lastAttempt = attempt >= retryLimits.maxAttempts;
		const outcome = await attemptRequest(context, connection, call, options);

		if ('failedWith' in outcome) {
			if (options.signal?.aborted || outcome.failedWith === 'ERR_CANCELED') throw new ExecutionCancelledError();
			if (lastAttempt || !mayRetryNetworkError(options.kind, outcome.failedWith)) {
				throw failureWithoutAnswer(connection, call, options.kind, outcome.failedWith);
			}
			await pauseBeforeRetry(retryDelayMs(attempt, undefined), options);
			continue;
		}

		const response = outcome;
		if (response.statusCode >= 200 && response.statusCode < 300) return response.body;
		if (lastAttempt || !mayRetryStatus(options.kind, response.statusCode)) {
			throw httpFailure(connection, call, options.kind, response);
		}
		await pauseBeforeRetry(retryDelayMs(attempt, parseRetryAfter(response.headers['retry-after'])), options);
	}
}

/** The answer, or the network error code when there was none. */
async function attemptRequest(
	context: IExecuteFunctions,
	connection: ProviderConnection,
	call: HttpCall,
	options: RequestOptions,
): Promise<FullResponse | { failedWith: string }> {
	try {
		return (await context.helpers.httpRequestWithAuthentication.call(
			context,
			connection.provider.credentialType,
			toHttpOptions(connection, call, options),
		)) as FullResponse;
	} catch (error) {
		return { failedWith: networkCode(error) };
	}
}

async function pauseBeforeRetry(delayMs: number, options: RequestOptions): Promise<void> {
	options.onRetry?.(delayMs);
	await abortableSleep(delayMs, options.signal);
}

function toHttpOptions(connection: ProviderConnection, call: HttpCall, options: RequestOptions): IHttpRequestOptions {
	return {
		method: call.method,
		url: `${connection.baseUrl}${call.path}`,
		...(call.qs ? { qs: call.qs } : {}),
		...(call.body ? { body: call.body } : {}),
		headers: { Accept: 'application/json', ...(options.headers ?? {}) },
		json: true,
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
		timeout: options.timeoutMs ?? defaultTimeoutMs,
		...(options.signal ? { abortSignal: options.signal } : {}),
	};
}

export function networkCode(error: unknown): string {
	const candidates = [
		(error as { code?: unknown })?.code,
		(error as { cause?: { code?: unknown } })?.cause?.code,
		(error as { name?: unknown })?.name === 'CanceledError' ? 'ERR_CANCELED' : undefined,
	];
	const code = candidates.find((candidate) => typeof candidate === 'string');
	return typeof code === 'string' ? code : 'UNKNOWN';
}

function failureWithoutAnswer(connection: ProviderConnection, call: HttpCall, kind: RequestKind, code: string): Error {
	const name = connection.provider.displayName;
	if (kind === 'create' && !mayRetryNetworkError('create', code)) {
		return new AmbiguousCreateError(
			`The create request to ${name} got no answer (${code}). The task may still have been created and billed, so it was not sent again. Check your ${name} dashboard or task list before creating it again.`,
		);
	}
	return new ProviderNetworkError(`Could not reach ${name} at ${call.method} ${call.path} (${code})`, code);
}

function httpFailure(connection: ProviderConnection, call: HttpCall, kind: RequestKind, response: FullResponse): Error {
	const { provider, secrets } = connection;
	const status = response.statusCode;
	const preview = previewBody(response.body, secrets);
	if (status === 401) {
		return new ProviderHttpError(
			`The API key was refused by ${provider.displayName} (HTTP 401). Check the ${provider.credentialDisplayName} credential.`,
			status,
			preview,
		);
	}
	if (kind === 'create' && status >= 500) {
		return new AmbiguousCreateError(
			`${provider.displayName} answered the create request with HTTP ${status}. The task may still have been created and billed, so it was not sent again. Check your ${provider.displayName} dashboard or task list before creating it again. Answer: ${preview}`,
		);
	}
	return new ProviderHttpError(`${provider.displayName} answered ${call.method} ${call.path} with HTTP ${status}: ${preview}`, status, preview);
}
