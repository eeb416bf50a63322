import { atMostSecondsWithVideos, negativePromptUpTo } from '../modelRules';
import { secondsRange } from '../secondsRange';
import type { AspectRatio, BodyMap, ModelSpec } from '../types';
import { needsStartImage, startImageOrVideo } from './rules';

// EvoLink Wan (video-models.md §3.5; docs wan2.6/*, wan2.7/*, 2026-08-21). Any whole 2–15 s, 720p or
// 1080p. Wan 2.6 takes its image in `image_urls`; Wan 2.7 in `image_start`/`image_end` with a
// `generation_mode`. Image-to-video follows the image's shape (no aspect ratio field). Prompt limits
// are documented in characters (2.6: 1500; 2.7: 5000 and a 500-character negative prompt).
const ratios: AspectRatio[] = ['16:9', '9:16', '1:1', '4:3', '3:4'];
const duration = { key: 'duration', type: 'integer' } as const;
const quality = { key: 'quality' };

const wan26Text: BodyMap = { duration, resolution: quality, aspectRatio: { key: 'aspect_ratio' } };
const wan26Image: BodyMap = { duration, resolution: quality, image: { key: 'image_urls', type: 'array' } };
const wan27Options: BodyMap = { duration, resolution: quality, negativePrompt: { key: 'negative_prompt' }, seed: { key: 'seed' } };

const common = {
	family: 'wan',
	durations: secondsRange(2, 15),
	defaultDuration: 5,
	resolutions: ['720p', '1080p'],
} satisfies Partial<ModelSpec>;

const wan27 = {
	...common,
	promptMaxLength: 5000,
	supportsNegativePrompt: true,
	seed: { min: 1, max: 2147483647 },
	rules: [negativePromptUpTo(500)],
} satisfies Partial<ModelSpec>;

export const wanModels: ModelSpec[] = [
	{
		...wan27,
		id: 'wan2.7-text-to-video',
		displayName: 'Wan 2.7 Text to Video',
		description: 'Alibaba Wan 2.7 from a prompt, 2–15 s, 720p/1080p, seed and negative prompt. Prompt up to 5000 characters',
		aspectRatios: ratios,
		supportsImage: false,
		body: { ...wan27Options, aspectRatio: { key: 'aspect_ratio' } },
	},
	{
		...wan27,
		id: 'wan2.7-image-to-video',
		displayName: 'Wan 2.7 Image to Video',
		description: 'Wan 2.7 from a first frame (optional last frame), 2–15 s, 720p/1080p. Prompt up to 5000 characters',
		aspectRatios: ['adaptive'],
		supportsImage: true,
		supportsLastFrame: true,
		body: {
			...wan27Options,
			constants: { generation_mode: 'first_frame' },
			image: { key: 'image_start', type: 'string' },
			lastFrame: { key: 'image_end' },
			frameConstants: { generation_mode: 'first_last_frame' },
		},
		// Row 15: `video_continuation` extends one clip instead; it takes no start image.
		references: {
			mode: 'extend',
			videos: { key: 'video_urls', max: 1, extensions: ['mp4', 'mov'], limits: 'Input 2–10 s, 240–4096 px, ≤ 100 MB; Duration is the total length (at least the input length)' },
			exclusiveWithFrames: true,
			promptTags: '"Video 1"',
			constants: { generation_mode: 'video_continuation' },
			note: 'The whole output length is billed',
		},
		rules: [...wan27.rules, startImageOrVideo],
	},
	{
		...wan27,
		id: 'wan2.7-video-edit',
		displayName: 'Wan 2.7 Video Edit',
		description: 'Wan 2.7 edits a 2–10 s video by prompt (style, objects), with up to 4 reference images. Prompt up to 5000 characters',
		durations: [0, ...secondsRange(2, 10)],
		defaultDuration: 0,
		aspectRatios: ['adaptive', ...ratios],
		supportsImage: false,
		body: { ...wan27Options, aspectRatio: { key: 'aspect_ratio', omitAdaptive: true } },
		references: {
			mode: 'edit',
			videos: { key: 'video_urls', min: 1, max: 1, extensions: ['mp4', 'mov'], limits: '2–10 s, 240–4096 px, ≤ 100 MB; a shorter Duration truncates it' },
			images: { key: 'image_urls', max: 4, extensions: ['jpg', 'jpeg', 'png', 'bmp', 'webp'], limits: 'Each 240–8000 px, ≤ 20 MB' },
			promptTags: '"Video 1", "Image 1"',
			note: 'Input and output seconds are billed',
		},
	},
	{
		...wan27,
		id: 'wan2.7-reference-video',
		displayName: 'Wan 2.7 Reference to Video',
		description: 'Wan 2.7 casting up to 5 reference images and videos ("Image 1", "Video 1") with optional voices, optional first frame, 2–15 s. Prompt up to 5000 characters',
		aspectRatios: ratios,
		supportsImage: true,
		body: { ...wan27Options, aspectRatio: { key: 'aspect_ratio', textToVideoOnly: true }, image: { key: 'image_start', type: 'string' } },
		// Row 12 (wan2.7-reference-video.json): images + videos 1–5 (the first frame is not counted and
		// takes no voice). Voices go in the preferred `model_params.voice_bindings` ({"image1": url}, ≤ 5),
		// each naming its reference; the legacy positional `audio_urls` is not sent.
		references: {
			mode: 'reference',
			images: { key: 'image_urls', max: 5, extensions: ['jpg', 'jpeg', 'png', 'bmp', 'webp'], limits: 'Each 240–8000 px, ratio 1:8–8:1, ≤ 20 MB, no alpha' },
			videos: { key: 'video_urls', max: 5, extensions: ['mp4', 'mov'], limits: 'Each 1–30 s, 240–4096 px, ≤ 100 MB; input and output seconds are billed' },
			audios: {
				key: 'voice_bindings',
				boundTo: { parent: 'model_params' },
				max: 5,
				extensions: ['wav', 'mp3'],
				limits: 'Voices: each 1–10 s, ≤ 15 MB; a reference video without one speaks with its own sound',
			},
			minVisual: 1,
			maxVisual: 5,
			promptTags: '"Image 1", "Video 1" (numbered per kind)',
		},
		rules: [...wan27.rules, atMostSecondsWithVideos(10)],
	},
	{
		...common,
		id: 'wan2.6-text-to-video',
		displayName: 'Wan 2.6 Text to Video',
		description: 'Wan 2.6 from a prompt, 2–15 s, 720p/1080p. Prompt up to 1500 characters',
		aspectRatios: ratios,
		promptMaxLength: 1500,
		supportsImage: false,
		body: wan26Text,
		evidence: { level: 'documented', note: 'EvoLink gives no default length; 5 s is its example' },
	},
	{
		...common,
		id: 'wan2.6-image-to-video',
		displayName: 'Wan 2.6 Image to Video',
		description: 'Wan 2.6 from one first frame, 2–15 s, 720p/1080p. Prompt up to 1500 characters',
		aspectRatios: ['adaptive'],
		promptMaxLength: 1500,
		supportsImage: true,
		body: wan26Image,
		rules: [needsStartImage],
		evidence: { level: 'documented', note: 'EvoLink gives no default length; 5 s is its example' },
	},
	{
		...common,
		id: 'wan2.6-image-to-video-flash',
		displayName: 'Wan 2.6 Flash Image to Video',
		description: 'Faster Wan 2.6 from one first frame, 2–15 s, optional audio. Prompt up to 1500 characters',
		aspectRatios: ['adaptive'],
		promptMaxLength: 1500,
		supportsImage: true,
		audio: { default: true },
		body: { ...wan26Image, audio: { key: 'generate_audio', on: true, off: false } },
		rules: [needsStartImage],
		evidence: { level: 'documented', note: 'EvoLink gives no default length; 5 s is its example' },
	},
];
