import type { DocModel, DocResolution } from './docCatalog';

/**
 * APIMart's (gccai's) successor models as /work/shared/video-models.md §1 states them, written down
 * without looking at the node's catalog. Where APIMart shows only an example, the value set is the one
 * the same family documents elsewhere (marked "from EvoLink" / "from a third party"). Models and tiers
 * are listed in the editor's order: newest first, the documented default tier first.
 */
const range = (min: number, max: number): number[] => Array.from({ length: max - min + 1 }, (_unused, i) => min + i);
const only =
	(...list: DocResolution[]) =>
	() =>
		list;

// §1.3: duration fixed 8; 16:9 / 9:16; 720p (default) / 1080p / 4k.
const veo: DocModel = { durations: [8], defaultDuration: 8, aspectRatios: ['16:9', '9:16'], resolutionsAt: only('720p', '1080p', '4k') };
// §1.4: 4 / 6 / 8 (default 8); 16:9 (default) / 9:16; 720p / 1080p / 4K.
const veoOfficial: DocModel = { durations: [4, 6, 8], defaultDuration: 8, aspectRatios: ['16:9', '9:16'], resolutionsAt: only('720p', '1080p', '4k') };
// §1.6, newer gccai copy: 4–15 s (default 5); `size` ratios incl. adaptive; 480p / 720p, 1080p only on
// the two non-fast ids; prompt limit 4000.
const seedance2 = (fullHd: boolean): DocModel => ({
	durations: range(4, 15),
	defaultDuration: 5,
	aspectRatios: ['16:9', '9:16', '1:1', '4:3', '3:4', '21:9', 'adaptive'],
	resolutionsAt: fullHd ? only('480p', '720p', '1080p') : only('480p', '720p'),
	promptMaxLength: 4000,
});

export const gccaiSuccessorDocs: Record<string, DocModel> = {
	'veo3.1-fast': veo,
	'veo3.1-quality': veo,
	'veo3.1-lite': veo,
	'veo3.1-fast-official': veoOfficial,
	'veo3.1-quality-official': veoOfficial,
	// §1.4 [T]: third-party lists only: 4/6/8 s; 720p / 1080p, no 4K; 1080p at 8 s only (another reseller's rule).
	'veo3.1-lite-official': {
		durations: [4, 6, 8],
		defaultDuration: 8,
		aspectRatios: ['16:9', '9:16'],
		resolutionsAt: (duration) => (duration === 8 ? ['720p', '1080p'] : ['720p']),
	},
	'doubao-seedance-2.0': seedance2(true),
	'doubao-seedance-2.0-fast': seedance2(false),
	'doubao-seedance-2.0-face': seedance2(true),
	'doubao-seedance-2.0-fast-face': seedance2(false),
	// §1.6: 4–12 s (default 5); six ratios; 480p / 720p / 1080p.
	'doubao-seedance-1-5-pro': {
		durations: range(4, 12),
		defaultDuration: 5,
		aspectRatios: ['16:9', '9:16', '1:1', '4:3', '3:4', '21:9'],
		resolutionsAt: only('720p', '480p', '1080p'),
	},
	// Row 11 (docs.apimart.ai kling-v3-omni): 3–15 s; 16:9 (default) / 9:16 / 1:1; mode std / pro / 4k.
	'kling-v3-omni': { durations: range(3, 15), defaultDuration: 5, aspectRatios: ['16:9', '9:16', '1:1'], resolutionsAt: only('720p', '1080p', '4k') },
	// §1.5 (partly read; durations and tiers from EvoLink §3.3 turbo): 3–15 s; 720p / 1080p; prompt ≤ 3072.
	'kling-3.0-turbo': {
		durations: range(3, 15),
		defaultDuration: 5,
		aspectRatios: ['16:9', '9:16', '1:1'],
		resolutionsAt: only('720p', '1080p'),
		promptMaxLength: 3072,
	},
	// §1.5 version B: 3–15 s (default 5); 16:9 / 9:16 / 1:1; mode std (720p) / pro (1080p) / 4k.
	'kling-v3': { durations: range(3, 15), defaultDuration: 5, aspectRatios: ['16:9', '9:16', '1:1'], resolutionsAt: only('720p', '1080p', '4k') },
	// §1.5: 5 / 10; std 720p / pro 1080p; prompt ≤ 2500.
	'kling-v2-6': {
		durations: [5, 10],
		defaultDuration: 5,
		aspectRatios: ['16:9', '9:16', '1:1'],
		resolutionsAt: only('720p', '1080p'),
		promptMaxLength: 2500,
	},
	// §1.7 (example 1080P / 8 s / 16:9; the rest from EvoLink §3.5 wan2.7): 2–15 s; 720P / 1080P; prompt ≤ 5000.
	'wan2.7': {
		durations: range(2, 15),
		defaultDuration: 5,
		aspectRatios: ['16:9', '9:16', '1:1', '4:3', '3:4'],
		resolutionsAt: only('1080p', '720p'),
		promptMaxLength: 5000,
	},
	// Row 13 (docs.apimart.ai wan2.7-r2v): 2–15 s; five `size` ratios; 1080P (default) / 720P; prompt ≤
	// 5000; at least one reference image or video.
	'wan2.7-r2v': {
		durations: range(2, 15),
		defaultDuration: 5,
		aspectRatios: ['16:9', '9:16', '1:1', '4:3', '3:4'],
		resolutionsAt: only('1080p', '720p'),
		promptMaxLength: 5000,
		requires: { references: { images: ['https://cdn.example/character.png'] } },
	},
	// Row 19 (docs.apimart.ai wan2.7-videoedit): 0 (keep the input length) or 2–10 s; no ratio (the
	// input's) or one of five; 1080P (default) / 720P; prompt ≤ 5000; the video to edit is required.
	'wan2.7-videoedit': {
		durations: [0, ...range(2, 10)],
		defaultDuration: 0,
		aspectRatios: ['adaptive', '16:9', '9:16', '1:1', '4:3', '3:4'],
		resolutionsAt: only('1080p', '720p'),
		promptMaxLength: 5000,
		requires: { references: { videos: ['https://cdn.example/source.mp4'] } },
	},
	// §1.7: 5 / 10 / 15 (default 5); five ratios; 720p / 1080p.
	'wan2.6': { durations: [5, 10, 15], defaultDuration: 5, aspectRatios: ['16:9', '9:16', '1:1', '4:3', '3:4'], resolutionsAt: only('720p', '1080p') },
	// §1.8: 6 (default) / 10; 768p / 1080p, 1080p only at 6 s; no ratio field; prompt ≤ 2000.
	'MiniMax-Hailuo-2.3': {
		durations: [6, 10],
		defaultDuration: 6,
		aspectRatios: ['adaptive'],
		resolutionsAt: (duration) => (duration === 6 ? ['768p', '1080p'] : ['768p']),
		promptMaxLength: 2000,
	},
	// §0.1 / §1.8 [T]: the Hailuo 2.3 contract, image to video only (EvoLink §3.6 documents it so).
	'MiniMax-Hailuo-2.3-Fast': {
		durations: [6, 10],
		defaultDuration: 6,
		aspectRatios: ['adaptive'],
		resolutionsAt: (duration) => (duration === 6 ? ['768p', '1080p'] : ['768p']),
		promptMaxLength: 2000,
		requires: { imageUrl: 'https://cdn.example/first-frame.png' },
	},
	// The newer English grok-imagine page: 6–30 s (default 6); five `size` ratios; quality 480p (default) / 720p.
	'grok-imagine-1.5-video-apimart': {
		durations: range(6, 30),
		defaultDuration: 6,
		aspectRatios: ['16:9', '9:16', '1:1', '3:2', '2:3'],
		resolutionsAt: only('480p', '720p'),
	},
	// §1.9 + the English page: 6–30 s (default 6); five `size` ratios; quality 480p / 720p (from a third party).
	'grok-imagine-1.0-video-apimart': {
		durations: range(6, 30),
		defaultDuration: 6,
		aspectRatios: ['16:9', '9:16', '1:1', '3:2', '2:3'],
		resolutionsAt: only('480p', '720p'),
	},
	// §1.10 / vidu-q3-pro page: 1–16 s (default 5); 540p / 720p / 1080p; five ratios; prompt ≤ 2000.
	'viduq3-pro': {
		durations: range(1, 16),
		defaultDuration: 5,
		aspectRatios: ['16:9', '9:16', '4:3', '3:4', '1:1'],
		resolutionsAt: only('720p', '540p', '1080p'),
		promptMaxLength: 2000,
	},
};

/** Documented default resolution per model (the editor's preselected tier). */
export const gccaiDefaultResolution: Record<string, DocResolution> = {
	'veo3.1-fast': '720p',
	'veo3.1-quality': '720p',
	'veo3.1-lite': '720p',
	'veo3.1-fast-official': '720p',
	'veo3.1-quality-official': '720p',
	'doubao-seedance-2.0': '480p',
	'doubao-seedance-2.0-face': '480p',
	'doubao-seedance-2.0-fast': '480p',
	'doubao-seedance-2.0-fast-face': '480p',
	'doubao-seedance-1-5-pro': '720p',
	'kling-v3': '720p',
	'kling-v2-6': '720p',
	'wan2.6': '720p',
	'wan2.7-videoedit': '1080p',
	'wan2.7-r2v': '1080p',
	'veo3.1-lite-official': '720p',
	'MiniMax-Hailuo-2.3': '768p',
	'MiniMax-Hailuo-2.3-Fast': '768p',
	'grok-imagine-1.5-video-apimart': '480p',
	'viduq3-pro': '720p',
};
