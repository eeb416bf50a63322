import { evolink } from '../../../nodes/Sora/providers/evolink';
import { fixture } from '../fixtures';
import { describeEvoLinkFamily, model } from './evolinkFamily';

describeEvoLinkFamily('veo', ['veo-3.1-fast-generate-preview', 'veo-3.1-generate-preview', 'veo3.1-fast-beta', 'veo3.1-pro-beta']);

describe('Veo 3.1 on EvoLink: examples and rules', () => {
	test('§8 first + last frame example, key for key', () => {
		const expected = fixture('evolink', 'veo-3.1-fast-generate-preview-first-last') as Record<string, unknown>;
		const call = evolink.buildCreateRequest({
			model: model('veo-3.1-fast-generate-preview'),
			prompt: '…',
			duration: 8,
			aspectRatio: '16:9',
			resolution: '1080p',
			imageUrl: 'https://…/first.png',
			lastFrameUrl: 'https://…/last.png',
			generateAudio: true,
			extras: {},
		});
		expect(call.body).toEqual(expected);
	});

	test('text only sends generation_type TEXT; the betas send no duration and ratio auto for adaptive', () => {
		const body = evolink.buildCreateRequest({ model: model('veo3.1-pro-beta'), prompt: 'x', duration: 8, aspectRatio: 'adaptive', resolution: '720p', extras: {} }).body;
		expect(body).toEqual({ model: 'veo3.1-pro-beta', prompt: 'x', quality: '720p', aspect_ratio: 'auto', generation_type: 'TEXT' });
	});

	test('the beta length is marked as inferred from the example in the editor note', () => {
		expect(model('veo3.1-fast-beta').evidence?.note).toContain('8 s');
		expect(model('veo3.1-fast-beta').durations).toEqual([8]);
	});

	test('callback_url is added to a Veo body when set', () => {
		const body = evolink.buildCreateRequest({
			model: model('veo-3.1-generate-preview'),
			prompt: 'x',
			duration: 4,
			aspectRatio: '9:16',
			resolution: '4k',
			generateAudio: false,
			extras: { callbackUrl: 'https://hooks.example/done' },
		}).body;
		expect(body).toEqual({ model: 'veo-3.1-generate-preview', prompt: 'x', duration: 4, quality: '4k', aspect_ratio: '9:16', generate_audio: false, generation_type: 'TEXT', callback_url: 'https://hooks.example/done' });
	});
});
