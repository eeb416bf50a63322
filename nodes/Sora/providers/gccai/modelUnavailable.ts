import { readPath } from '../read';
import type { FailedAnswer } from '../types';

// [D] APIMart errors are `{"error":{"code","message","type","param"?}}` (providers.md §2.4, APIMart's
// own client contract). [I] How it words an unknown, retired or channel-less model is not documented:
// this matches the usual gateway wordings, and an invalid-request error that names `param: "model"`.
const unavailableWords =
	/model[_\s-]?not[_\s-]?found|no (available )?channel|not (a )?supported model|model\b[^.]*\b(does not exist|not exist|not found|not supported|unsupported|unavailable|not available|is retired|deprecated)|(unknown|invalid|unsupported) model|无可用渠道|模型.{0,20}(不存在|不支持|已下线)|不支持.{0,10}模型/i;

export function isApimartModelUnavailable(answer: FailedAnswer): boolean {
	const error = readPath(answer.body, 'error') ?? readPath(answer.body, 'data', 'error');
	const param = readPath(error, 'param');
	const texts = [readPath(error, 'message'), readPath(error, 'type'), readPath(error, 'code'), answer.message];
	if (texts.some((text) => typeof text === 'string' && unavailableWords.test(text))) return true;
	return param === 'model' && (answer.httpStatus === 400 || answer.httpStatus === 404);
}
