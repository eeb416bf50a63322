import { readPath } from '../read';
import { ProviderResponseError } from '../responseError';
import type { FailedAnswer, ModelListSpec } from '../types';

// `GET /models` → `{object:"list", data:[{id,…}]}`. new-api resellers add `supported_endpoint_types`;
// where an entry has it, only entries naming a video endpoint are kept.
export const openaiModelList: ModelListSpec = {
	request: { method: 'GET', path: '/models' },
	parse(body) {
		const entries = readPath(body, 'data');
		if (!Array.isArray(entries)) throw new ProviderResponseError('The model list response has no data array', body);
		const ids = entries
			.filter((entry) => {
				const types = readPath(entry, 'supported_endpoint_types');
				return !Array.isArray(types) || types.some((type) => typeof type === 'string' && /video/i.test(type));
			})
			.map((entry) => readPath(entry, 'id'))
			.filter((id): id is string => typeof id === 'string' && id.trim() !== '');
		return [...new Set(ids.map((id) => id.trim()))];
	},
};

// OpenAI: `error.code: "model_not_found"`; new-api resellers: "no available channel" / 无可用渠道.
// Any other refusal counts only when its message is about the model, never a bare 404.
const aboutTheModel = /\bmodel\b[^.;]{0,80}?\b(does not exist|not found|no longer (available|supported)|retired|deprecated|not supported)/i;
const noChannel = /no available channel|无可用渠道/i;

export function isOpenAiModelUnavailable(answer: FailedAnswer): boolean {
	if (readPath(answer.body, 'error', 'code') === 'model_not_found') return true;
	const message = readPath(answer.body, 'error', 'message');
	const text = typeof message === 'string' ? message : typeof answer.body === 'string' ? answer.body : '';
	return noChannel.test(text) || aboutTheModel.test(text);
}
