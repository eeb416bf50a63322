import { asNonEmptyString, readPath } from '../read';
import { ProviderResponseError } from '../responseError';
import type { ImageInputSpec } from '../types';

// [D] api-contract.md: `POST /v1/uploads/images`, multipart `file` (JPEG/PNG/GIF/WebP) →
// `{url, filename, content_type, bytes, created_at}`, the URL valid 72 h; generation bodies take only
// URLs. GIF is not offered (no video model's page lists it). The upload page states no size limit and
// says uploads are not retried automatically: a repeated upload stores a second object.
export const apimartImageInput: ImageInputSpec = {
	binary: 'upload',
	upload: {
		url: (baseUrl) => `${baseUrl}/v1/uploads/images`,
		urlHint: 'the upload goes to {Base URL}/v1/uploads/images',
		fileField: 'file',
		retriedOnlyIfNeverSent: true,
		parse(body) {
			const url = asNonEmptyString(readPath(body, 'url')) ?? asNonEmptyString(readPath(body, 'data', 'url'));
			if (!url) throw new ProviderResponseError('The image upload response has no url', body);
			return url;
		},
	},
	formats: ['png', 'jpeg', 'webp'],
};
