import { evolink } from '../../../nodes/Sora/providers/evolink';
import { fixture } from '../fixtures';
import { describeEvoLinkFamily, model, sentBody } from './evolinkFamily';

describeEvoLinkFamily('kling', [
	'kling-o3-text-to-video',
	'kling-o3-image-to-video',
	'kling-o3-reference-to-video',
	'kling-o3-video-edit',
	'kling-v3-text-to-video',
	'kling-v3-image-to-video',
	'kling-v3-turbo-text-to-video',
	'kling-v3-turbo-image-to-video',
]);

type Body = Record<string, unknown>;

describe('Kling on EvoLink: examples', () => {
	test('the page example "1080P with Sound Effects": sound "on" as a string, key for key', () => {
		const example = fixture('evolink', 'kling-v3-text-to-video-sound') as Body;
		const body = sentBody('kling-v3-text-to-video', { duration: 10, aspectRatio: '16:9', resolution: '1080p', audio: true }, { prompt: example.prompt as string });
		expect(body).toEqual(example);
		expect(body.sound).toBe('on');
	});

	test('the page example with a negative prompt, plus the sound "off" the node always states', () => {
		const example = fixture('evolink', 'kling-v3-text-to-video-negative') as Body;
		const body = sentBody(
			'kling-v3-text-to-video',
			{ duration: 5, aspectRatio: '16:9', resolution: '1080p', negative: example.negative_prompt as string },
			{ prompt: example.prompt as string },
		);
		expect(body).toEqual({ ...example, sound: 'off' });
	});

	test('the page example "First and Last Frame": image_start / image_end as strings, no aspect ratio, key for key', () => {
		const example = fixture('evolink', 'kling-v3-image-to-video-first-last') as Body;
		const body = sentBody(
			'kling-v3-image-to-video',
			{ duration: 10, aspectRatio: 'adaptive', resolution: '1080p', image: example.image_start as string, last: example.image_end as string, audio: true },
			{ prompt: example.prompt as string },
		);
		expect(body).toEqual(example);
	});

	test('the O3 page example "Single Image First Frame", plus sound "off"', () => {
		const example = fixture('evolink', 'kling-o3-image-to-video-first-frame') as Body;
		const call = evolink.buildCreateRequest({
			model: model('kling-o3-image-to-video'),
			prompt: example.prompt as string,
			duration: 5,
			aspectRatio: 'adaptive',
			resolution: '720p',
			imageUrl: example.image_start as string,
			generateAudio: false,
			extras: {},
		});
		expect(call.body).toEqual({ ...example, sound: 'off' });
	});

	test('turbo: no sound switch, no last frame, 720p/1080p only', () => {
		expect(model('kling-v3-turbo-image-to-video').audio).toBeUndefined();
		expect(model('kling-v3-turbo-image-to-video').supportsLastFrame).toBe(false);
		expect(model('kling-v3-turbo-text-to-video').resolutions).toEqual(['720p', '1080p']);
	});
});
