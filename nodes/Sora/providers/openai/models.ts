import type { AspectRatio, ModelSpec, Resolution } from '../types';

// The official spec (openai-openapi 2026-08-21, openai-node videos.ts): VideoSeconds "4" | "8" | "12";
// VideoSize 720x1280 | 1280x720 | 1024x1792 | 1792x1024, the 1024 sizes Pro-only (providers.md §1.4).
// OpenAI's guide also names 16/20 s and 1920x1080 on sora-2-pro (the spec has 16/20 s only under
// /videos/extensions). Node version 1 offered them, so version 1 keeps them, labelled as working only
// where the endpoint takes them; version 2 offers the spec's values only.
const retired = 'Retired upstream on 2026-09-24: works only where your provider still serves it';
const guideOnly = 'OpenAI guide only, not in the API spec: works only where your endpoint accepts it (node version 1 only)';
const guideEvidence = {
	level: 'documented',
	note: '4/8/12 s and the 720p/1024p sizes are the API spec\'s; 16/20 s (and 1080p on Pro) only OpenAI\'s guide names, so only node version 1 offers them',
} as const;

const sora2: Omit<ModelSpec, 'id' | 'displayName'> = {
	description: retired,
	durations: [4, 8, 12, 16, 20],
	defaultDuration: 4,
	aspectRatios: ['16:9', '9:16'],
	resolutions: ['720p'],
	supportsImage: true,
	beyondSpec: { durations: [16, 20], label: guideOnly },
	evidence: guideEvidence,
};
const sora2Pro: Omit<ModelSpec, 'id' | 'displayName'> = {
	...sora2,
	resolutions: ['720p', '1024p', '1080p'],
	beyondSpec: { durations: [16, 20], resolutions: ['1080p'], label: guideOnly },
};
// Dated snapshots predate the guide's 16/20 s and 1080p: spec values only.
const snapshot = { durations: [4, 8, 12], beyondSpec: undefined, evidence: undefined };

export const openaiModels: ModelSpec[] = [
	{ id: 'sora-2', displayName: 'Sora 2 (retired)', ...sora2 },
	{ id: 'sora-2-pro', displayName: 'Sora 2 Pro (retired)', ...sora2Pro },
	{ id: 'sora-2-2025-12-08', displayName: 'Sora 2 (2025-12-08 snapshot) (retired)', ...sora2, ...snapshot },
	{ id: 'sora-2-2025-10-06', displayName: 'Sora 2 (2025-10-06 snapshot) (retired)', ...sora2, ...snapshot },
	{
		id: 'sora-2-pro-2025-10-06',
		displayName: 'Sora 2 Pro (2025-10-06 snapshot) (retired)',
		...sora2Pro,
		...snapshot,
		resolutions: ['720p', '1024p'],
	},
];

/** `size` as the spec writes it, plus the guide's 1080p pair. */
export const openaiSizes: Partial<Record<Resolution, Partial<Record<AspectRatio, string>>>> = {
	'720p': { '16:9': '1280x720', '9:16': '720x1280' },
	'1024p': { '16:9': '1792x1024', '9:16': '1024x1792' },
	'1080p': { '16:9': '1920x1080', '9:16': '1080x1920' },
};
