import type { IDataObject, IExecuteData, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

import type { ProviderSpec } from '../providers/types';
import { openConnection } from '../transport/connection';
import { redactText } from '../transport/redact';
import { parkMetadataOf } from '../waiter/parkMetadata';
import { readParkedBatch } from '../waiter/parkedItems';
import { keyDerivedParkToken, PARK_TOKEN_PARAM, tokenMatches } from '../waiter/parkToken';
import { callbackClaimsRunning, callbackTaskId } from './callbackTaskId';
import { asExecuteContext } from './executeAdapter';
import { claimResume } from './resumeOnce';
import { resumeInExecute } from './resumeInExecute';

/**
 * The restart webhook of a parked Create. It answers at once: it checks the token (kept with the park,
 * so no credential is read) and that the body names a task of this batch, then hands the batch back
 * to the node's `execute()` in the resumed execution, which re-reads the tasks (the body is never
 * believed), downloads and settles them, or parks again while one is still rendering. Nothing slow
 * happens while the provider waits.
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
		// The parked node's stack entry (its input is the batch), read directly: an expression such as
		// `$input.all()` would queue for n8n 2.41's single expression isolate under a burst of callbacks.
		const entry = (this as unknown as { executeData?: IExecuteData }).executeData;
		const batch = readParkedBatch((entry?.data.main?.[0] ?? []).map((item) => item.json));
		const pending = batch.filter((parked) => parked.pending);
		if (pending.length === 0) return answer(this, 409, { error: 'This execution is not parked waiting for tasks' });

		const metadata = parkMetadataOf(entry);
		const expected = metadata.soraParkToken ?? (await tokenOfParkBy020(this, provider));
		secrets = expected ? [expected] : [];
		if (!expected || !tokenMatches(expected, (this.getQueryData() as IDataObject)[PARK_TOKEN_PARAM])) {
			return answer(this, 401, { error: 'Missing or wrong callback token' });
		}
		const body = this.getBodyData();
		// Only the task id and the status are read here; no URL is built from the body.
		const taskId = callbackTaskId(provider, body, '');
		if (!pending.some((parked) => parked.taskId === taskId)) {
			const known = batch.some((parked) => parked.taskId !== null && parked.taskId === taskId);
			return known
				? answer(this, 200, { status: 'ignored', reason: 'this task already ended' })
				: answer(this, 404, { error: 'Unknown task for this execution' });
		}
		if (callbackClaimsRunning(provider, body, '')) return answer(this, 202, { status: 'parked', taskId });

		if (!claimResume(this.getExecutionId(), this.getNode().id, metadata.soraParkedAt)) {
			return answer(this, 200, { status: 'ignored', reason: 'the execution is resuming already' });
		}
		if (!resumeInExecute(this)) {
			return answer(this, 500, { error: 'This n8n version does not let the node resume here; the execution stays parked until its deadline' });
		}
		const items = batch.map((parked) => ({ json: parked.json, pairedItem: { item: parked.itemIndex } }));
		// Answered here, before n8n claims and starts the resumed run: n8n's own onReceived answer waits
		// for WorkflowRunner.run(), which queues up behind other resumes under a burst of callbacks.
		answer(this, 200, { status: 'resumed' });
		return { workflowData: [items], noWebhookResponse: true };
	} catch (error) {
		const message = redactText(error instanceof Error ? error.message : String(error), secrets);
		// 5xx: the provider retries, and the execution stays parked.
		return answer(this, 502, { error: `Could not check this callback: ${message}` });
	}
}

/** A park made by version 0.2.0 kept no token: it was derived from the credential's key, which is read for it. */
async function tokenOfParkBy020(context: IWebhookFunctions, provider: ProviderSpec): Promise<string> {
	const apiKey = (await openConnection(asExecuteContext(context), provider, 0)).secrets[0];
	return apiKey ? keyDerivedParkToken(apiKey, context.getExecutionId(), context.getNode().id) : '';
}

function answer(context: IWebhookFunctions, status: number, body: IDataObject): IWebhookResponseData {
	context.getResponseObject().status(status).json(body);
	return { noWebhookResponse: true };
}
