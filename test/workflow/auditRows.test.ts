import type { INodeParameters } from 'n8n-workflow';

import { startSimulator, type ProviderId, type SimulatorHandle } from '../../dev/simulator';
import { runWorkflow } from '../support/engine';
import { soraNode, simulatorCredentials } from './cases';

// The second provider audit (provider-audit.md, "Second audit"): each row it found, run inside n8n's
// engine against the simulator, which counts every request. A refusal must come before any request.
const PROMPT = 'A paper boat on a rainy street';
const PNG = 'https://cdn.example/first.png';
const WEBP = 'https://cdn.example/first.webp';

let simulator: SimulatorHandle;

beforeAll(async () => {
	simulator = await startSimulator({ apiKey: 'sk-test-7f3a9c2e5b1d4f60' });
});

afterEach(() => simulator.reset());

afterAll(async () => await simulator.close());

async function create(provider: ProviderId, parameters: INodeParameters, typeVersion = 2) {
	return await runWorkflow({
		nodes: [soraNode('Create', { provider, operation: 'create', prompt: PROMPT, ...parameters }, { typeVersion })],
		credentials: simulatorCredentials(simulator, provider),
	});
}

function createBodies(): unknown[] {
	return simulator.requests.filter((request) => request.route === 'create').map((request) => request.body);
}

async function expectRefusedBeforeAnyRequest(result: Awaited<ReturnType<typeof create>>, message: RegExp) {
	expect(result.status).toBe('error');
	expect(result.errorOf('Create')?.message ?? '').toMatch(message);
	expect(simulator.requests).toHaveLength(0);
}

describe('OpenAI-compatible sora-2 / sora-2-pro: node version 2 sends the API spec\'s values only', () => {
	it.each([
		['sora-2 at 16 s', { model: 'sora-2', duration: 16, resolution: '720p', aspectRatio: '16:9' }, /Invalid duration 16: .*"sora-2" takes seconds \(16 is not in the provider's API spec, so node version 2 does not send it; node version 1 still does\); allowed: 4, 8, 12$/],
		['sora-2-pro at 20 s', { model: 'sora-2-pro', duration: 20, resolution: '720p', aspectRatio: '9:16' }, /Invalid duration 20: .*"sora-2-pro" takes seconds .*; allowed: 4, 8, 12$/],
		['sora-2-pro at 1080p', { model: 'sora-2-pro', duration: 8, resolution: '1080p', aspectRatio: '16:9' }, /Invalid resolution "1080p": .* at 8 s \(1080p is not in the provider's API spec.*node version 1 still does\): allowed: "720p", "1024p"$/],
	])('version 2 refuses %s before any request', async (_label, parameters, message) => {
		await expectRefusedBeforeAnyRequest(await create('openai', parameters), message);
	});

	it('version 2 sends a spec size and seconds: sora-2-pro 12 s at 1792x1024', async () => {
		const result = await create('openai', { model: 'sora-2-pro', duration: 12, resolution: '1024p', aspectRatio: '16:9' });
		expect(result.status).toBe('success');
		expect(createBodies()).toEqual([{ model: 'sora-2-pro', prompt: PROMPT, seconds: '12', size: '1792x1024' }]);
	});

	it('version 1 keeps what its saved workflows hold: sora-2-pro 20 s at 1920x1080 is still sent', async () => {
		const result = await create('openai', { model: 'sora-2-pro', duration: 20, resolution: '1080p', aspectRatio: '16:9' }, 1);
		expect(result.status).toBe('success');
		expect(createBodies()).toEqual([{ model: 'sora-2-pro', prompt: PROMPT, seconds: '20', size: '1920x1080' }]);
	});
});

describe('image types a model\'s page lists', () => {
	it('APIMart kling-3.0-turbo refuses a WebP first frame before any request (its page: jpg/jpeg/png)', async () => {
		const parameters = { model: 'kling-3.0-turbo', duration: 5, aspectRatio: '16:9', resolution: '1080p', imageUrl: WEBP };
		await expectRefusedBeforeAnyRequest(await create('gccai', parameters), /Invalid reference image URL ".*first\.webp": this model accepts only jpeg, jpg, png images/);
	});

	it('APIMart kling-3.0-turbo sends a PNG first frame as first_frame_image, without a ratio', async () => {
		const result = await create('gccai', { model: 'kling-3.0-turbo', duration: 5, aspectRatio: '16:9', resolution: '1080p', imageUrl: PNG });
		expect(result.status).toBe('success');
		expect(createBodies()).toEqual([{ model: 'kling-3.0-turbo', prompt: PROMPT, duration: 5, resolution: '1080p', first_frame_image: PNG }]);
	});

	// The audit read jpg/jpeg/png here, but EvoLink's page (mintlify-docs a301c93, veo3.1-fast-video-generate.json,
	// and the live page) lists ".jpg, .jpeg, .png, .webp" for veo3.1-fast-beta, so WebP stays accepted.
	it('EvoLink veo3.1-fast-beta takes a WebP start image, as its page lists', async () => {
		const result = await create('evolink', { model: 'veo3.1-fast-beta', duration: 8, aspectRatio: '16:9', resolution: '720p', imageUrl: WEBP });
		expect(result.status).toBe('success');
		expect(createBodies()).toEqual([expect.objectContaining({ model: 'veo3.1-fast-beta', image_urls: [WEBP], generation_type: 'FIRST&LAST' })]);
	});
});

describe('APIMart wan2.7: with a start image the video follows the image, so no size is sent', () => {
	it('a start image: image_urls, no size', async () => {
		const result = await create('gccai', { model: 'wan2.7', duration: 8, aspectRatio: '9:16', resolution: '720p', imageUrl: PNG });
		expect(result.status).toBe('success');
		expect(createBodies()).toEqual([{ model: 'wan2.7', prompt: PROMPT, duration: 8, resolution: '720P', image_urls: [PNG] }]);
	});

	it('text only: the ratio goes in size', async () => {
		const result = await create('gccai', { model: 'wan2.7', duration: 8, aspectRatio: '9:16', resolution: '720p' });
		expect(result.status).toBe('success');
		expect(createBodies()).toEqual([{ model: 'wan2.7', prompt: PROMPT, duration: 8, resolution: '720P', size: '9:16' }]);
	});
});

describe('GlobalAI OPC Seedance 1.5 Pro: the ratio starts at the documented adaptive', () => {
	it('node version 2 with the ratio left alone sends ratio adaptive', async () => {
		const result = await create('xingchao', { model: 'seedance_1_5_pro_720p' });
		expect(result.status).toBe('success');
		expect(createBodies()).toEqual([
			{ model: 'seedance_1_5_pro_720p', content: [{ type: 'text', text: PROMPT }], ratio: 'adaptive', duration: 5, generate_audio: true },
		]);
	});

	it('node version 1 keeps the 16:9 its saved workflows were created with', async () => {
		const result = await create('xingchao', { model: 'seedance_1_5_pro_720p', resolution: '720p' }, 1);
		expect(result.status).toBe('success');
		expect(createBodies()).toEqual([
			{ model: 'seedance_1_5_pro_720p', content: [{ type: 'text', text: PROMPT }], ratio: '16:9', duration: 5, generate_audio: true },
		]);
	});
});

describe('GlobalAI OPC grok_video3_stable follows the current create page (6 or 10 s, 480p or 720p)', () => {
	it('6 s at 480p is sent as the page documents it', async () => {
		const result = await create('xingchao', { model: 'grok_video3_stable', duration: 6, aspectRatio: '2:3', resolution: '480p' });
		expect(result.status).toBe('success');
		expect(createBodies()).toEqual([{ model: 'grok_video3_stable', prompt: PROMPT, duration: 6, aspect_ratio: '2:3', resolution: '480p' }]);
	});
});

describe('rows no provider page documents: not listed from node version 2, still running where saved', () => {
	it('a saved version 2 workflow naming veo3.1-lite-official sends the same request as before', async () => {
		const result = await create('gccai', { model: 'veo3.1-lite-official', duration: 8, aspectRatio: '16:9', resolution: '720p' });
		expect(result.status).toBe('success');
		expect(createBodies()).toEqual([{ model: 'veo3.1-lite-official', prompt: PROMPT, duration: 8, aspect_ratio: '16:9', resolution: '720p', generate_audio: true }]);
	});

	it('the same id as a custom model is sent as typed', async () => {
		const result = await create('gccai', { model: 'custom', customModelId: 'veo3.1-lite-official', customDuration: '8', customAspectRatio: '16:9' });
		expect(result.status).toBe('success');
		expect(createBodies()).toEqual([{ model: 'veo3.1-lite-official', prompt: PROMPT, duration: 8, aspect_ratio: '16:9' }]);
	});

	it('a saved version 1 workflow naming a YutoAI Seedance 1.0 row keeps running', async () => {
		const result = await create('yutoai', { model: 'doubao-seedance-1-0-lite-t2v-250428', duration: 5, aspectRatio: '16:9', resolution: '720p' }, 1);
		expect(result.status).toBe('success');
		expect(createBodies()).toEqual([{ model: 'doubao-seedance-1-0-lite-t2v-250428', prompt: PROMPT, duration: 5, ratio: '16:9', resolution: '720p' }]);
	});
});
