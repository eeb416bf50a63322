import { describeEvoLinkFamily, FIRST, LAST, sentBody } from './evolinkFamily';
import { invalid } from '../validation/helpers';

describeEvoLinkFamily('hailuo', ['MiniMax-Hailuo-2.3', 'MiniMax-Hailuo-2.3-Fast', 'MiniMax-Hailuo-02']);

describe('Hailuo on EvoLink: 1080p only at 6 s', () => {
	test.each(['MiniMax-Hailuo-2.3', 'MiniMax-Hailuo-02'])('%s: 1080p at 10 s is refused before any request, naming 768p', (id) => {
		const error = invalid(() => sentBody(id, { duration: 10, aspectRatio: 'adaptive', resolution: '1080p' }));
		expect(error.field).toBe('resolution');
		expect(error.message).toContain('"768p"');
	});

	test('Hailuo 2.3 Fast at 6 s 1080p from one image', () => {
		expect(sentBody('MiniMax-Hailuo-2.3-Fast', { duration: 6, aspectRatio: 'adaptive', resolution: '1080p', image: FIRST })).toEqual({
			model: 'MiniMax-Hailuo-2.3-Fast',
			prompt: expect.any(String),
			duration: 6,
			quality: '1080p',
			image_urls: [FIRST],
		});
	});

	test('Hailuo 02 512p from one start image; refused for text-to-video and with a last frame', () => {
		expect(sentBody('MiniMax-Hailuo-02', { duration: 10, aspectRatio: 'adaptive', resolution: '512p', image: FIRST })).toEqual({
			model: 'MiniMax-Hailuo-02',
			prompt: expect.any(String),
			duration: 10,
			quality: '512p',
			image_urls: [FIRST],
		});
		expect(invalid(() => sentBody('MiniMax-Hailuo-02', { duration: 6, aspectRatio: 'adaptive', resolution: '512p' })).message).toContain('512p renders from one start image');
		expect(invalid(() => sentBody('MiniMax-Hailuo-02', { duration: 6, aspectRatio: 'adaptive', resolution: '512p', image: FIRST, last: LAST })).message).toContain(
			'512p renders from one start image',
		);
	});

	test('Hailuo 02 first + last frame: two images in image_urls', () => {
		expect(sentBody('MiniMax-Hailuo-02', { duration: 6, aspectRatio: 'adaptive', resolution: '768p', image: FIRST, last: LAST }).image_urls).toEqual([FIRST, LAST]);
	});
});
