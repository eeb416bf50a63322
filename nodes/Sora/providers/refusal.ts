import { ProviderResponseError } from './responseError';

/**
 * The provider answered the create with a refusal in a success envelope (GlobalAI OPC: HTTP 200 with
 * `id: null`): it says no task exists, so nothing was created or billed and nothing is sent again.
 */
export class ProviderRefusalError extends ProviderResponseError {
	constructor(
		message: string,
		body: unknown,
		readonly reason: string,
	) {
		super(message, body);
		this.name = 'ProviderRefusalError';
	}
}
