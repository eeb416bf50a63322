import type { IBinaryData, IExecuteFunctions, IHttpRequestOptions } from 'n8n-workflow';

import type { NormalizedTask } from '../providers/types';
import type { ProviderConnection } from '../transport/connection';
import { ProviderHttpError, ProviderNetworkError } from '../transport/errors';
import { redactText } from '../transport/redact';
import { mayRetryNetworkError, mayRetryStatus, retryDelayMs, retryLimits, parseRetryAfter } from '../transport/retryPolicy';
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

/**
 * Streams the MP4 straight into n8n's binary store (never a whole-file Buffer here). The API key
 * is sent only where the provider requires it (OpenAI's /content), never to a CDN link.
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
		let response: StreamResponse;
		try {
			response = await requestStream(context, connection, task, settings);
		} catch (error) {
			const code = networkCode(error);
			if (settings.signal?.aborted || code === 'ERR_CANCELED') throw error;
			if (!lastAttempt && mayRetryNetworkError('idempotent', code)) {
				await abortableSleep(retryDelayMs(attempt, undefined), settings.signal);
				continue;
			}
			throw new ProviderNetworkError(`Could not download the video of ${name} task ${task.taskId} (${code})`, code);
		}

		if (response.statusCode < 200 || response.statusCode >= 300) {
			response.body.destroy?.();
			if (!lastAttempt && mayRetryStatus('idempotent', response.statusCode)) {
				await abortableSleep(retryDelayMs(attempt, parseRetryAfter(response.headers['retry-after'])), settings.signal);
				continue;
			}
			throw downloadRefused(name, task, response.statusCode);
		}

		const binary = await storeStream(context, connection, task, response);
		return binary;
	}
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

async function storeStream(
	context: IExecuteFunctions,
	connection: ProviderConnection,
	task: NormalizedTask,
	response: StreamResponse,
): Promise<IBinaryData> {
	const name = connection.provider.displayName;
	const mimeType = contentType(response.headers) ?? 'video/mp4';
	let binary: IBinaryData;
	try {
		binary = await context.helpers.prepareBinaryData(
			response.body as unknown as Buffer,
			`${task.taskId}.mp4`,
			mimeType,
		);
	} catch (error) {
		const reason = redactText(error instanceof Error ? error.message : String(error), connection.secrets);
		throw new ProviderNetworkError(`The download of ${name} task ${task.taskId} broke off: ${reason}`, networkCode(error));
	}
	const expected = Number(response.headers['content-length']);
	if (Number.isFinite(expected) && expected > 0 && binary.bytes !== undefined && binary.bytes !== expected) {
		throw new ProviderNetworkError(
			`The download of ${name} task ${task.taskId} is incomplete: got ${binary.bytes} of ${expected} bytes`,
			'TRUNCATED',
		);
	}
	return binary;
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
