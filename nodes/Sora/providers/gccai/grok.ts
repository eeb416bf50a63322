import { secondsRange } from '../secondsRange';
import type { ModelSpec } from '../types';

// video-models.md §1.9 and the English docs.apimart.ai grok-imagine page: `size` holds the ratio,
// `quality` the resolution, duration 6–30 s as a plain number. Newer copies of that page document
// 1.5 with the same fields and a 480p default; 1.0 keeps the older copies' contract.
const grokBody: ModelSpec['body'] = {
	duration: { key: 'duration', type: 'integer' },
	resolution: { key: 'quality' },
	aspectRatio: { key: 'size' },
	image: { key: 'image_urls', type: 'array' },
};

export const grokModels: ModelSpec[] = [
	{
		id: 'grok-imagine-1.5-video-apimart',
		displayName: 'Grok Imagine 1.5',
		description: 'xAI Grok Imagine 1.5 video: 6–30 s at 480p (default) or 720p, text or a start image',
		family: 'grok',
		durations: secondsRange(6, 30),
		defaultDuration: 6,
		aspectRatios: ['16:9', '9:16', '1:1', '3:2', '2:3'],
		resolutions: ['480p', '720p'],
		supportsImage: true,
		evidence: {
			level: 'thirdParty',
			note: 'The page documents text and image input but its image key is not shown; image_urls (one image) comes from third-party code',
		},
		body: grokBody,
	},
	{
		id: 'grok-imagine-1.0-video-apimart',
		displayName: 'Grok Imagine 1.0',
		description: 'xAI Grok Imagine video: 6–30 s at 480p or 720p, text or a start image',
		family: 'grok',
		durations: secondsRange(6, 30),
		defaultDuration: 6,
		aspectRatios: ['16:9', '9:16', '1:1', '3:2', '2:3'],
		resolutions: ['480p', '720p'],
		supportsImage: true,
		evidence: {
			level: 'thirdParty',
			note: 'The quality list (480p, 720p) and the image key image_urls come from third-party material; the page shows quality 720p only as an example',
		},
		body: grokBody,
	},
];
