/**
 * Failures of one provider request. `message` is a short sentence that names the provider, the
 * request and the task; `detail` (already redacted) is what the provider said, for the description.
 */
export class ProviderRequestError extends Error {
	constructor(
		message: string,
		readonly detail?: string,
	) {
		super(message);
		this.name = 'ProviderRequestError';
	}
}

/** The provider answered with a non-2xx status. */
export class ProviderHttpError extends ProviderRequestError {
	constructor(
		message: string,
		readonly statusCode: number,
		readonly bodyPreview: string,
		/** The provider's whole answer (redacted), for checks such as "is this model unavailable". */
		readonly body?: unknown,
	) {
		super(message, bodyPreview ? `The provider answered: ${bodyPreview}` : undefined);
		this.name = 'ProviderHttpError';
	}
}

/** The request never got a usable answer (refused, reset, timed out). */
export class ProviderNetworkError extends ProviderRequestError {
	constructor(
		message: string,
		readonly code: string,
		detail?: string,
	) {
		super(message, detail);
		this.name = 'ProviderNetworkError';
	}
}

/** A 2xx answer we cannot read (an HTML gateway page, broken JSON, a download that is not a video). */
export class UnreadableAnswerError extends ProviderRequestError {
	constructor(message: string, detail?: string) {
		super(message, detail);
		this.name = 'UnreadableAnswerError';
	}
}

/** A create whose fate is unknown: it may have created (and billed) a task, so it is not retried. */
export class AmbiguousCreateError extends ProviderRequestError {
	constructor(
		message: string,
		detail?: string,
		readonly statusCode?: number,
		/** The provider's whole answer (redacted), when there was one. */
		readonly body?: unknown,
	) {
		super(message, detail);
		this.name = 'AmbiguousCreateError';
	}
}

/** The execution was cancelled while we were waiting or requesting. */
export class ExecutionCancelledError extends Error {
	constructor() {
		super('The execution was cancelled');
		this.name = 'ExecutionCancelledError';
	}
}
