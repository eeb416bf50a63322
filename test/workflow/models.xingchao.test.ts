import { useSimulator } from '../support/useSimulator';
import { runWorkflow } from '../support/engine';
import { API_KEY, soraNode } from './cases';
import { createWaitDownload, credentialsFor, type FamilyCase } from './successorFlow';

// GlobalAI OPC / Xingchao successors (video-models.md §4): one create path per family, one status path.
const FIRST = 'https://img.example/first.png';
const LAST = 'https://img.example/last.png';
const VIDEO = 'https://cdn.example/motion.mp4';
const PROMPT = 'A paper boat on a rainy street';

const cases: FamilyCase[] = [
	{
		family: 'Seedance 2.0 Pro (§8: 8 s, 9:16, audio)',
		parameters: { model: 'seedance_2_0_pro', duration: 8, aspectRatio: '9:16', resolution: '720p' },
		path: '/v1/kyyvideo2/videos',
		body: (prompt) => ({ model: 'seedance_2_0_pro', prompt, duration: 8, aspect_ratio: '9:16', generateAudio: true }),
	},
	{
		family: 'Seedance 2.0 (reference video, audio off)',
		parameters: { model: 'seedance_2_0', duration: 15, aspectRatio: 'adaptive', resolution: '720p', generateAudio: false, referenceVideoUrls: VIDEO },
		path: '/v1/kyyvideo2/videos',
		body: (prompt) => ({ model: 'seedance_2_0', prompt, duration: 15, aspect_ratio: 'adaptive', generateAudio: false, referenceVideos: [VIDEO] }),
	},
	{
		family: 'Vidu Q3 Turbo (first + last frame, 16 s, 1080p)',
		parameters: { model: 'viduq3-turbo', duration: 16, aspectRatio: '1:1', resolution: '1080p', imageUrl: FIRST, lastFrameUrl: LAST },
		path: '/v1/vidu/videos',
		body: (prompt) => ({ model: 'viduq3-turbo', prompt, duration: 16, aspect_ratio: '1:1', resolution: '1080p', first_image: FIRST, last_image: LAST }),
	},
	{
		family: 'Seedance 1.5 Pro 720p (content array, first frame)',
		parameters: { model: 'seedance_1_5_pro_720p', duration: 12, aspectRatio: '21:9', resolution: '720p', imageUrl: FIRST },
		path: '/v1/seedance/videos',
		body: (prompt) => ({
			model: 'seedance_1_5_pro_720p',
			content: [
				{ type: 'text', text: prompt },
				{ type: 'image_url', image_url: { url: FIRST }, role: 'first_frame' },
			],
			ratio: '21:9',
			duration: 12,
			generate_audio: true,
		}),
	},
	{
		family: 'Grok Video 3 Max (12 s, reference image)',
		parameters: { model: 'grok_video3_max', duration: 12, aspectRatio: '16:9', resolution: '480p', imageUrl: FIRST },
		path: '/v1/grok/videos',
		body: (prompt) => ({ model: 'grok_video3_max', prompt, duration: 12, aspect_ratio: '16:9', resolution: '480p', image_urls: [FIRST] }),
	},
	{
		family: 'Veo 3.1 Fast (4K, first + last frame)',
		parameters: { model: 'veo_3_1_fast', duration: 8, aspectRatio: '9:16', resolution: '4k', imageUrl: FIRST, lastFrameUrl: LAST },
		path: '/v1/veo/videos',
		body: (prompt) => ({ model: 'veo_3_1_fast', prompt, aspect_ratio: '9:16', resolution: '4K', first_image: FIRST, last_image: LAST }),
	},
];

const simulator = useSimulator({ apiKey: API_KEY });

describe('xingchao successor models in the n8n engine', () => {
	test.each(cases.map((testCase) => [testCase.family, testCase] as const))('%s: create → wait → download', async (_family, testCase) => {
		const { taskId, waited } = await createWaitDownload(simulator, 'xingchao', 'xingchaoApi', testCase, PROMPT);
		// Veo ids start vgen_, the others video_; every family polls the one status path.
		expect(taskId).toMatch(testCase.path === '/v1/veo/videos' ? /^vgen_/ : /^video_/);
		for (const poll of simulator.requests.filter((request) => request.route === 'status')) {
			expect(poll.path).toBe(`/xingchao/kyyReactApiServer/v1/result/${taskId}`);
		}
		// `amount` [T] rides along in the raw answer.
		expect(typeof (waited.raw as { amount?: unknown }).amount).toBe('number');
	});

	test('an HTTP 200 answer with id null fails the item clearly; exactly one create, nothing polled', async () => {
		const result = await runWorkflow({
			nodes: [soraNode('Create', { provider: 'xingchao', operation: 'create', prompt: `${PROMPT} [refuse-create]`, ...cases[0].parameters })],
			credentials: credentialsFor(simulator, 'xingchao', 'xingchaoApi'),
		});
		expect(result.status).toBe('error');
		const message = result.errorOf('Create')?.message ?? '';
		expect(message).toContain('Xingchao (GlobalAI OPC)');
		expect(message).toContain('Creation failed');
		expect(message).toContain('refused');
		expect(message).toContain('created no task');
		expect(message).not.toContain('may still have been created');
		const creates = simulator.requests.filter((request) => request.route === 'create');
		expect(creates).toHaveLength(1);
		expect(creates[0].status).toBe(200);
		expect(simulator.requests.filter((request) => request.route === 'status')).toHaveLength(0);
		expect(simulator.tasks.size).toBe(0);
	});

	test('Sora (retired upstream) still creates on its own path with the version-1 body', async () => {
		await createWaitDownload(
			simulator,
			'xingchao',
			'xingchaoApi',
			{
				family: 'Sora 2 Pro',
				parameters: { model: 'openAiSora2Pro', duration: 12, aspectRatio: '16:9', resolution: '720p' },
				path: '/v1/sora/videos',
				body: (prompt) => ({ model: 'openAiSora2Pro', prompt, size: '1280x720', duration: 12 }),
			},
			PROMPT,
		);
	});
});
