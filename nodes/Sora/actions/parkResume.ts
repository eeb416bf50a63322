import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { mapStatus } from '../providers/read';
import { withModelAndCost } from '../providers/task';
import type { NormalizedTask, ProviderSpec } from '../providers/types';
import { openConnection, type ProviderConnection } from '../transport/connection';
import { fetchTaskStatus } from '../transport/fetchStatus';
import { redactJson } from '../transport/redact';
import { taskFailed, taskTimedOut, videoUrlMissing } from '../transport/taskErrors';
import { downloadVideo } from '../waiter/downloadVideo';
import { createLimiter, type Limiter } from '../waiter/limiter';
import { readParkedBatch, type ParkedEntry } from '../waiter/parkedItems';
import { parkCallbackUrl, parkSecrets } from '../waiter/parkCallbackUrl';
import { parkMetadataOf } from '../waiter/parkMetadata';
import { keyDerivedParkToken } from '../waiter/parkToken';
import { errorItem, type ItemResult } from './itemResult';
import { parkUntil } from './parkUntil';
import { settleResults } from './settle';
import { readWaitOptions, type WaitOptions } from './waitOptions';

/**
 * `execute()` after a callback resumed a park (the webhook hands the parked batch back to it). Every
 * task still pending is re-read with the credential (the callback body is never believed); if one
 * is still rendering the execution parks again until the same deadline; otherwise the videos are
 * downloaded here, in the resumed execution (a worker in queue mode), and the batch is settled
 * exactly as poll mode settles it, so the node's On Error setting applies in full.
 */
export async function resumeParkedCreate(context: IExecuteFunctions, provider: ProviderSpec): Promise<INodeExecutionData[]> {
	const batch = readParkedBatch(context.getInputData().map((item) => item.json));
	const connection = await openConnection(context, provider, 0);
	const options = readWaitOptions(context, 0);
	const signal = context.getExecutionCancelSignal();
	const limiter = createLimiter(options.maxConcurrentRequests, signal);
	const token = parkTokenOf(context, connection);
	const secrets = resumeSecrets(context, provider, connection, token);
	const pending = batch.filter((entry) => entry.pending);
	const deadline = new Date(Math.min(...pending.map((entry) => Date.parse(String(entry.json.parkedUntil)))));

	const reads = new Map<number, Read>();
	await Promise.all(
		pending.map(async (entry) => {
			try {
				const task = await limiter.run(async () => await fetchTaskStatus(context, connection, entry.taskId as string, signal));
				reads.set(entry.itemIndex, { task: redactJson(withModelAndCost(provider, task, { modelId: modelOf(entry) }), secrets) as NormalizedTask });
			} catch (error) {
				reads.set(entry.itemIndex, { error });
			}
		}),
	);
	const stillRunning = pending.length > 0 && pending.some((entry) => isRunning(reads.get(entry.itemIndex)));
	if (stillRunning && Date.now() < deadline.getTime()) {
		return await parkUntil(context, provider, batch.map((entry) => whileParked(connection, entry, reads.get(entry.itemIndex), secrets)), deadline, token);
	}

	const results = await Promise.all(
		batch.map(async (entry) => await settleEntry(context, connection, entry, reads.get(entry.itemIndex), options, limiter, signal)),
	);
	return settleResults(context, provider, results, options.binaryPropertyName, secrets);
}

async function settleEntry(
	context: IExecuteFunctions,
	connection: ProviderConnection,
	entry: ParkedEntry,
	read: Read | undefined,
	options: WaitOptions,
	limiter: Limiter,
	signal: AbortSignal | undefined,
): Promise<ItemResult> {
	const { itemIndex } = entry;
	const taskId = entry.taskId ?? undefined;
	const name = connection.provider.displayName;
	if (!entry.pending || read === undefined) return { ok: false, itemIndex, taskId, error: endedBeforePark(entry) };
	if ('error' in read) return { ok: false, itemIndex, taskId, error: read.error };
	const { task } = read;
	if (isRunning(read)) {
		const known = mapStatus(task.providerStatus, connection.provider.statusVocabulary).known;
		return { ok: false, itemIndex, taskId, error: taskTimedOut(name, task, Math.round(options.timeoutMs / 1000), known) };
	}
	if (task.status === 'failed') return { ok: false, itemIndex, taskId, error: taskFailed(name, task) };
	if (!task.videoUrl) return { ok: false, itemIndex, taskId, error: videoUrlMissing(name, task) };
	if (!options.download) return { ok: true, itemIndex, task };
	try {
		const binary = await limiter.run(async () => await downloadVideo(context, connection, task, { timeoutMs: options.downloadTimeoutMs, signal }));
		return { ok: true, itemIndex, task, binary };
	} catch (error) {
		return { ok: false, itemIndex, taskId, error };
	}
}

type Read = { task: NormalizedTask } | { error: unknown };

/**
 * What an item stands for during a re-park, and so what the deadline would hand on: a task that
 * failed is its final error item now (no longer pending); a completed one stays pending (it is
 * downloaded when the batch ends) but says so; a running one is left as it was.
 */
function whileParked(connection: ProviderConnection, entry: ParkedEntry, read: Read | undefined, secrets: readonly string[]): IDataObject {
	if (!entry.pending || !read || 'error' in read || isRunning(read)) return entry.json;
	const { provider } = connection;
	const { task } = read;
	if (task.status === 'failed') {
		return errorItem(provider, { ok: false, itemIndex: entry.itemIndex, taskId: task.taskId, error: taskFailed(provider.displayName, task) }, secrets).json;
	}
	const message =
		`${provider.displayName} task ${task.taskId} completed, but other tasks of this batch had not ended when the wait deadline ` +
		`(${String(entry.json.parkedUntil)}) passed, so its video was not downloaded: fetch it with Wait and this task ID.`;
	return { ...entry.json, ...task, raw: null, error: { code: 'timeout', message }, parkedUntil: entry.json.parkedUntil } as unknown as IDataObject;
}

function isRunning(read: Read | undefined): boolean {
	return read !== undefined && 'task' in read && read.task.status !== 'completed' && read.task.status !== 'failed';
}

function modelOf(entry: ParkedEntry): string | undefined {
	return typeof entry.json.model === 'string' ? entry.json.model : undefined;
}

/** An item whose create had already failed before the park (Continue On Fail): its error, as it was. */
class EndedBeforeParkError extends Error {
	constructor(
		message: string,
		readonly code: string,
	) {
		super(message);
		this.name = 'EndedBeforeParkError';
	}
}

function endedBeforePark(entry: ParkedEntry): EndedBeforeParkError {
	const error = (entry.json.error ?? {}) as { code?: unknown; message?: unknown };
	return new EndedBeforeParkError(String(error.message ?? 'this item had failed before the execution was parked'), String(error.code ?? 'error'));
}

/** The token the tasks' callback URL carries: kept with the park, or derived from the key for a park made by 0.2.0. */
function parkTokenOf(context: IExecuteFunctions, connection: ProviderConnection): string {
	const stored = parkMetadataOf(context.getExecuteData()).soraParkToken;
	if (stored) return stored;
	return keyDerivedParkToken(connection.secrets[0] ?? '', context.getExecutionId(), context.getNode().id);
}

/** The callback URL (it resumes this execution) and its tokens are redacted from what the provider echoes. */
function resumeSecrets(context: IExecuteFunctions, provider: ProviderSpec, connection: ProviderConnection, token: string): string[] {
	if (!provider.callback) return [...connection.secrets];
	try {
		return parkSecrets(connection.secrets, parkCallbackUrl(context, provider, provider.callback, token), token);
	} catch {
		return [...connection.secrets, token];
	}
}
