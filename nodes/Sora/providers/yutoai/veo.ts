import { referenceCount } from '../referenceBody';
import type { BodyMap, ModelSpec } from '../types';

// video-models.md §2.3. `enable_upsample` is the only resolution control (true returns 1080p);
// the page offers no duration field, and the output is 8 s.
const veoBody: BodyMap = {
	resolution: { key: 'enable_upsample', values: { '720p': false, '1080p': true } },
	aspectRatio: { key: 'aspect_ratio' },
	// `images` holds the first frame, then the last one.
	image: { key: 'images', type: 'array' },
};

const veo = {
	family: 'veo',
	durations: [8],
	defaultDuration: 8,
	aspectRatios: ['16:9', '9:16'],
	resolutions: ['720p', '1080p'],
	supportsImage: true,
	body: veoBody,
	evidence: {
		level: 'documented',
		note: 'no duration field (8 s inferred); 720p when upscaling is off is inferred',
	},
} satisfies Partial<ModelSpec>;

export const veoModels: ModelSpec[] = [
	{
		...veo,
		id: 'veo3.1',
		displayName: 'Veo 3.1',
		description: 'Fast mode with audio; text to video, or first frame (+ last frame)',
		supportsLastFrame: true,
	},
	{
		...veo,
		id: 'veo3.1-pro',
		displayName: 'Veo 3.1 Pro',
		description: 'High quality with audio; text to video, or first frame (+ last frame)',
		supportsLastFrame: true,
	},
	{
		...veo,
		id: 'veo3.1-components',
		displayName: 'Veo 3.1 Components',
		description: 'Builds the video from 1–3 reference images (elements mode); at least one image is required',
		rules: [
			{
				check: (input) =>
					referenceCount(input, 'images') > 0 ? undefined : 'Veo 3.1 Components needs a reference image (Reference Image URL or Reference Image URLs)',
			},
		],
		// Row 2 of video-modes-and-callbacks.md §2 (Apifox api-343632235, "多图参考（1-3）张图"): the start
		// image and up to two more, all in `images`.
		references: {
			mode: 'reference',
			images: { key: 'images', max: 3, limits: 'Public URLs' },
			startImageIsFirst: true,
			promptTags: 'the images by their content (no tags documented)',
		},
	},
];
