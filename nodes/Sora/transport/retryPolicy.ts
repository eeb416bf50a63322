/** `upload`: a file upload that stores a new object each time it arrives, so it is repeated like a create. */
export type RequestKind = 'create' | 'idempotent' | 'upload';

/** Network codes that prove the request never reached the provider, so even a create may be repeated. */
const neverSentCodes = ['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN'];
const transientCodes = [...neverSentCodes, 'ECONNRESET', 'ETIMEDOUT', 'ECONNABORTED', 'EPIPE', 'ERR_SOCKET_CONNECTION_TIMEOUT'];
const transientStatuses = [429, 500, 502, 503, 504];

export const retryLimits = {
	maxAttempts: 4,
	baseDelayMs: 500,
	maxDelayMs: 30_000,
	maxRetryAfterMs: 120_000,
};

/** A 429 means the provider refused before creating anything; every other failure of a create is ambiguous. */
export function mayRetryStatus(kind: RequestKind, statusCode: number): boolean {
	return kind === 'idempotent' ? transientStatuses.includes(statusCode) : statusCode === 429;
}

export function mayRetryNetworkError(kind: RequestKind, code: string): boolean {
	return kind === 'idempotent' ? transientCodes.includes(code) : neverSentCodes.includes(code);
}

/** A 2xx answer that is not JSON is usually a gateway page: worth asking again, except for a create that may have gone through. */
export function mayRetryUnreadable(kind: RequestKind): boolean {
	return kind === 'idempotent';
}

/** Exponential backoff with full jitter, unless the provider said when to come back. */
export function retryDelayMs(attempt: number, retryAfterMs: number | undefined, random: () => number = Math.random): number {
	if (retryAfterMs !== undefined) return Math.min(retryAfterMs, retryLimits.maxRetryAfterMs);
	const ceiling = Math.min(retryLimits.maxDelayMs, retryLimits.baseDelayMs * 2 ** (attempt - 1));
	return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/** `Retry-After` as seconds or an HTTP date. */
export function parseRetryAfter(header: unknown, now: number = Date.now()): number | undefined {
	const value = Array.isArray(header) ? header[0] : header;
	if (typeof value !== 'string' && typeof value !== 'number') return undefined;
	const seconds = Number(value);
	if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
	const date = Date.parse(String(value));
	return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
