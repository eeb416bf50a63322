import { previewBody, redactJson, redactText } from '../../../nodes/Sora/transport/redact';

const KEY = 'sk-live-9f8e7d6c5b4a';

describe('redactText', () => {
	test('removes every occurrence of the API key', () => {
		const out = redactText(`key=${KEY}; again ${KEY}!`, [KEY]);
		expect(out).not.toContain(KEY);
		expect(out).toBe('key=[redacted]; again [redacted]!');
	});
	test('a key with regex characters is matched literally', () => {
		const key = 'a+b*c?(d)[e]$';
		expect(redactText(`x ${key} y`, [key])).toBe('x [redacted] y');
		expect(redactText('x ab y', [key])).toBe('x ab y');
	});
	test('Bearer and Basic tokens are removed even when the key is unknown', () => {
		const out = redactText('sent Bearer abc.DEF-123_~+/= and Basic dXNlcjpwYXNz then', []);
		expect(out).not.toMatch(/abc\.DEF|dXNlcjpwYXNz/);
		expect(out).toContain('Bearer [redacted]');
		expect(out).toContain('Basic [redacted]');
		expect(out).toMatch(/then$/);
	});
	test('an Authorization header line or JSON member loses its value, neighbours stay', () => {
		const header = redactText('Authorization: Token opaque-secret-value\nAccept: application/json', []);
		expect(header).not.toContain('opaque-secret-value');
		expect(header).toContain('Accept: application/json');
		const json = redactText('{"authorization":"ApiKey zzz-top-secret","model":"sora-2"}', []);
		expect(json).not.toContain('zzz-top-secret');
		expect(json).toContain('"model":"sora-2"');
	});
	test('ordinary text is unchanged', () => {
		const text = 'The provider reported the task as failed: content policy violation';
		expect(redactText(text, [KEY])).toBe(text);
	});
});

describe('redactJson', () => {
	test('nested objects and arrays: strings scrubbed, Authorization keys blanked, other values kept', () => {
		const input = {
			status: 'failed',
			progress: 42,
			done: false,
			nothing: null,
			request: { headers: { Authorization: `Bearer ${KEY}`, AUTHORIZATION: 'x', accept: 'application/json' } },
			logs: ['calling with key ' + KEY, { deeper: [`Bearer ${KEY}`] }],
		};
		const snapshot = JSON.parse(JSON.stringify(input)) as unknown;
		const out = redactJson(input, [KEY]);
		expect(JSON.stringify(out)).not.toContain(KEY);
		expect(out).toEqual({
			status: 'failed',
			progress: 42,
			done: false,
			nothing: null,
			request: { headers: { Authorization: '[redacted]', AUTHORIZATION: '[redacted]', accept: 'application/json' } },
			logs: ['calling with key [redacted]', { deeper: ['Bearer [redacted]'] }],
		});
		// The input is not modified.
		expect(input).toEqual(snapshot);
	});
	test('plain values pass through', () => {
		expect(redactJson(7, [KEY])).toBe(7);
		expect(redactJson(null, [KEY])).toBeNull();
		expect(redactJson(KEY, [KEY])).toBe('[redacted]');
	});
});

describe('previewBody', () => {
	test('JSON bodies are stringified, redacted and cut with an ellipsis', () => {
		const body = { error: { message: `bad key ${KEY}`, padding: 'x'.repeat(1000) } };
		const preview = previewBody(body, [KEY], 120);
		expect(preview).not.toContain(KEY);
		expect(preview.startsWith('{"error":{"message":"bad key [redacted]"')).toBe(true);
		expect(preview).toHaveLength(121);
		expect(preview.endsWith('…')).toBe(true);
	});
	test('HTML white space collapses into one line', () => {
		expect(previewBody('<html>\n  <body>\n\t502 Bad Gateway\n</body></html>', [])).toBe('<html> <body> 502 Bad Gateway </body></html>');
	});
});
