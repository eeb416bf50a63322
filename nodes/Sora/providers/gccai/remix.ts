import type { HttpCall, ModelSpec, RemixInput } from '../types';

// [D] docs.apimart.ai/en/api-reference/videos/sora2/remix: `POST /v1/videos/{task_id}/remix` with
// `{model, prompt, duration, aspect_ratio}`; the answer is shaped like a create answer.
// Row 14 of video-modes-and-callbacks.md §2 (docs.apimart.ai veo3/remix): the same path extends a
// finished Veo 3.1 task from 8 s to a fixed 15 s with `{model, prompt, aspect_ratio}` (no duration);
// the model must be the source task's.
export function apimartRemixRequest({ taskId, prompt, model, duration, aspectRatio }: RemixInput): HttpCall {
	const path = `/v1/videos/${encodeURIComponent(taskId)}/remix`;
	if (model?.family === 'veo') return { method: 'POST', path, body: { model: model.id, prompt, aspect_ratio: aspectRatio } };
	return { method: 'POST', path, body: { model: model?.id, prompt, duration, aspect_ratio: aspectRatio } };
}

const veoExtend = (id: string, tier: string): ModelSpec => ({
	id,
	displayName: `Veo 3.1 ${tier} Extend`,
	description: `Extends a finished Veo 3.1 ${tier} task (its APIMart task id, same model) from 8 s to 15 s; the prompt says how it continues`,
	family: 'veo',
	durations: [15],
	defaultDuration: 15,
	aspectRatios: ['16:9', '9:16'],
	resolutions: ['720p'],
	supportsImage: false,
});

/** Veo 3.1 extensions, offered after the Sora remix models (the remix default stays Sora). */
export const apimartVeoExtendModels: ModelSpec[] = [veoExtend('veo3.1-fast', 'Fast'), veoExtend('veo3.1-quality', 'Quality')];
