const bearerToken = /\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/gi;
// Header or field names that carry a key: `Authorization: …`, `"x-api-key":"…"`, `api_key=…`.
const credentialField = /("?\b(?:authorization|x-api-key|api[-_]?key|access[-_]?token)"?\s*[:=]\s*"?)(?:[A-Za-z-]+ +)?[^\s",}&]+/gi;
// OpenAI-style secret keys, including ones that are not ours (a gateway may echo its upstream key).
const secretKeyShape = /\bsk-[A-Za-z0-9_-]{16,}/g;
const credentialKeyName = /^(authorization|x-api-key|api[-_]?key|access[-_]?token)$/i;

/** Removes the API key (and anything shaped like an auth header or a secret key) from text we show or return. */
export function redactText(text: string, secrets: readonly string[]): string {
	let result = text;
	for (const secret of secrets) {
		if (secret.length < 4) continue;
		for (const form of new Set([secret, encodeURIComponent(secret)])) result = result.split(form).join('[redacted]');
	}
	return result
		.replace(bearerToken, '$1 [redacted]')
		.replace(credentialField, '$1[redacted]')
		.replace(secretKeyShape, '[redacted]');
}

/** Deep copy of JSON with every string redacted; provider bodies go through this before output. */
export function redactJson(value: unknown, secrets: readonly string[]): unknown {
	if (typeof value === 'string') return redactText(value, secrets);
	if (Array.isArray(value)) return value.map((entry) => redactJson(entry, secrets));
	if (value !== null && typeof value === 'object') {
		const copy: Record<string, unknown> = {};
		for (const [key, entry] of Object.entries(value)) {
			copy[key] = credentialKeyName.test(key) ? '[redacted]' : redactJson(entry, secrets);
		}
		return copy;
	}
	return value;
}

/** A short, redacted preview of an answer body for error descriptions. */
export function previewBody(body: unknown, secrets: readonly string[], limit = 300): string {
	const text = typeof body === 'string' ? body : Buffer.isBuffer(body) ? body.toString('utf8') : JSON.stringify(body ?? null);
	const redacted = redactText(text, secrets).replace(/\s+/g, ' ').trim();
	return redacted.length > limit ? `${redacted.slice(0, limit)}…` : redacted;
}
