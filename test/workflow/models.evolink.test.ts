import { useSimulator } from '../support/useSimulator';
import { runWorkflow } from '../support/engine';
import { API_KEY, fastWait, soraNode } from './cases';
import { createWaitDownload, credentialsFor, type FamilyCase } from './successorFlow';
import { expectCreateBodies, expectRefusedBeforeRequest } from './runChecks';

// EvoLink successors (video-models.md §3): one create path, one task path; each family's own keys. The
// simulator refuses any body outside the model's documented keys, types and values
// (dev/simulator/dialects/evolinkModels.js), so a wrong key fails the workflow, not only the assertion.
const FIRST = 'https://img.example/first.png';
const LAST = 'https://img.example/last.png';
const PROMPT = 'A paper boat on a rainy street';
const PATH = '/v1/videos/generations';
const CREDENTIAL = 'evoLinkApi';

const cases: FamilyCase[] = [
	{
		family: 'Veo 3.1 Fast preview (first + last frame, 1080p, audio)',
		parameters: { model: 'veo-3.1-fast-generate-preview', duration: 8, aspectRatio: '16:9', resolution: '1080p', imageUrl: FIRST, lastFrameUrl: LAST, generateAudio: true },
		path: PATH,
		body: (prompt) => ({
			model: 'veo-3.1-fast-generate-preview',
			prompt,
			duration: 8,
			quality: '1080p',
			aspect_ratio: '16:9',
			generation_type: 'FIRST&LAST',
			image_urls: [FIRST, LAST],
			generate_audio: true,
		}),
	},
	{
		family: 'Veo 3.1 Pro beta (no duration field, ratio auto)',
		parameters: { model: 'veo3.1-pro-beta', duration: 8, aspectRatio: 'adaptive', resolution: '720p' },
		path: PATH,
		body: (prompt) => ({ model: 'veo3.1-pro-beta', prompt, quality: '720p', aspect_ratio: 'auto', generation_type: 'TEXT' }),
	},
	{
		family: 'Seedance 2.0 Text to Video (§8: 8 s, 9:16, 720p, audio)',
		parameters: { model: 'seedance-2.0-text-to-video', duration: 8, aspectRatio: '9:16', resolution: '720p', generateAudio: true },
		path: PATH,
		body: (prompt) => ({ model: 'seedance-2.0-text-to-video', prompt, duration: 8, aspect_ratio: '9:16', quality: '720p', generate_audio: true }),
	},
	{
		family: 'Seedance 1.5 Pro (first + last frame, audio off)',
		parameters: { model: 'seedance-1.5-pro', duration: 12, aspectRatio: '21:9', resolution: '1080p', imageUrl: FIRST, lastFrameUrl: LAST, generateAudio: false },
		path: PATH,
		body: (prompt) => ({ model: 'seedance-1.5-pro', prompt, duration: 12, quality: '1080p', aspect_ratio: '21:9', generate_audio: false, image_urls: [FIRST, LAST] }),
	},
	{
		family: 'Kling 3.0 Text to Video (sound "on", negative prompt, 4K)',
		parameters: { model: 'kling-v3-text-to-video', duration: 15, aspectRatio: '1:1', resolution: '4k', generateAudio: true, negativePrompt: 'text, watermark' },
		path: PATH,
		body: (prompt) => ({ model: 'kling-v3-text-to-video', prompt, duration: 15, quality: '4k', aspect_ratio: '1:1', sound: 'on', negative_prompt: 'text, watermark' }),
	},
	{
		family: 'Kling O3 Image to Video (image_start / image_end, sound "off")',
		parameters: { model: 'kling-o3-image-to-video', duration: 3, aspectRatio: 'adaptive', resolution: '1080p', imageUrl: FIRST, lastFrameUrl: LAST, generateAudio: false },
		path: PATH,
		body: (prompt) => ({ model: 'kling-o3-image-to-video', prompt, duration: 3, quality: '1080p', sound: 'off', image_start: FIRST, image_end: LAST }),
	},
	{
		family: 'Wan 2.7 Image to Video (first + last frame mode, seed, negative prompt)',
		parameters: {
			model: 'wan2.7-image-to-video',
			duration: 10,
			aspectRatio: 'adaptive',
			resolution: '1080p',
			imageUrl: FIRST,
			lastFrameUrl: LAST,
			negativePrompt: 'blur',
			seed: 2147483647,
		},
		path: PATH,
		body: (prompt) => ({
			model: 'wan2.7-image-to-video',
			prompt,
			generation_mode: 'first_last_frame',
			duration: 10,
			quality: '1080p',
			negative_prompt: 'blur',
			seed: 2147483647,
			image_start: FIRST,
			image_end: LAST,
		}),
	},
	{
		family: 'Wan 2.6 Text to Video',
		parameters: { model: 'wan2.6-text-to-video', duration: 2, aspectRatio: '3:4', resolution: '720p' },
		path: PATH,
		body: (prompt) => ({ model: 'wan2.6-text-to-video', prompt, duration: 2, quality: '720p', aspect_ratio: '3:4' }),
	},
	{
		family: 'Hailuo 2.3 (1080p at 6 s, from an image)',
		parameters: { model: 'MiniMax-Hailuo-2.3', duration: 6, aspectRatio: 'adaptive', resolution: '1080p', imageUrl: FIRST },
		path: PATH,
		body: (prompt) => ({ model: 'MiniMax-Hailuo-2.3', prompt, duration: 6, quality: '1080p', image_urls: [FIRST] }),
	},
	{
		family: 'Grok Imagine 1.0 Image to Video (§8: 10 s, 720p)',
		parameters: { model: 'grok-imagine-video-1.0-i2v', duration: 10, aspectRatio: 'adaptive', resolution: '720p', imageUrl: FIRST },
		path: PATH,
		body: (prompt) => ({ model: 'grok-imagine-video-1.0-i2v', prompt, duration: 10, quality: '720p', image_urls: [FIRST] }),
	},
	{
		family: 'Grok Imagine beta Text to Video (30 s)',
		parameters: { model: 'grok-imagine-text-to-video-beta', duration: 30, aspectRatio: '2:3', resolution: '480p' },
		path: PATH,
		body: (prompt) => ({ model: 'grok-imagine-text-to-video-beta', prompt, duration: 30, quality: '480p', aspect_ratio: '2:3' }),
	},
];

const simulator = useSimulator({ apiKey: API_KEY });

const credentials = () => credentialsFor(simulator, 'evolink', CREDENTIAL);
const createBodies = () => simulator.requests.filter((request) => request.route === 'create').map((request) => request.body);

describe('EvoLink successor models in the n8n engine', () => {
	it.each(cases.map((testCase) => [testCase.family, testCase] as const))('%s: create → wait → download', async (_name, testCase) => {
		const { taskId } = await createWaitDownload(simulator, 'evolink', CREDENTIAL, testCase, PROMPT);
		expect(taskId).toMatch(/^task-unified-\d+-[0-9a-z]{8}$/);
	});

	it('a callback URL is added to a successor body', async () => {
		const result = await runWorkflow({
			nodes: [
				soraNode('Create', {
					provider: 'evolink',
					operation: 'create',
					prompt: PROMPT,
					model: 'grok-imagine-video-1.5-preview',
					duration: 15,
					aspectRatio: 'adaptive',
					resolution: '1080p',
					callbackUrl: 'https://hooks.example/evolink-done',
				}),
			],
			credentials: credentials(),
		});
		expectCreateBodies(result, simulator, 'Create', [
			{ model: 'grok-imagine-video-1.5-preview', prompt: PROMPT, duration: 15, quality: '1080p', aspect_ratio: 'auto', callback_url: 'https://hooks.example/evolink-done' },
		]);
	});

	it('node version 2 preselects Veo 3.1 Fast (preview): a create with only a prompt sends its documented defaults', async () => {
		const result = await runWorkflow({ nodes: [soraNode('Create', { provider: 'evolink', operation: 'create', prompt: PROMPT })], credentials: credentials() });
		expectCreateBodies(result, simulator, 'Create', [
			{ model: 'veo-3.1-fast-generate-preview', prompt: PROMPT, duration: 4, quality: '720p', aspect_ratio: 'auto', generate_audio: true, generation_type: 'TEXT' },
		]);
	});

	it('node version 1 still preselects Sora 2 Preview and sends the unchanged Sora body', async () => {
		const result = await runWorkflow({
			nodes: [soraNode('Create', { provider: 'evolink', operation: 'create', prompt: PROMPT }, { typeVersion: 1 })],
			credentials: credentials(),
		});
		expectCreateBodies(result, simulator, 'Create', [{ model: 'sora-2-preview', prompt: PROMPT, aspect_ratio: '16:9', duration: 4 }]);
	});

	it('the seed-era sora-2 takes a prompt over 1000 characters (its limit is 5000 tokens, not characters)', async () => {
		const long = `${'a calm sea at dawn, '.repeat(60)}end`;
		const result = await runWorkflow({
			nodes: [soraNode('Create', { provider: 'evolink', operation: 'create', prompt: long, model: 'sora-2', duration: 10, aspectRatio: '16:9', resolution: '720p' }, { typeVersion: 1 })],
			credentials: credentials(),
		});
		expect(result.errorOf('Create')?.message).toBeUndefined();
		expect(long.length).toBeGreaterThan(1000);
		expect(createBodies()).toEqual([{ model: 'sora-2', prompt: long, aspect_ratio: '16:9', duration: 10, remove_watermark: true }]);
	});

	it.each([
		['Hailuo 1080p at 10 s (an expression)', { model: 'MiniMax-Hailuo-02', duration: '={{ 10 }}', aspectRatio: 'adaptive', resolution: '1080p' }, /Invalid resolution "1080p".*allowed: "768p"/],
		['image-to-video without an image', { model: 'kling-v3-image-to-video', duration: 5, aspectRatio: 'adaptive', resolution: '720p' }, /needs a start image/],
		['a Kling prompt over 2500 characters', { model: 'kling-o3-text-to-video', duration: 5, aspectRatio: '16:9', resolution: '720p', prompt: 'k'.repeat(2501) }, /Invalid prompt .*2500/],
		['a Wan 2.7 seed above 2147483647', { model: 'wan2.7-text-to-video', duration: 5, aspectRatio: '16:9', resolution: '720p', seed: 2147483648 }, /Invalid seed/],
	])('%s fails the item before any request', async (_name, parameters, message) => {
		const result = await runWorkflow({
			nodes: [soraNode('Create', { provider: 'evolink', operation: 'create', prompt: PROMPT, ...parameters })],
			credentials: credentials(),
		});
		expectRefusedBeforeRequest(result, simulator, 'Create', message);
	});

	it('create and wait in one node (Wait for Completion) for a Seedance image-to-video', async () => {
		const result = await runWorkflow({
			nodes: [
				soraNode('Create', {
					provider: 'evolink',
					operation: 'create',
					prompt: PROMPT,
					model: 'seedance-2.0-fast-image-to-video',
					duration: 4,
					aspectRatio: 'adaptive',
					resolution: '480p',
					imageUrl: FIRST,
					waitForCompletion: true,
					options: fastWait,
				}),
			],
			credentials: credentials(),
		});
		expect(result.errorOf('Create')?.message).toBeUndefined();
		const [item] = result.outputOf('Create');
		expect(item.json).toMatchObject({ provider: 'evolink', status: 'completed', error: null });
		expect(createBodies()).toEqual([
			{ model: 'seedance-2.0-fast-image-to-video', prompt: PROMPT, duration: 4, quality: '480p', aspect_ratio: 'adaptive', generate_audio: true, image_urls: [FIRST] },
		]);
	});
});
