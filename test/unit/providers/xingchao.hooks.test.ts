import { xingchao } from '../../../nodes/Sora/providers/xingchao';
import { ProviderRefusalError } from '../../../nodes/Sora/providers/refusal';
import { ProviderResponseError } from '../../../nodes/Sora/providers/responseError';
import { xingchaoDocPathFor } from '../docCatalog.xingchao';
import { fixture } from '../fixtures';
import { responseError } from './shared';

// video-models.md §4.2: failures at create come back as HTTP 200 with id null; `amount` [T]; no model list.
describe('xingchao create refusals (HTTP 200, id null)', () => {
	test('"Creation failed": a refusal carrying the reason, in the readable create-response wording', () => {
		const body = fixture('xingchao', 'create-refused');
		const error = responseError(() => xingchao.parseCreateResponse(body));
		expect(error).toBeInstanceOf(ProviderRefusalError);
		expect((error as ProviderRefusalError).reason).toBe('Creation failed');
		expect(error.message).toBe('The create response has no id: the provider refused the request ("Creation failed"), so no task was created');
		expect(error.body).toBe(body);
	});
	test('a missing id without the error form is still a plain unusable answer', () => {
		const error = responseError(() => xingchao.parseCreateResponse({ object: 'video', status: 'queued' }));
		expect(error).toBeInstanceOf(ProviderResponseError);
		expect(error).not.toBeInstanceOf(ProviderRefusalError);
	});
});

describe('xingchao model not available [I]', () => {
	const answer = (body: unknown, httpStatus: number | null = 200) => ({ httpStatus, body, message: 'refused' });
	test('a refusal naming an unsupported model, and {code,msg} / Chinese wordings', () => {
		expect(xingchao.isModelUnavailable?.(answer(fixture('xingchao', 'create-refused-model')))).toBe(true);
		expect(xingchao.isModelUnavailable?.(answer({ code: '500', msg: '模型不存在', data: null }, 500))).toBe(true);
		expect(xingchao.isModelUnavailable?.(answer({ message: 'Unknown model: veo_9' }, 400))).toBe(true);
	});
	test('other refusals are not', () => {
		expect(xingchao.isModelUnavailable?.(answer(fixture('xingchao', 'create-refused')))).toBe(false);
		expect(xingchao.isModelUnavailable?.(answer(fixture('xingchao', 'seedance_2_0_pro-create-refused-params')))).toBe(false);
		expect(xingchao.isModelUnavailable?.(answer({ code: '401', msg: 'Invalid API key', data: null }, 401))).toBe(false);
	});
});

describe('xingchao cost, model list, custom model', () => {
	test('amount (third-party fixture) is the cost; none without it', () => {
		expect(xingchao.readCost?.(fixture('xingchao', 'status-completed-amount'))).toEqual({ amount: 12, unit: 'cny' });
		expect(xingchao.readCost?.(fixture('xingchao', 'status-completed'))).toBeNull();
		expect(xingchao.readCost?.({ amount: 'n/a' })).toBeNull();
	});
	test('no model list is documented', () => {
		expect(xingchao.modelList).toBeUndefined();
	});
	test.each([
		['veo_3_2_fast', '/v1/veo/videos'],
		['seedance_2_1_pro', '/v1/kyyvideo2/videos'],
		['seedance_1_5_lite_720p', '/v1/seedance/videos'],
		['grok_video4', '/v1/grok/videos'],
		['viduq4-pro', '/v1/vidu/videos'],
		['openAiSora3', '/v1/sora/videos'],
	])('a custom %s goes to %s', (modelId, path) => {
		expect(xingchao.customModel?.path?.(modelId)).toBe(path);
		expect(xingchaoDocPathFor(modelId)).toBe(path);
	});
	test('custom fields use first_image / last_image and aspect_ratio', () => {
		expect(xingchao.customModel?.body).toMatchObject({ image: { key: 'first_image', type: 'string' }, lastFrame: { key: 'last_image' }, aspectRatio: { key: 'aspect_ratio' } });
	});
});

describe('xingchao catalog order', () => {
	test('newest first, Sora (retired) last', () => {
		const families = xingchao.models.map((model) => model.family);
		expect(families.indexOf('sora')).toBe(xingchao.models.length - 2);
		expect(xingchao.models[0].id).toBe('seedance_2_0_pro');
		expect(xingchao.models.filter((m) => m.family === 'sora').map((m) => m.displayName)).toEqual(['Sora 2 Plus (retired)', 'Sora 2 Pro (retired)']);
		for (const model of xingchao.models.filter((m) => m.family === 'sora')) {
			expect(model.description).toMatch(/^Retired upstream on 2026-09-24: works only where your provider still serves it/);
		}
	});
});
