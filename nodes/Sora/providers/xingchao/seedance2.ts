import type { IDataObject } from 'n8n-workflow';

import { secondsRange } from '../secondsRange';
import { mappedBody } from '../mappedBody';
import type { BodyMap, CreateInput, HttpCall, ModelSpec, ReferenceSpec } from '../types';

export const SEEDANCE2_PATH = '/v1/kyyvideo2/videos';

// video-models.md §4.4. `generateAudio` is camelCase here (Seedance 1.5 on this provider uses
// `generate_audio`). Resolution is not a request field.
const seedance2Body: BodyMap = {
	duration: { key: 'duration', type: 'integer' },
	aspectRatio: { key: 'aspect_ratio' },
	audio: { key: 'generateAudio', on: true, off: false },
	image: { key: 'first_image', type: 'string' },
	lastFrame: { key: 'last_image' },
};

// Row 7 of video-modes-and-callbacks.md §2 (keyiyunnet-sys/docs seedance2-create.mdx): reference
// images (1–9), videos (≤ 3) and audio (≤ 3), each a public URL or an asset:// id from the asset library
// (faces must go through it); never together with first_image/last_image. The video field keeps the
// name and place it had as a provider option (`referenceVideoUrls`), so saved workflows keep it.
const assetNote = 'public URLs or asset:// IDs from the asset library';
const references = (videosRequired: boolean): ReferenceSpec => ({
	mode: 'reference',
	images: { key: 'referenceImages', max: 9, assetIds: true, limits: `jpeg, png, webp, bmp, tiff or gif, 300–6000 px, ratio 0.4–2.5; ${assetNote} (faces: asset IDs only)` },
	videos: {
		key: 'referenceVideos',
		max: 3,
		...(videosRequired ? { min: 1 } : {}),
		assetIds: true,
		limits: `2–15 s each, 15 s in total, 480p or 720p; ${assetNote}`,
	},
	audios: { key: 'referenceAudios', max: 3, assetIds: true, limits: `wav or mp3, 2–15 s each, 15 s in total, ≤ 15 MB; ${assetNote}` },
	exclusiveWithFrames: true,
	promptTags: '@image1, @video1, @audio1 (numbered per kind)',
});

const seedance2 = {
	family: 'seedance',
	durations: secondsRange(4, 15),
	defaultDuration: 5,
	aspectRatios: ['16:9', '4:3', '1:1', '3:4', '9:16', '21:9', 'adaptive'],
	resolutions: ['720p'],
	supportsImage: true,
	supportsLastFrame: true,
	audio: { default: true },
	body: seedance2Body,
	createPath: SEEDANCE2_PATH,
	evidence: { level: 'documented', note: 'resolution is not a request field: the provider picks it (720p is shown only as a label)' },
} satisfies Partial<ModelSpec>;

export const seedance2Models: ModelSpec[] = [
	{
		...seedance2,
		id: 'seedance_2_0_pro',
		displayName: 'Seedance 2.0 Pro',
		description: 'ByteDance Seedance 2.0, 4–15 s with audio; text, first/last frame, or reference images, videos and audio',
		references: references(false),
	},
	{
		...seedance2,
		id: 'seedance_2_0_fast_pro',
		displayName: 'Seedance 2.0 Fast Pro',
		description: 'Faster Seedance 2.0, 4–15 s with audio; text, first/last frame, or reference images, videos and audio',
		references: references(false),
	},
	{
		...seedance2,
		id: 'seedance_2_0',
		displayName: 'Seedance 2.0',
		description: 'Seedance 2.0 driven by reference videos (at least one), plus optional reference images and audio',
		references: references(true),
	},
	{
		...seedance2,
		id: 'seedance_2_0_fast',
		displayName: 'Seedance 2.0 Fast',
		description: 'Faster Seedance 2.0 driven by reference videos (at least one), plus optional reference images and audio',
		references: references(true),
	},
];

export function seedance2CreateRequest(input: CreateInput): HttpCall {
	const body: IDataObject = mappedBody(seedance2Body, input);
	return { method: 'POST', path: SEEDANCE2_PATH, body };
}
