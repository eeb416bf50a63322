import { fixture } from '../fixtures';
import { describeEvoLinkFamily, FIRST, LAST, sentBody } from './evolinkFamily';

describeEvoLinkFamily('wan', ['wan2.7-text-to-video', 'wan2.7-image-to-video', 'wan2.7-video-edit', 'wan2.7-reference-video', 'wan2.6-text-to-video', 'wan2.6-image-to-video', 'wan2.6-image-to-video-flash']);

type Body = Record<string, unknown>;

describe('Wan on EvoLink: examples and modes', () => {
	test('the 2.7 "Single-shot text-to-video" example, plus the quality the node always states', () => {
		const example = fixture('evolink', 'wan2.7-text-to-video-single-shot') as Body;
		const body = sentBody('wan2.7-text-to-video', { duration: 5, aspectRatio: '16:9', resolution: '720p' }, { prompt: example.prompt as string });
		expect(body).toEqual({ ...example, quality: '720p' });
	});

	test('the 2.7 "First-frame to video" example (generation_mode first_frame), plus duration and quality', () => {
		const example = fixture('evolink', 'wan2.7-image-to-video-first-frame') as Body;
		const body = sentBody('wan2.7-image-to-video', { duration: 5, aspectRatio: 'adaptive', resolution: '720p', image: example.image_start as string }, { prompt: example.prompt as string });
		expect(body).toEqual({ ...example, duration: 5, quality: '720p' });
	});

	test('2.7 with a last frame switches generation_mode to first_last_frame', () => {
		expect(sentBody('wan2.7-image-to-video', { duration: 15, aspectRatio: 'adaptive', resolution: '1080p', image: FIRST, last: LAST })).toMatchObject({
			generation_mode: 'first_last_frame',
			image_start: FIRST,
			image_end: LAST,
		});
	});

	test('2.6 image-to-video sends exactly one image in image_urls and no aspect ratio', () => {
		const body = sentBody('wan2.6-image-to-video', { duration: 2, aspectRatio: 'adaptive', resolution: '1080p', image: FIRST });
		expect(body).toEqual({ model: 'wan2.6-image-to-video', prompt: body.prompt, duration: 2, quality: '1080p', image_urls: [FIRST] });
	});
});
