/** The provider answered with a non-2xx status. */
export class ProviderHttpError extends Error {
	constructor(
		message: string,
		readonly statusCode: number,
		readonly bodyPreview: string,
	) {
		super(message);
		this.name = 'ProviderHttpError';
	}
}

/** The request never got a usable answer (refused, reset, timed out). */
export class ProviderNetworkError extends Error {
	constructor(
		message: string,
		readonly code: string,
	) {
		super(message);
		this.name = 'ProviderNetworkError';
	}
}

/** A create whose fate is unknown: it may have created (and billed) a task, so it is not retried. */
export class AmbiguousCreateError extends Error {
	constructor(message: string) {
		super(message);
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
