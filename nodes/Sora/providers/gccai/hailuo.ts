import type { ModelSpec } from '../types';

// video-models.md §1.8: shuchongAI/docs minimax-hailuo-2.3 (2026-02-12). No ratio field: the video
// follows the start image or the model's default, which the node shows as "adaptive".
export const hailuoModels: ModelSpec[] = [
	{
		id: 'MiniMax-Hailuo-2.3',
		displayName: 'Hailuo 2.3',
		description: 'MiniMax Hailuo 2.3: 6 or 10 s at 768p, 1080p at 6 s; camera commands like [推进] in the prompt',
		family: 'hailuo',
		durations: [6, 10],
		defaultDuration: 6,
		aspectRatios: ['adaptive'],
		resolutions: ['768p', '1080p'],
		resolutionsByDuration: { 10: ['768p'] },
		promptMaxLength: 2000,
		supportsImage: true,
		body: {
			duration: { key: 'duration', type: 'integer' },
			resolution: { key: 'resolution' },
			image: { key: 'first_frame_image', type: 'string' },
		},
	},
];
