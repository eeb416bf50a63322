/** What one task's poller has seen so far. */
export interface PollObservation {
	polls: number;
	/** The progress readings that moved, oldest first, with when they were seen (ms). */
	progress: Array<{ at: number; value: number }>;
	/** Provider's own estimate of the whole render, in seconds. */
	estimatedSeconds?: number;
	startedAt: number;
}

export interface PollLimits {
	/** The user's Max Poll Interval: no gap between polls is ever longer. */
	ceilingMs: number;
}

/**
 * Delay before the next status poll. The gap is the ceiling, unless the task is expected to end
 * sooner: then the poll lands on the expected end (the provider's estimate before the second poll,
 * the progress rate once it moves). Once the expected end has passed, the gap grows back from a
 * floor to the ceiling with the overrun. The gap is never cut for any other reason: a poll before
 * the ceiling that does not find the video finished is a request the ≤ T/ceiling + 2 budget cannot
 * win back, because no later gap may exceed the ceiling.
 */
export function nextPollDelayMs(observation: PollObservation, limits: PollLimits, now: number): number {
	const ceiling = limits.ceilingMs;
	const floor = Math.min(ceiling, Math.max(250, ceiling / 4));
	const expectedEnd = expectedEndAt(observation);
	if (expectedEnd === undefined) return Math.round(ceiling);
	const delay = expectedEnd >= now ? expectedEnd - now : now - expectedEnd;
	return Math.round(Math.min(ceiling, Math.max(floor, delay)));
}

function expectedEndAt(observation: PollObservation): number | undefined {
	// Progress is reported in whole percents, floored: a reading may be almost 1 below the truth,
	// so one step is held back from the rate and the prediction never lands before the real end.
	const byProgress = predictEndAt(observation.progress);
	if (byProgress !== undefined) return byProgress;
	if (observation.estimatedSeconds === undefined || observation.polls > 1) return undefined;
	return observation.startedAt + observation.estimatedSeconds * 1000;
}

/** Linear extrapolation of the progress readings; undefined until two readings moved forward. */
function predictEndAt(readings: PollObservation['progress']): number | undefined {
	if (readings.length < 2) return undefined;
	const first = readings[0];
	const last = readings[readings.length - 1];
	const rate = (last.value - first.value - 1) / (last.at - first.at);
	if (!(rate > 0) || !Number.isFinite(rate)) return undefined;
	return last.at + Math.max(0, 100 - last.value) / rate;
}
