import { providers } from '../../../nodes/Sora/providers';
import type { ProviderSpec } from '../../../nodes/Sora/providers/types';
import { validateCreateInput, type RawCreateParameters } from '../../../nodes/Sora/validation/createInput';
import { docCatalog, type DocResolution } from '../docCatalog';
import { expectNames, invalid } from './helpers';

const byId = (id: string): ProviderSpec => {
	const provider = providers.find((p) => p.id === id);
	if (!provider) throw new Error(`no provider ${id}`);
	return provider;
};

/** A valid parameter set for the model (its first documented values), with overrides. */
function raw(providerId: string, model: string, overrides: Partial<RawCreateParameters> = {}): RawCreateParameters {
	const doc = docCatalog[providerId][model];
	const duration = doc.durations[0];
	return {
		model,
		prompt: 'A red kite over a green hill',
		duration,
		aspectRatio: doc.aspectRatios[0],
		resolution: doc.resolutionsAt(duration)[0],
		imageUrl: doc.requires?.imageUrl ?? '',
		extras: { ...doc.requires?.extras },
		...(doc.requires?.references ? { references: doc.requires.references } : {}),
		...overrides,
	};
}

const allResolutions: Array<DocResolution | '4k'> = ['480p', '720p', '1024p', '1080p', '4k'];
const providerModels = Object.entries(docCatalog).flatMap(([providerId, models]) => Object.keys(models).map((model) => [providerId, model] as const));

test('every provider in the registry is covered by these tests', () => {
	expect(providers.map((p) => p.id).sort()).toEqual(Object.keys(docCatalog).sort());
});

describe.each(providerModels)('%s / %s', (providerId, model) => {
	const provider = byId(providerId);
	const doc = docCatalog[providerId][model];

	test('every documented duration × aspect × resolution is accepted and passed on unchanged', () => {
		for (const duration of doc.durations) {
			for (const aspectRatio of doc.aspectRatios) {
				for (const resolution of doc.resolutionsAt(duration)) {
					const input = validateCreateInput(provider, raw(providerId, model, { duration, aspectRatio, resolution }));
					expect({ model: input.model.id, duration: input.duration, aspectRatio: input.aspectRatio, resolution: input.resolution }).toEqual({
						model,
						duration,
						aspectRatio,
						resolution,
					});
				}
			}
		}
	});

	test('an undocumented duration is refused, naming the field, the value and the allowed seconds', () => {
		const all = [3, 4, 5, 7, 8, 10, 12, 15, 16, 20, 25, 30];
		for (const duration of all.filter((d) => !doc.durations.includes(d))) {
			expectNames(invalid(() => validateCreateInput(provider, raw(providerId, model, { duration }))), 'duration', String(duration), doc.durations);
		}
		expectNames(invalid(() => validateCreateInput(provider, raw(providerId, model, { duration: 'ten' }))), 'duration', '"ten"', doc.durations);
		expectNames(invalid(() => validateCreateInput(provider, raw(providerId, model, { duration: null }))), 'duration', '(empty)', doc.durations);
	});

	test('an undocumented resolution is refused at every duration, listing what that duration allows', () => {
		for (const duration of doc.durations) {
			const allowed = doc.resolutionsAt(duration);
			for (const resolution of allResolutions.filter((r) => !(allowed as string[]).includes(r))) {
				const error = invalid(() => validateCreateInput(provider, raw(providerId, model, { duration, resolution })));
				expectNames(error, 'resolution', `"${resolution}"`, allowed);
				expect(error.message).toContain(`${duration} s`);
				expect(error.message).toContain(model);
			}
		}
	});

	test('an undocumented aspect ratio is refused, listing the allowed ones', () => {
		for (const aspectRatio of ['4:3', '1:1', '21:9', 'landscape', ''].filter((a) => !(doc.aspectRatios as string[]).includes(a))) {
			expectNames(invalid(() => validateCreateInput(provider, raw(providerId, model, { aspectRatio }))), 'aspect ratio', `"${aspectRatio}"`, doc.aspectRatios);
		}
	});

	test('a duration from an expression ("8" as text, with spaces) is accepted as a number', () => {
		const duration = doc.durations[doc.durations.length - 1];
		const input = validateCreateInput(provider, raw(providerId, model, { duration: ` ${duration} `, resolution: doc.resolutionsAt(duration)[0] }));
		expect(input.duration).toBe(duration);
		expect(typeof input.duration).toBe('number');
	});
});

describe('model', () => {
	test.each(Object.keys(docCatalog))('%s: an unknown model is refused, listing the provider\'s models', (providerId) => {
		const provider = byId(providerId);
		const firstModel = Object.keys(docCatalog[providerId])[0];
		const error = invalid(() => validateCreateInput(provider, raw(providerId, firstModel, { model: 'sora-3' })));
		expectNames(error, 'model', '"sora-3"', Object.keys(docCatalog[providerId]));
	});
	test('a model of another provider is refused', () => {
		expectNames(invalid(() => validateCreateInput(byId('gccai'), raw('xingchao', 'openAiSora2Plus'))), 'model', '"openAiSora2Plus"', Object.keys(docCatalog.gccai));
	});
	test('surrounding spaces from an expression are tolerated', () => {
		expect(validateCreateInput(byId('gccai'), raw('gccai', 'sora-2', { model: ' sora-2-pro ' })).model.id).toBe('sora-2-pro');
	});
});

describe('duration-dependent resolutions', () => {
	test('evolink archived sora-2-pro: 25 s + 1080p refused (25 s is standard only)', () => {
		const error = invalid(() => validateCreateInput(byId('evolink'), raw('evolink', 'sora-2-pro', { duration: 25, resolution: '1080p' })));
		expectNames(error, 'resolution', '"1080p"', ['720p']);
		expect(error.message).toContain('25 s');
	});
	test('evolink archived sora-2-pro: 15 s + 720p refused (15 s is high only)', () => {
		expectNames(invalid(() => validateCreateInput(byId('evolink'), raw('evolink', 'sora-2-pro', { duration: 15, resolution: '720p' }))), 'resolution', '"720p"', ['1080p']);
	});
	test('yutoai sora-2-pro: 25 s + 1080p refused; 15 s + 1080p accepted', () => {
		expectNames(invalid(() => validateCreateInput(byId('yutoai'), raw('yutoai', 'sora-2-pro', { duration: 25, resolution: '1080p' }))), 'resolution', '"1080p"', ['720p']);
		expect(validateCreateInput(byId('yutoai'), raw('yutoai', 'sora-2-pro', { duration: 15, resolution: '1080p' })).resolution).toBe('1080p');
	});
	test('yutoai sora-2: 25 s is pro only', () => {
		expectNames(invalid(() => validateCreateInput(byId('yutoai'), raw('yutoai', 'sora-2', { duration: 25 }))), 'duration', '25', [10, 15]);
	});
	test('"8" for gccai is 8', () => {
		expect(validateCreateInput(byId('gccai'), raw('gccai', 'sora-2', { duration: '8' })).duration).toBe(8);
	});
	test('fractions and unit suffixes are refused', () => {
		invalid(() => validateCreateInput(byId('gccai'), raw('gccai', 'sora-2', { duration: 8.5 })));
		invalid(() => validateCreateInput(byId('gccai'), raw('gccai', 'sora-2', { duration: '8s' })));
	});
});

describe('prompt', () => {
	test.each([
		['empty', ''],
		['spaces', '   '],
		['white space of all kinds', ' \n\t \r\n '],
		['missing', null],
		['not text', 42],
	])('%s prompt is refused', (_label, prompt) => {
		const error = invalid(() => validateCreateInput(byId('gccai'), raw('gccai', 'sora-2', { prompt })));
		expect(error.field).toBe('prompt');
		expect(error.message).toMatch(/^Invalid prompt .*required/s);
	});
	test('the prompt is trimmed', () => {
		expect(validateCreateInput(byId('gccai'), raw('gccai', 'sora-2', { prompt: '  a cat  \n' })).prompt).toBe('a cat');
	});
	test('evolink kling-v3-text-to-video: 2500 characters pass, 2501 are refused with both numbers in the message', () => {
		const evolink = byId('evolink');
		expect(validateCreateInput(evolink, raw('evolink', 'kling-v3-text-to-video', { prompt: 'x'.repeat(2500) })).prompt).toHaveLength(2500);
		const error = invalid(() => validateCreateInput(evolink, raw('evolink', 'kling-v3-text-to-video', { prompt: 'x'.repeat(2501) })));
		expect(error.field).toBe('prompt');
		expect(error.message).toContain('2500');
		expect(error.message).toContain('2501');
		// The message quotes only the start of the prompt.
		expect(error.message.length).toBeLessThan(300);
	});
	test('a character limit counts the trimmed prompt', () => {
		expect(() => validateCreateInput(byId('evolink'), raw('evolink', 'kling-v3-text-to-video', { prompt: `  ${'y'.repeat(2500)}  ` }))).not.toThrow();
	});
	test('models whose limit is documented in tokens (or not at all) have no character limit', () => {
		const long = 'z'.repeat(5000);
		expect(validateCreateInput(byId('evolink'), raw('evolink', 'sora-2', { prompt: long })).prompt).toBe(long);
		expect(validateCreateInput(byId('evolink'), raw('evolink', 'sora-2-preview', { prompt: long })).prompt).toBe(long);
		expect(validateCreateInput(byId('gccai'), raw('gccai', 'sora-2', { prompt: long })).prompt).toBe(long);
	});
});

describe('reference image URL', () => {
	const dataPng = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
	const image = (providerId: string, imageUrl: unknown) => {
		const model = Object.keys(docCatalog[providerId])[0];
		return () => validateCreateInput(byId(providerId), raw(providerId, model, { imageUrl }));
	};
	const providerIds = Object.keys(docCatalog);

	test.each(providerIds)('%s: a plain https image is passed on; empty means text-to-video', (providerId) => {
		expect(image(providerId, 'https://cdn.example.com/frame.png')().imageUrl).toBe('https://cdn.example.com/frame.png');
		expect(image(providerId, '')().imageUrl).toBeUndefined();
		expect(image(providerId, null)().imageUrl).toBeUndefined();
		expect(image(providerId, ['https://cdn.example.com/only.png'])().imageUrl).toBe('https://cdn.example.com/only.png');
	});

	test.each(providerIds)('%s: file:, javascript:, ftp: and non-URLs are refused', (providerId) => {
		for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'ftp://files.example.com/a.png', 'not a url', '//cdn.example.com/a.png']) {
			const error = invalid(image(providerId, url));
			expect(error.field).toBe('reference image URL');
			expect(error.message).toContain(url);
			expect(error.message).toMatch(/http/);
		}
	});

	test.each(providerIds)('%s: two URLs are refused', (providerId) => {
		for (const value of [
			'https://a.example/1.png https://b.example/2.png',
			'https://a.example/1.png,https://b.example/2.png',
			'https://a.example/1.png\nhttps://b.example/2.png',
			['https://a.example/1.png', 'https://b.example/2.png'],
		]) {
			const error = invalid(image(providerId, value));
			expect(error.field).toBe('reference image URL');
			expect(error.message).toContain('only one');
		}
	});

	// providers.md: YutoAI images are "URL or base64" (§3.2); OpenAI image_url "may be a URL or a base64 data URL" (§1.4).
	const dataAllowed = ['yutoai', 'openai'];
	test.each(providerIds)('%s: data: URLs accepted only where documented', (providerId) => {
		if (dataAllowed.includes(providerId)) {
			expect(image(providerId, dataPng)().imageUrl).toBe(dataPng);
			// ...but only images.
			expect(invalid(image(providerId, 'data:text/html;base64,PHNjcmlwdD4=')).field).toBe('reference image URL');
		} else {
			const error = invalid(image(providerId, dataPng));
			expect(error.field).toBe('reference image URL');
			expect(error.message).toMatch(/http/);
		}
	});

	// APIMart §2.2 .jpeg/.jpg/.png/.webp; EvoLink §4.2 jpg/jpeg/png/webp; OpenAI §1.4 jpeg/png/webp.
	const extensionsDocumented = ['gccai', 'evolink', 'openai'];
	test.each(providerIds)('%s: .gif refused where the image types are documented', (providerId) => {
		const gif = 'https://cdn.example.com/anim.gif';
		if (extensionsDocumented.includes(providerId)) {
			const error = invalid(image(providerId, gif));
			expect(error.message).toContain('anim.gif');
			expect(error.message).toMatch(/png/);
			// Upper-case documented extensions and URLs without an extension are fine.
			expect(image(providerId, 'https://cdn.example.com/A.JPG')().imageUrl).toBe('https://cdn.example.com/A.JPG');
			expect(image(providerId, 'https://cdn.example.com/image?id=42')().imageUrl).toBe('https://cdn.example.com/image?id=42');
		} else {
			expect(image(providerId, gif)().imageUrl).toBe(gif);
		}
	});
});

describe('provider-only extras', () => {
	const evolink = byId('evolink');
	const yutoai = byId('yutoai');
	const legacy = byId('yutoaiLegacy');

	test('evolink callback URL must be https', () => {
		const error = invalid(() => validateCreateInput(evolink, raw('evolink', 'sora-2-preview', { extras: { callbackUrl: 'http://hooks.example/done' } })));
		expect(error.field).toBe('Callback URL');
		expect(error.message).toContain('http://hooks.example/done');
		expect(error.message).toContain('https://');
		const ok = validateCreateInput(evolink, raw('evolink', 'sora-2-preview', { extras: { callbackUrl: ' https://hooks.example/done ' } }));
		expect(ok.extras).toEqual({ callbackUrl: 'https://hooks.example/done' });
	});
	test('evolink remove watermark is kept for seed-era models only', () => {
		expect(validateCreateInput(evolink, raw('evolink', 'sora-2', { extras: { removeWatermark: false } })).extras).toEqual({ removeWatermark: false });
		expect(validateCreateInput(evolink, raw('evolink', 'sora-2-pro-preview', { extras: { removeWatermark: false } })).extras).toEqual({});
		expect(validateCreateInput(evolink, raw('evolink', 'sora-2', { extras: { removeWatermark: 'true' } })).extras).toEqual({ removeWatermark: true });
		expect(invalid(() => validateCreateInput(evolink, raw('evolink', 'sora-2', { extras: { removeWatermark: 'yes' } }))).field).toBe('Remove Watermark');
	});
	test('yutoai notify hook may be http (no HTTPS rule documented) but must be a web URL', () => {
		expect(validateCreateInput(yutoai, raw('yutoai', 'sora-2', { extras: { notifyHook: 'http://hooks.example/cb' } })).extras).toEqual({ notifyHook: 'http://hooks.example/cb' });
		expect(invalid(() => validateCreateInput(yutoai, raw('yutoai', 'sora-2', { extras: { notifyHook: 'javascript:alert(1)' } }))).field).toBe(
			'Callback URL (Notify Hook)',
		);
	});
	test.each(['1,3', '0,1', '2.5,5', ' 1 , 2 '])('yutoai character timestamps %p accepted (span 1–3 s)', (value) => {
		const input = validateCreateInput(yutoai, raw('yutoai', 'sora-2', { extras: { characterTimestamps: value } }));
		expect(input.extras.characterTimestamps).toBe(value.trim());
	});
	test.each(['1,5', '3,1', '1,1', '0,3.5', 'abc', '1-3', '1,2,3'])('yutoai character timestamps %p refused', (value) => {
		const error = invalid(() => validateCreateInput(yutoai, raw('yutoai', 'sora-2', { extras: { characterTimestamps: value } })));
		expect(error.field).toBe('Cameo Character Timestamps');
		expect(error.message).toContain(value);
		expect(error.message).toMatch(/1 to 3 seconds|start,end/);
	});
	test.each([0, 5, -1, 1.5, 'abc', '', true])('legacy variants %p out of range or not a whole number → refused', (value) => {
		const error = invalid(() => validateCreateInput(legacy, raw('yutoaiLegacy', 'turbo', { extras: { variants: value } })));
		expect(error.field).toBe('Variants');
		expect(error.message).toContain('from 1 to 4');
	});
	test.each([
		[1, 1],
		[4, 4],
		['2', 2],
	])('legacy variants %p → %p', (value, expected) => {
		expect(validateCreateInput(legacy, raw('yutoaiLegacy', 'turbo', { extras: { variants: value } })).extras).toEqual({ variants: expected });
	});
	test('extras of hidden parameters (null) are left out', () => {
		expect(validateCreateInput(yutoai, raw('yutoai', 'sora-2', { extras: { watermark: null, notifyHook: null } })).extras).toEqual({});
	});
});
