import { asNonEmptyString, readPath } from '../read';
import { ProviderResponseError } from '../responseError';
import type { ImageInputSpec } from '../types';

// [D] api-contract.md: `POST /v1/uploads/images`, multipart `file` (JPEG/PNG/GIF/WebP) →
// `{url, filename, content_type, bytes, created_at}`, the URL valid 72 h; generation bodies take only
// URLs. The Sora create documents `.jpeg/.jpg/.png/.webp` up to 10 MB, so GIF is not offered.
export const apimartImageInput: ImageInputSpec = {
	binary: 'upload',
	upload: {
		url: (baseUrl) => `${baseUrl}/v1/uploads/images`,
		urlHint: 'the upload goes to {Base URL}/v1/uploads/images',
		fileField: 'file',
		parse(body) {
			const url = asNonEmptyString(readPath(body, 'url')) ?? asNonEmptyString(readPath(body, 'data', 'url'));
			if (!url) throw new ProviderResponseError('The image upload response has no url', body);
			return url;
		},
	},
	formats: ['png', 'jpeg', 'webp'],
	maxBytes: 10 * 1024 * 1024,
};
