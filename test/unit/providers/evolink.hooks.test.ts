import { evolink } from '../../../nodes/Sora/providers/evolink';
import { mappedBody } from '../../../nodes/Sora/providers/mappedBody';
import { ProviderResponseError } from '../../../nodes/Sora/providers/responseError';
import type { FailedAnswer } from '../../../nodes/Sora/providers/types';
import { fixture } from '../fixtures';
import { model } from './evolinkFamily';

const answer = (httpStatus: number | null, body: unknown): FailedAnswer => ({ httpStatus, body, message: 'refused' });

describe('evolink readCost: usage.credits_reserved of the create answer (the task query has none)', () => {
	test.each([
		['create', 7],
		['seedance-2.0-text-to-video-create', 50],
		['kling-v3-text-to-video-create', 270000],
		['grok-imagine-video-1.0-i2v-create', 4.8],
	])('%s → %s credits', (name, amount) => {
		expect(evolink.readCost?.(fixture('evolink', name))).toEqual({ amount, unit: 'credits' });
	});
	test('status bodies carry no cost', () => {
		for (const name of ['status-pending', 'status-processing', 'status-completed', 'status-failed']) {
			expect(evolink.readCost?.(fixture('evolink', name))).toBeNull();
		}
	});
	test.each([
		['no usage', { id: 'task-unified-1' }],
		['a non-numeric value', { usage: { credits_reserved: 'n/a' } }],
		['null', null],
		['a string body', 'oops'],
	])('%s → null', (_label, body) => {
		expect(evolink.readCost?.(body)).toBeNull();
	});
});

describe('evolink modelList: GET /v1/models → {"data":[{"id"}]}', () => {
	test('request and parse', () => {
		expect(evolink.modelList?.request).toEqual({ method: 'GET', path: '/v1/models' });
		expect(evolink.modelList?.parse(fixture('evolink', 'models'))).toEqual(['seedance-2.0-text-to-video', 'veo3.1-fast-beta', 'gpt-image-2', 'kling-v3-text-to-video']);
	});
	test('entries without an id are skipped; a body without data is a readable error', () => {
		expect(evolink.modelList?.parse({ data: [{ id: 'a' }, { name: 'b' }, { id: '' }, 'c'] })).toEqual(['a']);
		expect(() => evolink.modelList?.parse({ error: { code: 'unauthorized' } })).toThrow(ProviderResponseError);
		expect(() => evolink.modelList?.parse('<html>')).toThrow('The model list has no data array');
	});
});

describe('evolink isModelUnavailable', () => {
	test.each([
		['404 model_not_found (integration guide)', 404, 'error-model-not-found'],
		['403 model_access_denied (every video page)', 403, 'error-model-access-denied'],
		['503 no available channel (suno page)', 503, 'error-no-channel'],
	])('%s → true', (_label, status, name) => {
		expect(evolink.isModelUnavailable?.(answer(status, fixture('evolink', name)))).toBe(true);
	});
	test('the flat form of the integration guide is matched too', () => {
		expect(evolink.isModelUnavailable?.(answer(404, { code: 'model_not_found', message: "Model '...' is not available for this API key" }))).toBe(true);
	});
	test.each([
		['invalid request', 400, 'error-invalid-request'],
		['insufficient quota', 402, 'error-insufficient-quota'],
	])('%s → false', (_label, status, name) => {
		expect(evolink.isModelUnavailable?.(answer(status, fixture('evolink', name)))).toBe(false);
	});
	test('other failures are not mistaken for a missing model', () => {
		expect(evolink.isModelUnavailable?.(answer(null, 'socket hang up'))).toBe(false);
		expect(evolink.isModelUnavailable?.(answer(503, { error: { code: 'service_unavailable', message: 'Service temporarily unavailable', type: 'api_error' } }))).toBe(false);
		expect(evolink.isModelUnavailable?.(answer(400, { error: { code: 'invalid_request', message: 'Invalid duration parameter', param: 'duration' } }))).toBe(false);
		expect(evolink.isModelUnavailable?.(answer(400, { error: { code: 'invalid_request', message: 'Invalid model parameter: model_params.multi_prompt is not an array' } }))).toBe(false);
	});
});

describe('evolink customModel: the keys most EvoLink video models use', () => {
	test('duration (integer), quality, aspect_ratio, image_urls', () => {
		const map = evolink.customModel?.body;
		expect(map).toBeDefined();
		const body = mappedBody(map!, {
			model: { ...model('seedance-1.5-pro'), id: 'seedance-2.5-text-to-video' },
			prompt: 'x',
			duration: 8,
			aspectRatio: '9:16',
			resolution: '1080p',
			imageUrl: 'https://cdn.example/a.png',
			extras: {},
		});
		expect(body).toEqual({ model: 'seedance-2.5-text-to-video', prompt: 'x', duration: 8, quality: '1080p', aspect_ratio: '9:16', image_urls: ['https://cdn.example/a.png'] });
		expect(evolink.customModel?.path).toBeUndefined();
	});
});

describe('evolink catalog order and Sora rows', () => {
	test('new families first (Veo 3.1 leads, the node version 2 default), Sora last', () => {
		const families = evolink.models.map((m) => m.family ?? 'sora');
		expect(families[0]).toBe('veo');
		const firstSora = families.indexOf('sora');
		expect(families.slice(firstSora).every((family) => family === 'sora')).toBe(true);
		expect(families.slice(0, firstSora)).not.toContain('sora');
	});
	test('Sora rows keep their ids and say they are retired', () => {
		const sora = evolink.models.filter((m) => (m.family ?? 'sora') === 'sora');
		expect(sora.map((m) => m.id)).toEqual(['sora-2-preview', 'sora-2-pro-preview', 'sora-2', 'sora-2-beta', 'sora-2-pro']);
		for (const m of sora) {
			expect(m.displayName.endsWith(' (retired)')).toBe(true);
			expect(m.description?.startsWith('Retired upstream on 2026-09-24: works only where your provider still serves it')).toBe(true);
		}
	});
});
