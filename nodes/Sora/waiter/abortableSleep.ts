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
	const aborted = new Promise<never>((_resolve, reject) => {
		onAbort = () => reject(new ExecutionCancelledError());
		signal.addEventListener('abort', onAbort, { once: true });
	});
	try {
		await Promise.race([sleep(ms, signal), aborted]);
	} catch (error) {
		if (signal.aborted) throw new ExecutionCancelledError();
		throw error;
	} finally {
		signal.removeEventListener('abort', onAbort);
	}
}
