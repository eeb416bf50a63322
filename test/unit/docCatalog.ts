/**
 * What /work/shared/providers.md documents for each provider, written down independently of the
 * node's catalog so tests compare the code against the docs instead of against itself.
 */
import { evolinkSuccessorCatalog } from './docCatalog.evolink';
import { gccaiSuccessorDocs } from './docCatalog.gccai';
import { xingchaoDocModels } from './docCatalog.xingchao';
import { yutoaiDocModels } from './docCatalog.yutoai';
import type { RawCreateParameters } from '../../nodes/Sora/validation/createInput';

export type DocResolution = '480p' | '512p' | '540p' | '720p' | '768p' | '1024p' | '1080p' | '4k';
export type DocAspect = '16:9' | '9:16' | '1:1' | '4:3' | '3:4' | '3:2' | '2:3' | '21:9' | 'adaptive';

export interface DocModel {
	durations: number[];
	/** Documented default duration, where the docs give one. */
	defaultDuration?: number;
	aspectRatios: DocAspect[];
	/** Resolutions allowed at one duration. */
	resolutionsAt: (duration: number) => DocResolution[];
	promptMaxLength?: number;
	/** What an image-to-video-only (or reference-driven) model cannot be created without. */
	requires?: { imageUrl?: string; extras?: Record<string, unknown>; references?: { images?: string[]; videos?: string[] } };
}

const fixed =
	(...list: DocResolution[]) =>
	() =>
		list;

const landscapePortrait: DocAspect[] = ['16:9', '9:16'];

export const docCatalog: Record<string, Record<string, DocModel>> = {
	// §2.2: duration 4/8/12/16/20 (default 4); sora-2 720p only; sora-2-pro 720p/1024p/1080p.
	gccai: {
		...gccaiSuccessorDocs,
		'sora-2': { durations: [4, 8, 12, 16, 20], defaultDuration: 4, aspectRatios: landscapePortrait, resolutionsAt: fixed('720p') },
		'sora-2-pro': {
			durations: [4, 8, 12, 16, 20],
			defaultDuration: 4,
			aspectRatios: landscapePortrait,
			resolutionsAt: fixed('720p', '1024p', '1080p'),
		},
	},
	// §3.2: sora-2 "10"/"15"; sora-2-pro "10"/"15"/"25"; hd (= 1080p) pro only and no effect at 25.
	yutoai: {
		// The successors come first, as in the node's dropdown (newest first).
		...yutoaiDocModels,
		'sora-2': { durations: [10, 15], aspectRatios: landscapePortrait, resolutionsAt: fixed('720p') },
		'sora-2-pro': {
			durations: [10, 15, 25],
			aspectRatios: landscapePortrait,
			resolutionsAt: (duration) => (duration === 25 ? ['720p'] : ['720p', '1080p']),
		},
	},
	// §6.2: n_frames 150 = 5 s / 300 = 10 s; width × height pairs at 480p and 720p in 1:1, 9:16, 16:9.
	yutoaiLegacy: {
		turbo: { durations: [5, 10], aspectRatios: ['16:9', '9:16', '1:1'], resolutionsAt: fixed('480p', '720p') },
	},
	// Successor models first (docCatalog.evolink.ts). §4.2: previews 4 (default)/8/12; pro preview quality
	// 720p/1080p; seed sora-2 10 (default)/15, its prompt later "5000 tokens" (no character cap);
	// archived sora-2-pro 15 (default) high only / 25 standard only.
	evolink: {
		...evolinkSuccessorCatalog,
		'sora-2-preview': { durations: [4, 8, 12], defaultDuration: 4, aspectRatios: landscapePortrait, resolutionsAt: fixed('720p') },
		'sora-2-pro-preview': { durations: [4, 8, 12], aspectRatios: landscapePortrait, resolutionsAt: fixed('720p', '1080p') },
		'sora-2': {
			durations: [10, 15],
			defaultDuration: 10,
			aspectRatios: landscapePortrait,
			resolutionsAt: fixed('720p'),
		},
		'sora-2-beta': { durations: [10, 15], defaultDuration: 10, aspectRatios: landscapePortrait, resolutionsAt: fixed('720p') },
		'sora-2-pro': {
			durations: [15, 25],
			defaultDuration: 15,
			aspectRatios: landscapePortrait,
			resolutionsAt: (duration) => (duration === 15 ? ['1080p'] : ['720p']),
		},
	},
	// §5.2: both models 4/8/12 s; sizes 720x1280 / 1280x720 only (no 1024p/1080p, no HD).
	xingchao: {
		...xingchaoDocModels,
		openAiSora2Plus: { durations: [4, 8, 12], aspectRatios: landscapePortrait, resolutionsAt: fixed('720p') },
		openAiSora2Pro: { durations: [4, 8, 12], aspectRatios: landscapePortrait, resolutionsAt: fixed('720p') },
	},
	// §1.4: the API spec's VideoSeconds 4/8/12 (default "4") and VideoSize: sora-2 720p only; pro adds
	// 1792x1024. The guide's 16/20 s and 1920x1080 are not in the spec (node version 1 only; see
	// openai.test.ts). The dated snapshots get the same enum.
	openai: {
		'sora-2': { durations: [4, 8, 12], defaultDuration: 4, aspectRatios: landscapePortrait, resolutionsAt: fixed('720p') },
		'sora-2-pro': {
			durations: [4, 8, 12],
			defaultDuration: 4,
			aspectRatios: landscapePortrait,
			resolutionsAt: fixed('720p', '1024p'),
		},
		'sora-2-2025-12-08': { durations: [4, 8, 12], defaultDuration: 4, aspectRatios: landscapePortrait, resolutionsAt: fixed('720p') },
		'sora-2-2025-10-06': { durations: [4, 8, 12], defaultDuration: 4, aspectRatios: landscapePortrait, resolutionsAt: fixed('720p') },
		'sora-2-pro-2025-10-06': {
			durations: [4, 8, 12],
			defaultDuration: 4,
			aspectRatios: landscapePortrait,
			resolutionsAt: fixed('720p', '1024p'),
		},
	},
};

export interface Combo {
	model: string;
	duration: number;
	aspectRatio: DocAspect;
	resolution: DocResolution;
}

/** Every documented model × duration × aspect × resolution of one provider. */
export function docCombos(providerId: string): Combo[] {
	const combos: Combo[] = [];
	for (const [model, spec] of Object.entries(docCatalog[providerId])) {
		for (const duration of spec.durations) {
			for (const aspectRatio of spec.aspectRatios) {
				for (const resolution of spec.resolutionsAt(duration)) combos.push({ model, duration, aspectRatio, resolution });
			}
		}
	}
	return combos;
}

/** Pixel sizes per documented tier (OpenAI §1.4; xingchao §5.2; legacy §6.2). */
export const pixelSize: Record<string, Partial<Record<DocAspect, string>>> = {
	'480p': { '16:9': '854x480', '9:16': '480x854', '1:1': '480x480' },
	'720p': { '16:9': '1280x720', '9:16': '720x1280', '1:1': '720x720' },
	'1024p': { '16:9': '1792x1024', '9:16': '1024x1792' },
	'1080p': { '16:9': '1920x1080', '9:16': '1080x1920' },
};

/** Raw node parameters that pick `model` at its documented values (its first ratio and tier at `duration`), with overrides. */
export function documentedParameters(
	doc: DocModel,
	model: string,
	prompt: string,
	duration: number,
	overrides: Partial<RawCreateParameters> = {},
): RawCreateParameters {
	return {
		model,
		prompt,
		duration,
		aspectRatio: doc.aspectRatios[0],
		resolution: doc.resolutionsAt(duration)[0],
		imageUrl: doc.requires?.imageUrl ?? '',
		extras: { ...doc.requires?.extras },
		...(doc.requires?.references ? { references: doc.requires.references } : {}),
		...overrides,
	};
}

