import { evolink } from '../../../nodes/Sora/providers/evolink';
import { fixture } from '../fixtures';
import { describeEvoLinkFamily, FIRST, model, sentBody } from './evolinkFamily';

describeEvoLinkFamily('grok', [
	'grok-imagine-video-1.5-preview',
	'grok-imagine-video-1.0-t2v',
	'grok-imagine-video-1.0-i2v',
	'grok-imagine-text-to-video-beta',
	'grok-imagine-image-to-video-beta',
]);

type Body = Record<string, unknown>;

describe('Grok Imagine on EvoLink: examples', () => {
	test('§8 image-to-video, 10 s, 720p, key for key', () => {
		const call = evolink.buildCreateRequest({
			model: model('grok-imagine-video-1.0-i2v'),
			prompt: '…',
			duration: 10,
			aspectRatio: 'adaptive',
			resolution: '720p',
			imageUrl: 'https://…',
			extras: {},
		});
		expect(call.body).toEqual(fixture('evolink', 'grok-imagine-video-1.0-i2v-10s'));
	});

	test('the 1.0 text-to-video page example, key for key', () => {
		const example = fixture('evolink', 'grok-imagine-video-1.0-t2v-basic') as Body;
		expect(sentBody('grok-imagine-video-1.0-t2v', { duration: 6, aspectRatio: '16:9', resolution: '480p' }, { prompt: example.prompt as string })).toEqual(example);
	});

	test('the 1.5 text-to-video page example, key for key; with one image the ratio is not sent (the image sets it)', () => {
		const example = fixture('evolink', 'grok-imagine-video-1.5-preview-text') as Body;
		expect(sentBody('grok-imagine-video-1.5-preview', { duration: 6, aspectRatio: '16:9', resolution: '480p' }, { prompt: example.prompt as string })).toEqual(example);
		const withImage = sentBody('grok-imagine-video-1.5-preview', { duration: 6, aspectRatio: '16:9', resolution: '1080p', image: FIRST });
		expect(withImage).not.toHaveProperty('aspect_ratio');
		expect(withImage.image_urls).toEqual([FIRST]);
		expect(sentBody('grok-imagine-video-1.5-preview', { duration: 6, aspectRatio: 'adaptive', resolution: '480p' }).aspect_ratio).toBe('auto');
	});
});
