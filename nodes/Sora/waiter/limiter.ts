export interface Limiter {
	run<T>(task: () => Promise<T>): Promise<T>;
}

/** At most `limit` tasks in flight; the rest queue in arrival order. */
export function createLimiter(limit: number): Limiter {
	const capacity = Math.max(1, Math.floor(limit));
	let active = 0;
	const queue: Array<() => void> = [];

	const release = () => {
		active--;
		queue.shift()?.();
	};

	return {
		async run<T>(task: () => Promise<T>): Promise<T> {
			if (active >= capacity) await new Promise<void>((resolve) => queue.push(resolve));
			active++;
			try {
				return await task();
			} finally {
				release();
			}
		},
	};
}
