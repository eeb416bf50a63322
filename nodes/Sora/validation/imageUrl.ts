import type { ProviderSpec } from '../providers/types';
import { InvalidParameterError } from './invalidParameter';
import { checkUrl } from './urls';

/** One image URL (or data URL where the provider takes one); empty means no image. */
export function validateImageUrl(
	provider: ProviderSpec,
	supportsImage: boolean,
	value: unknown,
	field = 'reference image URL',
): string | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	if (Array.isArray(value)) {
		if (value.length > 1) {
			throw new InvalidParameterError(field, value, `only one ${field.replace(/ URL$/, '')} is accepted`);
		}
		return validateImageUrl(provider, supportsImage, value[0], field);
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
	return checkUrl(field, value, provider.imageRules);
}
