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
	// §0.1 / §1.8: APIMart lists the id only in third-party material; the fast model is image-to-video
	// only wherever it is documented (EvoLink §3.6), so a text-only request is refused before billing.
	{
		...hailuo23,
		id: 'MiniMax-Hailuo-2.3-Fast',
		displayName: 'Hailuo 2.3 Fast',
		description: 'Faster MiniMax Hailuo 2.3, image to video only: 6 or 10 s at 768p, 1080p at 6 s',
		rules: [needsStartImage('Hailuo 2.3 Fast makes video from a start image only')],
		evidence: {
			level: 'thirdParty',
			note: 'APIMart has no page for this id: its body is taken to be Hailuo 2.3\'s (first_frame_image, 6/10 s, 768p/1080p), and that it needs a start image comes from other resellers\' docs',
		},
	},
];
