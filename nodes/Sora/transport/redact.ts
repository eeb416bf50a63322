const bearerToken = /\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/gi;
const authorizationHeader = /("?authorization"?\s*[:=]\s*"?)[^",}\n]+/gi;

/** Removes the API key (and anything shaped like an auth header) from text we show or return. */
export function redactText(text: string, secrets: readonly string[]): string {
	let result = text;
	for (const secret of secrets) {
		if (secret.length >= 4) result = result.split(secret).join('[redacted]');
	}
	return result.replace(bearerToken, '$1 [redacted]').replace(authorizationHeader, '$1[redacted]');
}

/** Deep copy of JSON with every string redacted; provider bodies go through this before output. */
export function redactJson(value: unknown, secrets: readonly string[]): unknown {
	if (typeof value === 'string') return redactText(value, secrets);
	if (Array.isArray(value)) return value.map((entry) => redactJson(entry, secrets));
	if (value !== null && typeof value === 'object') {
		const copy: Record<string, unknown> = {};
		for (const [key, entry] of Object.entries(value)) {
			copy[key] = /^authorization$/i.test(key) ? '[redacted]' : redactJson(entry, secrets);
		}
		return copy;
	}
	return value;
}

/** A short, redacted preview of an answer body for error messages. */
export function previewBody(body: unknown, secrets: readonly string[], limit = 300): string {
	const text = typeof body === 'string' ? body : JSON.stringify(body ?? null);
	const redacted = redactText(text, secrets).replace(/\s+/g, ' ').trim();
	return redacted.length > limit ? `${redacted.slice(0, limit)}…` : redacted;
}
