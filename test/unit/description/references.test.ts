import { referenceProperties } from '../../../nodes/Sora/description/referenceProperties';
import { evolink } from '../../../nodes/Sora/providers/evolink';
import { gccai } from '../../../nodes/Sora/providers/gccai';
import { providers } from '../../../nodes/Sora/providers';

const shownFor = (name: string, modelId: string) =>
	referenceProperties(evolink).filter((property) => property.name === name && (property.displayOptions?.show?.model as string[]).includes(modelId));

describe('reference fields are generated from the catalog', () => {
	test('each model that declares a kind gets exactly one field of that kind, stating its count, formats and prompt tags', () => {
		for (const model of evolink.models.filter((candidate) => candidate.references)) {
			for (const [kind, name] of [['images', 'referenceImageUrls'], ['videos', 'referenceVideoUrls'], ['audios', 'referenceAudioUrls']] as const) {
				const fields = shownFor(name, model.id);
				const spec = model.references?.[kind];
				expect({ id: model.id, kind, count: fields.length }).toEqual({ id: model.id, kind, count: spec ? 1 : 0 });
				if (!spec) continue;
				const description = String(fields[0].description);
				expect(description).toContain(String(spec.max));
				expect(description).toContain(model.references?.promptTags ?? '');
				for (const extension of spec.extensions ?? []) expect(description).toContain(extension);
			}
		}
	});

	test('edit and extend models name the first video as the one edited or extended', () => {
		expect(shownFor('referenceVideoUrls', 'seedance-2.5-video-edit')[0].displayName).toBe('Video URLs (First Is Edited)');
		expect(shownFor('referenceVideoUrls', 'seedance-2.5-video-extend')[0].displayName).toBe('Video URLs (First Is Extended)');
		expect(shownFor('referenceVideoUrls', 'seedance-2.0-reference-to-video')[0].displayName).toBe('Reference Video URLs');
		expect(String(shownFor('referenceVideoUrls', 'seedance-2.5-video-edit')[0].description)).toContain('billed');
	});

	test('Wan 2.7 reference voices: the audio field says each line names its reference (image1=URL), with an example placeholder', () => {
		const [voices] = shownFor('referenceAudioUrls', 'wan2.7-reference-video');
		expect(String(voices.description)).toContain('image1=URL or video1=URL');
		expect(voices.placeholder).toBe('image1=https://example.com/voice.mp3');
		expect(shownFor('referenceAudioUrls', 'seedance-2.0-reference-to-video')[0].placeholder).toBe('https://example.com/voice.mp3');
	});

	test('Kling element IDs: one field for exactly the models that declare elements, with their limits and <<<element_1>>>', () => {
		const withElements = evolink.models.filter((model) => model.references?.elements).map((model) => model.id);
		expect(withElements.sort()).toEqual(['kling-o3-image-to-video', 'kling-o3-reference-to-video', 'kling-o3-video-edit']);
		const fields = referenceProperties(evolink).filter((property) => property.name === 'elementIds');
		expect(fields.flatMap((field) => field.displayOptions?.show?.model as string[]).sort()).toEqual(withElements);
		const [image] = shownFor('elementIds', 'kling-o3-image-to-video');
		expect(image.displayName).toBe('Kling Element IDs');
		expect(String(image.description)).toContain('At most 7 images (a start image included) and elements together, and at most 3 elements with a start image');
		expect(String(image.description)).toContain('<<<element_1>>>');
		expect(String(image.description)).toContain('model_params.element_list');
		const [edit] = shownFor('elementIds', 'kling-o3-video-edit');
		expect(String(edit.description)).toContain('At most 4 images and elements together');
		expect(String(edit.description)).toContain('Multi-image elements only');
		expect(referenceProperties(gccai).some((property) => property.name === 'elementIds')).toBe(false);
	});

	test('binary reference images are offered only where the provider uploads images (APIMart, EvoLink)', () => {
		const binary = referenceProperties(evolink).find((property) => property.name === 'referenceImageBinaryProperties');
		expect(binary?.displayOptions?.show?.model).toContain('seedance-2.0-reference-to-video');
		for (const provider of providers) {
			const offered = referenceProperties(provider).some((property) => property.name === 'referenceImageBinaryProperties');
			if (offered) expect(provider.imageInput?.binary).toBe('upload');
		}
		expect(gccai.imageInput?.binary).toBe('upload');
	});

	test('every reference field is additive: empty by default', () => {
		for (const provider of providers) for (const property of referenceProperties(provider)) expect(property.default).toBe('');
	});
});
