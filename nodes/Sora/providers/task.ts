import type { NormalizedError, NormalizedTask, ProviderId, ProviderSpec, TaskCost } from './types';
import { firstString, mapStatus, parseProgress, readPath, type StatusVocabulary } from './read';

export interface TaskFields {
	providerStatus: string | null;
	progress: number | null;
	videoUrl: string | null;
	thumbnailUrl?: string | null;
	expiresAt?: string | null;
	error?: NormalizedError | null;
}

/** One place that turns a provider's words into the normalized task. */
export function normalizeTask(
	provider: ProviderId,
	taskId: string,
	vocabulary: StatusVocabulary,
	fields: TaskFields,
	raw: unknown,
): NormalizedTask {
	const { status } = mapStatus(fields.providerStatus, vocabulary);
	return {
		provider,
		taskId,
		status,
		providerStatus: fields.providerStatus,
		progress: status === 'completed' ? (fields.progress ?? 100) : fields.progress,
		videoUrl: status === 'completed' ? fields.videoUrl : null,
		thumbnailUrl: status === 'completed' ? (fields.thumbnailUrl ?? null) : null,
		expiresAt: fields.expiresAt ?? null,
		error: status === 'failed' ? (fields.error ?? { code: null, message: describeFailure(fields.providerStatus) }) : null,
		raw,
	};
}

function describeFailure(providerStatus: string | null): string {
	return `The provider reported the task as ${providerStatus ?? 'failed'} without giving a reason`;
}

/** The task as a create answer describes it: just started, whatever words the provider used. */
export function createdTask(provider: ProviderId, taskId: string, raw: unknown): NormalizedTask {
	const providerStatus = firstString(readPath(raw, 'status'), readPath(raw, 'data', 0, 'status'), readPath(raw, 'data', 'status'));
	return {
		provider,
		taskId,
		status: 'queued',
		providerStatus,
		progress: parseProgress(readPath(raw, 'progress') ?? readPath(raw, 'data', 'progress')),
		videoUrl: null,
		thumbnailUrl: null,
		expiresAt: null,
		error: null,
		raw,
	};
}

/** What the node itself knows about a task beyond its status body: the id it sent and the create answer. */
export interface TaskOrigin {
	modelId?: string;
	createBody?: unknown;
}

/**
 * Adds `model` (the id sent at create, else the one the status body names) and `cost` (from the
 * status body, else from the create answer: EvoLink reports it only there) to a normalized task.
 */
export function withModelAndCost(provider: ProviderSpec, task: NormalizedTask, origin: TaskOrigin = {}): NormalizedTask {
	const { raw, ...fields } = task;
	const costOf = (body: unknown): TaskCost | null => (body === undefined ? null : (provider.readCost?.(body) ?? null));
	return {
		...fields,
		model: origin.modelId ?? task.model ?? firstString(readPath(raw, 'model'), readPath(raw, 'data', 'model')),
		cost: costOf(raw) ?? costOf(origin.createBody) ?? task.cost ?? null,
		raw,
	};
}
