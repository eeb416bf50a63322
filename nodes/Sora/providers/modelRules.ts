import type { CreateInput, ModelRule } from './types';

/** A start image by URL, or one from binary data (known before it is read). */
export function hasStartImage(input: CreateInput): boolean {
	return Boolean(input.imageUrl || input.imageFile || input.startImageFromBinary);
}

/** Reference images from binary data: the files once read, before that the number of property names given. */
export function binaryReferenceImageCount(input: CreateInput): number {
	return input.referenceImageFiles?.length ?? input.referenceImagesFromBinary ?? 0;
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

/**
 * Kling Omni (EvoLink Kling O3, APIMart kling-v3-omni): the start image and the reference images
 * together at most 7, at most 4 beside a reference video; a last frame only with at most 2 images.
 */
export const klingOmniImageCounts: ModelRule = {
	check: (input) => {
		const total = (hasStartImage(input) ? 1 : 0) + (input.references?.images.length ?? 0) + binaryReferenceImageCount(input);
		const withVideo = (input.references?.videos.length ?? 0) > 0;
		if (withVideo && total > 4) return `takes at most 4 images beside a reference video; ${total} given`;
		if (total > 7) return `takes at most 7 images with the start image; ${total} given`;
		return (input.lastFrameUrl || input.lastFrameFile) && total > 2 ? 'a last frame is allowed only with at most 2 images in total' : undefined;
	},
};
