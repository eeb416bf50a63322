import type { IExecuteFunctions } from 'n8n-workflow';

import { mapStatus } from '../providers/read';
import type { NormalizedTask } from '../providers/types';
import type { ProviderConnection } from '../transport/connection';
import { fetchTaskStatus } from '../transport/fetchStatus';
import { abortableSleep } from '../transport/abortableSleep';
import type { Limiter } from './limiter';
import { nextPollDelayMs, type PollObservation } from './pollSchedule';
import { taskFailed, taskTimedOut, videoUrlMissing } from '../transport/taskErrors';

export interface WaitSettings {
	ceilingMs: number;
	timeoutMs: number;
	limiter: Limiter;
	signal?: AbortSignal;
	/** Provider's estimate from the create answer, when there was one. */
	estimatedSeconds?: number;
}

/**
 * Polls one task until it completes (returns it), fails or passes its deadline (throws a
 * TaskOutcomeError). Never sleeps after the poll that saw the end.
 */
export async function waitForTask(
	context: IExecuteFunctions,
	connection: ProviderConnection,
	taskId: string,
	settings: WaitSettings,
): Promise<NormalizedTask> {
	const { provider } = connection;
	const { limiter, signal } = settings;
	const startedAt = Date.now();
	const deadline = startedAt + settings.timeoutMs;
	const limits = { ceilingMs: settings.ceilingMs };
	const observation: PollObservation = { polls: 0, progress: [], startedAt, estimatedSeconds: settings.estimatedSeconds };
	// A retried poll means the provider pushed back: every poller of the batch waits, not just this one.
	const onRetry = (delayMs: number) => limiter.holdOff(delayMs);

	// Straight after a create with an estimate, a poll cannot tell anything new before it.
	if (settings.estimatedSeconds !== undefined) {
		await abortableSleep(Math.min(nextPollDelayMs(observation, limits, startedAt), settings.timeoutMs), signal);
	}
	for (;;) {
		const task = await limiter.run(async () => await fetchTaskStatus(context, connection, taskId, signal, deadline, onRetry));
		observation.polls++;
		if (task.status === 'completed') {
			if (!task.videoUrl) throw videoUrlMissing(provider.displayName, task);
			return task;
		}
		if (task.status === 'failed') throw taskFailed(provider.displayName, task);

		const now = Date.now();
		recordProgress(observation, task.progress, now);
		observation.estimatedSeconds ??= provider.pollHints?.(task.raw).estimatedSeconds;
		if (now >= deadline) {
			const known = mapStatus(task.providerStatus, provider.statusVocabulary).known;
			throw taskTimedOut(provider.displayName, task, Math.round(settings.timeoutMs / 1000), known);
		}
		await abortableSleep(Math.min(nextPollDelayMs(observation, limits, now), deadline - now), signal);
	}
}

function recordProgress(observation: PollObservation, progress: number | null, now: number): void {
	if (progress === null) return;
	const last = observation.progress[observation.progress.length - 1];
	if (!last || progress > last.value) observation.progress.push({ at: now, value: progress });
}
