import type { IDataObject, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

import { readWaitOptions } from '../actions/waitOptions';
import type { NormalizedTask, ProviderSpec } from '../providers/types';
import { openConnection, type ProviderConnection } from '../transport/connection';
import { fetchTaskStatus } from '../transport/fetchStatus';
import { redactText } from '../transport/redact';
import { createLimiter } from '../waiter/limiter';
import { readParkedBatch, type ParkedEntry } from '../waiter/parkedItems';
import { PARK_TOKEN_PARAM, parkToken, tokenMatches } from '../waiter/parkToken';
import { callbackTaskId } from './callbackTaskId';
import { asExecuteContext } from './executeAdapter';
import { finishBatch } from './finishBatch';
import { claimResume } from './resumeOnce';

/**
 * The restart webhook of a parked Create. The body only says which task to look at: the node
 * re-reads that task (and then the others) from the provider with the credential, and resumes the
 * execution once, when every task has ended. Anything else is answered and leaves it parked.
 * It never throws: n8n would resume the execution with the error.
 */
export async function handleParkCallback(
	this: IWebhookFunctions,
	providers: readonly ProviderSpec[],
): Promise<IWebhookResponseData> {
	let secrets: readonly string[] = [];
	try {
		const providerId = String(this.getNodeParameter('provider', ''));
		const provider = providers.find((candidate) => candidate.id === providerId);
		if (!provider?.callback) return answer(this, 404, { error: 'This node does not wait for provider callbacks' });
		const batch = readParkedBatch(this.evaluateExpression('{{ $input.all().map((item) => item.json) }}', 0));
		const pending = batch.filter((entry) => entry.pending);
		if (pending.length === 0) return answer(this, 409, { error: 'This execution is not parked waiting for tasks' });

		const context = asExecuteContext(this);
		const connection = await openConnection(context, provider, 0);
		secrets = connection.secrets;
		const apiKey = connection.secrets[0] ?? '';
		const expected = parkToken(apiKey, this.getExecutionId(), this.getNode().id);
		if (!apiKey || !tokenMatches(expected, (this.getQueryData() as IDataObject)[PARK_TOKEN_PARAM])) {
			return answer(this, 401, { error: 'Missing or wrong callback token' });
		}
		const taskId = callbackTaskId(provider, this.getBodyData(), connection.baseUrl);
		const named = pending.find((entry) => entry.taskId === taskId);
		if (!named) {
			const known = batch.some((entry) => entry.taskId !== null && entry.taskId === taskId);
			return known
				? answer(this, 200, { status: 'ignored', reason: 'this task already ended' })
				: answer(this, 404, { error: 'Unknown task for this execution' });
		}

		const ended = await readEnded(context, connection, named, pending);
		if (!(ended instanceof Map)) return answer(this, 202, { status: 'parked', waitingFor: ended.taskId });
		const options = readWaitOptions(context, 0);
		// Nothing after the claim may throw: finishBatch turns every failure into an item.
		if (!claimResume(this.getExecutionId(), this.getNode().id)) {
			return answer(this, 200, { status: 'ignored', reason: 'the execution is resuming already' });
		}
		const limiter = createLimiter(options.maxConcurrentRequests);
		const items = await finishBatch(context, connection, batch, ended, options, limiter);
		return { workflowData: [items], webhookResponse: { status: 'resumed' } };
	} catch (error) {
		const message = redactText(error instanceof Error ? error.message : String(error), secrets);
		// 5xx: the provider retries, and the execution stays parked.
		return answer(this, 502, { error: `Could not check the task with the provider: ${message}` });
	}
}

/**
 * Re-reads the named task, then the others, stopping at the first one still running (which keeps
 * the execution parked). Returns every task's ended state, or the entry still running.
 */
async function readEnded(
	context: ReturnType<typeof asExecuteContext>,
	connection: ProviderConnection,
	named: ParkedEntry,
	pending: ParkedEntry[],
): Promise<Map<number, NormalizedTask> | ParkedEntry> {
	const ended = new Map<number, NormalizedTask>();
	for (const entry of [named, ...pending.filter((other) => other !== named)]) {
		const task = await fetchTaskStatus(context, connection, entry.taskId as string);
		if (task.status !== 'completed' && task.status !== 'failed') return entry;
		ended.set(entry.itemIndex, task);
	}
	return ended;
}

function answer(context: IWebhookFunctions, status: number, body: IDataObject): IWebhookResponseData {
	context.getResponseObject().status(status).json(body);
	return { noWebhookResponse: true };
}
