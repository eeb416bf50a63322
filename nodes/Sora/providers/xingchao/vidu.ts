import { secondsRange } from '../secondsRange';
import type { BodyMap, ModelSpec } from '../types';

export const VIDU_PATH = '/v1/vidu/videos';

// video-models.md §4.7.
const viduBody: BodyMap = {
	duration: { key: 'duration', type: 'integer' },
	aspectRatio: { key: 'aspect_ratio' },
	resolution: { key: 'resolution' },
	image: { key: 'first_image', type: 'string' },
	lastFrame: { key: 'last_image' },
};

const vidu = {
	family: 'vidu',
	durations: secondsRange(1, 16),
	defaultDuration: 5,
	aspectRatios: ['16:9', '9:16', '1:1', '4:3', '3:4'],
	resolutions: ['720p', '540p', '1080p'],
	supportsImage: true,
	supportsLastFrame: true,
	body: viduBody,
	createPath: VIDU_PATH,
} satisfies Partial<ModelSpec>;

export const viduModels: ModelSpec[] = [
	{
		...vidu,
		id: 'viduq3-pro',
		displayName: 'Vidu Q3 Pro',
		description: 'Shengshu Vidu Q3, quality: 1–16 s, up to 1080p; first frame (+ last frame) optional',
	},
	{
		...vidu,
		id: 'viduq3-turbo',
		displayName: 'Vidu Q3 Turbo',
		description: 'Shengshu Vidu Q3, fast: 1–16 s, up to 1080p; first frame (+ last frame) optional',
	},
];
