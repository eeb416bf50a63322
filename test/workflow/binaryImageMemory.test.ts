import { runWorkflow, type TypeRegistry } from '../support/engine';
import { useSimulator } from '../support/useSimulator';
import { BINARY_IMAGE_TYPE, pngImage, provideImages, sha256, typesWithBinaryImages } from './binaryImageFiles';
import { API_KEY, soraNode } from './cases';

// n8n's binary mode is process-wide in the harness, so memory mode has its own file.
const simulator = useSimulator({ apiKey: API_KEY });
let types: TypeRegistry;

beforeAll(async () => {
	types = await typesWithBinaryImages();
});

const imageNode = (fixture: string) => ({ name: 'Binary Image', type: BINARY_IMAGE_TYPE, parameters: { fixture } });

describe('memory (default) binary mode', () => {
	it('OpenAI-compatible: the same multipart create from inline base64 binary data', async () => {
		const png = pngImage(720, 1280);
		const fixture = provideImages('openai-memory', [{ property: 'data', bytes: png, fileName: 'p.png', mimeType: 'image/png' }]);
		const result = await runWorkflow({
			nodes: [
				imageNode(fixture),
				soraNode('Create', { provider: 'openai', operation: 'create', model: 'sora-2', duration: 4, resolution: '720p', aspectRatio: '9:16', prompt: 'Animate', imageSource: 'binary' }),
			],
			credentials: { soraOpenAiApi: { apiKey: API_KEY, baseUrl: simulator.baseUrl('openai') } },
			binaryMode: 'default',
			types,
		});
		expect(result.status).toBe('success');
		expect(result.binary.mode).toBe('default');
		const [create] = simulator.requests;
		expect(create.body).toMatchObject({ size: '720x1280', input_reference: { contentType: 'image/png', sha256: sha256(png) } });
	});
});
