import { needsStartImage } from '../modelRules';
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
		description: 'Builds the video from a reference image (elements mode); an image is required',
		rules: [needsStartImage('Veo 3.1 Components needs a reference image')],
	},
];
