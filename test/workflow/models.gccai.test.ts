import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { SAMPLE_MP4 } from '../../dev/simulator';
import { useSimulator } from '../support/useSimulator';
import { runWorkflow } from '../support/engine';
import { API_KEY, fastWait, soraNode } from './cases';

// One create → wait → download per APIMart family inside n8n's engine, against the simulator, which
// refuses any body outside the model's documented keys, types and values (dev/simulator/dialects/gccaiModels.js).
const PROMPT = 'A paper boat on a rainy street';
const FIRST = 'https://cdn.example/first.png';
const LAST = 'https://cdn.example/last.png';

interface ModelCase {
	name: string;
	parameters: INodeParameters;
	expectedBody: IDataObject;
}

const cases: ModelCase[] = [
	{
		name: 'Veo 3.1 Fast, first + last frame',
		parameters: { model: 'veo3.1-fast', duration: 8, aspectRatio: '16:9', resolution: '1080p', imageUrl: FIRST, lastFrameUrl: LAST },
		expectedBody: { model: 'veo3.1-fast', prompt: PROMPT, duration: 8, aspect_ratio: '16:9', resolution: '1080p', generation_type: 'frame', image_urls: [FIRST, LAST] },
	},
	{
		name: 'Veo 3.1 Quality (Official), audio off, 4K, negative prompt and seed',
		parameters: { model: 'veo3.1-quality-official', duration: 6, aspectRatio: '9:16', resolution: '4k', generateAudio: false, negativePrompt: 'captions', seed: 77 },
		expectedBody: {
			model: 'veo3.1-quality-official',
			prompt: PROMPT,
			duration: 6,
			aspect_ratio: '9:16',
			resolution: '4K',
			generate_audio: false,
			negative_prompt: 'captions',
			seed: 77,
		},
	},
	{
		name: 'Veo 3.1 Lite (Official), first + last frame at 1080p, 8 s',
		parameters: { model: 'veo3.1-lite-official', duration: 8, aspectRatio: '9:16', resolution: '1080p', imageUrl: FIRST, lastFrameUrl: LAST },
		expectedBody: {
			model: 'veo3.1-lite-official',
			prompt: PROMPT,
			duration: 8,
			aspect_ratio: '9:16',
			resolution: '1080p',
			generate_audio: true,
			first_frame_image: FIRST,
			last_frame_image: LAST,
		},
	},
	{
		name: 'Seedance 2.0, ratio in size, audio on',
		parameters: { model: 'doubao-seedance-2.0', duration: 8, aspectRatio: '9:16', resolution: '720p', generateAudio: true },
		expectedBody: { model: 'doubao-seedance-2.0', prompt: PROMPT, duration: 8, size: '9:16', resolution: '720p', generate_audio: true },
	},
	{
		name: 'Seedance 1.5 Pro, first + last frame',
		parameters: { model: 'doubao-seedance-1-5-pro', duration: 12, aspectRatio: '21:9', resolution: '1080p', imageUrl: FIRST, lastFrameUrl: LAST },
		expectedBody: { model: 'doubao-seedance-1-5-pro', prompt: PROMPT, duration: 12, aspect_ratio: '21:9', resolution: '1080p', audio: false, image_urls: [FIRST, LAST] },
	},
	{
		name: 'Kling 2.6 pro with sound',
		parameters: { model: 'kling-v2-6', duration: 10, aspectRatio: '1:1', resolution: '1080p', generateAudio: true, negativePrompt: 'blur' },
		expectedBody: { model: 'kling-v2-6', prompt: PROMPT, duration: 10, mode: 'pro', aspect_ratio: '1:1', audio: true, negative_prompt: 'blur' },
	},
	{
		name: 'Kling 3.0 at 4K, 15 s',
		parameters: { model: 'kling-v3', duration: 15, aspectRatio: '16:9', resolution: '4k' },
		expectedBody: { model: 'kling-v3', prompt: PROMPT, duration: 15, mode: '4k', aspect_ratio: '16:9', audio: false },
	},
	{
		name: 'Kling 3.0 Turbo from a start image',
		parameters: { model: 'kling-3.0-turbo', duration: 5, aspectRatio: '9:16', resolution: '1080p', imageUrl: FIRST },
		expectedBody: { model: 'kling-3.0-turbo', prompt: PROMPT, duration: 5, resolution: '1080p', first_frame_image: FIRST },
	},
	{
		name: 'Wan 2.7, upper-case tier, ratio in size',
		parameters: { model: 'wan2.7', duration: 8, aspectRatio: '16:9', resolution: '1080p' },
		expectedBody: { model: 'wan2.7', prompt: PROMPT, duration: 8, resolution: '1080P', size: '16:9' },
	},
	{
		name: 'Wan 2.6 image-to-video, audio off',
		parameters: { model: 'wan2.6', duration: 15, aspectRatio: '4:3', resolution: '1080p', imageUrl: FIRST, generateAudio: false },
		expectedBody: { model: 'wan2.6', prompt: PROMPT, duration: 15, resolution: '1080p', audio: false, image_urls: [FIRST] },
	},
	{
		name: 'Hailuo 2.3 at 1080p, 6 s',
		parameters: { model: 'MiniMax-Hailuo-2.3', duration: 6, aspectRatio: 'adaptive', resolution: '1080p' },
		expectedBody: { model: 'MiniMax-Hailuo-2.3', prompt: PROMPT, duration: 6, resolution: '1080p' },
	},
	{
		name: 'Hailuo 2.3 Fast from a start image, 10 s',
		parameters: { model: 'MiniMax-Hailuo-2.3-Fast', duration: 10, aspectRatio: 'adaptive', resolution: '768p', imageUrl: FIRST },
		expectedBody: { model: 'MiniMax-Hailuo-2.3-Fast', prompt: PROMPT, duration: 10, resolution: '768p', first_frame_image: FIRST },
	},
	{
		name: 'Grok Imagine 1.5, 30 s at the default 480p, array-form create answer',
		parameters: { model: 'grok-imagine-1.5-video-apimart', duration: 30, aspectRatio: '3:2', resolution: '480p' },
		expectedBody: { model: 'grok-imagine-1.5-video-apimart', prompt: PROMPT, duration: 30, quality: '480p', size: '3:2' },
	},
	{
		name: 'Grok Imagine, object-form create answer',
		parameters: { model: 'grok-imagine-1.0-video-apimart', duration: 10, aspectRatio: '2:3', resolution: '720p', imageUrl: FIRST },
		expectedBody: { model: 'grok-imagine-1.0-video-apimart', prompt: PROMPT, duration: 10, quality: '720p', size: '2:3', image_urls: [FIRST] },
	},
	{
		name: 'Vidu Q3 Pro, audio off',
		parameters: { model: 'viduq3-pro', duration: 16, aspectRatio: '3:4', resolution: '540p', generateAudio: false, seed: 5 },
		expectedBody: { model: 'viduq3-pro', prompt: PROMPT, duration: 16, resolution: '540p', aspect_ratio: '3:4', audio: false, seed: 5 },
	},
];

const simulator = useSimulator({ apiKey: API_KEY });

const credentials = () => ({ gccaiApi: { apiKey: API_KEY, baseUrl: simulator.baseUrl('gccai') } });

describe('gccai successor models in the n8n engine', () => {
	it.each(cases.map((testCase) => [testCase.name, testCase] as const))('%s: create → wait → download', async (_name, testCase) => {
		const result = await runWorkflow({
			nodes: [
				soraNode('Create', { provider: 'gccai', operation: 'create', prompt: PROMPT, ...testCase.parameters }),
				soraNode('Wait', { provider: 'gccai', operation: 'wait', options: { ...fastWait, download: true, binaryPropertyName: 'video' } }),
			],
			credentials: credentials(),
		});

		expect(result.status).toBe('success');
		const [created] = result.outputOf('Create');
		expect(created.json).toMatchObject({ provider: 'gccai', status: 'queued', error: null });
		const taskId = created.json.taskId as string;
		expect(taskId).toMatch(/^task_[0-9A-Z]{26}$/);

		const creates = simulator.requests.filter((request) => request.route === 'create');
		expect(creates).toHaveLength(1);
		expect(creates[0].status).toBe(200);
		expect(creates[0].body).toEqual(testCase.expectedBody);

		const [waited] = result.outputOf('Wait');
		expect(waited.json).toMatchObject({ provider: 'gccai', taskId, status: 'completed', progress: 100, error: null });
		const video = waited.binary?.video;
		expect(video?.mimeType).toBe('video/mp4');
		expect(Buffer.compare(await result.binary.getBuffer(video!), SAMPLE_MP4)).toBe(0);
	});

	it('node version 2 preselects Veo 3.1 Fast: a create with only a prompt sends its documented defaults', async () => {
		const result = await runWorkflow({
			nodes: [soraNode('Create', { provider: 'gccai', operation: 'create', prompt: PROMPT })],
			credentials: credentials(),
		});
		expect(result.status).toBe('success');
		const [create] = simulator.requests.filter((request) => request.route === 'create');
		expect(create.body).toEqual({ model: 'veo3.1-fast', prompt: PROMPT, duration: 8, aspect_ratio: '16:9', resolution: '720p' });
	});

	it('node version 1 still preselects Sora 2 and sends the unchanged Sora body', async () => {
		const result = await runWorkflow({
			nodes: [soraNode('Create', { provider: 'gccai', operation: 'create', prompt: PROMPT }, { typeVersion: 1 })],
			credentials: credentials(),
		});
		expect(result.status).toBe('success');
		const [create] = simulator.requests.filter((request) => request.route === 'create');
		expect(create.body).toEqual({ model: 'sora-2', prompt: PROMPT, duration: 4, resolution: '720p', aspect_ratio: '16:9' });
	});

	it('Hailuo 1080p at 10 s (an expression) fails the item before any request', async () => {
		const result = await runWorkflow({
			nodes: [
				soraNode('Create', {
					provider: 'gccai',
					operation: 'create',
					prompt: PROMPT,
					model: 'MiniMax-Hailuo-2.3',
					duration: '={{ 10 }}',
					aspectRatio: 'adaptive',
					resolution: '1080p',
				}),
			],
			credentials: credentials(),
		});
		expect(result.status).toBe('error');
		const message = result.errorOf('Create')?.message ?? '';
		expect(message).toMatch(/Invalid resolution "1080p"/);
		expect(message).toContain('allowed: "768p"');
		expect(simulator.requests).toHaveLength(0);
	});

	it('Hailuo 2.3 Fast without a start image fails the item before any request', async () => {
		const result = await runWorkflow({
			nodes: [
				soraNode('Create', {
					provider: 'gccai',
					operation: 'create',
					prompt: PROMPT,
					model: 'MiniMax-Hailuo-2.3-Fast',
					duration: 6,
					aspectRatio: 'adaptive',
					resolution: '768p',
				}),
			],
			credentials: credentials(),
		});
		expect(result.status).toBe('error');
		expect(result.errorOf('Create')?.message ?? '').toMatch(/start image only; set Reference Image URL/);
		expect(simulator.requests).toHaveLength(0);
	});
});
