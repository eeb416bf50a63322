import { createLimiter } from '../../../nodes/Sora/waiter/limiter';

interface Deferred<T> {
	promise: Promise<T>;
	resolve: (value: T) => void;
	reject: (error: unknown) => void;
}
function deferred<T = void>(): Deferred<T> {
	let resolve!: (value: T) => void;
	let reject!: (error: unknown) => void;
	const promise = new Promise<T>((res, rej) => {
		resolve = res;
		reject = rej;
	});
	return { promise, resolve, reject };
}
const flush = async () => {
	for (let i = 0; i < 20; i++) await Promise.resolve();
};

/** Records how many tasks run at once and in which order they started. */
function tracker() {
	let active = 0;
	let peak = 0;
	const started: string[] = [];
	const gates = new Map<string, Deferred<void>>();
	const task = (name: string) => async () => {
		active++;
		peak = Math.max(peak, active);
		started.push(name);
		const gate = deferred();
		gates.set(name, gate);
		try {
			await gate.promise;
			return name;
		} finally {
			active--;
		}
	};
	return {
		task,
		started,
		open: (name: string) => gates.get(name)?.resolve(),
		fail: (name: string) => gates.get(name)?.reject(new Error(`${name} failed`)),
		get peak() {
			return peak;
		},
		get active() {
			return active;
		},
	};
}

describe('createLimiter', () => {
	test('never more than N in flight; all results come back', async () => {
		const limiter = createLimiter(3);
		const t = tracker();
		const names = Array.from({ length: 12 }, (_, i) => `t${i}`);
		const results = Promise.all(names.map((name) => limiter.run(t.task(name))));
		await flush();
		expect(t.active).toBe(3);
		// Finish tasks in a scrambled order.
		for (let round = 0; t.started.length < names.length || t.active > 0; round++) {
			const running = t.started.filter((name, index) => index >= t.started.length - 3).reverse();
			for (const name of running) t.open(name);
			await flush();
			expect(t.active).toBeLessThanOrEqual(3);
			if (round > 50) throw new Error('limiter stalled');
		}
		expect(await results).toEqual(names);
		expect(t.peak).toBe(3);
	});

	test('waiting tasks start in arrival order (FIFO)', async () => {
		const limiter = createLimiter(1);
		const t = tracker();
		const all = Promise.all(['a', 'b', 'c', 'd', 'e'].map((name) => limiter.run(t.task(name))));
		await flush();
		expect(t.started).toEqual(['a']);
		for (const name of ['a', 'b', 'c', 'd', 'e']) {
			t.open(name);
			await flush();
		}
		expect(t.started).toEqual(['a', 'b', 'c', 'd', 'e']);
		await all;
	});

	test('a failing task frees its slot and its error reaches the caller', async () => {
		const limiter = createLimiter(1);
		const t = tracker();
		const first = limiter.run(t.task('a'));
		const second = limiter.run(t.task('b'));
		await flush();
		t.fail('a');
		await expect(first).rejects.toThrow('a failed');
		await flush();
		expect(t.started).toEqual(['a', 'b']);
		t.open('b');
		await expect(second).resolves.toBe('b');
	});

	test('a newcomer arriving while a slot is handed over neither exceeds the limit nor jumps the queue', async () => {
		const limiter = createLimiter(1);
		let active = 0;
		let peak = 0;
		const started: string[] = [];
		const track = (name: string, work: () => Promise<void>) => async () => {
			active++;
			peak = Math.max(peak, active);
			started.push(name);
			try {
				await work();
			} finally {
				active--;
			}
		};
		// 'a' returns a promise that someone else also waits for: when it settles, the limiter's
		// continuation and that other waiter run in the same turn, one right after the other.
		const gateA = deferred();
		let promiseA!: Promise<void>;
		const a = limiter.run(() => {
			active++;
			peak = Math.max(peak, active);
			started.push('a');
			promiseA = gateA.promise.finally(() => {
				active--;
			});
			return promiseA;
		});
		const gateB = deferred();
		const b = limiter.run(track('b', async () => await gateB.promise));
		await flush();
		let c: Promise<void> | undefined;
		const gateC = deferred();
		void promiseA.then(() => {
			c = limiter.run(track('c', async () => await gateC.promise));
		});
		gateA.resolve();
		await flush();
		expect(started).toEqual(['a', 'b']);
		expect(peak).toBe(1);
		gateB.resolve();
		await flush();
		expect(started).toEqual(['a', 'b', 'c']);
		gateC.resolve();
		await Promise.all([a, b, c]);
		expect(peak).toBe(1);
	});

	test('a limit below 1 still lets one task run; fractions round down', async () => {
		for (const [limit, expected] of [
			[0, 1],
			[2.7, 2],
		] as const) {
			const limiter = createLimiter(limit);
			const t = tracker();
			const all = Promise.all(['x', 'y', 'z'].map((name) => limiter.run(t.task(name))));
			await flush();
			expect(t.active).toBe(expected);
			for (const name of ['x', 'y', 'z']) {
				t.open(name);
				await flush();
			}
			await all;
		}
	});
});
