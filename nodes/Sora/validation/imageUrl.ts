import type { ImageFormat, ProviderSpec } from '../providers/types';
import { InvalidParameterError } from './invalidParameter';
import { checkUrl, type UrlRules } from './urls';

const formatExtensions: Record<ImageFormat, string[]> = { png: ['png'], jpeg: ['jpg', 'jpeg'], webp: ['webp'], gif: ['gif'] };

/** One image URL (or data URL where the provider takes one); empty means no image. */
export function validateImageUrl(
	provider: ProviderSpec,
	supportsImage: boolean,
	value: unknown,
	field = 'reference image URL',
	formats?: ImageFormat[],
): string | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	if (Array.isArray(value)) {
		if (value.length > 1) {
			throw new InvalidParameterError(field, value, `only one ${field.replace(/ URL$/, '')} is accepted`);
		}
		return validateImageUrl(provider, supportsImage, value[0], field, formats);
	}
	if (typeof value !== 'string') {
		throw new InvalidParameterError(field, value, 'must be a single URL string');
	}
	if (value.trim() === '') return undefined;
	if (!supportsImage) {
		throw new InvalidParameterError(field, value, `${provider.displayName} takes no such image for this model`);
	}
	if (/[\s,]https?:\/\//i.test(value.trim())) {
		throw new InvalidParameterError(field, value, `only one ${field.replace(/ URL$/, '')} is accepted`);
	}
	const url = checkUrl(field, value, rulesFor(provider, formats));
	const dataType = /^data:image\/([a-z]+);/i.exec(url)?.[1]?.toLowerCase();
	if (formats && dataType && !formats.some((format) => formatExtensions[format].includes(dataType))) {
		throw new InvalidParameterError(field, `data:image/${dataType};base64,…`, `this model accepts only ${typesText(formats)} images`);
	}
	return url;
}

/** The provider's URL rules, with the extensions narrowed to a model's own image types. */
function rulesFor(provider: ProviderSpec, formats: ImageFormat[] | undefined): UrlRules {
	if (!formats) return provider.imageRules;
	const modelExtensions = formats.flatMap((format) => formatExtensions[format]);
	const providerExtensions = provider.imageRules.extensions;
	return {
		...provider.imageRules,
		extensionsOf: 'this model',
		extensions: providerExtensions ? providerExtensions.filter((extension) => modelExtensions.includes(extension)) : modelExtensions,
	};
}

function typesText(formats: ImageFormat[]): string {
	return formats.flatMap((format) => formatExtensions[format]).join(', ');
}
