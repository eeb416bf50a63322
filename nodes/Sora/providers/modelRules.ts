import type { ModelRule } from './types';

/** Image-to-video-only models: refuse a text-only request before it is billed. */
export function needsStartImage(what: string): ModelRule {
	return {
		check: (input) => (input.imageUrl ? undefined : `${what}; set Reference Image URL`),
	};
}
