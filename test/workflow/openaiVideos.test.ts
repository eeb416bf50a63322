import { useSimulator } from '../support/useSimulator';
import { Sora } from '../../nodes/Sora/Sora.node';
import { runWorkflow } from '../support/engine';
import { API_KEY, fastWait, soraNode } from './cases';
import { expectRefusedBeforeRequest } from './runChecks';

const simulator = useSimulator({ apiKey: API_KEY });

const credentials = () => ({ soraOpenAiApi: { apiKey: API_KEY, baseUrl: simulator.baseUrl('openai') } });
const openai = (name: string, parameters: Record<string, unknown>, extra = {}) =>
	soraNode(name, { provider: 'openai', ...parameters }, extra);
const create = (prompt: string) =>
	openai('Create', { operation: 'create', model: 'sora-2', duration: 4, resolution: '720p', aspectRatio: '16:9', prompt });

async function finishedVideos(count: number): Promise<string[]> {
	const result = await runWorkflow({
		nodes: [
			openai('Create', {
				operation: 'create',
				model: 'sora-2',
				duration: 8,
				resolution: '720p',
				aspectRatio: '9:16',
				prompt: '={{ $json.prompt }}',
				waitForCompletion: true,
				options: fastWait,
			}),
		],
		input: Array.from({ length: count }, (_unused, index) => ({ prompt: `Clip ${index}` })),
		credentials: credentials(),
	});
	expect(result.status).toBe('success');
	return result.outputOf('Create').map((item) => item.json.taskId as string);
}

describe('OpenAI-compatible Remix in the n8n engine', () => {
	it('remixes a finished video with only the new prompt; the new task is waited for like a created one', async () => {
		const result = await runWorkflow({
			nodes: [
				create('A lighthouse at dawn'),
				openai('Wait 1', { operation: 'wait', options: fastWait }),
				openai('Remix', { operation: 'remix', prompt: 'The same lighthouse in a snowstorm' }),
				openai('Wait 2', { operation: 'wait', options: { ...fastWait, download: true } }),
			],
			credentials: credentials(),
		});

		expect(result.status).toBe('success');
		const sourceId = result.outputOf('Create')[0].json.taskId as string;
		const [remixed] = result.outputOf('Remix');
		expect(remixed.json).toMatchObject({ provider: 'openai', status: 'queued', remixedFrom: sourceId, error: null });
		const remixId = remixed.json.taskId as string;
		expect(remixId).not.toBe(sourceId);

		const remixCalls = simulator.requests.filter((request) => request.route === 'remix');
		expect(remixCalls).toHaveLength(1);
		expect(remixCalls[0]).toMatchObject({ method: 'POST', path: `/openai/v1/videos/${sourceId}/remix`, body: { prompt: 'The same lighthouse in a snowstorm' } });
		expect(remixCalls[0].headers.authorization).toBe(`Bearer ${API_KEY}`);
		expect(simulator.tasks.get(remixId)?.prompt).toBe('The same lighthouse in a snowstorm');

		const [waited] = result.outputOf('Wait 2');
		expect(waited.json).toMatchObject({ taskId: remixId, status: 'completed' });
		expect(waited.binary?.data?.mimeType).toBe('video/mp4');
		const download = simulator.requests.find((request) => request.route === 'download');
		expect(download?.headers.accept).toBe('application/binary');
	});

	it('an unfinished source is refused by the provider once and never repeated', async () => {
		const result = await runWorkflow({
			nodes: [create('Still rendering'), openai('Remix', { operation: 'remix', prompt: 'Remix too early' })],
			credentials: credentials(),
		});
		expect(result.status).toBe('error');
		const error = result.errorOf('Remix');
		expect(error?.message).toContain('HTTP 400');
		expect(error?.description).toMatch(/not completed/);
		expect(simulator.requests.filter((request) => request.route === 'remix')).toHaveLength(1);
	});

	it('an empty prompt is refused before any request', async () => {
		const result = await runWorkflow({
			nodes: [openai('Remix', { operation: 'remix', taskId: 'video_abc', prompt: '   ' })],
			credentials: credentials(),
		});
		expectRefusedBeforeRequest(result, simulator, 'Remix', /prompt/i);
	});
});

describe('OpenAI-compatible List Videos and Delete Video in the n8n engine', () => {
	it('lists every video across pages with Return All, newest first, in the task shape', async () => {
		const ids = await finishedVideos(5);
		const seen = simulator.requests.length;
		const result = await runWorkflow({
			nodes: [openai('List', { operation: 'listVideos', returnAll: true })],
			credentials: credentials(),
		});
		expect(result.status).toBe('success');
		const listed = result.outputOf('List').map((item) => item.json);
		expect(listed.map((video) => video.taskId).sort()).toEqual([...ids].sort());
		for (const video of listed) expect(video).toMatchObject({ provider: 'openai', status: 'completed', error: null });
		expect(listed[0].videoUrl).toBe(`${simulator.baseUrl('openai')}/videos/${listed[0].taskId}/content`);
		// One page of up to 100 holds them all.
		const pages = simulator.requests.slice(seen).filter((request) => request.route === 'list');
		expect(pages).toHaveLength(1);
		expect(pages[0].path).toContain('limit=100');
	});

	it('stops at Limit with one page of that size', async () => {
		const ids = await finishedVideos(3);
		const seen = simulator.requests.length;
		const result = await runWorkflow({
			nodes: [openai('List', { operation: 'listVideos', returnAll: false, limit: 2 })],
			credentials: credentials(),
		});
		expect(result.status).toBe('success');
		expect(result.outputOf('List')).toHaveLength(2);
		const pages = simulator.requests.slice(seen).filter((request) => request.route === 'list');
		expect(pages).toHaveLength(1);
		expect(pages[0].path).toContain('limit=2');
		expect(ids).toEqual(expect.arrayContaining(result.outputOf('List').map((item) => item.json.taskId)));
	});

	it('follows the after cursor past the 100-per-page maximum', async () => {
		// Tasks straight through the simulator's API: listing does not care whether they finished.
		for (let index = 0; index < 103; index++) {
			const answer = await fetch(`${simulator.baseUrl('openai')}/videos`, {
				method: 'POST',
				headers: { authorization: `Bearer ${API_KEY}`, 'content-type': 'application/json' },
				body: JSON.stringify({ prompt: `Clip ${index}` }),
			});
			expect(answer.status).toBe(200);
		}
		const seen = simulator.requests.length;
		const result = await runWorkflow({
			nodes: [openai('List', { operation: 'listVideos', returnAll: true })],
			credentials: credentials(),
		});
		expect(result.status).toBe('success');
		const listed = result.outputOf('List').map((item) => item.json.taskId as string);
		expect(new Set(listed).size).toBe(103);
		const pages = simulator.requests.slice(seen).filter((request) => request.route === 'list');
		expect(pages).toHaveLength(2);
		expect(pages[1].path).toContain(`after=${listed[99]}`);
	});

	it('deletes a finished video; a second delete of it fails naming the id', async () => {
		const [taskId] = await finishedVideos(1);
		const result = await runWorkflow({
			nodes: [openai('Delete', { operation: 'deleteVideo', taskId })],
			credentials: credentials(),
		});
		expect(result.status).toBe('success');
		expect(result.outputOf('Delete')[0].json).toMatchObject({ provider: 'openai', taskId, deleted: true });
		expect(simulator.tasks.has(taskId)).toBe(false);
		const deletes = simulator.requests.filter((request) => request.route === 'delete');
		expect(deletes).toHaveLength(1);
		expect(deletes[0].method).toBe('DELETE');

		const again = await runWorkflow({
			nodes: [openai('Delete', { operation: 'deleteVideo', taskId })],
			credentials: credentials(),
		});
		expect(again.status).toBe('error');
		expect(again.errorOf('Delete')?.message).toContain('404');
	});
});

describe('the editor shows Remix, List Videos and Delete Video only where the provider offers them', () => {
	it('lists the operations per provider', () => {
		const operations = new Sora().description.properties.filter((property) => property.name === 'operation');
		const offered = (provider: string) =>
			operations
				.filter((property) => (property.displayOptions?.show?.provider as string[] | undefined)?.includes(provider))
				.flatMap((property) => (property.options as Array<{ value: string }>).map((option) => option.value));
		expect(offered('openai')).toEqual(expect.arrayContaining(['remix', 'listVideos', 'deleteVideo']));
		for (const provider of ['yutoai', 'yutoaiLegacy', 'xingchao']) {
			expect(offered(provider)).toContain('create');
			expect(offered(provider)).not.toContain('listVideos');
			expect(offered(provider)).not.toContain('remix');
		}
	});
});

describe('OpenAI-compatible: spec values, and the guide-only values saved version-1 workflows use', () => {
	it('a saved workflow with 16 s at 1080p still runs and sends them as the guide writes them', async () => {
		const result = await runWorkflow({
			nodes: [openai('Create', { operation: 'create', model: 'sora-2-pro', duration: 16, resolution: '1080p', aspectRatio: '9:16', prompt: 'A tall waterfall' }, { typeVersion: 1 })],
			credentials: credentials(),
		});
		expect(result.status).toBe('success');
		const [create] = simulator.requests.filter((request) => request.route === 'create');
		expect(create.body).toEqual({ model: 'sora-2-pro', prompt: 'A tall waterfall', seconds: '16', size: '1080x1920' });
		expect(create.headers['content-type']).toMatch(/^application\/json/);
	});

	it('the editor labels exactly the guide-only durations and resolutions', () => {
		const properties = new Sora().description.properties;
		const shownFor = (name: string, model: string) =>
			properties.filter(
				(property) =>
					property.name === name &&
					(property.displayOptions?.show?.provider as string[] | undefined)?.includes('openai') &&
					(property.displayOptions?.show?.model as string[] | undefined)?.includes(model),
			);
		const labelled = (name: string, model: string) =>
			shownFor(name, model)
				.flatMap((property) => (property.options as Array<{ value: unknown; description?: string }>) ?? [])
				.filter((option) => /not in the API spec/.test(option.description ?? ''))
				.map((option) => option.value);
		expect(labelled('duration', 'sora-2-pro')).toEqual([16, 20]);
		expect([...new Set(labelled('resolution', 'sora-2-pro'))]).toEqual(['1080p']);
		expect(labelled('duration', 'sora-2-2025-10-06')).toEqual([]);
		expect(labelled('resolution', 'sora-2-pro-2025-10-06')).toEqual([]);
	});
});
