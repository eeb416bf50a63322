import { needsStartImage } from '../modelRules';
import type { ModelSpec } from '../types';

// video-models.md §1.8: shuchongAI/docs minimax-hailuo-2.3 (2026-02-12). No ratio field: the video
// follows the start image or the model's default, which the node shows as "adaptive".
const hailuo23: ModelSpec = {
	id: 'MiniMax-Hailuo-2.3',
	displayName: 'Hailuo 2.3',
	description: 'MiniMax Hailuo 2.3: 6 or 10 s at 768p, 1080p at 6 s; camera commands in square brackets in the prompt (APIMart lists them in Chinese)',
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
};

export const hailuoModels: ModelSpec[] = [
	hailuo23,
	// The gccai copy of APIMart's Hailuo 2.3 page (gccai.heqingsong.uk …/minimax-hailuo-2.3/generation)
	// lists this id beside Hailuo 2.3 with the same fields. The fast model is image-to-video only wherever
	// that is spelled out (EvoLink §3.6), so a text-only request is refused before billing.
	{
		...hailuo23,
		id: 'MiniMax-Hailuo-2.3-Fast',
		displayName: 'Hailuo 2.3 Fast',
		description: 'Faster MiniMax Hailuo 2.3, image to video only: 6 or 10 s at 768p, 1080p at 6 s',
		rules: [needsStartImage('Hailuo 2.3 Fast makes video from a start image only')],
		evidence: {
			level: 'documented',
			note: 'the gccai copy of APIMart\'s Hailuo 2.3 page lists this id with Hailuo 2.3\'s fields; that it needs a start image comes from EvoLink\'s docs',
		},
	},
];
