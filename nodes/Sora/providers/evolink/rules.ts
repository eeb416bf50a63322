import { hasStartImage } from '../modelRules';
import type { ModelRule } from '../types';

/** Image-to-video ids: a text-only request is refused before it is billed. */
export const needsStartImage: ModelRule = {
	check: (input) => (hasStartImage(input) ? undefined : 'this image-to-video model needs a start image; set Reference Image URL'),
};

/** Kling documents jpg/jpeg/png only for its frames, narrower than EvoLink's usual list (no webp). */
export const jpegOrPngFrames: ModelRule = {
	check: (input) => {
		const webp = [input.imageUrl, input.lastFrameUrl].find((url) => url !== undefined && /\.webp(?:[?#]|$)/i.test(url));
		return webp ? `takes only jpg, jpeg or png frames, not ${webp}` : undefined;
	},
};

/** Wan 2.7 image-to-video: a first frame, or (continuation) the video to extend. */
export const startImageOrVideo: ModelRule = {
	check: (input) =>
		hasStartImage(input) || (input.references?.videos.length ?? 0) > 0
			? undefined
			: 'needs a start image (Reference Image URL) or, to continue a clip, a video URL',
};
