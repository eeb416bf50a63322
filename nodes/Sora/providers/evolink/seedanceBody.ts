import type { BodyMap } from '../types';

/** How every EvoLink Seedance model (1.0 to 2.5) names the common fields (docs seedance1.0 to seedance2.5). */
export const seedanceBody: BodyMap = {
	duration: { key: 'duration', type: 'integer' },
	resolution: { key: 'quality' },
	aspectRatio: { key: 'aspect_ratio' },
	audio: { key: 'generate_audio', on: true, off: false },
	image: { key: 'image_urls', type: 'array' },
};
