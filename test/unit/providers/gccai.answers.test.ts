import { gccai } from '../../../nodes/Sora/providers/gccai';
import { fixture } from '../fixtures';
import { gccaiDefaultResolution, gccaiSuccessorDocs } from '../docCatalog.gccai';
import { expectCatalogMatchesDocs } from './shared';

const ctx = { taskId: 'task_from_context', baseUrl: 'https://gccai.heqingsong.uk' };

describe('gccai catalog of successor models', () => {
	test('every model matches the doc facts (ids, durations, ratios, tiers per duration, prompt limits)', () => {
		expectCatalogMatchesDocs(gccai);
	});
	test('newest families first, the retired Sora models last; version 2 defaults to Veo 3.1 Fast', () => {
		const ids = gccai.models.map((model) => model.id);
		expect(ids[0]).toBe('veo3.1-fast');
		expect(ids.slice(-2)).toEqual(['sora-2', 'sora-2-pro']);
		for (const model of gccai.models.slice(0, -2)) expect(model.family).not.toBe('sora');
	});
	test('display names lead with the family; Sora says it is retired', () => {
		const familyWord = { veo: 'Veo', seedance: 'Seedance', kling: 'Kling', wan: 'Wan', hailuo: 'Hailuo', grok: 'Grok', vidu: 'Vidu', sora: 'Sora' };
		for (const model of gccai.models) {
			expect(model.displayName.startsWith(familyWord[model.family ?? 'sora'])).toBe(true);
			expect(model.description?.length).toBeGreaterThan(10);
		}
		for (const sora of gccai.models.filter((model) => (model.family ?? 'sora') === 'sora')) {
			expect(sora.displayName).toMatch(/\(retired\)$/);
			expect(sora.description).toBe('Retired upstream on 2026-09-24: works only where your provider still serves it');
		}
	});
	test('the preselected tier is the documented default', () => {
		for (const [id, tier] of Object.entries(gccaiDefaultResolution)) {
			expect({ id, tier: gccai.models.find((model) => model.id === id)?.resolutions[0] }).toEqual({ id, tier });
		}
	});
	test('every successor model has a field mapping; anything not fully documented says so', () => {
		for (const id of Object.keys(gccaiSuccessorDocs)) {
			const model = gccai.models.find((entry) => entry.id === id);
			expect(model?.body).toBeDefined();
			if (model?.evidence && model.evidence.level !== 'documented') expect(model.evidence.note?.length).toBeGreaterThan(10);
		}
		const level = (id: string) => gccai.models.find((model) => model.id === id)?.evidence?.level ?? 'documented';
		expect(level('grok-imagine-1.0-video-apimart')).toBe('thirdParty');
		expect(level('grok-imagine-1.5-video-apimart')).toBe('thirdParty');
		// The gccai copy of APIMart's Hailuo 2.3 page lists the fast id (found after the second audit).
		expect(level('MiniMax-Hailuo-2.3-Fast')).toBe('documented');
		expect(level('veo3.1-lite-official')).toBe('thirdParty');
		expect(level('kling-v3')).toBe('inferred');
		expect(level('kling-v2-6')).toBe('documented');
		// The second audit's understated marks.
		for (const id of ['wan2.7', 'wan2.6', 'doubao-seedance-2.0', 'doubao-seedance-2.0-fast', 'doubao-seedance-2.0-face', 'doubao-seedance-2.0-fast-face']) {
			expect({ id, level: level(id) }).toEqual({ id, level: 'documented' });
		}
	});
});

describe('gccai status of a successor model (same body as Sora, §1.2)', () => {
	test('a completed task with cost: video URL read as before', () => {
		const body = fixture('gccai', 'status-completed-cost');
		const task = gccai.parseStatusResponse(body, ctx);
		expect(task).toMatchObject({ status: 'completed', progress: 100, taskId: 'task_01KBS40K78KGHZ9SDBWQSGSXRK' });
		expect(task.videoUrl).toMatch(/video_task_01KBS40K78KGHZ9SDBWQSGSXRK\.mp4$/);
	});
});

describe('gccai readCost ([T] data.cost / data.credits_cost)', () => {
	test('cost wins and is read as the account currency', () => {
		expect(gccai.readCost?.(fixture('gccai', 'status-completed-cost'))).toEqual({ amount: 0.64, unit: 'usd' });
	});
	test('credits_cost alone (even as numeric text) is read in credits', () => {
		expect(gccai.readCost?.(fixture('gccai', 'status-completed-credits-only'))).toEqual({ amount: 320, unit: 'credits' });
	});
	test.each([
		['no cost fields', fixture('gccai', 'status-completed')],
		['a create answer', fixture('gccai', 'create-data-array')],
		['a negative cost', { data: { cost: -1 } }],
		['a non-numeric cost', { data: { cost: 'free' } }],
		['no body', null],
	])('%s → null', (_label, body) => {
		expect(gccai.readCost?.(body)).toBeNull();
	});
});

describe('gccai isModelUnavailable', () => {
	const answer = (httpStatus: number, body: unknown) => ({ httpStatus, body, message: 'Request failed' });
	test('the simulated APIMart refusal (param "model", "not available", "no channel")', () => {
		expect(gccai.isModelUnavailable?.(answer(400, fixture('gccai', 'error-model-unavailable')))).toBe(true);
	});
	test.each([
		['new-api wording', 503, { error: { message: '当前分组 default 下对于模型 sora-2 无可用渠道', type: 'new_api_error', code: 'model_not_found' } }],
		['English no-channel wording', 503, { error: { message: 'No available channel for model veo3.1-fast under group default', type: 'server_error' } }],
		['OpenAI wording', 404, { error: { message: 'The model `sora-2` does not exist or you do not have access to it.', type: 'invalid_request_error' } }],
		['a bare param: "model" refusal', 400, { error: { code: 400, message: 'Invalid value', type: 'invalid_request_error', param: 'model' } }],
		['a failed task naming the model', 200, { data: { status: 'failed', error: { message: 'model is retired', code: 400 } } }],
	])('%s → true', (_label, status, body) => {
		expect(gccai.isModelUnavailable?.(answer(status, body))).toBe(true);
	});
	test.each([
		['a plain invalid request', 400, fixture('gccai', 'error-invalid-parameter')],
		['an invalid duration', 400, { error: { code: 400, message: 'Invalid parameter duration: must be one of 5, 10', type: 'invalid_request_error', param: 'duration' } }],
		['a bad key', 401, { error: { code: 401, message: 'Invalid API key', type: 'authentication_error' } }],
		['no balance', 402, { error: { code: 402, message: 'Insufficient balance', type: 'payment_required' } }],
		['an HTML gateway page', 502, '<html>502 Bad Gateway</html>'],
		['a model param on a server error', 500, { error: { code: 500, message: 'Internal error', param: 'model' } }],
	])('%s → false', (_label, status, body) => {
		expect(gccai.isModelUnavailable?.(answer(status, body))).toBe(false);
	});
});

describe('gccai modelList (GET /v1/models)', () => {
	test('request and parse: ids in order, duplicates and id-less entries dropped', () => {
		expect(gccai.modelList?.request).toEqual({ method: 'GET', path: '/v1/models' });
		expect(gccai.modelList?.parse(fixture('gccai', 'models-list'))).toEqual([
			'veo3.1-fast',
			'doubao-seedance-2.0',
			'gpt-image-1',
			'grok-imagine-1.5-video-apimart',
		]);
	});
	test('an answer without a data array is a readable error', () => {
		expect(() => gccai.modelList?.parse({ error: { message: 'x' } })).toThrow('The model list response has no data array');
	});
});

describe('gccai customModel: the keys most APIMart models use', () => {
	test('duration integer, resolution, aspect_ratio, image_urls array', () => {
		expect(gccai.customModel?.body).toEqual({
			duration: { key: 'duration', type: 'integer' },
			resolution: { key: 'resolution' },
			aspectRatio: { key: 'aspect_ratio' },
			image: { key: 'image_urls', type: 'array' },
		});
	});
});
