import type { IDataObject } from 'n8n-workflow';

import { secondsRange } from '../secondsRange';
import { mappedBody } from '../mappedBody';
import type { BodyMap, CreateInput, ExtraFieldSpec, HttpCall, ModelRule, ModelSpec } from '../types';

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

const MAX_REFERENCE_VIDEOS = 3;

/** The reference video URLs as typed: one per line or comma-separated. */
export function referenceVideoUrls(input: Pick<CreateInput, 'extras'>): string[] {
	const raw = input.extras.referenceVideoUrls;
	if (typeof raw !== 'string') return [];
	return raw
		.split(/[\n,]/)
		.map((url) => url.trim())
		.filter((url) => url !== '');
}

function checkReferenceVideos(value: string | number | boolean): string | undefined {
	const urls = referenceVideoUrls({ extras: { referenceVideoUrls: String(value) } });
	if (urls.length > MAX_REFERENCE_VIDEOS) return `at most ${MAX_REFERENCE_VIDEOS} videos (this has ${urls.length})`;
	const bad = urls.find((url) => !/^(https?:\/\/[^\s/]+\S*|asset:\/\/\S+)$/i.test(url));
	return bad === undefined ? undefined : `"${bad}" is not an http(s) URL or asset:// ID`;
}

const needsReferenceVideo: ModelRule = {
	check: (input) =>
		referenceVideoUrls(input).length > 0
			? undefined
			: 'this model needs at least one reference video (Reference Video URLs); the Pro models do not',
};

const framesOrReferences: ModelRule = {
	check: (input) =>
		input.imageUrl && referenceVideoUrls(input).length > 0
			? 'a first/last frame and reference videos cannot be combined; use one or the other'
			: undefined,
};

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
		description: 'ByteDance Seedance 2.0, 4–15 s with audio; text, first/last frame or reference videos',
		rules: [framesOrReferences],
	},
	{
		...seedance2,
		id: 'seedance_2_0_fast_pro',
		displayName: 'Seedance 2.0 Fast Pro',
		description: 'Faster Seedance 2.0, 4–15 s with audio; text, first/last frame or reference videos',
		rules: [framesOrReferences],
	},
	{
		...seedance2,
		id: 'seedance_2_0',
		displayName: 'Seedance 2.0',
		description: 'Seedance 2.0 driven by reference videos: at least one is required',
		rules: [needsReferenceVideo, framesOrReferences],
	},
	{
		...seedance2,
		id: 'seedance_2_0_fast',
		displayName: 'Seedance 2.0 Fast',
		description: 'Faster Seedance 2.0 driven by reference videos: at least one is required',
		rules: [needsReferenceVideo, framesOrReferences],
	},
];

export const seedance2ExtraFields: ExtraFieldSpec[] = [
	{
		displayName: 'Reference Video URLs',
		name: 'referenceVideoUrls',
		type: 'string',
		default: '',
		placeholder: 'https://example.com/motion.mp4',
		description:
			'Up to 3 videos (2–15 s each, 15 s in total, 480p or 720p), one per line; public URLs or asset://IDs from the asset library. Not combined with a first/last frame.',
		rows: 3,
		models: seedance2Models.map((model) => model.id),
		check: checkReferenceVideos,
	},
];

export function seedance2CreateRequest(input: CreateInput): HttpCall {
	const body: IDataObject = mappedBody(seedance2Body, input);
	const videos = referenceVideoUrls(input);
	if (videos.length > 0) body.referenceVideos = videos;
	return { method: 'POST', path: SEEDANCE2_PATH, body };
}
