/** A provider answered, but not in a shape we can use (no task id, unknown JSON, HTML page …). */
export class ProviderResponseError extends Error {
	constructor(
		message: string,
		readonly body: unknown,
	) {
		super(message);
		this.name = 'ProviderResponseError';
	}
}
