import type { ProviderRefusalError } from '../providers/refusal';
import type { ProviderConnection } from './connection';
import { AmbiguousCreateError, ProviderHttpError, ProviderNetworkError, UnreadableAnswerError } from './errors';
import { previewBody, redactJson } from './redact';
import { mayRetryNetworkError, type RequestKind } from './retryPolicy';

/** What a request was for, so every failure can say it in the user's terms. */
export interface RequestSubject {
	kind: RequestKind;
	/** The task a status request asks about. */
	taskId?: string;
	timeoutMs: number;
	attempts: number;
}

// Plain words, never the raw code: n8n replaces any error message that contains a code such as
// ECONNRESET with its own generic text, which for a create would even suggest "retry".
const networkWords: Record<string, string> = {
	ECONNREFUSED: 'the connection was refused',
	ENOTFOUND: 'the host name could not be found',
	EAI_AGAIN: 'the host name could not be looked up',
	ECONNRESET: 'the connection was closed before an answer arrived',
	EPIPE: 'the connection broke while sending',
};
const timeoutCodes = ['ETIMEDOUT', 'ECONNABORTED', 'ERR_SOCKET_CONNECTION_TIMEOUT'];
// Certificate failures end the handshake before the request is written, so nothing was created.
const tlsCode = /^(CERT_|ERR_TLS_|DEPTH_ZERO_|SELF_SIGNED_|UNABLE_TO_(GET|VERIFY)_)/;

export function describeNetworkFailure(code: string, timeoutMs: number): string {
	if (timeoutCodes.includes(code)) return `no answer within the ${formatSeconds(timeoutMs)} request timeout`;
	if (tlsCode.test(code)) return `its TLS certificate was not accepted (${code.toLowerCase()})`;
	return networkWords[code] ?? 'the connection failed';
}

export function formatSeconds(ms: number): string {
	const seconds = ms / 1000;
	return `${Number.isInteger(seconds) ? seconds : seconds.toFixed(1)} s`;
}

function requestName(subject: RequestSubject): string {
	if (subject.kind === 'create') return 'the create request';
	if (subject.kind === 'upload') return 'the image upload';
	return subject.taskId ? `the status request for task ${subject.taskId}` : 'the request';
}

function tries(subject: RequestSubject): string {
	return subject.attempts > 1 ? ` (tried ${subject.attempts} times)` : '';
}

function stillRunning(subject: RequestSubject): string {
	if (subject.kind === 'upload') return notRepeated;
	return subject.kind === 'idempotent' && subject.taskId
		? ' The task itself may still be running: look it up later with Get Status.'
		: '';
}

const notRepeated = ' It was not sent again, because every upload that arrives is stored anew; no task was created.';

const mayExist = (name: string) =>
	`The task may still have been created and billed, so it was not sent again. Check your ${name} dashboard or task list before creating it again.`;

export function failureWithoutAnswer(connection: ProviderConnection, subject: RequestSubject, code: string): Error {
	const name = connection.provider.displayName;
	const what = describeNetworkFailure(code, subject.timeoutMs);
	if (subject.kind === 'create' && !mayRetryNetworkError('create', code) && !tlsCode.test(code)) {
		return new AmbiguousCreateError(`The create request to ${name} got no answer: ${what}. ${mayExist(name)}`);
	}
	const neverArrived = subject.kind !== 'idempotent' && mayRetryNetworkError(subject.kind, code);
	const outcome = subject.kind === 'create' || neverArrived ? ' No task was created.' : stillRunning(subject);
	return new ProviderNetworkError(
		`${name} did not answer ${requestName(subject)}: ${what}${tries(subject)}.${outcome}`,
		code,
		`Base URL: ${connection.baseUrl}`,
	);
}

export function httpFailure(connection: ProviderConnection, subject: RequestSubject, status: number, body: unknown): Error {
	const { provider, secrets } = connection;
	const name = provider.displayName;
	const preview = previewBody(body, secrets);
	if (status === 401) {
		return new ProviderHttpError(
			`The API key was refused by ${name} (HTTP 401). Check the ${provider.credentialDisplayName} credential.`,
			status,
			preview,
		);
	}
	if (subject.kind === 'create' && status >= 500) {
		return new AmbiguousCreateError(
			`${name} answered the create request with HTTP ${status}. ${mayExist(name)}`,
			preview ? `The provider answered: ${preview}` : undefined,
			status,
			redactJson(body, secrets),
		);
	}
	if (status === 429) {
		const advice = subject.kind === 'idempotent' ? '' : ' No task was created; try again later or lower Max Concurrent Requests.';
		return new ProviderHttpError(
			`${name} kept answering ${requestName(subject)} with HTTP 429 (too many requests)${tries(subject)}.${advice || stillRunning(subject)}`,
			status,
			preview,
		);
	}
	if (status === 404 && subject.taskId) {
		return new ProviderHttpError(
			`${name} does not know task ${subject.taskId} (HTTP 404). Check the task ID, and that the task was created with this ${provider.credentialDisplayName} credential.`,
			status,
			preview,
		);
	}
	if (status >= 500) {
		return new ProviderHttpError(
			`${name} answered ${requestName(subject)} with HTTP ${status} (server error)${tries(subject)}.${stillRunning(subject)}`,
			status,
			preview,
		);
	}
	return new ProviderHttpError(`${name} refused ${requestName(subject)} with HTTP ${status}.`, status, preview, redactJson(body, secrets));
}

/** A 2xx body that is not JSON: usually a gateway's HTML error page. */
export function unreadableAnswer(connection: ProviderConnection, subject: RequestSubject, body: unknown): UnreadableAnswerError {
	const name = connection.provider.displayName;
	return new UnreadableAnswerError(
		`${name} answered ${requestName(subject)} with ${describeUnreadable(body)} instead of JSON${tries(subject)}.${stillRunning(subject)}`,
		`The provider answered: ${previewBody(body, connection.secrets)}`,
	);
}

/** A create that got a 2xx answer without a task id we can read: the task may exist. */
export function createAnswerUnusable(connection: ProviderConnection, body: unknown, reason: string): AmbiguousCreateError {
	const name = connection.provider.displayName;
	return new AmbiguousCreateError(
		`${name} accepted the create request, but its answer holds no task ID we can read (${reason}). ${mayExist(name)}`,
		`The provider answered: ${previewBody(body, connection.secrets)}`,
	);
}

/** The provider answered "no task" in a success envelope: nothing was created, so nothing was billed. */
export function createRefused(connection: ProviderConnection, refusal: ProviderRefusalError): ProviderHttpError {
	const name = connection.provider.displayName;
	return new ProviderHttpError(
		`${name} refused the create request: ${refusal.reason}. It created no task, so nothing was billed and nothing was sent again.`,
		200,
		previewBody(refusal.body, connection.secrets),
		redactJson(refusal.body, connection.secrets),
	);
}

export function describeUnreadable(body: unknown): string {
	const text = typeof body === 'string' ? body : Buffer.isBuffer(body) ? body.toString('utf8') : '';
	if (/^\s*</.test(text)) return 'an HTML page';
	if (text.trim() === '') return 'an empty body';
	return 'malformed JSON';
}
