import type { CreateInput, FormField, HttpCall } from '../types';
import { openaiSizes } from './models';

/**
 * `POST /videos`. JSON while the image is a URL (`input_reference: {image_url}`); multipart/form-data
 * with the file as `input_reference` when it comes from n8n binary data, which is also what
 * multipart-only endpoints (Azure, several resellers) require for image-to-video.
 */
export function openaiCreateRequest(input: CreateInput): HttpCall {
	const fields = {
		model: input.model.id,
		prompt: input.prompt,
		// The spec types seconds as a string enum.
		seconds: String(input.duration),
		size: openaiSizes[input.resolution]?.[input.aspectRatio] ?? '',
	};
	if (input.imageFile) {
		const form: FormField[] = Object.entries(fields).map(([name, value]) => ({ name, value }));
		form.push({ name: 'input_reference', file: input.imageFile });
		return { method: 'POST', path: '/videos', form };
	}
	return {
		method: 'POST',
		path: '/videos',
		body: { ...fields, ...(input.imageUrl ? { input_reference: { image_url: input.imageUrl } } : {}) },
	};
}
