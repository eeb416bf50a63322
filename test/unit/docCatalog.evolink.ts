/**
 * EvoLink's successor video models as its docs state them (video-models.md §3, checked against the
 * OpenAPI files of Pharmacist9527/mintlify-docs at a301c93, 2026-08-21), written independently of the
 * node's catalog. Order = the order the node lists them (Veo 3.1 first, Sora after these).
 */
import type { DocAspect, DocModel, DocResolution } from './docCatalog';

export interface EvoLinkDocModel extends DocModel {
	/** How a start image travels: none accepted, `image_urls` array, or `image_start` string. */
	image: 'none' | 'image_urls' | 'image_start';
	imageRequired: boolean;
	/** Where a last frame goes: second `image_urls` element or `image_end`; absent = not documented. */
	lastFrame?: 'image_urls' | 'image_end';
	/** The aspect ratio key is sent (image-to-video ids follow the image). */
	sendsAspect: boolean;
	/** Duration is a body field (the Veo betas have none). */
	sendsDuration: boolean;
	audio?: { key: 'generate_audio' | 'sound'; default: boolean };
	negativePrompt?: boolean;
	seed?: { min: number; max: number };
	/** Body constants the docs require per mode. */
	mode?: { key: string; text?: string; first: string; firstLast: string };
	/** Prompt limit in tokens, stated in the description instead of enforced. */
	promptTokens?: number;
	/** EvoLink's word for the adaptive ratio is `auto` (Veo 3.1, Grok 1.5). */
	adaptiveIsAuto?: boolean;
	/** The ratio applies only without an image (Grok 1.5: one image sets the shape). */
	aspectOnlyWithoutImage?: boolean;
	/** Character limit of the negative prompt (Wan 2.7). */
	negativePromptMaxLength?: number;
	/** Tiers rendered only from one start image (Hailuo 02: 512p). */
	imageOnlyResolutions?: DocResolution[];
	/** Image formats narrower than EvoLink's usual jpg/jpeg/png/webp (Kling: no webp). */
	noWebp?: boolean;
	/** A reference the model cannot run without (the video to edit or extend, or one reference image). */
	requiredReference?: { kind: 'images' | 'videos'; key: string; single?: boolean };
	/** The adaptive choice ("follow the input") sends no ratio at all (Wan 2.7 edit, Kling O3 without a first frame). */
	adaptiveOmitted?: boolean;
}

const range = (min: number, max: number) => Array.from({ length: max - min + 1 }, (_u, i) => min + i);
const fixed =
	(...list: DocResolution[]) =>
	() =>
		list;

const seedance20Ratios: DocAspect[] = ['adaptive', '16:9', '9:16', '1:1', '4:3', '3:4', '21:9'];
const seedance20 = (resolutions: DocResolution[], mode: 'text' | 'image' | 'reference'): EvoLinkDocModel => ({
	durations: range(4, 15),
	defaultDuration: 5,
	aspectRatios: seedance20Ratios,
	resolutionsAt: fixed(...resolutions),
	image: mode === 'text' ? 'none' : 'image_urls',
	imageRequired: mode === 'image',
	...(mode === 'image' ? { lastFrame: 'image_urls' as const } : {}),
	sendsAspect: true,
	sendsDuration: true,
	audio: { key: 'generate_audio', default: true },
	promptTokens: 10000,
});

// Rows 17 and 21–24 (seedance2.5/*.json): 4–30 s or -1 (the model picks), 480p/720p/1080p, no 4k.
const seedance25 = (extra: Partial<EvoLinkDocModel>): EvoLinkDocModel => ({
	durations: [...range(4, 30), -1],
	defaultDuration: 5,
	aspectRatios: seedance20Ratios,
	resolutionsAt: fixed('720p', '480p', '1080p'),
	image: 'none',
	imageRequired: false,
	sendsAspect: true,
	sendsDuration: true,
	audio: { key: 'generate_audio', default: true },
	promptTokens: 10000,
	...extra,
});

const klingText = (resolutions: DocResolution[], sound: boolean, negative: boolean): EvoLinkDocModel => ({
	durations: range(3, 15),
	defaultDuration: 5,
	aspectRatios: ['16:9', '9:16', '1:1'],
	resolutionsAt: fixed(...resolutions),
	promptMaxLength: 2500,
	image: 'none',
	imageRequired: false,
	sendsAspect: true,
	sendsDuration: true,
	...(sound ? { audio: { key: 'sound' as const, default: false } } : {}),
	...(negative ? { negativePrompt: true } : {}),
	noWebp: true,
});
const klingImage = (resolutions: DocResolution[], sound: boolean, negative: boolean, lastFrame: boolean): EvoLinkDocModel => ({
	...klingText(resolutions, sound, negative),
	aspectRatios: ['adaptive'],
	image: 'image_start',
	imageRequired: true,
	...(lastFrame ? { lastFrame: 'image_end' as const } : {}),
	sendsAspect: false,
});

const wanRatios: DocAspect[] = ['16:9', '9:16', '1:1', '4:3', '3:4'];
const wan = (extra: Partial<EvoLinkDocModel>): EvoLinkDocModel => ({
	durations: range(2, 15),
	defaultDuration: 5,
	aspectRatios: wanRatios,
	resolutionsAt: fixed('720p', '1080p'),
	image: 'none',
	imageRequired: false,
	sendsAspect: true,
	sendsDuration: true,
	...extra,
});

const veoPreview: EvoLinkDocModel = {
	durations: [4, 6, 8],
	defaultDuration: 4,
	aspectRatios: ['adaptive', '16:9', '9:16'],
	resolutionsAt: fixed('720p', '1080p', '4k'),
	image: 'image_urls',
	imageRequired: false,
	lastFrame: 'image_urls',
	sendsAspect: true,
	sendsDuration: true,
	audio: { key: 'generate_audio', default: true },
	negativePrompt: true,
	seed: { min: 1, max: 4294967295 },
	mode: { key: 'generation_type', text: 'TEXT', first: 'FIRST&LAST', firstLast: 'FIRST&LAST' },
	promptTokens: 2000,
	adaptiveIsAuto: true,
};
const veoBeta: EvoLinkDocModel = {
	...veoPreview,
	durations: [8],
	defaultDuration: 8,
	resolutionsAt: fixed('720p'),
	sendsDuration: false,
	audio: undefined,
	negativePrompt: undefined,
	seed: undefined,
};

const hailuo: EvoLinkDocModel = {
	durations: [6, 10],
	defaultDuration: 6,
	aspectRatios: ['adaptive'],
	resolutionsAt: (duration) => (duration === 6 ? ['768p', '1080p'] : ['768p']),
	promptMaxLength: 2000,
	image: 'image_urls',
	imageRequired: false,
	sendsAspect: false,
	sendsDuration: true,
};

const grokText = (durations: number[], ratios: DocAspect[]): EvoLinkDocModel => ({
	durations,
	defaultDuration: 6,
	aspectRatios: ratios,
	resolutionsAt: fixed('480p', '720p'),
	image: 'none',
	imageRequired: false,
	sendsAspect: true,
	sendsDuration: true,
});
const grokImage = (durations: number[]): EvoLinkDocModel => ({
	...grokText(durations, ['adaptive']),
	image: 'image_urls',
	imageRequired: true,
	sendsAspect: false,
});

export const evolinkSuccessorDocs: Record<string, EvoLinkDocModel> = {
	'veo-3.1-fast-generate-preview': veoPreview,
	'veo-3.1-generate-preview': veoPreview,
	'veo3.1-fast-beta': veoBeta,
	'veo3.1-pro-beta': veoBeta,
	'seedance-2.5-text-to-video': seedance25({}),
	'seedance-2.5-image-to-video': seedance25({ aspectRatios: ['adaptive'], image: 'image_urls', imageRequired: true, lastFrame: 'image_urls' }),
	'seedance-2.5-reference-to-video': seedance25({ requiredReference: { kind: 'images', key: 'image_urls' } }),
	'seedance-2.5-video-edit': seedance25({ durations: [-1], defaultDuration: -1, aspectRatios: ['adaptive'], requiredReference: { kind: 'videos', key: 'video_urls' } }),
	'seedance-2.5-video-extend': seedance25({ aspectRatios: ['adaptive'], requiredReference: { kind: 'videos', key: 'video_urls' } }),
	'seedance-2.0-text-to-video': seedance20(['720p', '480p', '1080p', '4k'], 'text'),
	'seedance-2.0-image-to-video': seedance20(['720p', '480p', '1080p', '4k'], 'image'),
	'seedance-2.0-reference-to-video': seedance20(['720p', '480p', '1080p', '4k'], 'reference'),
	'seedance-2.0-fast-text-to-video': seedance20(['720p', '480p'], 'text'),
	'seedance-2.0-fast-image-to-video': seedance20(['720p', '480p'], 'image'),
	'seedance-2.0-fast-reference-to-video': seedance20(['720p', '480p'], 'reference'),
	'seedance-2.0-mini-text-to-video': seedance20(['720p', '480p'], 'text'),
	'seedance-2.0-mini-image-to-video': seedance20(['720p', '480p'], 'image'),
	'seedance-2.0-mini-reference-to-video': seedance20(['720p', '480p'], 'reference'),
	'seedance-1.5-pro': {
		durations: range(4, 12),
		defaultDuration: 5,
		aspectRatios: ['16:9', '9:16', '1:1', '4:3', '3:4', '21:9', 'adaptive'],
		resolutionsAt: fixed('720p', '480p', '1080p'),
		image: 'image_urls',
		imageRequired: false,
		lastFrame: 'image_urls',
		sendsAspect: true,
		sendsDuration: true,
		audio: { key: 'generate_audio', default: true },
		promptTokens: 2000,
	},
	'kling-o3-text-to-video': klingText(['720p', '1080p', '4k'], true, false),
	// Row 8: a ratio (16:9/9:16/1:1) is documented; sent only without a first frame.
	'kling-o3-image-to-video': {
		...klingImage(['720p', '1080p', '4k'], true, false, true),
		aspectRatios: ['adaptive', '16:9', '9:16', '1:1'],
		sendsAspect: true,
		aspectOnlyWithoutImage: true,
		adaptiveOmitted: true,
	},
	// Row 9: one reference video in video_url (a string), 3–10 s, 720p/1080p, three ratios, no sound field.
	'kling-o3-reference-to-video': {
		...klingText(['720p', '1080p'], false, false),
		durations: range(3, 10),
		requiredReference: { kind: 'videos', key: 'video_url', single: true },
	},
	// Row 20: no duration, no ratio (the output follows the input video).
	'kling-o3-video-edit': {
		...klingText(['720p', '1080p'], false, false),
		durations: [0],
		defaultDuration: 0,
		aspectRatios: ['adaptive'],
		sendsAspect: false,
		sendsDuration: false,
		requiredReference: { kind: 'videos', key: 'video_url', single: true },
	},
	'kling-v3-text-to-video': klingText(['720p', '1080p', '4k'], true, true),
	'kling-v3-image-to-video': klingImage(['720p', '1080p', '4k'], true, true, true),
	'kling-v3-turbo-text-to-video': klingText(['720p', '1080p'], false, false),
	'kling-v3-turbo-image-to-video': klingImage(['720p', '1080p'], false, false, false),
	'wan2.7-text-to-video': wan({ promptMaxLength: 5000, negativePrompt: true, negativePromptMaxLength: 500, seed: { min: 1, max: 2147483647 } }),
	'wan2.7-image-to-video': wan({
		aspectRatios: ['adaptive'],
		promptMaxLength: 5000,
		negativePrompt: true,
		negativePromptMaxLength: 500,
		seed: { min: 1, max: 2147483647 },
		image: 'image_start',
		imageRequired: true,
		lastFrame: 'image_end',
		sendsAspect: false,
		mode: { key: 'generation_mode', first: 'first_frame', firstLast: 'first_last_frame' },
	}),
	// Row 18: duration 0 keeps the input length, 2–10 truncates; no ratio = close to the input.
	'wan2.7-video-edit': wan({
		durations: [0, ...range(2, 10)],
		defaultDuration: 0,
		aspectRatios: ['adaptive', ...wanRatios],
		adaptiveOmitted: true,
		promptMaxLength: 5000,
		negativePrompt: true,
		negativePromptMaxLength: 500,
		seed: { min: 1, max: 2147483647 },
		requiredReference: { kind: 'videos', key: 'video_urls' },
	}),
	// Row 12: images + videos 1–5; the ratio is ignored with a first frame.
	'wan2.7-reference-video': wan({
		promptMaxLength: 5000,
		negativePrompt: true,
		negativePromptMaxLength: 500,
		seed: { min: 1, max: 2147483647 },
		image: 'image_start',
		aspectOnlyWithoutImage: true,
		requiredReference: { kind: 'images', key: 'image_urls' },
	}),
	'wan2.6-text-to-video': wan({ promptMaxLength: 1500 }),
	'wan2.6-image-to-video': wan({ aspectRatios: ['adaptive'], promptMaxLength: 1500, image: 'image_urls', imageRequired: true, sendsAspect: false }),
	'wan2.6-image-to-video-flash': wan({
		aspectRatios: ['adaptive'],
		promptMaxLength: 1500,
		image: 'image_urls',
		imageRequired: true,
		sendsAspect: false,
		audio: { key: 'generate_audio', default: true },
	}),
	'grok-imagine-video-1.5-preview': {
		...grokText(range(1, 15), ['adaptive', '16:9', '9:16', '1:1', '3:2', '2:3']),
		resolutionsAt: fixed('480p', '720p', '1080p'),
		promptMaxLength: 4096,
		image: 'image_urls',
		adaptiveIsAuto: true,
		aspectOnlyWithoutImage: true,
	},
	'grok-imagine-video-1.0-t2v': grokText(range(1, 15), ['16:9', '9:16', '1:1', '3:2', '2:3', '4:3', '3:4']),
	'grok-imagine-video-1.0-i2v': grokImage(range(1, 15)),
	'grok-imagine-text-to-video-beta': grokText(range(6, 30), ['16:9', '9:16', '1:1', '3:2', '2:3']),
	'grok-imagine-image-to-video-beta': grokImage(range(6, 30)),
	'MiniMax-Hailuo-2.3': hailuo,
	'MiniMax-Hailuo-2.3-Fast': { ...hailuo, imageRequired: true },
	'MiniMax-Hailuo-02': {
		...hailuo,
		resolutionsAt: (duration) => (duration === 6 ? ['768p', '512p', '1080p'] : ['768p', '512p']),
		lastFrame: 'image_urls',
		imageOnlyResolutions: ['512p'],
	},
};

/** The DocModel view the generic catalog tests read. */
export const evolinkSuccessorCatalog: Record<string, DocModel> = Object.fromEntries(
	Object.entries(evolinkSuccessorDocs).map(([id, doc]) => [
		id,
		{
			durations: doc.durations,
			defaultDuration: doc.defaultDuration,
			aspectRatios: doc.aspectRatios,
			resolutionsAt: doc.resolutionsAt,
			promptMaxLength: doc.promptMaxLength,
			// With a start image every documented tier is allowed (Hailuo 02's 512p needs one).
			...(doc.imageRequired || doc.imageOnlyResolutions ? { requires: { imageUrl: 'https://cdn.example/first-frame.png' } } : {}),
			...(doc.requiredReference ? { requires: { references: { [doc.requiredReference.kind]: [requiredReferenceUrl(doc.requiredReference.kind)] } } } : {}),
		},
	]),
);

/** The one reference a model needs in the generic tests: a video to edit or extend, or one image. */
export function requiredReferenceUrl(kind: 'images' | 'videos'): string {
	return kind === 'videos' ? 'https://cdn.example/source.mp4' : 'https://cdn.example/character.png';
}
