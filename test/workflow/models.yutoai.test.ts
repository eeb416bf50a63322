import { useSimulator } from '../support/useSimulator';
import { runWorkflow } from '../support/engine';
import { API_KEY, soraNode } from './cases';
import { createWaitDownload, credentialsFor, type FamilyCase } from './successorFlow';

// YutoAI /v2 successors (video-models.md §2): one create path, one status path; bodies per family.
const FIRST = 'https://img.example/first.png';
const LAST = 'https://img.example/last.png';
const PROMPT = 'A paper boat on a rainy street';
const PATH = '/v2/videos/generations';

const cases: FamilyCase[] = [
	{
		family: 'Veo 3.1 (first + last frame, upscaled)',
		parameters: { model: 'veo3.1', duration: 8, aspectRatio: '16:9', resolution: '1080p', imageUrl: FIRST, lastFrameUrl: LAST },
		path: PATH,
		body: (prompt) => ({ model: 'veo3.1', prompt, aspect_ratio: '16:9', enable_upsample: true, images: [FIRST, LAST] }),
	},
	{
		family: 'Grok Video 3 (reference image)',
		parameters: { model: 'grok-video-3', duration: 15, aspectRatio: '2:3', resolution: '1080p', imageUrl: FIRST },
		path: PATH,
		body: (prompt) => ({ model: 'grok-video-3', prompt, ratio: '2:3', resolution: '1080P', duration: 15, images: [FIRST] }),
	},
	{
		family: 'Wan 2.5 Preview (image to video, audio off, negative prompt, seed)',
		parameters: {
			model: 'wan2.5-i2v-preview',
			duration: 10,
			aspectRatio: 'adaptive',
			resolution: '720p',
			imageUrl: FIRST,
			generateAudio: false,
			negativePrompt: 'text, watermark',
			seed: 1234,
		},
		path: PATH,
		body: (prompt) => ({
			model: 'wan2.5-i2v-preview',
			prompt,
			duration: 10,
			resolution: '720P',
			images: [FIRST],
			audio: false,
			negative_prompt: 'text, watermark',
			seed: 1234,
		}),
	},
	{
		family: 'Seedance 1.0 Pro (seed)',
		parameters: { model: 'doubao-seedance-1-0-pro-250528', duration: 10, aspectRatio: '9:16', resolution: '720p', seed: 42 },
		path: PATH,
		body: (prompt) => ({ model: 'doubao-seedance-1-0-pro-250528', prompt, duration: 10, ratio: '9:16', resolution: '720p', seed: 42 }),
	},
];

const simulator = useSimulator({ apiKey: API_KEY });

describe('yutoai successor models in the n8n engine', () => {
	test.each(cases.map((testCase) => [testCase.family, testCase] as const))('%s: create → wait → download', async (_family, testCase) => {
		await createWaitDownload(simulator, 'yutoai', 'yutoAiApi', testCase, PROMPT);
	});

	test('colon task ids (veo3:…, grok:…) poll as one encoded path segment, and Get Status takes them', async () => {
		for (const [testCase, shape] of [
			[cases[0], /^veo3:\d+-[A-Za-z0-9]+$/],
			[cases[1], /^grok:[0-9a-f-]{36}$/],
		] as const) {
			const { taskId } = await createWaitDownload(simulator, 'yutoai', 'yutoAiApi', testCase, PROMPT);
			expect(taskId).toMatch(shape);
			const statusPath = `/yutoai${PATH}/${taskId.replace(':', '%3A')}`;
			const polls = simulator.requests.filter((request) => request.route === 'status');
			expect(polls.map((request) => request.path)).toEqual(polls.map(() => statusPath));

			const before = simulator.requests.length;
			const result = await runWorkflow({
				nodes: [soraNode('Get Status', { provider: 'yutoai', operation: 'getStatus', taskId })],
				credentials: credentialsFor(simulator, 'yutoai', 'yutoAiApi'),
			});
			expect(result.status).toBe('success');
			expect(result.outputOf('Get Status')[0].json).toMatchObject({ taskId, status: 'completed', videoUrl: simulator.fileUrl(taskId) });
			expect(simulator.requests.slice(before).map((request) => [request.route, request.path])).toEqual([['status', statusPath]]);
			simulator.reset();
		}
	});

	test('a task answered with data.outputs instead of data.output still downloads (issue 12 audit)', async () => {
		const { waited } = await createWaitDownload(simulator, 'yutoai', 'yutoAiApi', cases[1], `${PROMPT} [outputs]`);
		const raw = waited.raw as { data: Record<string, unknown> };
		expect(raw.data).not.toHaveProperty('output');
		expect(raw.data.outputs).toEqual([waited.videoUrl]);
	});

	test('an id no channel serves is refused by the provider: one create request, no retry, the reason shown', async () => {
		// The catalog refuses unknown ids before any request; a Sora id the simulated channel list lacks is
		// not possible either, so the provider's own refusal is provoked with a fault in new-api's form.
		simulator.injectFault({
			provider: 'yutoai',
			route: 'create',
			fault: {
				type: 'http',
				status: 503,
				body: JSON.stringify({ error: { message: '当前分组 default 下对于模型 veo3.1 无可用渠道', type: 'new_api_error', param: '', code: 'model_not_found' } }),
			},
		});
		const result = await runWorkflow({
			nodes: [soraNode('Create', { provider: 'yutoai', operation: 'create', prompt: PROMPT, ...cases[0].parameters })],
			credentials: credentialsFor(simulator, 'yutoai', 'yutoAiApi'),
		});
		expect(result.status).toBe('error');
		const error = result.errorOf('Create');
		expect(JSON.stringify(error)).toContain('无可用渠道');
		expect(simulator.requests.filter((request) => request.route === 'create')).toHaveLength(1);
	});
});
