import type { IDataObject } from 'n8n-workflow';

import { secondsRange } from '../secondsRange';
import type { CreateInput, HttpCall, ModelSpec, Resolution } from '../types';

export const SEEDANCE15_PATH = '/v1/seedance/videos';

// video-models.md §4.5: the Volcengine content-array format. The prompt and the frames travel in
// `content`, the tier is part of the model id, the ratio key is `ratio`. `duration: -1` (the model
// picks) is documented but not offered.
function seedance15(tier: Resolution, label: string): ModelSpec {
	return {
		id: `seedance_1_5_pro_${tier}`,
		displayName: `Seedance 1.5 Pro ${label}`,
		description: `ByteDance Seedance 1.5 Pro at ${label}, 4–12 s with audio; text, or first frame (+ last frame)`,
		family: 'seedance',
		durations: secondsRange(4, 12),
		defaultDuration: 5,
		aspectRatios: ['16:9', '4:3', '1:1', '3:4', '9:16', '21:9', 'adaptive'],
		// The page's default for 1.5 Pro, text or image alike.
		defaultAspectRatio: 'adaptive',
		resolutions: [tier],
		supportsImage: true,
		supportsLastFrame: true,
		audio: { default: true },
		// Documents the keys this model takes; the body itself is built by seedance15CreateRequest.
		body: {
			duration: { key: 'duration', type: 'integer' },
			aspectRatio: { key: 'ratio' },
			audio: { key: 'generate_audio', on: true, off: false },
		},
		createPath: SEEDANCE15_PATH,
		evidence: {
			level: 'documented',
			note: 'generate_audio appears in the example, not in the field list; the ratio starts at the documented adaptive (node version 1 keeps 16:9)',
		},
	};
}

export const seedance15Models: ModelSpec[] = [seedance15('1080p', '1080p'), seedance15('720p', '720p'), seedance15('480p', '480p')];

function imageItem(url: string, role: 'first_frame' | 'last_frame'): IDataObject {
	return { type: 'image_url', image_url: { url }, role };
}

export function seedance15CreateRequest(input: CreateInput): HttpCall {
	const content: IDataObject[] = [{ type: 'text', text: input.prompt }];
	if (input.imageUrl) content.push(imageItem(input.imageUrl, 'first_frame'));
	if (input.imageUrl && input.lastFrameUrl) content.push(imageItem(input.lastFrameUrl, 'last_frame'));
	const body: IDataObject = { model: input.model.id, content, ratio: input.aspectRatio, duration: input.duration };
	if (input.generateAudio !== undefined) body.generate_audio = input.generateAudio;
	return { method: 'POST', path: SEEDANCE15_PATH, body };
}
