import type { z } from 'zod';

import { ProviderResponseError } from './responseError';

/** zod parse whose failure reads like a sentence instead of surfacing `undefined` later. */
export function parseBody<T extends z.ZodTypeAny>(schema: T, body: unknown, what: string): z.infer<T> {
	if (typeof body === 'string') {
		throw new ProviderResponseError(`${what} was not JSON`, body);
	}
	const result = schema.safeParse(body);
	if (!result.success) {
		const issue = result.error.issues[0];
		const where = issue.path.length > 0 ? issue.path.join('.') : 'the body';
		throw new ProviderResponseError(`${what} is not in the expected shape (${where}: ${issue.message})`, body);
	}
	return result.data;
}
