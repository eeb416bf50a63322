import { asNonEmptyString, readPath } from '../read';
import { ProviderResponseError } from '../responseError';
import type { ImageInputSpec } from '../types';

const uploadPath = '/api/v1/files/upload/stream';

// [D] EvoLink's files API lives on another host (files-api.evolink.ai): `POST /api/v1/files/upload/stream`,
// multipart `file` → `{data: {file_url, …}}`, images only, 72 h. With the default Base URL it is derived
// (api.* → files-api.*); any other Base URL needs the credential's Files API URL.
function filesUploadUrl(baseUrl: string, filesBaseUrl?: string): string | undefined {
	if (filesBaseUrl) return `${filesBaseUrl}${uploadPath}`;
	const url = new URL(baseUrl);
	if (!url.hostname.startsWith('api.') || (url.pathname !== '/' && url.pathname !== '')) return undefined;
	return `${url.protocol}//files-${url.host}${uploadPath}`;
}

// [D] sora-2-preview: the image's pixel size must exactly match the aspect ratio (1280×720 / 720×1280).
// [I] sora-2-pro-preview documents the same rule without sizes; its 720p and 1080p frames are accepted.
const previewSizes: Record<string, Record<string, Array<{ width: number; height: number }>>> = {
	'sora-2-preview': { '16:9': [{ width: 1280, height: 720 }], '9:16': [{ width: 720, height: 1280 }] },
	'sora-2-pro-preview': {
		'16:9': [{ width: 1280, height: 720 }, { width: 1920, height: 1080 }],
		'9:16': [{ width: 720, height: 1280 }, { width: 1080, height: 1920 }],
	},
};

export const evolinkImageInput: ImageInputSpec = {
	binary: 'upload',
	upload: {
		url: filesUploadUrl,
		urlHint: 'EvoLink takes uploads at https://files-api.evolink.ai; with another Base URL set "Files API URL" in the EvoLink credential',
		fileField: 'file',
		parse(body) {
			const url = asNonEmptyString(readPath(body, 'data', 'file_url'));
			if (!url) throw new ProviderResponseError('The file upload response has no data.file_url', body);
			return url;
		},
	},
	// Video pages: jpg/jpeg/png/webp up to 10 MB (providers.md §4.2).
	formats: ['png', 'jpeg', 'webp'],
	maxBytes: 10 * 1024 * 1024,
	pixelSizes: (model, aspectRatio) => previewSizes[model.id]?.[aspectRatio],
};
