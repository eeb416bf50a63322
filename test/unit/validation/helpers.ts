import { InvalidParameterError } from '../../../nodes/Sora/validation/invalidParameter';

export function invalid(run: () => unknown): InvalidParameterError {
	try {
		run();
	} catch (error) {
		expect(error).toBeInstanceOf(InvalidParameterError);
		return error as InvalidParameterError;
	}
	throw new Error('expected an InvalidParameterError, but the value was accepted');
}

/** The values after "allowed: " in a message, unquoted. */
export function allowedIn(message: string): string[] {
	const tail = message.split('allowed: ')[1];
	if (tail === undefined) throw new Error(`no allowed list in: ${message}`);
	return tail.split(', ').map((entry) => entry.replace(/^"|"$/g, ''));
}

/** The message says which field, which value, and (when given) exactly which values are allowed. */
export function expectNames(error: InvalidParameterError, field: string, value: string, allowed?: Array<string | number>): void {
	expect(error.field).toBe(field);
	expect(error.message).toMatch(new RegExp(`^Invalid ${field} `));
	expect(error.message).toContain(value);
	if (allowed) expect(allowedIn(error.message)).toEqual(allowed.map(String));
}
