import type { ProviderSpec } from '../providers/types';
import { firstString, readPath } from '../providers/read';

/**
 * The task id a callback body names. Only used to pick which of this batch's tasks to re-read:
 * nothing else in the body is believed.
 */
export function callbackTaskId(provider: ProviderSpec, body: unknown, baseUrl: string): string | null {
	try {
		const taskId = provider.parseStatusResponse(body, { taskId: '', baseUrl }).taskId;
		if (taskId) return taskId;
	} catch {
		// Not a status body this provider's parser reads: fall back to the usual places.
	}
	return firstString(readPath(body, 'task_id'), readPath(body, 'id'), readPath(body, 'data', 'task_id'), readPath(body, 'data', 'id'));
}

/**
 * True when the body says the task is still rendering (a progress callback). Such a call leaves the
 * execution parked without resuming it; believing it costs nothing, since the deadline and the
 * task's final callback still come. Any other body resumes the execution, which re-reads the task.
 */
export function callbackClaimsRunning(provider: ProviderSpec, body: unknown, baseUrl: string): boolean {
	try {
		const { status } = provider.parseStatusResponse(body, { taskId: '', baseUrl });
		return status === 'queued' || status === 'processing';
	} catch {
		return false;
	}
}
