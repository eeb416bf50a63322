import type { HttpCall, ModelSpec, RemixInput } from '../types';

// [D] Archived `sora-2-pro-remix` (providers.md §4.2): a create on the usual path with
// `base_video_task_id` of a Sora 2 / Sora 2 Pro task, 15 or 25 s, prompt ≤ 2000 characters; the remix
// keeps the source's orientation, so no aspect ratio is sent. `sora-2-remix` is named in the audit only.
const retired = 'Retired upstream on 2026-09-24 (archived by EvoLink): works only where EvoLink still serves it';

export const evolinkRemixModels: ModelSpec[] = [
	{
		id: 'sora-2-pro-remix',
		displayName: 'Sora 2 Pro Remix (archived) (retired)',
		description: retired,
		durations: [15, 25],
		defaultDuration: 15,
		aspectRatios: [],
		resolutions: [],
		promptMaxLength: 2000,
		supportsImage: false,
	},
	{
		id: 'sora-2-remix',
		displayName: 'Sora 2 Remix (archived) (retired)',
		description: `${retired}. Durations inferred from the seed-era sora-2 (10/15 s)`,
		durations: [10, 15],
		defaultDuration: 10,
		aspectRatios: [],
		resolutions: [],
		promptMaxLength: 2000,
		supportsImage: false,
		evidence: { level: 'inferred', note: 'EvoLink\'s archived docs name this model; its fields are assumed from sora-2-pro-remix' },
	},
];

export function evolinkRemixRequest({ taskId, prompt, model, duration }: RemixInput): HttpCall {
	return {
		method: 'POST',
		path: '/v1/videos/generations',
		body: { model: model?.id ?? 'sora-2-pro-remix', prompt, base_video_task_id: taskId, duration },
	};
}
