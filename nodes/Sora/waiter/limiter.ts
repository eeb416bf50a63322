import { ExecutionCancelledError } from '../transport/errors';
import { abortableSleep } from '../transport/abortableSleep';

export interface Limiter {
	run<T>(task: () => Promise<T>): Promise<T>;
	/** The provider asked to slow down: no request of this batch starts within `ms` from now. */
	holdOff(ms: number): void;
}

interface Waiter {
	admit: () => void;
	cancel: (error: Error) => void;
}

/**
 * Admission of one batch's requests to the provider: at most `limit` in flight, the rest queue in
 * arrival order; none starts while the provider asked us to hold off, and none after cancellation.
 */
export function createLimiter(limit: number, signal?: AbortSignal): Limiter {
	const capacity = Math.max(1, Math.floor(limit));
	let active = 0;
	let heldUntil = 0;
	const queue: Waiter[] = [];

	signal?.addEventListener(
		'abort',
		() => {
			for (const waiter of queue.splice(0)) waiter.cancel(new ExecutionCancelledError());
		},
		{ once: true },
	);

	// A finishing task hands its slot straight to the next waiter, so a newcomer arriving in the
	// same turn cannot take it first (which would break the limit and the order).
	const release = () => {
		const next = queue.shift();
		if (next) next.admit();
		else active--;
	};

	const acquire = async () => {
		if (signal?.aborted) throw new ExecutionCancelledError();
		if (active < capacity) {
			active++;
			return;
		}
		await new Promise<void>((admit, cancel) => queue.push({ admit, cancel }));
	};

	return {
		async run<T>(task: () => Promise<T>): Promise<T> {
			await acquire();
			try {
				while (Date.now() < heldUntil) await abortableSleep(heldUntil - Date.now(), signal);
				return await task();
			} finally {
				release();
			}
		},
		holdOff(ms: number) {
			heldUntil = Math.max(heldUntil, Date.now() + ms);
		},
	};
}
