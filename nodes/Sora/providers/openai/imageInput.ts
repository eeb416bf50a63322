import type { ImageInputSpec } from '../types';

// `input_reference` as a multipart file (providers.md §1.4): jpeg, png or webp [T]; the image should
// match the requested size [T], which the spec does not enforce, so only the format is checked.
export const openaiImageInput: ImageInputSpec = {
	binary: 'multipart',
	formats: ['png', 'jpeg', 'webp'],
};
