import { asNonEmptyString, readPath } from '../read';
import { ProviderRefusalError } from '../refusal';
import type { FailedAnswer, TaskCost } from '../types';

/**
 * GlobalAI OPC refuses a create with HTTP 200 and `{"id":null,"object":"error","status":"failed",
 * "error":"Creation failed"}` (video-models.md §4.2): a documented "no task", not a lost answer.
 */
export function createRefusal(body: unknown): ProviderRefusalError | undefined {
	if (body === null || typeof body !== 'object' || Array.isArray(body)) return undefined;
	const record = body as Record<string, unknown>;
	const saysError = record.object === 'error' || (record.id === null && 'error' in record);
	if (!saysError || asNonEmptyString(record.id)) return undefined;
	const reason = asNonEmptyString(record.error) ?? 'no reason given';
	return new ProviderRefusalError(`The create response has no id: the provider refused the request ("${reason}"), so no task was created`, body, reason);
}

// Not documented: how an unknown or switched-off model is answered. Match the usual words in the
// `error` string of a refusal, or in a `{code,msg}` / `{message}` envelope [I].
const unavailableWords =
	/model[^.]*(not (found|exist|support|available|enabled|open)|unsupported|unavailable|offline|invalid|disabled)|(unknown|invalid|unsupported) model|模型[^。]*(不存在|不支持|不可用|已下线|未开通)|无可用渠道/i;

export function isGlobalAiModelUnavailable(answer: FailedAnswer): boolean {
	const texts = [readPath(answer.body, 'error'), readPath(answer.body, 'msg'), readPath(answer.body, 'message'), answer.body];
	return texts.some((text) => typeof text === 'string' && unavailableWords.test(text));
}

/** `amount` next to the result [T] (providers.md §5.3); the unit is not stated (prices on the site are in CNY) [I]. */
export function readAmount(raw: unknown): TaskCost | null {
	const amount = readPath(raw, 'amount');
	const value = typeof amount === 'number' ? amount : typeof amount === 'string' && amount.trim() !== '' ? Number(amount) : NaN;
	return Number.isFinite(value) ? { amount: value, unit: 'cny' } : null;
}
