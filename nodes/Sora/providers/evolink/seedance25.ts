import { secondsRange } from '../secondsRange';
import type { ModelRule, ModelSpec, ReferenceKindSpec, ReferenceSpec } from '../types';
import { needsStartImage } from './rules';
import { seedanceBody } from './seedanceBody';

// EvoLink Seedance 2.5 (video-modes-and-callbacks.md §2 rows 17 and 21–25; docs seedance2.5/*.json,
// files 2026-08-06…08-20). Duration -1 lets the model pick the length (billed by the actual length).
// Video inputs are billed by their seconds too. No base64 anywhere: binary images are uploaded first.
type Traits = Omit<ModelSpec, 'id' | 'displayName' | 'description'>;

const body = seedanceBody;

const images = (max: number, min?: number): ReferenceKindSpec => ({
	key: 'image_urls',
	max,
	...(min ? { min } : {}),
	extensions: ['jpg', 'jpeg', 'png', 'webp'],
	limits: 'Each ≤ 30 MB, 300–6000 px, ratio 0.4–2.5',
});
const videos = (min: number, minSeconds: number): ReferenceKindSpec => ({
	key: 'video_urls',
	max: 10,
	...(min ? { min } : {}),
	extensions: ['mp4', 'mov'],
	limits: `Each ${minSeconds}–30 s, 30 s in total, ≤ 200 MB, 24–60 fps; input seconds are billed`,
});
const audios: ReferenceKindSpec = { key: 'audio_urls', max: 10, extensions: ['wav', 'mp3'], limits: 'Each 2–30 s, 30 s in total, ≤ 15 MB' };
const tags = '@image1, @video1, @audio1 (numbered per kind)';

/**
 * Row 24's trap: a reference prompt that reads like an edit or extension is validated as one, so a
 * fixed ratio is accepted at create and fails later (quota refunded, time lost). Refused up front.
 */
const referenceReadsLikeEdit: ModelRule = {
	check: (input) =>
		(input.references?.videos.length ?? 0) > 0 && input.aspectRatio !== 'adaptive' && /\b(edit|extend|continue|continuation)\w*\b/i.test(input.prompt)
			? 'this prompt reads like an edit or extension of a video, which EvoLink then checks as one: set Aspect Ratio to Adaptive, or use Seedance 2.5 Video Edit / Extend'
			: undefined,
};

const common: Traits = {
	family: 'seedance',
	durations: [...secondsRange(4, 30), -1],
	defaultDuration: 5,
	aspectRatios: ['adaptive', '16:9', '9:16', '1:1', '4:3', '3:4', '21:9'],
	// 720p is the documented default; no 4k on 2.5.
	resolutions: ['720p', '480p', '1080p'],
	supportsImage: false,
	audio: { default: true },
	body,
};

const editOrExtend = (mode: 'edit' | 'extend', minSeconds: number, note: string): ReferenceSpec => ({
	mode,
	videos: videos(1, minSeconds),
	images: images(30),
	audios,
	promptTags: tags,
	note,
});

const tokens = 'Prompt up to 10000 tokens';

export const seedance25Models: ModelSpec[] = [
	{
		...common,
		id: 'seedance-2.5-text-to-video',
		displayName: 'Seedance 2.5 Text to Video',
		description: `ByteDance Seedance 2.5 from a prompt, 4–30 s or the length the model picks, up to 1080p with audio. ${tokens}`,
	},
	{
		...common,
		id: 'seedance-2.5-image-to-video',
		displayName: 'Seedance 2.5 Image to Video',
		description: `Seedance 2.5 from a first frame (optional last frame; a differing ratio is cropped), adaptive ratio. ${tokens}`,
		aspectRatios: ['adaptive'],
		supportsImage: true,
		supportsLastFrame: true,
		rules: [needsStartImage],
	},
	{
		...common,
		id: 'seedance-2.5-reference-to-video',
		displayName: 'Seedance 2.5 Reference to Video',
		description: `Seedance 2.5 guided by up to 30 images, 10 videos and 10 audio files (@image1, @video1, @audio1). ${tokens}`,
		references: { mode: 'reference', images: images(30), videos: videos(0, 2), audios, needsOne: true, promptTags: tags },
		rules: [referenceReadsLikeEdit],
	},
	{
		...common,
		id: 'seedance-2.5-video-edit',
		displayName: 'Seedance 2.5 Video Edit',
		description: `Seedance 2.5 edits a video (4–30 s) by prompt, e.g. "Edit the video: … @video1"; the length follows the edit. ${tokens}`,
		// The doc allows only -1 and adaptive here; anything else is accepted at create and fails later.
		durations: [-1],
		defaultDuration: -1,
		aspectRatios: ['adaptive'],
		references: editOrExtend('edit', 4, 'The prompt must say it edits @video1 (e.g. "Edit the video: replace the sky with a sunset @video1"); input and output seconds are billed'),
	},
	{
		...common,
		id: 'seedance-2.5-video-extend',
		displayName: 'Seedance 2.5 Video Extend',
		description: `Seedance 2.5 extends a video forward or backward, 4–30 s or the length the model picks, adaptive ratio. ${tokens}`,
		aspectRatios: ['adaptive'],
		references: editOrExtend('extend', 2, 'The prompt must say it extends @video1 (e.g. "Extend @video1 forward: the car drives off"); input and output seconds are billed'),
	},
];
