import { readFileSync } from 'fs';
import path from 'path';

import { SAMPLE_MP4 } from '../../dev/simulator';
import { useSimulator } from '../support/useSimulator';
import { REPO_ROOT, runWorkflow, type WorkflowNode } from '../support/engine';
import { API_KEY } from './cases';

const simulator = useSimulator({ apiKey: API_KEY });

interface ExampleFile {
	nodes: Array<WorkflowNode & { type: string; parameters: Record<string, unknown> }>;
}

/** The example's Sora nodes, chained as in the file, with faster polling so the test stays short. */
function soraNodesOf(file: string): WorkflowNode[] {
	const example = JSON.parse(readFileSync(path.join(REPO_ROOT, 'examples', file), 'utf8')) as ExampleFile;
	return example.nodes
		.filter((node) => node.type === 'n8n-nodes-sora.sora')
		.map(({ name, type, typeVersion, parameters }) => {
			const options = parameters.options as Record<string, unknown> | undefined;
			return { name, type, typeVersion, parameters: options ? { ...parameters, options: { ...options, pollIntervalSeconds: 0.2 } } : parameters };
		});
}

const credentials = () => ({ gccaiApi: { apiKey: API_KEY, baseUrl: simulator.baseUrl('gccai') } });
const evolinkCredentials = () => ({ evoLinkApi: { apiKey: API_KEY, baseUrl: simulator.baseUrl('evolink') } });

describe('the successor-model demo examples run keyless against the simulator', () => {
	it('sora-demo-veo31.json: Veo 3.1 Fast, 8 s 1080p, created, waited for and downloaded in one node', async () => {
		const result = await runWorkflow({ nodes: soraNodesOf('sora-demo-veo31.json'), credentials: credentials() });
		expect(result.status).toBe('success');
		const [item] = result.outputOf('Sora: Veo 3.1 Fast');
		expect(item.json).toMatchObject({ provider: 'gccai', status: 'completed', model: 'veo3.1-fast' });
		expect(Buffer.compare(await result.binary.getBuffer(item.binary!.data), SAMPLE_MP4)).toBe(0);
		const [create] = simulator.requests.filter((request) => request.route === 'create');
		expect(create.body).toMatchObject({ model: 'veo3.1-fast', duration: 8, aspect_ratio: '16:9', resolution: '1080p' });
	});

	it('sora-demo-seedance.json: Seedance 2.0 with sound, Create then Wait with download', async () => {
		const result = await runWorkflow({ nodes: soraNodesOf('sora-demo-seedance.json'), credentials: credentials() });
		expect(result.status).toBe('success');
		expect(result.outputOf('Sora: Create (Seedance 2.0)')[0].json).toMatchObject({ status: 'queued', model: 'doubao-seedance-2.0' });
		const [item] = result.outputOf('Sora: Wait + download');
		expect(item.json).toMatchObject({ provider: 'gccai', status: 'completed' });
		expect(Buffer.compare(await result.binary.getBuffer(item.binary!.data), SAMPLE_MP4)).toBe(0);
		const [create] = simulator.requests.filter((request) => request.route === 'create');
		expect(create.body).toMatchObject({ model: 'doubao-seedance-2.0', duration: 8, size: '9:16', resolution: '720p', generate_audio: true });
	});

	it('sora-demo-references.json: Seedance 2.0 with two reference images and a reference video, waited for and downloaded', async () => {
		const result = await runWorkflow({ nodes: soraNodesOf('sora-demo-references.json'), credentials: evolinkCredentials() });
		expect(result.status).toBe('success');
		const [item] = result.outputOf('Sora: Seedance 2.0 references');
		expect(item.json).toMatchObject({ provider: 'evolink', status: 'completed', model: 'seedance-2.0-reference-to-video' });
		expect(Buffer.compare(await result.binary.getBuffer(item.binary!.data), SAMPLE_MP4)).toBe(0);
		const [create] = simulator.requests.filter((request) => request.route === 'create');
		expect(create.body).toMatchObject({
			image_urls: ['https://cdn.example.com/character.png', 'https://cdn.example.com/market.jpg'],
			video_urls: ['https://cdn.example.com/dance.mp4'],
		});
	});

	it('sora-demo-video-edit.json: Seedance 2.5 video edit with duration -1 and the adaptive ratio', async () => {
		const result = await runWorkflow({ nodes: soraNodesOf('sora-demo-video-edit.json'), credentials: evolinkCredentials() });
		expect(result.status).toBe('success');
		const [item] = result.outputOf('Sora: Seedance 2.5 video edit');
		expect(item.json).toMatchObject({ provider: 'evolink', status: 'completed', model: 'seedance-2.5-video-edit' });
		expect(Buffer.compare(await result.binary.getBuffer(item.binary!.data), SAMPLE_MP4)).toBe(0);
		const [create] = simulator.requests.filter((request) => request.route === 'create');
		expect(create.body).toMatchObject({ duration: -1, aspect_ratio: 'adaptive', video_urls: ['https://cdn.example.com/street-clip.mp4'] });
	});
});
