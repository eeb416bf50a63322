import { secondsRange } from '../secondsRange';
import type { BodyMap, ModelSpec, ReferenceSpec } from '../types';

export const GROK_PATH = '/v1/grok/videos';

// video-models.md §4.6 and the current create page: the start image goes into `image_urls`.
const grokBody: BodyMap = {
	duration: { key: 'duration', type: 'integer' },
	aspectRatio: { key: 'aspect_ratio' },
	resolution: { key: 'resolution' },
	image: { key: 'image_urls', type: 'array' },
};

// §2e of video-modes-and-callbacks.md, the grok-create pages (docs.xingchaoyiqing.com, docs.globalaiopc.com;
// keyiyunnet-sys/docs grok-create.mdx): more images follow the start image in `image_urls`, jpeg/png/webp.
// grok_video3 ≤ 7, grok_video3_max ≤ 5, grok_video3_stable ≤ 7 (both "public URL only, no base64");
// grok_video3_pro is "supported" with no count, so it keeps the one start image.
const moreImages = (max: number, limits: string): ReferenceSpec => ({
	mode: 'reference',
	images: { key: 'image_urls', max, extensions: ['jpg', 'jpeg', 'png', 'webp'], limits },
	startImageIsFirst: true,
	promptTags: 'the images by their content (no tags documented)',
});
const publicUrlsOnly = 'Public URLs only: this model takes no base64 images';

const grok = {
	family: 'grok',
	defaultDuration: 10,
	resolutions: ['720p', '480p'],
	supportsImage: true,
	body: grokBody,
	createPath: GROK_PATH,
} satisfies Partial<ModelSpec>;

export const grokModels: ModelSpec[] = [
	{
		...grok,
		id: 'grok_video3',
		displayName: 'Grok Video 3',
		description: 'xAI Grok Imagine: any length from 6 to 30 s, 480p or 720p, up to 7 images, billed per second',
		durations: secondsRange(6, 30),
		aspectRatios: ['16:9', '9:16', '1:1', '3:2', '2:3'],
		references: moreImages(7, 'Public URLs'),
	},
	{
		...grok,
		id: 'grok_video3_pro',
		displayName: 'Grok Video 3 Pro',
		description: 'Grok Imagine, fixed 10 s at 720p, billed per call',
		durations: [10],
		aspectRatios: ['16:9'],
		resolutions: ['720p'],
		// Fixed length and tier: the page says not to send them.
		body: { aspectRatio: { key: 'aspect_ratio' }, image: { key: 'image_urls', type: 'array' } },
		evidence: { level: 'documented', note: 'only the default 16:9 ratio is documented; reference images are "supported" with no count, so only the start image is sent' },
	},
	{
		...grok,
		id: 'grok_video3_max',
		displayName: 'Grok Video 3 Max',
		description: 'Grok Imagine: 6, 10, 12, 16, 20 or 30 s, 480p or 720p; up to 5 images, public URLs only',
		durations: [6, 10, 12, 16, 20, 30],
		aspectRatios: ['16:9', '9:16', '1:1'],
		references: moreImages(5, publicUrlsOnly),
	},
	{
		...grok,
		id: 'grok_video3_stable',
		displayName: 'Grok Video 3 Stable',
		description: 'Grok Imagine on the stable channel: 6 or 10 s, 480p or 720p; up to 7 images, public URLs only',
		durations: [6, 10],
		aspectRatios: ['16:9', '9:16', '3:2', '2:3', '1:1'],
		references: moreImages(7, publicUrlsOnly),
		evidence: {
			level: 'documented',
			note: 'follows the current create page (docs.xingchaoyiqing.com grok-create: 6 or 10 s, 480p or 720p); the docs.globalaiopc.com copy of the page says fixed 10 s at 720p only',
		},
	},
];
