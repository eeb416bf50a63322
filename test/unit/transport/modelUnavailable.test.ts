import { findProvider } from '../../../nodes/Sora/providers';
import type { NormalizedTask, ProviderSpec } from '../../../nodes/Sora/providers/types';
import { isModelUnavailable, modelUnavailableTask } from '../../../nodes/Sora/transport/modelUnavailable';

// YutoAI legacy declares no rule of its own, so it gets the generic wording check.
const legacy = findProvider('yutoaiLegacy')!;
const answer = (body: unknown, httpStatus: number | null = 400) => ({ httpStatus, body, message: 'refused' });

describe('generic model-not-available check (providers without their own rule)', () => {
	test.each([
		[{ error: { code: 'model_not_found', message: 'x' } }],
		[{ error: { message: 'The model `turbo` does not exist' } }],
		[{ error: { message: "Model 'sora-2' is not available for your account" } }],
		[{ error: { message: 'model sora-2 has been retired' } }],
		[{ message: 'Unknown model: turbo' }],
		[{ error: { message: 'no available channel for model turbo' } }],
		[{ error: { message: '当前分组 default 下对于模型 turbo 无可用渠道' } }],
		['模型不存在'],
	])('%j is an unavailable model', (body) => {
		expect(isModelUnavailable(legacy, answer(body))).toBe(true);
	});

	test.each([
		[{ error: { message: 'prompt is too long' } }],
		[{ error: { message: 'Invalid model parameters: duration must be 5 or 10' } }],
		[{ error: { message: 'insufficient balance' } }],
		[{ error: { message: 'rate limit exceeded, retry later' } }],
		['<html>502 Bad Gateway</html>'],
	])('%j is another refusal', (body) => {
		expect(isModelUnavailable(legacy, answer(body))).toBe(false);
	});

	test('a provider with its own rule is asked instead of the generic check', () => {
		const own: ProviderSpec = { ...legacy, isModelUnavailable: () => false };
		expect(isModelUnavailable(own, answer({ error: { code: 'model_not_found' } }))).toBe(false);
	});
});

describe('a failed task whose reason says the model is unavailable', () => {
	const failed = (message: string): NormalizedTask => ({
		provider: 'yutoaiLegacy',
		taskId: 'task_1',
		status: 'failed',
		providerStatus: 'failed',
		progress: null,
		videoUrl: null,
		thumbnailUrl: null,
		expiresAt: null,
		error: { code: null, message },
		raw: { status: 'failed', error: message },
	});

	test('becomes model_unavailable, naming provider, task, model and List Models', () => {
		const error = modelUnavailableTask(legacy, failed('The model turbo does not exist'), 'turbo');
		expect(error?.code).toBe('model_unavailable');
		expect(error?.message).toContain(legacy.displayName);
		expect(error?.message).toContain('task_1');
		expect(error?.message).toContain('"turbo"');
		expect(error?.message).toContain('List Models');
		expect(error?.task.taskId).toBe('task_1');
	});

	test('other failures stay as they are', () => {
		expect(modelUnavailableTask(legacy, failed('content policy violation'), 'turbo')).toBeUndefined();
		expect(modelUnavailableTask(legacy, { ...failed('The model turbo does not exist'), status: 'processing' }, 'turbo')).toBeUndefined();
	});
});
