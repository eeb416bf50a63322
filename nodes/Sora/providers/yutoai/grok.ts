import type { ModelSpec } from '../types';

// video-models.md §2.6: `ratio` (no 16:9 or 9:16), upper-case tiers, integer duration.
export const grokModels: ModelSpec[] = [
	{
		id: 'grok-video-3',
		displayName: 'Grok Video 3',
		description: 'xAI Grok Imagine: 5, 10 or 15 s, 720p or 1080p, optional reference image',
		family: 'grok',
		durations: [5, 10, 15],
		defaultDuration: 5,
		aspectRatios: ['3:2', '2:3', '1:1'],
		resolutions: ['720p', '1080p'],
		supportsImage: true,
		body: {
			duration: { key: 'duration', type: 'integer' },
			resolution: { key: 'resolution', values: { '720p': '720P', '1080p': '1080P' } },
			aspectRatio: { key: 'ratio' },
			image: { key: 'images', type: 'array' },
		},
	},
];
