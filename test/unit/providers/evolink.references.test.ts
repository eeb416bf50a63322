import { fixture } from '../fixtures';
import { invalid } from '../validation/helpers';
import { FIRST, LAST, sentBody } from './evolinkFamily';
import { PROMPT } from './shared';

// References, edit and extend on EvoLink: every body below is written from the row of
// video-modes-and-callbacks.md §2 it names (EvoLink's OpenAPI files at a301c93), key for key.
const IMG = (n: number) => `https://cdn.example/ref-${n}.png`;
const VID = (n: number) => `https://cdn.example/clip-${n}.mp4`;
const AUD = (n: number) => `https://cdn.example/voice-${n}.mp3`;
const imgs = (n: number) => Array.from({ length: n }, (_u, i) => IMG(i + 1));
const vids = (n: number) => Array.from({ length: n }, (_u, i) => VID(i + 1));
const auds = (n: number) => Array.from({ length: n }, (_u, i) => AUD(i + 1));
const refs = (images: string[] = [], videos: string[] = [], audios: string[] = []) => ({ references: { images, videos, audios } });

describe('row 5: Seedance 2.0 reference-to-video', () => {
	const id = 'seedance-2.0-reference-to-video';
	const choice = { duration: 10, aspectRatio: 'adaptive', resolution: '1080p' };

	test('start image, two more images, a video and an audio land in image_urls / video_urls / audio_urls in order', () => {
		const body = sentBody(id, { ...choice, image: FIRST }, refs([IMG(1), IMG(2)], [VID(1)], [AUD(1)]));
		expect(body).toEqual({
			model: id,
			prompt: PROMPT,
			duration: 10,
			quality: '1080p',
			aspect_ratio: 'adaptive',
			generate_audio: true,
			image_urls: [FIRST, IMG(1), IMG(2)],
			video_urls: [VID(1)],
			audio_urls: [AUD(1)],
		});
	});

	test('URLs one per line, separated by commas, or as a list from an expression all read the same', () => {
		const fromText = sentBody(id, choice, { references: { images: `${IMG(1)}\n${IMG(2)}, ${IMG(3)}`, videos: '', audios: null } });
		const fromList = sentBody(id, choice, { references: { images: imgs(3) } });
		expect(fromText.image_urls).toEqual(imgs(3));
		expect(fromList).toEqual(fromText);
	});

	test('9 images (start image included), 3 videos and 3 audios pass; one more of each is refused', () => {
		expect(() => sentBody(id, { ...choice, image: FIRST }, refs(imgs(8), vids(3), auds(3)))).not.toThrow();
		expect(invalid(() => sentBody(id, { ...choice, image: FIRST }, refs(imgs(9)))).message).toContain('at most 9 images; 10 given');
		expect(invalid(() => sentBody(id, choice, refs([], vids(4)))).message).toContain('at most 3 videos');
		expect(invalid(() => sentBody(id, choice, refs([IMG(1)], [], auds(4)))).message).toContain('at most 3 audio files');
	});

	test('audio alone is refused (it needs an image or a video); wrong file types are refused by extension', () => {
		expect(invalid(() => sentBody(id, choice, refs([], [], [AUD(1)]))).message).toContain('only together with a reference image or video');
		expect(invalid(() => sentBody(id, choice, refs(['https://cdn.example/a.gif']))).field).toBe('reference image URLs');
		expect(invalid(() => sentBody(id, choice, refs([], ['https://cdn.example/a.avi']))).field).toBe('video URLs');
		expect(invalid(() => sentBody(id, choice, refs([], [], ['file:///etc/passwd']))).field).toBe('reference audio URLs');
	});

	test('a model that takes no references refuses them instead of dropping them', () => {
		const error = invalid(() => sentBody('seedance-2.0-text-to-video', choice, refs([IMG(1)])));
		expect(error.message).toContain('takes no reference images');
	});
});

describe('rows 17, 21–24: Seedance 2.5', () => {
	test('row 22 text-to-video: duration -1 (the model decides) is sent as the integer -1', () => {
		expect(sentBody('seedance-2.5-text-to-video', { duration: -1, aspectRatio: '21:9', resolution: '1080p' })).toEqual({
			model: 'seedance-2.5-text-to-video',
			prompt: PROMPT,
			duration: -1,
			quality: '1080p',
			aspect_ratio: '21:9',
			generate_audio: true,
		});
	});

	test('row 22: no 4k, and 31 s is refused', () => {
		expect(invalid(() => sentBody('seedance-2.5-text-to-video', { duration: 5, aspectRatio: '16:9', resolution: '4k' })).field).toBe('resolution');
		expect(invalid(() => sentBody('seedance-2.5-text-to-video', { duration: 31, aspectRatio: '16:9', resolution: '720p' })).field).toBe('duration');
	});

	test('row 24 reference-to-video: 30 images, 10 videos, 10 audios; at least one reference', () => {
		const body = sentBody('seedance-2.5-reference-to-video', { duration: 12, aspectRatio: '16:9', resolution: '720p' }, refs(imgs(30), vids(10), auds(10)));
		expect(body).toEqual({
			model: 'seedance-2.5-reference-to-video',
			prompt: PROMPT,
			duration: 12,
			quality: '720p',
			aspect_ratio: '16:9',
			generate_audio: true,
			image_urls: imgs(30),
			video_urls: vids(10),
			audio_urls: auds(10),
		});
		expect(invalid(() => sentBody('seedance-2.5-reference-to-video', { duration: 5, aspectRatio: '16:9', resolution: '720p' }, refs())).message).toContain('at least one reference');
		expect(invalid(() => sentBody('seedance-2.5-reference-to-video', { duration: 5, aspectRatio: '16:9', resolution: '720p' }, refs(imgs(31)))).message).toContain('at most 30');
	});

	test('row 24 trap: a reference prompt that reads like an edit, with a fixed ratio, is refused before the call', () => {
		const choice = { duration: 5, aspectRatio: '16:9', resolution: '720p' };
		const error = invalid(() => sentBody('seedance-2.5-reference-to-video', choice, { ...refs([], [VID(1)]), prompt: 'Edit @video1: make it night' }));
		expect(error.message).toContain('Adaptive');
		expect(() => sentBody('seedance-2.5-reference-to-video', { ...choice, aspectRatio: 'adaptive' }, { ...refs([], [VID(1)]), prompt: 'Edit @video1: make it night' })).not.toThrow();
	});

	test('row 21 video edit: only duration -1 and adaptive; the video to edit is required', () => {
		const id = 'seedance-2.5-video-edit';
		const choice = { duration: -1, aspectRatio: 'adaptive', resolution: '480p' };
		const prompt = 'Edit the video: turn the sky purple @video1';
		expect(sentBody(id, choice, { ...refs([IMG(1)], [VID(1), VID(2)], [AUD(1)]), prompt })).toEqual({
			model: id,
			prompt,
			duration: -1,
			quality: '480p',
			aspect_ratio: 'adaptive',
			generate_audio: true,
			image_urls: [IMG(1)],
			video_urls: [VID(1), VID(2)],
			audio_urls: [AUD(1)],
		});
		expect(invalid(() => sentBody(id, choice, refs())).message).toContain('needs the video to edit');
		expect(invalid(() => sentBody(id, { ...choice, duration: 5 }, refs([], [VID(1)]))).field).toBe('duration');
		expect(invalid(() => sentBody(id, { ...choice, aspectRatio: '16:9' }, refs([], [VID(1)]))).field).toBe('aspect ratio');
		expect(invalid(() => sentBody(id, choice, refs([], vids(11)))).message).toContain('at most 10 videos');
	});

	test('row 17 video extend: 4–30 s or -1, adaptive only, the video to extend is required', () => {
		const id = 'seedance-2.5-video-extend';
		const body = sentBody(id, { duration: 30, aspectRatio: 'adaptive', resolution: '1080p' }, refs([], [VID(1)]));
		expect(body).toEqual({ model: id, prompt: PROMPT, duration: 30, quality: '1080p', aspect_ratio: 'adaptive', generate_audio: true, video_urls: [VID(1)] });
		expect(sentBody(id, { duration: -1, aspectRatio: 'adaptive', resolution: '720p' }, refs([], [VID(1)])).duration).toBe(-1);
		expect(invalid(() => sentBody(id, { duration: 5, aspectRatio: 'adaptive', resolution: '720p' }, refs())).message).toContain('needs the video to extend');
	});
});

describe('row 3: Veo 3.1 REFERENCE on EvoLink', () => {
	test('preview: up to 3 images, 8 s, 16:9, generation_type REFERENCE', () => {
		const id = 'veo-3.1-fast-generate-preview';
		expect(sentBody(id, { duration: 8, aspectRatio: '16:9', resolution: '720p' }, refs(imgs(3)))).toEqual({
			model: id,
			prompt: PROMPT,
			duration: 8,
			quality: '720p',
			aspect_ratio: '16:9',
			generate_audio: true,
			image_urls: imgs(3),
			generation_type: 'REFERENCE',
		});
	});

	test('preview: 4 images, another length or ratio, frames with references, seed or negative prompt are refused', () => {
		const id = 'veo-3.1-generate-preview';
		const choice = { duration: 8, aspectRatio: '16:9', resolution: '720p' };
		expect(invalid(() => sentBody(id, choice, refs(imgs(4)))).message).toContain('at most 3 images');
		expect(invalid(() => sentBody(id, { ...choice, duration: 4 }, refs(imgs(1)))).message).toContain('8 s');
		expect(invalid(() => sentBody(id, { ...choice, aspectRatio: '9:16' }, refs(imgs(1)))).message).toContain('16:9');
		expect(invalid(() => sentBody(id, { ...choice, image: FIRST }, refs(imgs(1)))).message).toContain('not both');
		expect(invalid(() => sentBody(id, { ...choice, seed: 7 }, refs(imgs(1)))).message).toContain('Seed');
	});

	test('fast beta: REFERENCE without a duration field; pro beta documents no REFERENCE', () => {
		expect(sentBody('veo3.1-fast-beta', { duration: 8, aspectRatio: '16:9', resolution: '720p' }, refs(imgs(2)))).toEqual({
			model: 'veo3.1-fast-beta',
			prompt: PROMPT,
			quality: '720p',
			aspect_ratio: '16:9',
			image_urls: imgs(2),
			generation_type: 'REFERENCE',
		});
		expect(invalid(() => sentBody('veo3.1-pro-beta', { duration: 8, aspectRatio: '16:9', resolution: '720p' }, refs(imgs(1)))).message).toContain('takes no reference images');
	});
});

describe('rows 8, 9 and 20: Kling O3', () => {
	test('row 8: reference images without a start image send image_urls and the ratio', () => {
		const id = 'kling-o3-image-to-video';
		expect(sentBody(id, { duration: 5, aspectRatio: '9:16', resolution: '720p' }, refs(imgs(2)))).toEqual({
			model: id,
			prompt: PROMPT,
			duration: 5,
			quality: '720p',
			aspect_ratio: '9:16',
			sound: 'off',
			image_urls: imgs(2),
		});
	});

	test('row 8: no image at all, adaptive without a first frame, > 7 images, a last frame with > 2 images: refused', () => {
		const id = 'kling-o3-image-to-video';
		const choice = { duration: 5, aspectRatio: '16:9', resolution: '720p' };
		expect(invalid(() => sentBody(id, choice)).message).toContain('needs a start image or at least one reference image');
		expect(invalid(() => sentBody(id, { ...choice, aspectRatio: 'adaptive' }, refs(imgs(1)))).message).toContain('aspect ratio');
		expect(invalid(() => sentBody(id, { ...choice, image: FIRST }, refs(imgs(7)))).message).toContain('at most 7 images');
		expect(invalid(() => sentBody(id, { ...choice, image: FIRST, last: LAST }, refs(imgs(2)))).message).toContain('last frame');
		expect(invalid(() => sentBody(id, choice, refs(['https://cdn.example/x.webp']))).field).toBe('reference image URLs');
	});

	test('row 9 reference-to-video: the page example "Basic Video Reference", key for key', () => {
		const example = fixture('evolink', 'kling-o3-reference-to-video-basic') as Record<string, unknown>;
		const choice = { duration: 5, aspectRatio: '16:9', resolution: '720p' };
		expect(sentBody('kling-o3-reference-to-video', choice, { prompt: example.prompt as string, ...refs([], [example.video_url as string]) })).toEqual(example);
	});

	test('row 9: video_url a single string, reference images in image_urls in order, duration an integer, no sound field', () => {
		const id = 'kling-o3-reference-to-video';
		const body = sentBody(id, { duration: 10, aspectRatio: '1:1', resolution: '1080p' }, refs(imgs(4), [VID(1)]));
		expect(body).toEqual({ model: id, prompt: PROMPT, duration: 10, quality: '1080p', aspect_ratio: '1:1', video_url: VID(1), image_urls: imgs(4) });
		expect(Object.keys(body)).not.toContain('sound');
	});

	test('row 9: no video, two videos, 5 images, 11 s, 2 s, 4k, adaptive, a start image, sound on or a .avi video: refused before any request', () => {
		const id = 'kling-o3-reference-to-video';
		const choice = { duration: 5, aspectRatio: '16:9', resolution: '720p' };
		expect(invalid(() => sentBody(id, choice, refs(imgs(2)))).message).toContain('needs at least 1 video');
		expect(invalid(() => sentBody(id, choice, refs([], vids(2)))).message).toContain('at most 1 video');
		expect(invalid(() => sentBody(id, choice, refs(imgs(5), [VID(1)]))).message).toContain('at most 4 images; 5 given');
		expect(invalid(() => sentBody(id, { ...choice, duration: 11 }, refs([], [VID(1)]))).field).toBe('duration');
		expect(invalid(() => sentBody(id, { ...choice, duration: 2 }, refs([], [VID(1)]))).field).toBe('duration');
		expect(invalid(() => sentBody(id, { ...choice, resolution: '4k' }, refs([], [VID(1)]))).field).toBe('resolution');
		expect(invalid(() => sentBody(id, { ...choice, aspectRatio: 'adaptive' }, refs([], [VID(1)]))).field).toBe('aspect ratio');
		expect(invalid(() => sentBody(id, { ...choice, image: FIRST }, refs([], [VID(1)]))).field).toBe('reference image URL');
		expect(invalid(() => sentBody(id, { ...choice, audio: true }, refs([], [VID(1)]))).field).toBe('generate audio');
		expect(invalid(() => sentBody(id, choice, refs([], ['https://cdn.example/clip.avi']))).field).toBe('video URLs');
		expect(invalid(() => sentBody(id, choice, refs(['https://cdn.example/x.webp'], [VID(1)]))).field).toBe('reference image URLs');
		expect(invalid(() => sentBody(id, choice, refs([], [VID(1)], [AUD(1)]))).message).toContain('takes no reference audio files');
	});

	test('row 20 video edit: video_url is a single string; no duration or ratio is sent', () => {
		const id = 'kling-o3-video-edit';
		expect(sentBody(id, { duration: 0, aspectRatio: 'adaptive', resolution: '1080p' }, refs([IMG(1)], [VID(1)]))).toEqual({
			model: id,
			prompt: PROMPT,
			quality: '1080p',
			video_url: VID(1),
			image_urls: [IMG(1)],
		});
		expect(invalid(() => sentBody(id, { duration: 0, aspectRatio: 'adaptive', resolution: '720p' }, refs([], vids(2)))).message).toContain('at most 1 video');
		expect(invalid(() => sentBody(id, { duration: 0, aspectRatio: 'adaptive', resolution: '720p' }, refs(imgs(5), [VID(1)]))).message).toContain('at most 4 images');
	});
});

describe('row 10: Kling custom elements (model_params.element_list) on rows 8, 9 and 20', () => {
	type Example = Record<string, unknown> & { model_params: { element_list: Array<{ element_id: string }> } };
	const example = (name: string) => fixture('evolink', name) as Example;
	const ids = (body: Example) => body.model_params.element_list.map((item) => item.element_id);
	const withElements = (elements: unknown, images: string[] = [], videos: string[] = []) => ({ references: { images, videos, audios: [], elements } });
	const edit = { duration: 0, aspectRatio: 'adaptive', resolution: '1080p' };
	const choice = { duration: 5, aspectRatio: '16:9', resolution: '720p' };

	test('row 8: the page example "Reference Image + Element Control", key for key (plus the sound switch the node always sends)', () => {
		const page = example('kling-o3-image-to-video-reference-and-element');
		const body = sentBody('kling-o3-image-to-video', { duration: 8, aspectRatio: '16:9', resolution: '1080p' }, {
			prompt: page.prompt as string,
			...withElements(ids(page).join('\n'), page.image_urls as string[]),
		});
		expect(body).toEqual({ ...page, sound: 'off' });
		expect(body.model_params).toEqual({ element_list: [{ element_id: '123456' }] });
	});

	test('row 9: the page example "Video Reference + Reference Image + Element", key for key', () => {
		const page = example('kling-o3-reference-to-video-reference-and-element');
		const body = sentBody('kling-o3-reference-to-video', { duration: 8, aspectRatio: '16:9', resolution: '1080p' }, {
			prompt: page.prompt as string,
			...withElements(ids(page), page.image_urls as string[], [page.video_url as string]),
		});
		// The page sends no aspect_ratio; the node sends the ratio chosen (16:9 is the page's default).
		expect(body).toEqual({ ...page, aspect_ratio: '16:9' });
	});

	test('row 20: the page example "Element Replacement", key for key', () => {
		const page = example('kling-o3-video-edit-element-replace');
		const body = sentBody('kling-o3-video-edit', edit, { prompt: page.prompt as string, ...withElements(ids(page)[0], [], [page.video_url as string]) });
		expect(body).toEqual(page);
	});

	test('ids from lines, commas, spaces or an expression list (numbers too) go in the order given, each as {element_id}', () => {
		const id = 'kling-o3-image-to-video';
		const expected = { element_list: [{ element_id: '30' }, { element_id: 'b_2' }, { element_id: '1' }] };
		expect(sentBody(id, choice, withElements('30\nb_2, 1', [IMG(1)])).model_params).toEqual(expected);
		expect(sentBody(id, choice, withElements([30, ' b_2 ', '1'], [IMG(1)])).model_params).toEqual(expected);
		expect(sentBody(id, choice, withElements('', [IMG(1)]))).not.toHaveProperty('model_params');
	});

	test('row 8: 7 images + elements; with a start image at most 3 elements, and the start image counts as an image', () => {
		const id = 'kling-o3-image-to-video';
		expect(sentBody(id, choice, withElements(['1', '2', '3', '4'], imgs(3))).model_params).toEqual({ element_list: ['1', '2', '3', '4'].map((element_id) => ({ element_id })) });
		expect(sentBody(id, { ...choice, image: FIRST }, withElements(['1', '2', '3'], imgs(3))).image_start).toBe(FIRST);
		const overSeven = invalid(() => sentBody(id, choice, withElements(['1', '2', '3', '4'], imgs(4))));
		expect(overSeven.field).toBe('element IDs');
		expect(overSeven.message).toContain('at most 7 images and elements together; 4 images and 4 elements given');
		expect(invalid(() => sentBody(id, { ...choice, image: FIRST }, withElements(['1', '2', '3', '4']))).message).toContain('at most 3 elements with a start image; 4 given');
		expect(invalid(() => sentBody(id, { ...choice, image: FIRST }, withElements(['1', '2', '3'], imgs(4)))).message).toContain('5 images and 3 elements given');
		expect(invalid(() => sentBody(id, choice, { ...withElements(['1', '2', '3'], imgs(3)), referenceImagesFromBinary: 2 })).message).toContain('5 images and 3 elements given');
	});

	test('rows 9 and 20: images + elements at most 4', () => {
		expect(invalid(() => sentBody('kling-o3-reference-to-video', choice, withElements(['1', '2'], imgs(3), [VID(1)]))).message).toContain('at most 4 images and elements together; 3 images and 2 elements given');
		expect(invalid(() => sentBody('kling-o3-video-edit', edit, withElements(['1', '2', '3', '4', '5'], [], [VID(1)]))).message).toContain('0 images and 5 elements given');
		expect(sentBody('kling-o3-video-edit', edit, withElements(['1', '2', '3'], [IMG(1)], [VID(1)])).model_params).toEqual({ element_list: [{ element_id: '1' }, { element_id: '2' }, { element_id: '3' }] });
	});

	test('an element on a model that takes none, an empty entry in a list, or a value that is no id: refused before any request', () => {
		expect(invalid(() => sentBody('kling-o3-text-to-video', choice, withElements('123456'))).message).toContain('"kling-o3-text-to-video" takes no elements');
		expect(invalid(() => sentBody('kling-v3-image-to-video', { ...choice, aspectRatio: 'adaptive', image: FIRST }, withElements(['123456']))).message).toContain('takes no elements');
		expect(invalid(() => sentBody('wan2.7-reference-video', { duration: 5, aspectRatio: '16:9', resolution: '720p' }, withElements('123456', [IMG(1)]))).message).toContain('"wan2.7-reference-video" takes no elements');
		expect(invalid(() => sentBody('kling-o3-image-to-video', choice, withElements(['1', ''], [IMG(1)]))).message).toContain('non-empty element ID');
		expect(invalid(() => sentBody('kling-o3-image-to-video', choice, withElements([{ element_id: '1' }], [IMG(1)]))).message).toContain('non-empty element ID');
		expect(invalid(() => sentBody('kling-o3-image-to-video', choice, withElements('<<<element_1>>>', [IMG(1)]))).message).toContain('must be an element ID');
		expect(invalid(() => sentBody('kling-o3-image-to-video', choice, withElements({ id: 1 }, [IMG(1)]))).field).toBe('element IDs');
	});
});

describe('rows 15 and 18: Wan 2.7', () => {
	test('row 18 video edit: duration 0 keeps the input length; adaptive sends no ratio', () => {
		const id = 'wan2.7-video-edit';
		expect(sentBody(id, { duration: 0, aspectRatio: 'adaptive', resolution: '720p', negative: 'blur' }, refs(imgs(4), [VID(1)]))).toEqual({
			model: id,
			prompt: PROMPT,
			duration: 0,
			quality: '720p',
			negative_prompt: 'blur',
			video_urls: [VID(1)],
			image_urls: imgs(4),
		});
		expect(sentBody(id, { duration: 6, aspectRatio: '4:3', resolution: '1080p' }, refs([], [VID(1)])).aspect_ratio).toBe('4:3');
		expect(invalid(() => sentBody(id, { duration: 11, aspectRatio: 'adaptive', resolution: '720p' }, refs([], [VID(1)]))).field).toBe('duration');
		expect(invalid(() => sentBody(id, { duration: 0, aspectRatio: 'adaptive', resolution: '720p' }, refs([], vids(2)))).message).toContain('at most 1 video');
	});

	test('row 15 continuation: one video, generation_mode video_continuation, no start image', () => {
		const id = 'wan2.7-image-to-video';
		expect(sentBody(id, { duration: 15, aspectRatio: 'adaptive', resolution: '1080p' }, refs([], [VID(1)]))).toEqual({
			model: id,
			prompt: PROMPT,
			generation_mode: 'video_continuation',
			duration: 15,
			quality: '1080p',
			video_urls: [VID(1)],
		});
		expect(invalid(() => sentBody(id, { duration: 15, aspectRatio: 'adaptive', resolution: '1080p', image: FIRST }, refs([], [VID(1)]))).message).toContain('not both');
		expect(invalid(() => sentBody(id, { duration: 5, aspectRatio: 'adaptive', resolution: '720p' })).message).toContain('needs a start image');
	});
});

describe('row 12: Wan 2.7 reference-to-video', () => {
	const id = 'wan2.7-reference-video';
	test('images and videos in image_urls / video_urls, a first frame in image_start (then no ratio)', () => {
		expect(sentBody(id, { duration: 10, aspectRatio: '4:3', resolution: '1080p', image: FIRST }, refs([IMG(1)], [VID(1)]))).toEqual({
			model: id,
			prompt: PROMPT,
			duration: 10,
			quality: '1080p',
			image_start: FIRST,
			image_urls: [IMG(1)],
			video_urls: [VID(1)],
		});
		expect(sentBody(id, { duration: 15, aspectRatio: '4:3', resolution: '720p' }, refs(imgs(5))).aspect_ratio).toBe('4:3');
	});
	test('none, more than 5 together, a first frame alone, or > 10 s with a video are refused', () => {
		const choice = { duration: 5, aspectRatio: '16:9', resolution: '720p' };
		expect(invalid(() => sentBody(id, choice, refs())).message).toContain('at least 1 reference image or video');
		expect(invalid(() => sentBody(id, { ...choice, image: FIRST }, refs())).message).toContain('at least 1 reference image or video');
		expect(invalid(() => sentBody(id, choice, refs(imgs(3), vids(3)))).message).toContain('at most 5 images and videos together');
		expect(invalid(() => sentBody(id, { ...choice, duration: 11 }, refs([], [VID(1)]))).message).toContain('at most 10 s');
	});
	test('voices: each names its reference (image1=…, video1=…) and lands in model_params.voice_bindings; no audio_urls', () => {
		const body = sentBody(id, { duration: 10, aspectRatio: '16:9', resolution: '720p', image: FIRST }, refs(imgs(3), [VID(1)], [`image3=${AUD(1)}`, `Video1=${AUD(2)}`]));
		expect(body).toEqual({
			model: id,
			prompt: PROMPT,
			duration: 10,
			quality: '720p',
			image_start: FIRST,
			image_urls: imgs(3),
			video_urls: [VID(1)],
			model_params: { voice_bindings: { image3: AUD(1), video1: AUD(2) } },
		});
		expect(body).not.toHaveProperty('audio_urls');
	});
	test('voices: the page example "Multi-subject reference + precise voice binding", plus the quality and ratio the node always states', () => {
		const example = fixture('evolink', 'wan2.7-reference-video-voice-bindings') as { prompt: string; image_urls: string[]; model_params: { voice_bindings: Record<string, string> } };
		const voices = Object.entries(example.model_params.voice_bindings).map(([target, url]) => `${target}=${url}`);
		const body = sentBody(id, { duration: 10, aspectRatio: '16:9', resolution: '720p' }, { prompt: example.prompt, ...refs(example.image_urls, [], voices) });
		expect(body).toEqual({ ...example, quality: '720p', aspect_ratio: '16:9' });
	});
	test('voices: unnamed, naming a missing or the same reference twice, 6 voices, a bad key or a non-wav/mp3 file are refused before any request', () => {
		const choice = { duration: 5, aspectRatio: '16:9', resolution: '720p' };
		const voice = (entries: string[], images = imgs(2), videos: string[] = []) => invalid(() => sentBody(id, choice, refs(images, videos, entries)));
		expect(voice([AUD(1)]).message).toContain('must name the reference image or video it belongs to');
		expect(voice([`image3=${AUD(1)}`]).message).toContain('names image3, but 2 reference images given');
		expect(voice([`video1=${AUD(1)}`]).message).toContain('names video1, but 0 reference videos given');
		expect(voice([`image1=${AUD(1)}`, `image1=${AUD(2)}`]).message).toContain('names image1 twice');
		expect(voice(auds(6).map((url, i) => `image${i + 1}=${url}`), imgs(5)).message).toContain('at most 5 audio files; 6 given');
		expect(voice([`image01=${AUD(1)}`]).field).toBe('reference audio URLs');
		expect(voice([`img1=${AUD(1)}`]).field).toBe('reference audio URLs');
		expect(voice(['image1=https://cdn.example/voice.ogg']).field).toBe('reference audio URLs');
		expect(voice(['image1=file:///etc/passwd']).field).toBe('reference audio URLs');
	});
});

describe('§2e: Grok Imagine 1.5 multi-image', () => {
	test('a start image and up to 6 more go in image_urls; 1080p with 2 or more images is refused', () => {
		const id = 'grok-imagine-video-1.5-preview';
		expect(sentBody(id, { duration: 6, aspectRatio: 'adaptive', resolution: '720p', image: FIRST }, refs(imgs(6)))).toEqual({
			model: id,
			prompt: PROMPT,
			duration: 6,
			quality: '720p',
			image_urls: [FIRST, ...imgs(6)],
		});
		expect(invalid(() => sentBody(id, { duration: 6, aspectRatio: 'adaptive', resolution: '720p', image: FIRST }, refs(imgs(7)))).message).toContain('at most 7 images');
		expect(invalid(() => sentBody(id, { duration: 6, aspectRatio: 'adaptive', resolution: '1080p', image: FIRST }, refs(imgs(1)))).message).toContain('1080p');
	});
});
