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

/** A negative prompt length documented in characters (Wan 2.7 on EvoLink and APIMart: 500). */
export function negativePromptUpTo(maxCharacters: number): ModelRule {
	return {
		check: (input) => {
			const length = input.negativePrompt?.length ?? 0;
			return length > maxCharacters ? `the negative prompt takes at most ${maxCharacters} characters; this one has ${length}` : undefined;
		},
	};
}

/** Upstream Wan 2.7 reference-to-video: with a reference video the output is at most `seconds` long. */
export function atMostSecondsWithVideos(seconds: number): ModelRule {
	return {
		check: (input) => ((input.references?.videos.length ?? 0) > 0 && input.duration > seconds ? `with reference videos the video is at most ${seconds} s` : undefined),
	};
}
