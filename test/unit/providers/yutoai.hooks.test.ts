import { mappedCreateRequest } from '../../../nodes/Sora/providers/mappedBody';
import { yutoai } from '../../../nodes/Sora/providers/yutoai';
import { fixture } from '../fixtures';
import { inputFor, PROMPT } from './shared';

// video-models.md §2.8 (model list [I]), §0.2 (no money in the task answer).
describe('yutoai List Models (GET /v1/models) [I]', () => {
	test('request and the video ids of the answer; a chat model with endpoint types is left out', () => {
		expect(yutoai.modelList?.request).toEqual({ method: 'GET', path: '/v1/models' });
		// sora-2 lists no endpoint types, so it is kept: the answer does not say it is not video.
		expect(yutoai.modelList?.parse(fixture('yutoai', 'models-list'))).toEqual(['veo3.1', 'grok-video-3', 'veo3.1-4k', 'sora-2']);
	});
	test('unusable answers give an empty list', () => {
		for (const body of [null, 'text', {}, { data: 'x' }, { data: [{ name: 'no id' }] }]) expect(yutoai.modelList?.parse(body)).toEqual([]);
	});
});

describe('yutoai model not available', () => {
	const answer = (httpStatus: number | null, body: unknown) => ({ httpStatus, body, message: 'refused' });
	test('new-api "无可用渠道" / model_not_found is recognised', () => {
		expect(yutoai.isModelUnavailable?.(answer(503, fixture('yutoai', 'error-model-not-found')))).toBe(true);
		expect(yutoai.isModelUnavailable?.(answer(400, { error: { message: 'model veo9 is not supported', code: '' } }))).toBe(true);
	});
	test('other refusals are not', () => {
		expect(yutoai.isModelUnavailable?.(answer(401, { error: { message: 'Invalid API key', code: 'invalid_api_key' } }))).toBe(false);
		expect(yutoai.isModelUnavailable?.(answer(400, { error: { message: 'prompt is required', code: 'invalid_request' } }))).toBe(false);
		expect(yutoai.isModelUnavailable?.(answer(200, fixture('yutoai', 'status-failure')))).toBe(false);
	});
});

describe('yutoai cost and custom model', () => {
	test('no money is reported', () => {
		expect(yutoai.readCost?.(fixture('yutoai', 'doubao-seedance-1-0-pro-250528-status-success'))).toBeNull();
		expect(yutoai.readCost?.(fixture('yutoai', 'veo3.1-status-success'))).toBeNull();
	});
	test('a custom model uses integer duration, resolution, aspect_ratio and images on /v2', () => {
		const map = yutoai.customModel!.body;
		const input = inputFor(yutoai, { model: 'sora-2', duration: 10, aspectRatio: '16:9', resolution: '720p' }, { imageUrl: 'https://img.example/a.png' });
		const call = mappedCreateRequest('/v2/videos/generations', map, { ...input, model: { ...input.model, id: 'veo3.1-4k' } });
		expect(call).toEqual({
			method: 'POST',
			path: '/v2/videos/generations',
			body: { model: 'veo3.1-4k', prompt: PROMPT, duration: 10, resolution: '720p', aspect_ratio: '16:9', images: ['https://img.example/a.png'] },
		});
		expect(yutoai.customModel?.path).toBeUndefined();
	});
});
