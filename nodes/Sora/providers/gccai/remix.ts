import type { HttpCall, RemixInput } from '../types';

// [D] docs.apimart.ai/en/api-reference/videos/sora2/remix: `POST /v1/videos/{task_id}/remix` with
// `{model, prompt, duration, aspect_ratio}`; the answer is shaped like a create answer.
export function apimartRemixRequest({ taskId, prompt, model, duration, aspectRatio }: RemixInput): HttpCall {
	return {
		method: 'POST',
		path: `/v1/videos/${encodeURIComponent(taskId)}/remix`,
		body: { model: model?.id, prompt, duration, aspect_ratio: aspectRatio },
	};
}
