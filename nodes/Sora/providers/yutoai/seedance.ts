import { needsStartImage } from '../modelRules';
import type { BodyMap, ModelSpec } from '../types';

// video-models.md §2.4 (1.0 model ids only; 1.5 / 2.0 are not documented on /v2). The ratio key is
// `ratio`; `9:21` and `keep_ratio` are listed too but the node has no such tier. These pages exist only in
// the upstream Apifox export of the API project YutoAI's docs copy; docs.yutoai.net shows none of them
// (second audit; not found again on 2026-12-05), so the rows are not listed from node version 2.
const unlisted = 'docs.yutoai.net has no Seedance page; these ids are known only from the upstream API project its docs copy';
const evidence = {
	level: 'thirdParty',
	note: 'fields from the upstream Apifox export (its Seedance text-to-video, image-to-video and first/last-frame pages), not from a YutoAI page',
} as const;
const seedanceBody: BodyMap = {
	duration: { key: 'duration', type: 'integer' },
	resolution: { key: 'resolution' },
	aspectRatio: { key: 'ratio' },
	seed: { key: 'seed' },
	image: { key: 'images', type: 'array' },
};

const seedance = {
	family: 'seedance',
	durations: [5, 10],
	defaultDuration: 5,
	aspectRatios: ['16:9', '21:9', '4:3', '1:1', '3:4', '9:16', 'adaptive'],
	resolutions: ['480p', '720p', '1080p'],
	promptMaxLength: 800,
	seed: { min: 0, max: 2147483647 },
	body: seedanceBody,
	unlisted,
	evidence,
} satisfies Partial<ModelSpec>;

export const seedanceModels: ModelSpec[] = [
	{
		...seedance,
		id: 'doubao-seedance-1-0-pro-250528',
		displayName: 'Seedance 1.0 Pro',
		description: 'Text to video, or image to video from a first frame',
		supportsImage: true,
	},
	{
		...seedance,
		id: 'doubao-seedance-1-0-lite-i2v-250428',
		displayName: 'Seedance 1.0 Lite (Image to Video)',
		description: 'Image to video from a first frame, or first + last frame; an image is required',
		supportsImage: true,
		supportsLastFrame: true,
		rules: [needsStartImage('Seedance 1.0 Lite (Image to Video) needs a start image')],
	},
	{
		...seedance,
		id: 'doubao-seedance-1-0-lite-t2v-250428',
		displayName: 'Seedance 1.0 Lite (Text to Video)',
		description: 'Text to video only',
		supportsImage: false,
	},
];
