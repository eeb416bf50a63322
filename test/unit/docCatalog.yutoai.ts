import type { DocAspect, DocModel, DocResolution } from './docCatalog';

/**
 * YutoAI /v2 non-Sora models as /work/shared/video-models.md §2 documents them, written down
 * independently of the node's catalog. Lists are in the order the editor offers them (default first).
 */
const fixed =
	(...list: DocResolution[]) =>
	() =>
		list;

// §2.3: enable_upsample true = 1080p (otherwise 720p); aspect_ratio 16:9 / 9:16; no duration field (8 s).
const veo: DocModel = { durations: [8], aspectRatios: ['16:9', '9:16'], resolutionsAt: fixed('720p', '1080p') };
// Image-to-video-only models (§2.3 components 1–3 images, §2.4 lite-i2v, §2.5 I2V "exactly 1").
const image = { imageUrl: 'https://img.example/start.png' };

// §2.4: duration 5 (default) / 10; resolution 480p (default) / 720p / 1080p; ratio list (less 9:21,
// keep_ratio); prompt ≤ 800 characters.
const seedanceRatios: DocAspect[] = ['16:9', '21:9', '4:3', '1:1', '3:4', '9:16', 'adaptive'];
const seedance: DocModel = {
	durations: [5, 10],
	defaultDuration: 5,
	aspectRatios: seedanceRatios,
	resolutionsAt: fixed('480p', '720p', '1080p'),
	promptMaxLength: 800,
};

export const yutoaiDocModels: Record<string, DocModel> = {
	'veo3.1': veo,
	'veo3.1-pro': veo,
	'veo3.1-components': { ...veo, requires: image },
	// §2.6: ratio 2:3 / 3:2 / 1:1; 720P / 1080P; duration 5 / 10 / 15.
	'grok-video-3': { durations: [5, 10, 15], aspectRatios: ['3:2', '2:3', '1:1'], resolutionsAt: fixed('720p', '1080p') },
	// §2.5: wan2.5 5 / 10 s; 2.x fixed 5 s; I2V follows the image; per-model tiers; T2V size 1920x1080.
	'wan2.5-i2v-preview': {
		durations: [5, 10],
		defaultDuration: 5,
		aspectRatios: ['adaptive'],
		resolutionsAt: fixed('1080p', '720p', '480p'),
		promptMaxLength: 800,
		requires: image,
	},
	'wan2.2-t2v-plus': { durations: [5], defaultDuration: 5, aspectRatios: ['16:9'], resolutionsAt: fixed('1080p'), promptMaxLength: 800 },
	'wan2.2-i2v-plus': { durations: [5], defaultDuration: 5, aspectRatios: ['adaptive'], resolutionsAt: fixed('1080p', '480p'), promptMaxLength: 800, requires: image },
	'wan2.2-i2v-flash': { durations: [5], defaultDuration: 5, aspectRatios: ['adaptive'], resolutionsAt: fixed('720p', '480p'), promptMaxLength: 800, requires: image },
	'doubao-seedance-1-0-pro-250528': seedance,
	'doubao-seedance-1-0-lite-i2v-250428': { ...seedance, requires: image },
	'doubao-seedance-1-0-lite-t2v-250428': seedance,
};

/** §2.2 / §2.6: task ids as the docs print them; Veo and Grok ids carry a colon. */
export const yutoaiDocTaskIds = {
	veo: 'veo3:1756693796-YQVHH4A3Lg',
	grok: 'grok:fa59842d-5a3c-4f0b-9d1e-3c2b1a0f9e8d',
	seedance: 'cgt-20250831141439-sqmgf',
};
