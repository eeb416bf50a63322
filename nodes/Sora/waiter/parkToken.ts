import { createHmac, timingSafeEqual } from 'crypto';

/** Query parameter of the callback URL that carries the node's own token. */
export const PARK_TOKEN_PARAM = 'soraToken';

/**
 * The token that proves a callback came from a URL this node handed out for this execution.
 * It is derived (HMAC with the credential's key), not stored, so nothing secret sits in the items:
 * the webhook recomputes it. n8n 2.14+ adds its own per-execution token (`signature`) on top.
 */
export function parkToken(apiKey: string, executionId: string, nodeId: string): string {
	return createHmac('sha256', apiKey).update(`sora-park:${executionId}:${nodeId}`).digest('hex').slice(0, 40);
}

export function tokenMatches(expected: string, given: unknown): boolean {
	if (typeof given !== 'string' || given.length !== expected.length) return false;
	return timingSafeEqual(Buffer.from(given), Buffer.from(expected));
}
