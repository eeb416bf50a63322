import type { CreateInput, ModelRule } from './types';

/** A start image by URL, or one from binary data (known before it is read). */
export function hasStartImage(input: CreateInput): boolean {
	return Boolean(input.imageUrl || input.imageFile || input.startImageFromBinary);
}

/** Image-to-video-only models: refuse a text-only request before it is billed. */
export function needsStartImage(what: string): ModelRule {
	return {
		check: (input) => (hasStartImage(input) ? undefined : `${what}; set Reference Image URL`),
	};
}
