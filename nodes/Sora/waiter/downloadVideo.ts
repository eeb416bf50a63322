import type { IBinaryData, IExecuteFunctions, IHttpRequestOptions } from 'n8n-workflow';

import type { NormalizedTask } from '../providers/types';
import type { ProviderConnection } from '../transport/connection';
import {
	downloadBrokeOff,
	downloadIncomplete,
	downloadNotAVideo,
	downloadRefused,
	downloadUnreachable,
	type DownloadSubject,
} from '../transport/downloadFailures';
import { ExecutionCancelledError } from '../transport/errors';
import { mayRetryNetworkError, mayRetryStatus, parseRetryAfter, retryDelayMs, retryLimits } from '../transport/retryPolicy';
import { networkCode } from '../transport/sendRequest';
import { abortableSleep } from '../transport/abortableSleep';

export interface DownloadSettings {
	timeoutMs: number;
	signal?: AbortSignal;
}

interface StreamResponse {
	body: { destroy?: () => void };
	headers: Record<string, unknown>;
	statusCode: number;
}

type Attempt = { stored: IBinaryData } | { failure: Error; retryable: boolean; retryAfterMs?: number; cancelled?: boolean };

// A gateway or an expired CDN link can answer 200 with a page; that must never be kept as the MP4.
const notAVideo = /^(text\/html|application\/json|application\/xml|text\/xml)/i;

/**
 * Streams the MP4 straight into n8n's binary store (never a whole-file Buffer here), retrying
 * transient failures, and refusing a short file. The API key is sent only where the provider
 * requires it (OpenAI's /content), never to a CDN link.
 */
export async function downloadVideo(
	context: IExecuteFunctions,
	connection: ProviderConnection,
	task: NormalizedTask,
	settings: DownloadSettings,
): Promise<IBinaryData> {
	for (let attempt = 1; ; attempt++) {
		const subject: DownloadSubject = {
			providerName: connection.provider.displayName,
			task,
			timeoutMs: settings.timeoutMs,
			attempts: attempt,
		};
		const outcome = await attemptDownload(context, connection, subject, settings);
		if ('stored' in outcome) return outcome.stored;
		if (outcome.cancelled || settings.signal?.aborted) throw new ExecutionCancelledError();
		if (!outcome.retryable || attempt >= retryLimits.maxAttempts) throw outcome.failure;
		await abortableSleep(retryDelayMs(attempt, outcome.retryAfterMs), settings.signal);
	}
}

async function attemptDownload(
	context: IExecuteFunctions,
	connection: ProviderConnection,
	subject: DownloadSubject,
	settings: DownloadSettings,
): Promise<Attempt> {
	const { task } = subject;
	let response: StreamResponse;
	try {
		response = await requestStream(context, connection, task, settings);
	} catch (error) {
		const code = networkCode(error);
		return {
			failure: downloadUnreachable(subject, code),
			retryable: mayRetryNetworkError('idempotent', code),
			cancelled: code === 'ERR_CANCELED',
		};
	}
	if (response.statusCode < 200 || response.statusCode >= 300) {
		response.body.destroy?.();
		return {
			failure: downloadRefused(subject, response.statusCode),
			retryable: mayRetryStatus('idempotent', response.statusCode),
			retryAfterMs: parseRetryAfter(response.headers['retry-after']),
		};
	}
	const type = contentType(response.headers);
	if (type && notAVideo.test(type)) {
		response.body.destroy?.();
		return { failure: downloadNotAVideo(subject, type), retryable: true };
	}
	let stored: IBinaryData;
	try {
		stored = await context.helpers.prepareBinaryData(response.body as unknown as Buffer, `${task.taskId}.mp4`, type ?? 'video/mp4');
	} catch {
		// A connection that drops mid-body ends the stream with an error: retry like a reset.
		return { failure: downloadBrokeOff(subject), retryable: true };
	}
	const expected = Number(response.headers['content-length']);
	if (Number.isFinite(expected) && expected > 0 && stored.bytes !== undefined && stored.bytes !== expected) {
		return { failure: downloadIncomplete(subject, stored.bytes, expected), retryable: true };
	}
	return { stored };
}

async function requestStream(
	context: IExecuteFunctions,
	connection: ProviderConnection,
	task: NormalizedTask,
	settings: DownloadSettings,
): Promise<StreamResponse> {
	const authenticated = connection.provider.buildAuthenticatedDownload?.(task.taskId);
	const options: IHttpRequestOptions = {
		method: 'GET',
		url: authenticated ? `${connection.baseUrl}${authenticated.path}` : (task.videoUrl ?? ''),
		encoding: 'stream',
		...(authenticated?.headers ? { headers: authenticated.headers } : {}),
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
		timeout: settings.timeoutMs,
		...(settings.signal ? { abortSignal: settings.signal } : {}),
	};
	const response = authenticated
		? await context.helpers.httpRequestWithAuthentication.call(context, connection.provider.credentialType, options)
		: await context.helpers.httpRequest(options);
	return response as StreamResponse;
}

function contentType(headers: Record<string, unknown>): string | undefined {
	const value = headers['content-type'];
	return typeof value === 'string' && value.trim() !== '' ? value.split(';')[0].trim() : undefined;
}
