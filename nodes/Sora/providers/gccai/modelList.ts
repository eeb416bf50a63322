import { readPath } from '../read';
import { ProviderResponseError } from '../responseError';
import type { ModelListSpec } from '../types';

// [D] APIMart's client contract: `GET /v1/models` answers `{data:[{id,…}]}` with image and video models
// alike; the answer does not say which are video, so every id is returned.
export const apimartModelList: ModelListSpec = {
	request: { method: 'GET', path: '/v1/models' },
	parse(body) {
		const entries = readPath(body, 'data');
		if (!Array.isArray(entries)) throw new ProviderResponseError('The model list response has no data array', body);
		const ids = entries.map((entry) => readPath(entry, 'id')).filter((id): id is string => typeof id === 'string' && id.trim() !== '');
		return [...new Set(ids.map((id) => id.trim()))];
	},
};
