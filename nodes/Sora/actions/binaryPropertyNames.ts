/** The names in a comma-separated list of binary properties; anything that is not a string holds none. */
export function binaryPropertyNames(value: unknown): string[] {
	if (typeof value !== 'string') return [];
	return value.split(',').map((name) => name.trim()).filter((name) => name !== '');
}
