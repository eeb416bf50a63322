import { useSimulator } from '../support/useSimulator';
import { runWorkflow } from '../support/engine';
import { API_KEY, fastWait, soraNode } from './cases';
import { expectRefusedBeforeRequest } from './runChecks';

const simulator = useSimulator({ apiKey: API_KEY });

describe('APIMart (gccai) Remix: POST /v1/videos/{task_id}/remix, then Wait', () => {
	const credentials = () => ({ gccaiApi: { apiKey: API_KEY, baseUrl: simulator.baseUrl('gccai') } });

	it('remixes a finished task with model, prompt, duration and aspect ratio; the new task completes', async () => {
		const result = await runWorkflow({
			nodes: [
				soraNode('Create', { provider: 'gccai', operation: 'create', model: 'sora-2', duration: 8, resolution: '720p', aspectRatio: '16:9', prompt: 'A fox', waitForCompletion: true, options: fastWait }),
				soraNode('Remix', { provider: 'gccai', operation: 'remix', prompt: 'The fox in the snow', remixModel: 'sora-2-pro', remixDuration: 12, remixAspectRatio: '9:16' }),
				soraNode('Wait', { provider: 'gccai', operation: 'wait', options: fastWait }),
			],
			credentials: credentials(),
		});
		expect(result.status).toBe('success');
		const sourceId = result.outputOf('Create')[0].json.taskId as string;
		const remixes = simulator.requests.filter((request) => request.route === 'remix');
		expect(remixes).toHaveLength(1);
		expect(remixes[0]).toMatchObject({
			path: `/gccai/v1/videos/${sourceId}/remix`,
			body: { model: 'sora-2-pro', prompt: 'The fox in the snow', duration: 12, aspect_ratio: '9:16' },
		});
		const [remixed] = result.outputOf('Remix');
		expect(remixed.json).toMatchObject({ provider: 'gccai', status: 'queued', remixedFrom: sourceId });
		expect(result.outputOf('Wait')[0].json).toMatchObject({ taskId: remixed.json.taskId, status: 'completed' });
	});

	it('row 14: extends a finished Veo 3.1 Fast task to 15 s with {model, prompt, aspect_ratio} (no duration); then MP4', async () => {
		const result = await runWorkflow({
			nodes: [
				soraNode('Create', { provider: 'gccai', operation: 'create', model: 'veo3.1-fast', duration: 8, resolution: '720p', aspectRatio: '16:9', prompt: 'A fox', waitForCompletion: true, options: fastWait }),
				soraNode('Extend', { provider: 'gccai', operation: 'remix', prompt: 'The fox runs into the forest', remixModel: 'veo3.1-fast', remixDuration: 15, remixAspectRatio: '16:9' }),
				soraNode('Wait', { provider: 'gccai', operation: 'wait', options: { ...fastWait, download: true } }),
			],
			credentials: credentials(),
		});
		expect(result.errorOf('Extend')?.message).toBeUndefined();
		const sourceId = result.outputOf('Create')[0].json.taskId as string;
		const extends_ = simulator.requests.filter((request) => request.route === 'remix');
		expect(extends_).toHaveLength(1);
		expect(extends_[0].path).toBe(`/gccai/v1/videos/${sourceId}/remix`);
		expect(extends_[0].body).toStrictEqual({ model: 'veo3.1-fast', prompt: 'The fox runs into the forest', aspect_ratio: '16:9' });
		expect(extends_[0].status).toBe(200);
		const [waited] = result.outputOf('Wait');
		expect(waited.json).toMatchObject({ status: 'completed' });
		expect(waited.binary?.data?.mimeType).toBe('video/mp4');
	});

	it('a remix duration the model does not take is refused before any request', async () => {
		const result = await runWorkflow({
			nodes: [soraNode('Remix', { provider: 'gccai', operation: 'remix', taskId: 'task_01ABC', prompt: 'x', remixModel: 'sora-2', remixDuration: 7 })],
			credentials: credentials(),
		});
		expectRefusedBeforeRequest(result, simulator, 'Remix', /Invalid remix duration 7: .*allowed: 4, 8, 12, 16, 20/);
	});
});

describe('EvoLink Remix: a remix model with base_video_task_id on the create path', () => {
	const credentials = () => ({ evoLinkApi: { apiKey: API_KEY, baseUrl: simulator.baseUrl('evolink') } });

	it('sends sora-2-pro-remix with the source id and duration, no ratio; the new task completes', async () => {
		const result = await runWorkflow({
			nodes: [
				soraNode('Create', { provider: 'evolink', operation: 'create', model: 'sora-2-preview', duration: 4, resolution: '720p', aspectRatio: '16:9', prompt: 'A fox', waitForCompletion: true, options: fastWait }),
				soraNode('Remix', { provider: 'evolink', operation: 'remix', prompt: 'The fox at night', remixModel: 'sora-2-pro-remix', remixDuration: 25 }),
				soraNode('Wait', { provider: 'evolink', operation: 'wait', options: fastWait }),
			],
			credentials: credentials(),
		});
		expect(result.status).toBe('success');
		const sourceId = result.outputOf('Create')[0].json.taskId as string;
		const creates = simulator.requests.filter((request) => request.route === 'create');
		expect(creates).toHaveLength(2);
		expect(creates[1].body).toEqual({ model: 'sora-2-pro-remix', prompt: 'The fox at night', base_video_task_id: sourceId, duration: 25 });
		expect(result.outputOf('Wait')[0].json).toMatchObject({ taskId: result.outputOf('Remix')[0].json.taskId, status: 'completed' });
	});

	it('a prompt over the remix limit (2000) is refused before any request', async () => {
		const result = await runWorkflow({
			nodes: [soraNode('Remix', { provider: 'evolink', operation: 'remix', taskId: 'task-unified-1-abc', prompt: 'x'.repeat(2001), remixModel: 'sora-2-pro-remix', remixDuration: 15 })],
			credentials: credentials(),
		});
		expectRefusedBeforeRequest(result, simulator, 'Remix', /at most 2000 characters; this prompt has 2001/);
	});
});

describe('Remix is not offered where the provider has none', () => {
	it.each(['yutoai', 'xingchao'])('%s: refused naming the provider, before any request', async (provider) => {
		const credentialType = provider === 'yutoai' ? 'yutoAiApi' : 'xingchaoApi';
		const result = await runWorkflow({
			nodes: [soraNode('Remix', { provider, operation: 'remix', taskId: 'abc', prompt: 'x' })],
			credentials: { [credentialType]: { apiKey: API_KEY, baseUrl: simulator.baseUrl(provider as 'yutoai') } },
		});
		expectRefusedBeforeRequest(result, simulator, 'Remix', /offers no remix/);
	});
});
