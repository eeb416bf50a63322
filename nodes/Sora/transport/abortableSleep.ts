import { sleep } from 'n8n-workflow';

import { ExecutionCancelledError } from '../transport/errors';

/**
 * Sleeps unless the execution is cancelled. Older n8n-workflow versions ignore sleep's signal
 * argument, so the race against the signal is what makes cancellation prompt everywhere.
 */
export async function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
	if (signal?.aborted) throw new ExecutionCancelledError();
	if (ms <= 0) return;
	if (!signal) return await sleep(ms);
	let onAbort = () => {};
	const aborted = new Promise<'aborted'>((resolve) => {
		onAbort = () => resolve('aborted');
		signal.addEventListener('abort', onAbort, { once: true });
	});
	// Newer sleep() rejects on abort; either way the outcome is "aborted".
	const slept = sleep(ms, signal).then(
		() => 'slept' as const,
		() => 'aborted' as const,
	);
	const outcome = await Promise.race([slept, aborted]);
	signal.removeEventListener('abort', onAbort);
	if (outcome === 'aborted') throw new ExecutionCancelledError();
}
