import { evolink } from '../../../nodes/Sora/providers/evolink';
import { fixture } from '../fixtures';
import { describeEvoLinkFamily, FIRST, model, sentBody } from './evolinkFamily';

describeEvoLinkFamily('seedance', [
	'seedance-2.5-text-to-video',
	'seedance-2.5-image-to-video',
	'seedance-2.5-reference-to-video',
	'seedance-2.5-video-edit',
	'seedance-2.5-video-extend',
	'seedance-2.0-text-to-video',
	'seedance-2.0-image-to-video',
	'seedance-2.0-reference-to-video',
	'seedance-2.0-fast-text-to-video',
	'seedance-2.0-fast-image-to-video',
	'seedance-2.0-fast-reference-to-video',
	'seedance-2.0-mini-text-to-video',
	'seedance-2.0-mini-image-to-video',
	'seedance-2.0-mini-reference-to-video',
	'seedance-1.5-pro',
]);

describe('Seedance on EvoLink: examples', () => {
	test('§8 text-to-video with audio, 8 s, 720p, 9:16, key for key', () => {
		const call = evolink.buildCreateRequest({
			model: model('seedance-2.0-text-to-video'),
			prompt: '…',
			duration: 8,
			aspectRatio: '9:16',
			resolution: '720p',
			generateAudio: true,
			extras: {},
		});
		expect(call.body).toEqual(fixture('evolink', 'seedance-2.0-text-to-video-audio'));
	});

	test("the page's first-last-frame example, plus the documented defaults the node always states (720p, audio on)", () => {
		const example = fixture('evolink', 'seedance-2.0-image-to-video-first-last') as Record<string, unknown>;
		const [first, last] = example.image_urls as string[];
		const body = sentBody('seedance-2.0-image-to-video', { duration: 6, aspectRatio: '16:9', resolution: '720p', image: first, last }, { prompt: example.prompt as string });
		expect(body).toEqual({ ...example, quality: '720p', generate_audio: true });
	});

	test('fast and mini stop at 720p; 2.0 reaches 4K; the documented default ratio (adaptive) comes first', () => {
		expect(model('seedance-2.0-fast-image-to-video').resolutions).toEqual(['720p', '480p']);
		expect(model('seedance-2.0-mini-text-to-video').resolutions).toEqual(['720p', '480p']);
		expect(model('seedance-2.0-text-to-video').resolutions).toContain('4k');
		expect(model('seedance-2.0-text-to-video').aspectRatios[0]).toBe('adaptive');
		expect(model('seedance-1.5-pro').aspectRatios[0]).toBe('16:9');
	});

	test('reference-to-video sends the reference image in image_urls (no last frame)', () => {
		expect(sentBody('seedance-2.0-reference-to-video', { duration: 5, aspectRatio: 'adaptive', resolution: '1080p', image: FIRST }).image_urls).toEqual([FIRST]);
	});
});
