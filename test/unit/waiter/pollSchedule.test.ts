import { nextPollDelayMs, type PollObservation } from '../../../nodes/Sora/waiter/pollSchedule';

const obs = (partial: Partial<PollObservation>): PollObservation => ({ polls: 1, progress: [], startedAt: 0, ...partial });

describe('nextPollDelayMs', () => {
	test('never exceeds the ceiling and never drops to a busy loop, whatever it has seen', () => {
		const ceilings = [1_000, 5_000, 15_000, 60_000];
		const estimates = [undefined, 1, 30, 600, 100_000];
		const histories: Array<PollObservation['progress']> = [
			[],
			[{ at: 1_000, value: 5 }],
			[
				{ at: 1_000, value: 10 },
				{ at: 2_000, value: 99 },
			],
			[
				{ at: 0, value: 1 },
				{ at: 600_000, value: 2 },
			],
			[
				{ at: 0, value: 50 },
				{ at: 10, value: 100 },
			],
		];
		for (const ceilingMs of ceilings) {
			for (const estimatedSeconds of estimates) {
				for (const progress of histories) {
					for (const polls of [0, 1, 2, 5, 50]) {
						for (const now of [0, 3_000, 1_000_000]) {
							const delay = nextPollDelayMs(obs({ polls, progress, estimatedSeconds }), { ceilingMs }, now);
							const where = { ceilingMs, estimatedSeconds, polls, now, progress: progress.length };
							expect({ ...where, withinCeiling: delay <= ceilingMs }).toEqual({ ...where, withinCeiling: true });
							expect({ ...where, atLeast250: delay >= 250 }).toEqual({ ...where, atLeast250: true });
							expect(Number.isInteger(delay)).toBe(true);
						}
					}
				}
			}
		}
	});

	test('without progress or an estimate every gap is the ceiling (an early miss costs a request the budget cannot win back)', () => {
		const delays = [1, 2, 3, 4, 5, 6].map((polls) => nextPollDelayMs(obs({ polls }), { ceilingMs: 16_000 }, 0));
		expect(delays).toEqual([16_000, 16_000, 16_000, 16_000, 16_000, 16_000]);
	});

	test('near 100 % the predicted finish shortens the wait', () => {
		const ceilingMs = 15_000;
		const idle = nextPollDelayMs(obs({ polls: 6 }), { ceilingMs }, 60_000);
		expect(idle).toBe(ceilingMs);
		// 10 % → 90 % in 60 s: the last 10 % should take 7.5 s.
		const progress = [
			{ at: 0, value: 10 },
			{ at: 60_000, value: 90 },
		];
		const soon = nextPollDelayMs(obs({ polls: 6, progress }), { ceilingMs }, 60_000);
		expect(soon).toBeLessThan(ceilingMs);
		expect(soon).toBeGreaterThanOrEqual(7_000);
		expect(soon).toBeLessThanOrEqual(8_000);
		// At 99 % the wait shrinks further, but stays above a floor.
		const almost = nextPollDelayMs(
			obs({
				polls: 6,
				progress: [
					{ at: 0, value: 10 },
					{ at: 60_000, value: 99 },
				],
			}),
			{ ceilingMs },
			60_000,
		);
		expect(almost).toBeLessThan(soon);
		expect(almost).toBeGreaterThanOrEqual(250);
	});

	test('progress that does not move does not shorten the wait', () => {
		const progress = [
			{ at: 0, value: 40 },
			{ at: 30_000, value: 40 },
		];
		expect(nextPollDelayMs(obs({ polls: 6, progress }), { ceilingMs: 15_000 }, 30_000)).toBe(15_000);
	});

	test('the provider estimate is used on the first poll: a long render waits the whole ceiling, a short one is polled when the estimate says it ends', () => {
		const ceilingMs = 20_000;
		const plain = nextPollDelayMs(obs({ polls: 1 }), { ceilingMs }, 2_000);
		expect(plain).toBe(ceilingMs);
		// gccai's real answer: estimated_time 600 s → wait the whole ceiling.
		expect(nextPollDelayMs(obs({ polls: 1, estimatedSeconds: 600 }), { ceilingMs }, 2_000)).toBe(ceilingMs);
		// 14 s estimate, 2 s elapsed → poll when the estimate says it is done (12 s).
		expect(nextPollDelayMs(obs({ polls: 1, estimatedSeconds: 14 }), { ceilingMs }, 2_000)).toBe(12_000);
		// After the first poll the estimate no longer drives the schedule.
		expect(nextPollDelayMs(obs({ polls: 2, estimatedSeconds: 14 }), { ceilingMs }, 2_000)).toBe(nextPollDelayMs(obs({ polls: 2 }), { ceilingMs }, 2_000));
	});
});
