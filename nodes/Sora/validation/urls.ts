import { InvalidParameterError } from './invalidParameter';

export interface UrlRules {
	httpsOnly?: boolean;
	allowDataUrl?: boolean;
	/** Lower-case file extensions the path must end with. */
	extensions?: string[];
	/** Who takes only those extensions, in the error; the provider when absent. */
	extensionsOf?: string;
}

const dataImageUrl = /^data:image\/(png|jpe?g|webp);base64,[a-z0-9+/=\s]+$/i;

/** Only web URLs reach a provider: file:, javascript: and friends are refused here. */
export function checkUrl(field: string, value: string, rules: UrlRules): string {
	const text = value.trim();
	if (rules.allowDataUrl && text.toLowerCase().startsWith('data:')) {
		if (!dataImageUrl.test(text)) {
			throw new InvalidParameterError(field, text, 'a data URL must be a base64 PNG, JPEG or WebP image');
		}
		return text;
	}
	const url = parseUrl(text);
	if (!url) throw new InvalidParameterError(field, text, 'not a valid URL; use an http(s):// address');
	const allowedProtocols = rules.httpsOnly ? ['https:'] : ['http:', 'https:'];
	if (!allowedProtocols.includes(url.protocol)) {
		const expected = rules.httpsOnly ? 'an https:// URL (the provider only calls HTTPS)' : 'an http:// or https:// URL';
		const dataNote = url.protocol === 'data:' ? '; this provider takes no data: URLs' : '';
		throw new InvalidParameterError(field, text, `must be ${expected}${dataNote}`);
	}
	if (rules.extensions) {
		const fileName = url.pathname.toLowerCase().split('/').pop() ?? '';
		const extension = fileName.includes('.') ? fileName.split('.').pop() : undefined;
		if (extension !== undefined && !rules.extensions.includes(extension)) {
			throw new InvalidParameterError(field, text, `${rules.extensionsOf ?? 'the provider'} accepts only ${rules.extensions.join(', ')} images`);
		}
	}
	return text;
}

function parseUrl(text: string): URL | undefined {
	try {
		return new URL(text);
	} catch {
		return undefined;
	}
}
