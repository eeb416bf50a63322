import type { IExecuteFunctions } from 'n8n-workflow';

import { mapStatus } from '../providers/read';
import type { NormalizedTask } from '../providers/types';
import type { ProviderConnection } from '../transport/connection';
import { fetchTaskStatus } from '../transport/fetchStatus';
import { abortableSleep } from './abortableSleep';
import type { Limiter } from './limiter';
import { nextPollDelayMs, type PollObservation } from './pollSchedule';
import { taskFailed, taskTimedOut, videoUrlMissing } from './taskErrors';

export interface WaitSettings {
	ceilingMs: number;
	timeoutMs: number;
	limiter: Limiter;
	signal?: AbortSignal;
	/** Provider's estimate from the create answer, when there was one. */
	estimatedSeconds?: number;
	clock?: () => number;
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
	const clock = settings.clock ?? Date.now;
	const { provider } = connection;
	const startedAt = clock();
	const deadline = startedAt + settings.timeoutMs;
	const observation: PollObservation = { polls: 0, progress: [], startedAt, estimatedSeconds: settings.estimatedSeconds };

	for (;;) {
		const task = await settings.limiter.run(async () => await fetchTaskStatus(context, connection, taskId, settings.signal));
		observation.polls++;
		if (task.status === 'completed') {
			if (!task.videoUrl) throw videoUrlMissing(provider.displayName, task);
			return task;
		}
		if (task.status === 'failed') throw taskFailed(provider.displayName, task);

		const now = clock();
		recordProgress(observation, task.progress, now);
		observation.estimatedSeconds ??= provider.pollHints?.(task.raw).estimatedSeconds;
		if (now >= deadline) {
			const known = mapStatus(task.providerStatus, provider.statusVocabulary).known;
			throw taskTimedOut(provider.displayName, task, Math.round(settings.timeoutMs / 1000), known);
		}
		const delay = Math.min(nextPollDelayMs(observation, { ceilingMs: settings.ceilingMs }, now), deadline - now);
		await abortableSleep(delay, settings.signal);
	}
}

function recordProgress(observation: PollObservation, progress: number | null, now: number): void {
	if (progress === null) return;
	const last = observation.progress[observation.progress.length - 1];
	if (!last || progress > last.value) observation.progress.push({ at: now, value: progress });
}
