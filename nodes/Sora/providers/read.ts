import type { NormalizedError, TaskStatus } from './types';

/** Safe property walk over unknown JSON: `readPath(body, 'data', 0, 'task_id')`. */
export function readPath(value: unknown, ...path: Array<string | number>): unknown {
	let current = value;
	for (const key of path) {
		if (current === null || typeof current !== 'object') return undefined;
		current = (current as Record<string | number, unknown>)[key];
	}
	return current;
}

export function asNonEmptyString(value: unknown): string | undefined {
	if (typeof value === 'string' && value.trim() !== '') return value.trim();
	if (typeof value === 'number' && Number.isFinite(value)) return String(value);
	return undefined;
}

/** The first non-empty string among candidates; arrays yield their first usable element. */
export function firstString(...candidates: unknown[]): string | null {
	for (const candidate of candidates) {
		if (Array.isArray(candidate)) {
			const inner = firstString(...candidate);
			if (inner) return inner;
			continue;
		}
		if (candidate && typeof candidate === 'object') {
			const record = candidate as Record<string, unknown>;
			const inner = firstString(record.url, record.video_url, record.path);
			if (inner) return inner;
			continue;
		}
		const text = asNonEmptyString(candidate);
		if (text) return text;
	}
	return null;
}

/** Providers send 42, "42", "42%" or nothing. */
export function parseProgress(value: unknown): number | null {
	let numeric: number;
	if (typeof value === 'number') numeric = value;
	else if (typeof value === 'string' && value.trim() !== '') numeric = Number.parseFloat(value);
	else return null;
	if (!Number.isFinite(numeric)) return null;
	return Math.min(100, Math.max(0, numeric));
}

/** Unix seconds (or milliseconds) or an ISO string → ISO string. */
export function toIsoTime(value: unknown): string | null {
	if (typeof value === 'number' && Number.isFinite(value) && value > 0) {
		const millis = value < 1e12 ? value * 1000 : value;
		return new Date(millis).toISOString();
	}
	if (typeof value === 'string' && value.trim() !== '') {
		const parsed = Date.parse(value);
		if (!Number.isNaN(parsed)) return new Date(parsed).toISOString();
	}
	return null;
}

export type StatusVocabulary = Record<TaskStatus, readonly string[]>;

export interface MappedStatus {
	status: TaskStatus;
	known: boolean;
}

/**
 * Case-insensitive. An unknown word is never success: it is reported as still processing,
 * so Wait keeps polling until its deadline and then names the word.
 */
export function mapStatus(providerStatus: string | null, vocabulary: StatusVocabulary): MappedStatus {
	const word = (providerStatus ?? '').trim().toLowerCase();
	for (const status of ['completed', 'failed', 'processing', 'queued'] as const) {
		if (vocabulary[status].some((candidate) => candidate.toLowerCase() === word)) {
			return { status, known: true };
		}
	}
	return { status: 'processing', known: false };
}

/** `{code, message}` objects, plain strings, or nothing. */
export function readError(value: unknown, fallbackCode: string | null = null): NormalizedError | null {
	if (value === null || value === undefined || value === '') return null;
	if (typeof value === 'string') return { code: fallbackCode, message: value };
	if (typeof value === 'object') {
		const record = value as Record<string, unknown>;
		const message = asNonEmptyString(record.message) ?? asNonEmptyString(record.msg) ?? JSON.stringify(value);
		return { code: asNonEmptyString(record.code) ?? asNonEmptyString(record.type) ?? fallbackCode, message };
	}
	return { code: fallbackCode, message: String(value) };
}
