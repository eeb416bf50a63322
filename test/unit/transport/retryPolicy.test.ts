import { mayRetryNetworkError, mayRetryStatus, parseRetryAfter, retryDelayMs } from '../../../nodes/Sora/transport/retryPolicy';

describe('which failures are retried', () => {
	test('a create is retried only on 429 (nothing was created)', () => {
		expect(mayRetryStatus('create', 429)).toBe(true);
		for (const status of [400, 401, 402, 403, 404, 408, 409, 413, 500, 502, 503, 504]) {
			expect({ status, retry: mayRetryStatus('create', status) }).toEqual({ status, retry: false });
		}
	});
	test('a create is retried only when the request provably never left (refused / DNS), never after a reset or timeout', () => {
		expect(mayRetryNetworkError('create', 'ECONNREFUSED')).toBe(true);
		expect(mayRetryNetworkError('create', 'ENOTFOUND')).toBe(true);
		for (const code of ['ECONNRESET', 'ETIMEDOUT', 'ECONNABORTED', 'EPIPE', 'ERR_SOCKET_CONNECTION_TIMEOUT', 'UNKNOWN']) {
			expect({ code, retry: mayRetryNetworkError('create', code) }).toEqual({ code, retry: false });
		}
	});
	test('idempotent requests retry 429 and 5xx gateway errors, not client errors', () => {
		for (const status of [429, 500, 502, 503, 504]) expect({ status, retry: mayRetryStatus('idempotent', status) }).toEqual({ status, retry: true });
		for (const status of [400, 401, 402, 403, 404, 413]) expect({ status, retry: mayRetryStatus('idempotent', status) }).toEqual({ status, retry: false });
	});
	test('idempotent requests retry resets, timeouts and refused connections', () => {
		for (const code of ['ECONNRESET', 'ETIMEDOUT', 'ECONNABORTED', 'EPIPE', 'ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN']) {
			expect({ code, retry: mayRetryNetworkError('idempotent', code) }).toEqual({ code, retry: true });
		}
		expect(mayRetryNetworkError('idempotent', 'UNKNOWN')).toBe(false);
	});
	test('an upload that stores every arrival (APIMart) is retried like a create: 429 or never sent only', () => {
		expect(mayRetryStatus('upload', 429)).toBe(true);
		for (const status of [500, 502, 503, 504]) expect({ status, retry: mayRetryStatus('upload', status) }).toEqual({ status, retry: false });
		expect(mayRetryNetworkError('upload', 'ECONNREFUSED')).toBe(true);
		for (const code of ['ECONNRESET', 'ETIMEDOUT']) expect({ code, retry: mayRetryNetworkError('upload', code) }).toEqual({ code, retry: false });
	});
});

describe('parseRetryAfter', () => {
	const now = Date.parse('2026-11-05T12:00:00Z');
	test('delta seconds', () => {
		expect(parseRetryAfter('120', now)).toBe(120_000);
		expect(parseRetryAfter('0', now)).toBe(0);
		expect(parseRetryAfter(5, now)).toBe(5_000);
		expect(parseRetryAfter(['3'], now)).toBe(3_000);
	});
	test('HTTP date', () => {
		expect(parseRetryAfter('Thu, 05 Nov 2026 12:00:30 GMT', now)).toBe(30_000);
		// A date in the past means "now", never a negative wait.
		expect(parseRetryAfter('Thu, 05 Nov 2026 11:59:00 GMT', now)).toBe(0);
	});
	test('absent or unreadable → undefined', () => {
		expect(parseRetryAfter(undefined, now)).toBeUndefined();
		expect(parseRetryAfter(null, now)).toBeUndefined();
		expect(parseRetryAfter('soon', now)).toBeUndefined();
		expect(parseRetryAfter({}, now)).toBeUndefined();
	});
});

describe('retryDelayMs', () => {
	test('Retry-After wins, but is capped at two minutes', () => {
		expect(retryDelayMs(1, 7_000, () => 0.5)).toBe(7_000);
		expect(retryDelayMs(1, 0, () => 0.5)).toBe(0);
		expect(retryDelayMs(3, 3_600_000, () => 0.5)).toBe(120_000);
	});
	test('jitter stays within [ceiling/2, ceiling] of an exponential ceiling from 0.5 s, capped at 30 s', () => {
		const expectedCeiling = (attempt: number) => Math.min(30_000, 500 * 2 ** (attempt - 1));
		for (let attempt = 1; attempt <= 12; attempt++) {
			const ceiling = expectedCeiling(attempt);
			const low = retryDelayMs(attempt, undefined, () => 0);
			const high = retryDelayMs(attempt, undefined, () => 0.999999);
			expect({ attempt, low }).toEqual({ attempt, low: ceiling / 2 });
			expect(high).toBeLessThanOrEqual(ceiling);
			expect(high).toBeGreaterThan(ceiling * 0.99);
			for (let i = 0; i < 50; i++) {
				const delay = retryDelayMs(attempt, undefined);
				expect(delay).toBeGreaterThanOrEqual(ceiling / 2);
				expect(delay).toBeLessThanOrEqual(ceiling);
			}
		}
	});
	test('the random source actually spreads the delay', () => {
		expect(retryDelayMs(4, undefined, () => 0.1)).toBeLessThan(retryDelayMs(4, undefined, () => 0.9));
	});
});
