import { yutoai } from '../../../nodes/Sora/providers/yutoai';
import { validateCreateInput } from '../../../nodes/Sora/validation/createInput';
import { validateTaskId } from '../../../nodes/Sora/validation/taskId';
import { fixture } from '../fixtures';
import { expectNames, invalid } from '../validation/helpers';
import { createCall, docCombosOf, eachComboCall, FIRST, LAST, rawFor } from './successorCases';
import { PROMPT } from './shared';

// video-models.md §2.6: `ratio` 2:3/3:2/1:1, `resolution` 720P/1080P, integer duration 5/10/15, `images`.
const grok = { model: 'grok-video-3', duration: 10, aspectRatio: '3:2', resolution: '720p' } as const;

describe('yutoai Grok create body', () => {
	const combos = docCombosOf('yutoai', ['grok-video-3']);
	test('covers 3 durations × 3 ratios × 2 tiers', () => expect(combos).toHaveLength(18));

	eachComboCall(yutoai, combos, '/v2/videos/generations', (body, combo) => {
		expect(body).toStrictEqual({
			model: 'grok-video-3',
			prompt: PROMPT,
			ratio: combo.aspectRatio,
			resolution: combo.resolution === '1080p' ? '1080P' : '720P',
			duration: combo.duration,
		});
		expect(Number.isInteger(body.duration)).toBe(true);
	});

	test('§8 example reproduced: image to video, 10 s, 720P, 3:2', () => {
		const call = createCall(yutoai, grok, { prompt: '…', imageUrl: FIRST });
		expect(call.body).toStrictEqual({ model: 'grok-video-3', prompt: '…', ratio: '3:2', resolution: '720P', duration: 10, images: [FIRST] });
	});
});

describe('yutoai Grok refusals (before any request)', () => {
	const check = (overrides: Parameters<typeof rawFor>[1]) => invalid(() => validateCreateInput(yutoai, rawFor(grok, overrides)));
	test('16:9 is not a Grok ratio here; 6 s and 480p are not offered', () => {
		expectNames(check({ aspectRatio: '16:9' }), 'aspect ratio', '"16:9"', ['3:2', '2:3', '1:1']);
		expectNames(check({ duration: 6 }), 'duration', '6', [5, 10, 15]);
		expectNames(check({ resolution: '480p' }), 'resolution', '"480p"', ['720p', '1080p']);
	});
	test('no last frame, seed or negative prompt', () => {
		expect(check({ imageUrl: FIRST, lastFrameUrl: LAST }).field).toBe('last frame image URL');
		expect(check({ seed: 3 }).field).toBe('seed');
		expect(check({ negativePrompt: 'x' }).field).toBe('negative prompt');
	});
});

describe('yutoai Grok task ids and answers', () => {
	test('grok:<uuid> passes task-id validation and is encoded as one path segment', () => {
		const taskId = yutoai.parseCreateResponse(fixture('yutoai', 'grok-video-3-create'));
		expect(taskId).toBe('grok:fa59842d-5a3c-4f0b-9d1e-3c2b1a0f9e8d');
		expect(validateTaskId(yutoai, `  ${taskId} `)).toBe(taskId);
		expect(yutoai.buildStatusRequest(taskId)).toEqual({ method: 'GET', path: '/v2/videos/generations/grok%3Afa59842d-5a3c-4f0b-9d1e-3c2b1a0f9e8d' });
	});
	test('data.outputs[0] is read when data.output is absent (audit fix, issue 12)', () => {
		const body = fixture('yutoai', 'grok-video-3-status-outputs');
		const task = yutoai.parseStatusResponse(body, { taskId: 'x', baseUrl: 'https://yutoai.example' });
		expect(task).toMatchObject({
			taskId: 'grok:fa59842d-5a3c-4f0b-9d1e-3c2b1a0f9e8d',
			status: 'completed',
			videoUrl: 'https://filesystem.site/cdn/20251124/grok-fa59842d.mp4',
		});
	});
	test('data.output wins over data.outputs; objects with url inside outputs are read too', () => {
		const both = { task_id: 't', status: 'SUCCESS', data: { output: 'https://v.example/a.mp4', outputs: ['https://v.example/b.mp4'] } };
		expect(yutoai.parseStatusResponse(both, { taskId: 't', baseUrl: '' }).videoUrl).toBe('https://v.example/a.mp4');
		const objects = { task_id: 't', status: 'SUCCESS', data: { outputs: [{ url: 'https://v.example/c.mp4' }] } };
		expect(yutoai.parseStatusResponse(objects, { taskId: 't', baseUrl: '' }).videoUrl).toBe('https://v.example/c.mp4');
		const empty = { task_id: 't', status: 'SUCCESS', data: { outputs: [] } };
		expect(yutoai.parseStatusResponse(empty, { taskId: 't', baseUrl: '' }).videoUrl).toBeNull();
	});
});
