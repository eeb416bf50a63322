import type { FailedAnswer, NormalizedTask, ProviderSpec } from '../providers/types';
import { TaskOutcomeError } from './taskErrors';
import type { ProviderConnection } from './connection';
import { AmbiguousCreateError, ProviderHttpError, ProviderRequestError } from './errors';
import { previewBody } from './redact';

/**
 * For providers without their own `isModelUnavailable`: only answers that plainly say the model is
 * unknown, unavailable or has no channel. A false match would hide the real reason, so stay narrow.
 */
const unavailablePatterns = [
	/model[_ ]not[_ ]found/i,
	/\bmodel\b[^.,;]{0,80}?\b(not found|does not exist|doesn't exist|not exist|is not available|not available|unavailable|not supported|is retired|has been retired|no longer (available|supported))/i,
	/\b(unknown|unsupported|invalid) model\b(?!\s+param)/i,
	/no available channel/i,
	/无可用渠道|模型.{0,12}(不存在|不可用|不支持|已下线)/,
];

function looksUnavailable(answer: FailedAnswer): boolean {
	const text = `${typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body ?? null)} ${answer.message}`;
	return unavailablePatterns.some((pattern) => pattern.test(text));
}

export function isModelUnavailable(provider: ProviderSpec, answer: FailedAnswer): boolean {
	return provider.isModelUnavailable ? provider.isModelUnavailable(answer) : looksUnavailable(answer);
}

/** The provider does not (or no longer) serve the model; never retried, since a repeat cannot succeed. */
export class ModelUnavailableError extends ProviderRequestError {
	readonly code = 'model_unavailable';

	constructor(
		message: string,
		detail: string | undefined,
		readonly modelId: string,
	) {
		super(message, detail);
		this.name = 'ModelUnavailableError';
	}
}

function advice(provider: ProviderSpec): string {
	return `It may have been retired upstream. Run the node's List Models operation to see the models your ${provider.credentialDisplayName} key can use, or pick another model.`;
}

/** A refused create (or a 2xx answer without a task) that says the model is unavailable, else undefined. */
export function modelUnavailableAtCreate(
	connection: ProviderConnection,
	modelId: string,
	answer: FailedAnswer,
): ModelUnavailableError | undefined {
	const { provider, secrets } = connection;
	if (!isModelUnavailable(provider, answer)) return undefined;
	const status = answer.httpStatus !== null && answer.httpStatus !== 200 ? ` (HTTP ${answer.httpStatus})` : '';
	return new ModelUnavailableError(
		`${provider.displayName} does not offer the model "${modelId}"${status}, so no video was created. ${advice(provider)}`,
		`The provider answered: ${previewBody(answer.body, secrets)}`,
		modelId,
	);
}

/** The answer a failed create request carried, when the failure was an HTTP answer. */
export function failedCreateAnswer(error: unknown): FailedAnswer | undefined {
	if (error instanceof ProviderHttpError) return { httpStatus: error.statusCode, body: error.body, message: error.message };
	if (error instanceof AmbiguousCreateError && error.statusCode !== undefined) {
		return { httpStatus: error.statusCode, body: error.body, message: error.message };
	}
	return undefined;
}

/** A failed task whose reason says its model is unavailable becomes that error, else undefined. */
export function modelUnavailableTask(provider: ProviderSpec, task: NormalizedTask, modelId: string | null): TaskOutcomeError | undefined {
	if (task.status !== 'failed') return undefined;
	const answer: FailedAnswer = { httpStatus: null, body: task.raw, message: task.error?.message ?? '' };
	if (!isModelUnavailable(provider, answer)) return undefined;
	const model = modelId ? `the model "${modelId}"` : 'its model';
	return new TaskOutcomeError(
		`${provider.displayName} task ${task.taskId} failed because ${provider.displayName} does not offer ${model}: ${task.error?.message ?? 'no reason given'}. ${advice(provider)}`,
		task,
		'model_unavailable',
	);
}
