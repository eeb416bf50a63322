import { ExecutionCancelledError } from '../../../nodes/Sora/transport/errors';
import { createLimiter } from '../../../nodes/Sora/waiter/limiter';

const flush = async () => {
	for (let i = 0; i < 20; i++) await Promise.resolve();
};

describe('createLimiter: hold-off and cancellation', () => {
	test('after holdOff, no request of the batch starts before the time is up', async () => {
		const limiter = createLimiter(4);
		const started: number[] = [];
		const heldAt = Date.now();
		limiter.holdOff(150);
		await Promise.all([1, 2, 3].map(async () => await limiter.run(async () => started.push(Date.now()))));
		expect(started).toHaveLength(3);
		for (const at of started) expect(at - heldAt).toBeGreaterThanOrEqual(145);
	});

	test('a shorter hold-off never shortens a longer one', async () => {
		const limiter = createLimiter(1);
		const heldAt = Date.now();
		limiter.holdOff(120);
		limiter.holdOff(10);
		const startedAt = await limiter.run(async () => Date.now());
		expect(startedAt - heldAt).toBeGreaterThanOrEqual(115);
	});

	test('on cancel, queued requests are refused and never start; running ones finish on their own', async () => {
		const controller = new AbortController();
		const limiter = createLimiter(1, controller.signal);
		let releaseFirst!: () => void;
		const first = limiter.run(async () => await new Promise<string>((resolve) => (releaseFirst = () => resolve('first'))));
		const startedLater: string[] = [];
		const queued = [1, 2, 3].map(async (n) => await limiter.run(async () => startedLater.push(`q${n}`)));
		await flush();
		controller.abort();
		for (const waiting of queued) await expect(waiting).rejects.toBeInstanceOf(ExecutionCancelledError);
		releaseFirst();
		await expect(first).resolves.toBe('first');
		await expect(limiter.run(async () => 'late')).rejects.toBeInstanceOf(ExecutionCancelledError);
		expect(startedLater).toEqual([]);
	});

	test('cancel during a hold-off ends the wait at once', async () => {
		const controller = new AbortController();
		const limiter = createLimiter(2, controller.signal);
		limiter.holdOff(60_000);
		const pending = limiter.run(async () => 'never');
		const cancelledAt = Date.now();
		controller.abort();
		await expect(pending).rejects.toBeInstanceOf(ExecutionCancelledError);
		expect(Date.now() - cancelledAt).toBeLessThan(1_000);
	});
});
