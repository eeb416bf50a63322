import { atMostSecondsWithVideos, negativePromptUpTo } from '../modelRules';
import { secondsRange } from '../secondsRange';
import type { AspectRatio, BodyMap, ModelSpec } from '../types';

// video-models.md §1.7: shuchongAI/docs wan2.6 and the docs.apimart.ai wan2.7 page (second audit: its
// fields document 2–15 s, 720P/1080P and `size`, which a start image overrides).
const wan27Ratios: AspectRatio[] = ['16:9', '9:16', '1:1', '4:3', '3:4'];
const wan27Body = {
	duration: { key: 'duration', type: 'integer' },
	resolution: { key: 'resolution', values: { '720p': '720P', '1080p': '1080P' } },
} satisfies BodyMap;
const wan27 = {
	family: 'wan',
	durations: secondsRange(2, 15),
	defaultDuration: 5,
	aspectRatios: wan27Ratios,
	resolutions: ['1080p', '720p'],
	promptMaxLength: 5000,
} satisfies Partial<ModelSpec>;
// The two single-purpose Wan 2.7 ids (reference-to-video, video edit) add the 500-character negative prompt.
const wan27Purpose = { ...wan27, supportsNegativePrompt: true, rules: [negativePromptUpTo(500)] } satisfies Partial<ModelSpec>;
const wan27PurposeBody = { ...wan27Body, negativePrompt: { key: 'negative_prompt' } } satisfies BodyMap;

export const wanModels: ModelSpec[] = [
	{
		...wan27,
		id: 'wan2.7',
		displayName: 'Wan 2.7',
		description: 'Alibaba Wan 2.7: text, start image, first + last frame, or continuing a video; 720P or 1080P',
		supportsImage: true,
		supportsLastFrame: true,
		evidence: { level: 'documented', note: 'with a start image the video follows the image\'s shape, so no size is sent' },
		body: {
			...wan27Body,
			aspectRatio: { key: 'size', textToVideoOnly: true },
			image: { key: 'image_urls', type: 'array' },
		},
		// Row 16 of video-modes-and-callbacks.md §2 (docs.apimart.ai wan2.7/generation): `video_urls` makes
		// it a continuation (the mode follows the inputs present). One clip of 2–10 s and no start frame are
		// the upstream Wan 2.7 rules [T] (EvoLink documents them for the same model).
		references: {
			mode: 'extend',
			videos: { key: 'video_urls', max: 1, extensions: ['mp4', 'mov'], limits: 'Input 2–10 s (upstream limit); Duration is the total length' },
			exclusiveWithFrames: true,
			promptTags: '"video 1"',
			note: 'The whole output length is billed',
		},
	},
	{
		// Row 13 of video-modes-and-callbacks.md §2 [D] docs.apimart.ai/en/api-reference/videos/wan2.7-r2v/generation:
		// reference images as `image_with_roles` (role reference_image), the optional first frame there too
		// (role first_frame, which makes `size` ignored), `video_urls`; images + videos ≤ 5, 2–15 s. The
		// first frame alone and more than 10 s with a video are refused by the upstream rules EvoLink
		// documents for the same model [T]. The per-image voice (`reference_voice`) is not offered yet.
		...wan27Purpose,
		id: 'wan2.7-r2v',
		displayName: 'Wan 2.7 Reference to Video',
		description: 'Alibaba Wan 2.7 casting up to 5 reference images and videos ("image 1", "video 1"), optional first frame, 2–15 s; 720P or 1080P',
		supportsImage: true,
		evidence: { level: 'documented', note: 'A first frame alone, and more than 10 s with a reference video, are refused after the upstream Wan 2.7 rules (third-party for APIMart)' },
		body: {
			...wan27PurposeBody,
			aspectRatio: { key: 'size', textToVideoOnly: true },
			image: { key: 'image_with_roles', type: 'array', role: 'first_frame' },
		},
		references: {
			mode: 'reference',
			images: { key: 'image_with_roles', roleItem: { role: 'reference_image' }, max: 5, extensions: ['jpg', 'jpeg', 'png', 'webp'] },
			videos: { key: 'video_urls', max: 5, extensions: ['mp4', 'mov'], limits: 'Each 1–30 s, 240–4096 px, ratio 1:8–8:1, ≤ 100 MB' },
			minVisual: 1,
			maxVisual: 5,
			promptTags: '"image 1", "video 1" (numbered per kind; the first frame is not a reference)',
		},
		rules: [...wan27Purpose.rules, atMostSecondsWithVideos(10)],
	},
	{
		// Row 19 of video-modes-and-callbacks.md §2 [D] docs.apimart.ai/en/api-reference/videos/wan2.7-videoedit/generation:
		// `video_urls` (only the first is used), up to 4 reference images, 0 (keep the input length) or
		// 2–10 s, 720P/1080P (default 1080P), a 500-character negative prompt. The page names no keys for
		// the reference images and the ratio: `image_urls` and `size` are inferred [I] (the wan2.7 keys).
		...wan27Purpose,
		id: 'wan2.7-videoedit',
		displayName: 'Wan 2.7 Video Edit',
		description: 'Alibaba Wan 2.7 edits a 2–10 s video by prompt (style, objects), with up to 4 reference images; 720P or 1080P',
		durations: [0, ...secondsRange(2, 10)],
		defaultDuration: 0,
		aspectRatios: ['adaptive', ...wan27Ratios],
		supportsImage: false,
		evidence: { level: 'documented', note: 'The keys of the reference images (image_urls) and of the ratio (size) are inferred; Adaptive keeps the input video\'s ratio' },
		body: { ...wan27PurposeBody, aspectRatio: { key: 'size', omitAdaptive: true } },
		references: {
			mode: 'edit',
			videos: { key: 'video_urls', min: 1, max: 1, extensions: ['mp4', 'mov'], limits: '2–10 s, ≤ 100 MB; Duration 0 keeps its length, a shorter one truncates it (never longer than the input)' },
			images: { key: 'image_urls', max: 4, extensions: ['jpg', 'jpeg', 'png', 'webp'], limits: 'Key inferred from the wan2.7 page' },
			promptTags: '"video 1" for the video, "image 1" … "image 4" for the reference images',
		},
	},
	{
		id: 'wan2.6',
		displayName: 'Wan 2.6',
		description: 'Alibaba Wan 2.6: 5/10/15 s, 720p or 1080p, automatic sound, text or one start image',
		family: 'wan',
		durations: [5, 10, 15],
		defaultDuration: 5,
		aspectRatios: ['16:9', '9:16', '1:1', '4:3', '3:4'],
		resolutions: ['720p', '1080p'],
		supportsImage: true,
		audio: { default: true },
		supportsNegativePrompt: true,
		seed: { min: 0, max: 2147483647 },
		body: {
			duration: { key: 'duration', type: 'integer' },
			resolution: { key: 'resolution' },
			aspectRatio: { key: 'aspect_ratio', textToVideoOnly: true },
			audio: { key: 'audio', on: true, off: false },
			negativePrompt: { key: 'negative_prompt' },
			seed: { key: 'seed' },
			image: { key: 'image_urls', type: 'array' },
		},
	},
];
