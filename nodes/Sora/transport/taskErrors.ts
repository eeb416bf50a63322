import type { NormalizedTask } from '../providers/types';

/** Base for outcomes of a task (not of a request): they carry the last status we saw. */
export class TaskOutcomeError extends Error {
	constructor(
		message: string,
		readonly task: NormalizedTask,
		readonly code: string,
	) {
		super(message);
		this.name = 'TaskOutcomeError';
	}
}

export function taskFailed(providerName: string, task: NormalizedTask): TaskOutcomeError {
	const reason = task.error?.message ?? 'no reason given';
	return new TaskOutcomeError(
		`${providerName} task ${task.taskId} failed (${task.providerStatus ?? 'failed'}): ${reason}`,
		task,
		task.error?.code ?? 'task_failed',
	);
}

export function taskTimedOut(providerName: string, task: NormalizedTask, timeoutSeconds: number, knownStatus: boolean): TaskOutcomeError {
	const status = knownStatus
		? `its last status was "${task.providerStatus}"`
		: `it kept reporting the unknown status "${task.providerStatus}"`;
	return new TaskOutcomeError(
		`${providerName} task ${task.taskId} was not done after ${timeoutSeconds} s; ${status}. The task keeps running at the provider: look it up later with Get Status or Wait and this task ID, or raise the Timeout option.`,
		task,
		'timeout',
	);
}

export function videoUrlMissing(providerName: string, task: NormalizedTask): TaskOutcomeError {
	return new TaskOutcomeError(
		`${providerName} reported task ${task.taskId} as completed but its answer holds no video URL; see "raw" in the output for what it sent`,
		task,
		'missing_video_url',
	);
}
