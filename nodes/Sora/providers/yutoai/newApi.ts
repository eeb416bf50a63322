import { asNonEmptyString, readPath } from '../read';
import type { FailedAnswer } from '../types';

/**
 * The ids of `GET /v1/models` (new-api: `{data: [{id, supported_endpoint_types?}]}`) [I]. Where an
 * entry lists its endpoint types, only those with a video endpoint count as video models.
 */
export function newApiVideoModelIds(body: unknown): string[] {
	const entries = readPath(body, 'data');
	if (!Array.isArray(entries)) return [];
	const ids: string[] = [];
	for (const entry of entries) {
		const id = asNonEmptyString(readPath(entry, 'id'));
		if (!id) continue;
		const types = readPath(entry, 'supported_endpoint_types');
		if (Array.isArray(types) && !types.some((type) => typeof type === 'string' && /video/i.test(type))) continue;
		ids.push(id);
	}
	return ids;
}

// new-api answers a model without a channel with `code: "model_not_found"` and
// "当前分组 … 下对于模型 … 无可用渠道"; the wording of other refusals is not documented [I].
const unavailableWords =
	/无可用渠道|模型不存在|不支持(该|此)?模型|model_not_found|no available channel|model\b[^.,;]*\b(not found|not supported|unavailable|does not exist)|(unknown|invalid|unsupported) model/i;

export function isNewApiModelUnavailable(answer: FailedAnswer): boolean {
	const code = asNonEmptyString(readPath(answer.body, 'error', 'code')) ?? asNonEmptyString(readPath(answer.body, 'code'));
	if (code === 'model_not_found') return true;
	const texts = [
		readPath(answer.body, 'error', 'message'),
		readPath(answer.body, 'message'),
		readPath(answer.body, 'fail_reason'),
		typeof answer.body === 'string' ? answer.body : undefined,
	];
	return texts.some((text) => typeof text === 'string' && unavailableWords.test(text));
}
