/** A parameter value the provider would refuse; caught before any request is sent. */
export class InvalidParameterError extends Error {
	constructor(
		readonly field: string,
		readonly value: unknown,
		readonly reason: string,
	) {
		super(`Invalid ${field} ${describeValue(value)}: ${reason}`);
		this.name = 'InvalidParameterError';
	}
}

export function describeValue(value: unknown): string {
	if (value === undefined || value === null) return '(empty)';
	const text = typeof value === 'string' ? `"${value}"` : JSON.stringify(value);
	return text.length > 80 ? `${text.slice(0, 77)}…"` : text;
}

export function allowedList(values: ReadonlyArray<string | number>): string {
	return `allowed: ${values.map((value) => (typeof value === 'string' ? `"${value}"` : String(value))).join(', ')}`;
}
