import type { NormalizedTask } from '../providers/types';
import { ProviderHttpError, ProviderNetworkError, UnreadableAnswerError } from './errors';
import { describeNetworkFailure } from './failures';

/** Which download attempt failed, so the final error can say how often it was tried. */
export interface DownloadSubject {
	providerName: string;
	task: NormalizedTask;
	timeoutMs: number;
	attempts: number;
}

function tries(subject: DownloadSubject): string {
	return subject.attempts > 1 ? ` (tried ${subject.attempts} times)` : '';
}

function video(subject: DownloadSubject): string {
	return `the video of ${subject.providerName} task ${subject.task.taskId}`;
}

export function downloadUnreachable(subject: DownloadSubject, code: string): ProviderNetworkError {
	return new ProviderNetworkError(
		`Could not download ${video(subject)}: ${describeNetworkFailure(code, subject.timeoutMs)}${tries(subject)}.`,
		code,
	);
}

export function downloadBrokeOff(subject: DownloadSubject): ProviderNetworkError {
	return new ProviderNetworkError(
		`Could not download ${video(subject)}: the transfer broke off before the end${tries(subject)}. Nothing was kept.`,
		'incomplete_download',
	);
}

export function downloadIncomplete(subject: DownloadSubject, got: number, expected: number): ProviderNetworkError {
	return new ProviderNetworkError(
		`Could not download ${video(subject)}: the file arrived incomplete, ${got} of ${expected} bytes${tries(subject)}. A short file is never kept.`,
		'incomplete_download',
	);
}

export function downloadNotAVideo(subject: DownloadSubject, contentType: string): UnreadableAnswerError {
	return new UnreadableAnswerError(
		`Could not download ${video(subject)}: the link answered with ${contentType} instead of a video${tries(subject)}.`,
	);
}

export function downloadRefused(subject: DownloadSubject, statusCode: number): ProviderHttpError {
	const hint =
		statusCode === 403 || statusCode === 404 || statusCode === 410
			? ' The link may have expired: provider links last about a day, so download soon after completion.'
			: '';
	return new ProviderHttpError(
		`Could not download ${video(subject)}: HTTP ${statusCode}${tries(subject)}.${hint}`,
		statusCode,
		'',
	);
}
