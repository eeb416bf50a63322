import { createHmac, randomBytes, timingSafeEqual } from 'crypto';

/** Query parameter of the callback URL that carries the node's own token. */
export const PARK_TOKEN_PARAM = 'soraToken';

/**
 * The token that proves a callback came from a URL this node handed out for this park: random, made
 * once per Create and kept on the parked node's stack entry (`soraParkToken`, see parkMetadata.ts),
 * the way n8n 2.14+ keeps its own resume token with the execution. The webhook compares it without
 * reading the credential, so the provider's answer waits for no database query of the node's.
 */
export function newParkToken(): string {
	return randomBytes(20).toString('hex');
}

/**
 * The token of executions parked by version 0.2.0 (HMAC of the credential's key, the execution and
 * the node): their callbacks still carry it, and carry no stored one to compare with.
 */
export function keyDerivedParkToken(apiKey: string, executionId: string, nodeId: string): string {
	return createHmac('sha256', apiKey).update(`sora-park:${executionId}:${nodeId}`).digest('hex').slice(0, 40);
}

export function tokenMatches(expected: string, given: unknown): boolean {
	if (typeof given !== 'string' || given.length !== expected.length) return false;
	return timingSafeEqual(Buffer.from(given), Buffer.from(expected));
}
