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
 * Adaptive delay before the next status poll: start at half the ceiling (or the provider's
 * estimate when it is shorter), grow toward the ceiling, and when the progress rate predicts
 * completion sooner, poll right then so the finished video is noticed without a full interval.
 */
export function nextPollDelayMs(observation: PollObservation, limits: PollLimits, now: number): number {
	const ceiling = limits.ceilingMs;
	const floor = Math.max(250, ceiling / 8);
	let delay = Math.min(ceiling, (ceiling / 2) * 1.5 ** Math.max(0, observation.polls - 1));

	if (observation.estimatedSeconds !== undefined && observation.polls <= 1) {
		const remainingByEstimate = observation.startedAt + observation.estimatedSeconds * 1000 - now;
		if (remainingByEstimate > 0) delay = Math.min(ceiling, Math.max(delay, remainingByEstimate));
	}

	const predicted = predictRemainingMs(observation.progress, now);
	if (predicted !== undefined && predicted < delay) delay = Math.max(floor, predicted);

	return Math.round(Math.min(ceiling, delay));
}

/** Linear extrapolation of the progress readings; undefined until two readings moved forward. */
export function predictRemainingMs(readings: PollObservation['progress'], now: number): number | undefined {
	if (readings.length < 2) return undefined;
	const first = readings[0];
	const last = readings[readings.length - 1];
	const rate = (last.value - first.value) / (last.at - first.at);
	if (!(rate > 0)) return undefined;
	return Math.max(0, (100 - last.value) / rate - (now - last.at));
}
