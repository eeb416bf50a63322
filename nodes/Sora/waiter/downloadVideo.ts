import type { IBinaryData, IExecuteFunctions, IHttpRequestOptions } from 'n8n-workflow';

import type { NormalizedTask } from '../providers/types';
import type { ProviderConnection } from '../transport/connection';
import { ExecutionCancelledError, ProviderHttpError, ProviderNetworkError } from '../transport/errors';
import { redactText } from '../transport/redact';
import { mayRetryNetworkError, mayRetryStatus, parseRetryAfter, retryDelayMs, retryLimits } from '../transport/retryPolicy';
import { networkCode } from '../transport/sendRequest';
import { abortableSleep } from './abortableSleep';

export interface DownloadSettings {
	timeoutMs: number;
	signal?: AbortSignal;
}

interface StreamResponse {
	body: { destroy?: () => void };
	headers: Record<string, unknown>;
	statusCode: number;
}

type Attempt =
	| { stored: IBinaryData }
	| { failedWith: string; detail: string }
	| { refused: StreamResponse };

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
	const name = connection.provider.displayName;
	for (let attempt = 1; ; attempt++) {
		const lastAttempt = attempt >= retryLimits.maxAttempts;
		const outcome = await attemptDownload(context, connection, task, settings);
		if ('stored' in outcome) return outcome.stored;

		if ('failedWith' in outcome) {
			if (settings.signal?.aborted || outcome.failedWith === 'ERR_CANCELED') throw new ExecutionCancelledError();
			if (lastAttempt || !mayRetryNetworkError('idempotent', outcome.failedWith)) {
				throw new ProviderNetworkError(
					`Could not download the video of ${name} task ${task.taskId}: ${redactText(outcome.detail, connection.secrets)}`,
					outcome.failedWith,
				);
			}
			await abortableSleep(retryDelayMs(attempt, undefined), settings.signal);
			continue;
		}

		const { statusCode, headers } = outcome.refused;
		if (lastAttempt || !mayRetryStatus('idempotent', statusCode)) throw downloadRefused(name, task, statusCode);
		await abortableSleep(retryDelayMs(attempt, parseRetryAfter(headers['retry-after'])), settings.signal);
	}
}

async function attemptDownload(
	context: IExecuteFunctions,
	connection: ProviderConnection,
	task: NormalizedTask,
	settings: DownloadSettings,
): Promise<Attempt> {
	let response: StreamResponse;
	try {
		response = await requestStream(context, connection, task, settings);
	} catch (error) {
		return { failedWith: networkCode(error), detail: describe(error) };
	}
	if (response.statusCode < 200 || response.statusCode >= 300) {
		response.body.destroy?.();
		return { refused: response };
	}
	let stored: IBinaryData;
	try {
		stored = await context.helpers.prepareBinaryData(
			response.body as unknown as Buffer,
			`${task.taskId}.mp4`,
			contentType(response.headers) ?? 'video/mp4',
		);
	} catch (error) {
		// A connection that drops mid-body ends the stream with an error: retry like a reset.
		return { failedWith: 'ECONNRESET', detail: `the transfer broke off (${describe(error)})` };
	}
	const expected = Number(response.headers['content-length']);
	if (Number.isFinite(expected) && expected > 0 && stored.bytes !== undefined && stored.bytes !== expected) {
		return { failedWith: 'ECONNRESET', detail: `the file is incomplete: got ${stored.bytes} of ${expected} bytes` };
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

function describe(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

function contentType(headers: Record<string, unknown>): string | undefined {
	const value = headers['content-type'];
	return typeof value === 'string' && value.trim() !== '' ? value.split(';')[0].trim() : undefined;
}

function downloadRefused(name: string, task: NormalizedTask, statusCode: number): ProviderHttpError {
	const hint =
		statusCode === 403 || statusCode === 404 || statusCode === 410
			? ' The link may have expired: provider links last about a day, so download soon after completion.'
			: '';
	return new ProviderHttpError(
		`The video of ${name} task ${task.taskId} could not be downloaded (HTTP ${statusCode}).${hint}`,
		statusCode,
		'',
	);
}
