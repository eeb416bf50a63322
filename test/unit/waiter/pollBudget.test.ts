import { nextPollDelayMs, type PollObservation } from '../../../nodes/Sora/waiter/pollSchedule';

/**
 * Issue 4's polling goals, checked on the pure schedule with a simulated clock: a task that is
 * queued, then renders with whole-percent progress rising linearly (as the simulator and most
 * providers report it), is polled at most T / ceiling + 2 times and its end is seen within one
 * ceiling.
 */
interface SimulatedTask {
	renderMs: number;
	queuedMs: number;
	/** What the provider says the whole job takes; reported from the create answer or the first status answer. */
	estimatedSeconds?: number;
	/** Create + Wait: the estimate is known before the first poll. */
	estimateBeforeFirstPoll?: boolean;
}

function pollUntilDone(task: SimulatedTask, ceilingMs: number, requestMs = 3) {
	const endsAt = task.queuedMs + task.renderMs;
	const observation: PollObservation = {
		polls: 0,
		progress: [],
		startedAt: 0,
		estimatedSeconds: task.estimateBeforeFirstPoll ? task.estimatedSeconds : undefined,
	};
	let now = task.estimateBeforeFirstPoll ? nextPollDelayMs(observation, { ceilingMs }, 0) : 0;
	const gaps: number[] = [];
	for (;;) {
		observation.polls++;
		if (now >= endsAt) return { polls: observation.polls, latencyMs: now - endsAt, gaps };
		const progress = now < task.queuedMs ? 0 : Math.min(99, Math.max(1, Math.floor((100 * (now - task.queuedMs)) / task.renderMs)));
		const last = observation.progress[observation.progress.length - 1];
		if (!last || progress > last.value) observation.progress.push({ at: now, value: progress });
		observation.estimatedSeconds ??= task.estimatedSeconds;
		const gap = nextPollDelayMs(observation, { ceilingMs }, now);
		gaps.push(gap);
		now += gap + requestMs;
	}
}

function renderTimes(fromMs: number, toMs: number): number[] {
	const times: number[] = [];
	for (let ms = fromMs; ms <= toMs; ms = Math.round(ms * 1.09 + 13)) times.push(ms);
	return times;
}

describe('poll budget (status requests per task ≤ T / ceiling + 2, end seen within one ceiling)', () => {
	const ceilings = [500, 1_000, 15_000];

	test.each([
		['no estimate', undefined],
		['an exact estimate', 1],
		['an estimate 4× too long (gccai: 600 s estimated, 155 s actual)', 4],
	])('with %s, from 1 s to 20 min, with and without a queue phase', (_label, estimateFactor) => {
		let checked = 0;
		for (const ceilingMs of ceilings) {
			for (const renderMs of renderTimes(1_000, 1_200_000)) {
				for (const queuedMs of [0, Math.min(1_000, Math.round(renderMs / 10))]) {
					for (const estimateBeforeFirstPoll of [false, true]) {
						const totalMs = queuedMs + renderMs;
						const estimatedSeconds = estimateFactor === undefined ? undefined : Math.ceil((totalMs * estimateFactor) / 1000);
						const run = pollUntilDone({ renderMs, queuedMs, estimatedSeconds, estimateBeforeFirstPoll }, ceilingMs);
						const where = { ceilingMs, renderMs, queuedMs, estimatedSeconds, estimateBeforeFirstPoll };
						expect({ ...where, polls: run.polls, withinBudget: run.polls <= totalMs / ceilingMs + 2 }).toEqual({
							...where,
							polls: run.polls,
							withinBudget: true,
						});
						expect({ ...where, latencyWithinCeiling: run.latencyMs <= ceilingMs }).toEqual({ ...where, latencyWithinCeiling: true });
						checked++;
					}
				}
			}
		}
		expect(checked).toBeGreaterThan(500);
	});

	test('a steady render is noticed soon after it ends, not a whole ceiling later', () => {
		// 3 min render, 15 s ceiling: the progress rate puts the last poll just after the end.
		const run = pollUntilDone({ renderMs: 180_000, queuedMs: 1_000 }, 15_000);
		expect(run.latencyMs).toBeLessThan(15_000 / 4 + 10);
		expect(run.gaps.slice(0, -1).every((gap) => gap === 15_000)).toBe(true);
	});

	test('progress that stalls at 99 % does not turn into fast polling', () => {
		const ceilingMs = 15_000;
		// 10 % → 99 % in 60 s, predicted end long past, nothing has moved since.
		const progress = [
			{ at: 0, value: 10 },
			{ at: 60_000, value: 99 },
		];
		const gaps = [70_000, 75_000, 90_000, 120_000, 300_000].map((now) =>
			nextPollDelayMs({ polls: 8, progress, startedAt: 0 }, { ceilingMs }, now),
		);
		for (let i = 1; i < gaps.length; i++) expect(gaps[i]).toBeGreaterThanOrEqual(gaps[i - 1]);
		expect(gaps[gaps.length - 1]).toBe(ceilingMs);
		expect(Math.min(...gaps)).toBeGreaterThanOrEqual(ceilingMs / 4);
	});

	test('before the end is expected, the gap is the ceiling, whatever the poll count', () => {
		for (const polls of [0, 1, 2, 3, 10]) {
			expect(nextPollDelayMs({ polls, progress: [], startedAt: 0 }, { ceilingMs: 16_000 }, 5_000)).toBe(16_000);
		}
	});

	test('Create + Wait: with an estimate, the first poll waits for it (up to the ceiling)', () => {
		const fresh = (estimatedSeconds: number) => ({ polls: 0, progress: [], startedAt: 0, estimatedSeconds });
		expect(nextPollDelayMs(fresh(6), { ceilingMs: 15_000 }, 0)).toBe(6_000);
		expect(nextPollDelayMs(fresh(600), { ceilingMs: 15_000 }, 0)).toBe(15_000);
	});

	test('the progress rate lands the poll on the predicted end, never before it', () => {
		// 20 % → 80 % in 30 s (2 %/s): 20 % left → 10 s; holding back one step of doubt: 59/30 %/s → 10.17 s.
		const progress = [
			{ at: 0, value: 20 },
			{ at: 30_000, value: 80 },
		];
		const delay = nextPollDelayMs({ polls: 4, progress, startedAt: 0 }, { ceilingMs: 15_000 }, 30_000);
		expect(delay).toBeGreaterThanOrEqual(10_000);
		expect(delay).toBeLessThan(10_500);
	});
});
