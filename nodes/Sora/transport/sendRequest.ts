import type { IDataObject, IExecuteFunctions, IHttpRequestOptions } from 'n8n-workflow';

import type { HttpCall } from '../providers/types';
import { abortableSleep } from './abortableSleep';
import type { ProviderConnection } from './connection';
import { ExecutionCancelledError } from './errors';
import { buildMultipartBody } from './multipartBody';
import { failureWithoutAnswer, httpFailure, unreadableAnswer, type RequestSubject } from './failures';
import {
	mayRetryNetworkError,
	mayRetryStatus,
	mayRetryUnreadable,
	parseRetryAfter,
	retryDelayMs,
	retryLimits,
	type RequestKind,
} from './retryPolicy';

export interface RequestOptions {
	kind: RequestKind;
	signal?: AbortSignal;
	headers?: IDataObject;
	/** Per attempt; the connection's Request Timeout when absent. */
	timeoutMs?: number;
	/** Epoch ms after which no attempt starts and none outlives (the Wait deadline). */
	deadline?: number;
	/** The task a status request is about, named in every error. */
	taskId?: string;
	/** Told about each retry, e.g. to slow every poller after a 429. */
	onRetry?: (delayMs: number) => void;
}

interface FullResponse {
	body: unknown;
	headers: Record<string, unknown>;
	statusCode: number;
}

const minimumAttemptMs = 1000;

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
		const timeoutMs = attemptTimeoutMs(connection, options);
		const subject: RequestSubject = { kind: options.kind, taskId: options.taskId, timeoutMs, attempts: attempt };
		const outcome = await attemptRequest(context, connection, call, options, timeoutMs);
		let failure: Error;
		let retryable: boolean;
		let retryAfterMs: number | undefined;

		if ('failedWith' in outcome) {
			if (options.signal?.aborted || outcome.failedWith === 'ERR_CANCELED') throw new ExecutionCancelledError();
			failure = failureWithoutAnswer(connection, subject, outcome.failedWith);
			retryable = mayRetryNetworkError(options.kind, outcome.failedWith);
		} else if (outcome.statusCode < 200 || outcome.statusCode >= 300) {
			failure = httpFailure(connection, subject, outcome.statusCode, outcome.body);
			retryable = mayRetryStatus(options.kind, outcome.statusCode);
			retryAfterMs = parseRetryAfter(outcome.headers['retry-after']);
		} else if (isUnreadable(outcome.body) && mayRetryUnreadable(options.kind)) {
			failure = unreadableAnswer(connection, subject, outcome.body);
			retryable = true;
		} else {
			return outcome.body;
		}

		const delayMs = retryDelayMs(attempt, retryAfterMs);
		if (!retryable || attempt >= retryLimits.maxAttempts || pastDeadline(options, delayMs)) throw failure;
		options.onRetry?.(delayMs);
		await abortableSleep(delayMs, options.signal);
	}
}

/** The answer, or the network error code when there was none. */
async function attemptRequest(
	context: IExecuteFunctions,
	connection: ProviderConnection,
	call: HttpCall,
	options: RequestOptions,
	timeoutMs: number,
): Promise<FullResponse | { failedWith: string }> {
	try {
		return (await context.helpers.httpRequestWithAuthentication.call(
			context,
			connection.provider.credentialType,
			await toHttpOptions(connection, call, options, timeoutMs),
		)) as FullResponse;
	} catch (error) {
		return { failedWith: networkCode(error) };
	}
}

// A status check must not hold the item past the Wait deadline, however long the provider hangs.
function attemptTimeoutMs(connection: ProviderConnection, options: RequestOptions): number {
	const timeoutMs = options.timeoutMs ?? connection.requestTimeoutMs;
	if (options.deadline === undefined) return timeoutMs;
	return Math.min(timeoutMs, Math.max(minimumAttemptMs, options.deadline - Date.now()));
}

function pastDeadline(options: RequestOptions, delayMs: number): boolean {
	return options.deadline !== undefined && Date.now() + delayMs >= options.deadline;
}

/** With `json: true`, n8n hands back the raw text when the body does not parse. */
function isUnreadable(body: unknown): boolean {
	return typeof body === 'string' || Buffer.isBuffer(body);
}

async function toHttpOptions(
	connection: ProviderConnection,
	call: HttpCall,
	options: RequestOptions,
	timeoutMs: number,
): Promise<IHttpRequestOptions> {
	// A file part is opened anew for each attempt: a stream can be sent only once.
	const form = call.form ? await buildMultipartBody(call.form) : undefined;
	const formHeaders = form ? { 'Content-Type': form.contentType, 'Content-Length': String(form.contentLength) } : {};
	return {
		method: call.method,
		url: /^https?:\/\//i.test(call.path) ? call.path : `${connection.baseUrl}${call.path}`,
		...(call.qs ? { qs: call.qs } : {}),
		...(call.body ? { body: call.body } : {}),
		...(form ? { body: form.body as unknown as Buffer } : {}),
		headers: { Accept: 'application/json', ...formHeaders, ...(call.headers ?? {}), ...(options.headers ?? {}) },
		json: true,
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
		timeout: timeoutMs,
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
