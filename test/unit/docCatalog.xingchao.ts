import type { DocAspect, DocModel, DocResolution } from './docCatalog';

/**
 * GlobalAI OPC (Xingchao) non-Sora models as /work/shared/video-models.md §4 documents them, written
 * down independently of the node's catalog. Lists are in the order the editor offers them (default first).
 */
const fixed =
	(...list: DocResolution[]) =>
	() =>
		list;
const range = (min: number, max: number) => Array.from({ length: max - min + 1 }, (_unused, i) => min + i);

// §4.4 / §4.5: the same seven ratios on Seedance 2.0 (aspect_ratio) and 1.5 (ratio).
const seedanceRatios: DocAspect[] = ['16:9', '4:3', '1:1', '3:4', '9:16', '21:9', 'adaptive'];

// §4.4: 4–15 s (default 5); no resolution field.
const seedance2: DocModel = { durations: range(4, 15), defaultDuration: 5, aspectRatios: seedanceRatios, resolutionsAt: fixed('720p') };
// §4.5: 4–12 s (default 5); the tier is part of the model id.
const seedance15 = (tier: DocResolution): DocModel => ({
	durations: range(4, 12),
	defaultDuration: 5,
	aspectRatios: seedanceRatios,
	resolutionsAt: fixed(tier),
});
// §4.7: 1–16 s (default 5); 540p / 720p (default) / 1080p; five ratios.
const vidu: DocModel = {
	durations: range(1, 16),
	defaultDuration: 5,
	aspectRatios: ['16:9', '9:16', '1:1', '4:3', '3:4'],
	resolutionsAt: fixed('720p', '540p', '1080p'),
};
// §4.3: fixed 8 s (no field); 16:9 / 9:16; 4K on fast and pro only.
const veo = (...tiers: DocResolution[]): DocModel => ({ durations: [8], defaultDuration: 8, aspectRatios: ['16:9', '9:16'], resolutionsAt: fixed(...tiers) });

export const xingchaoDocModels: Record<string, DocModel> = {
	seedance_2_0_pro: seedance2,
	seedance_2_0_fast_pro: seedance2,
	// §4.4: these two require at least one reference video.
	seedance_2_0: { ...seedance2, requires: { references: { videos: ['https://cdn.example/motion.mp4'] } } },
	seedance_2_0_fast: { ...seedance2, requires: { references: { videos: ['https://cdn.example/motion.mp4'] } } },
	'viduq3-pro': vidu,
	'viduq3-turbo': vidu,
	seedance_1_5_pro_1080p: seedance15('1080p'),
	seedance_1_5_pro_720p: seedance15('720p'),
	seedance_1_5_pro_480p: seedance15('480p'),
	// §4.6 and the current grok-create page.
	grok_video3: { durations: range(6, 30), defaultDuration: 10, aspectRatios: ['16:9', '9:16', '1:1', '3:2', '2:3'], resolutionsAt: fixed('720p', '480p') },
	grok_video3_pro: { durations: [10], defaultDuration: 10, aspectRatios: ['16:9'], resolutionsAt: fixed('720p') },
	grok_video3_max: { durations: [6, 10, 12, 16, 20, 30], defaultDuration: 10, aspectRatios: ['16:9', '9:16', '1:1'], resolutionsAt: fixed('720p', '480p') },
	grok_video3_stable: { durations: [6, 10], defaultDuration: 10, aspectRatios: ['16:9', '9:16', '3:2', '2:3', '1:1'], resolutionsAt: fixed('720p', '480p') },
	veo_3_1_fast: veo('720p', '1080p', '4k'),
	veo_3_1_pro: veo('720p', '1080p', '4k'),
	veo_3_1_pro_stable: veo('720p', '1080p'),
	veo_3_1_fast_stable: veo('720p', '1080p'),
};

/** §4.1: each family's create path under the base URL; §4.2: one status path for all. */
export const xingchaoDocPaths: Record<string, string> = {
	seedance_2: '/v1/kyyvideo2/videos',
	seedance_1_5: '/v1/seedance/videos',
	grok: '/v1/grok/videos',
	veo: '/v1/veo/videos',
	vidu: '/v1/vidu/videos',
	sora: '/v1/sora/videos',
};

export function xingchaoDocPathFor(modelId: string): string {
	const prefix = Object.keys(xingchaoDocPaths).find((key) => modelId.startsWith(key));
	return prefix ? xingchaoDocPaths[prefix] : xingchaoDocPaths.sora;
}
