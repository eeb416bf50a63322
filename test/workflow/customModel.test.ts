import type { IDataObject, INodeParameters } from 'n8n-workflow';

import type { ProviderId } from '../../dev/simulator';
import { useSimulator } from '../support/useSimulator';
import { runWorkflow } from '../support/engine';
import { API_KEY, fastWait, simulatorCredentials, soraNode } from './cases';
import { expectRefusedBeforeRequest } from './runChecks';

const simulator = useSimulator({ apiKey: API_KEY });

const credentialsFor = (provider: ProviderId) => simulatorCredentials(simulator, provider);

interface CustomCase {
	provider: ProviderId;
	/** The free fields as a user types them. */
	fields: INodeParameters;
	/** Where the create goes and exactly what it carries (the provider's own keys, video-models.md). */
	path: string;
	body: IDataObject;
}

const image = 'https://example.com/first.png';

// Ids the simulator serves that the catalog does not offer, or catalogued ones sent through the custom
// path; either way the simulator checks the body against that model's documented keys.
const cases: CustomCase[] = [
	{
		provider: 'gccai',
		fields: { customModelId: 'doubao-seedance-1-0-pro-fast', customDuration: '6', customResolution: '1080p', customAspectRatio: '16:9', imageUrl: image, extraBodyJson: '{"camerafixed": true}' },
		path: '/v1/videos/generations',
		body: { model: 'doubao-seedance-1-0-pro-fast', duration: 6, resolution: '1080p', aspect_ratio: '16:9', image_urls: [image], camerafixed: true },
	},
	{
		provider: 'yutoai',
		fields: { customModelId: 'veo3.1', customAspectRatio: '16:9', extraBodyJson: '{"enable_upsample": true}' },
		path: '/v2/videos/generations',
		body: { model: 'veo3.1', aspect_ratio: '16:9', enable_upsample: true },
	},
	{
		provider: 'evolink',
		fields: { customModelId: 'sora-2-preview', customDuration: '8', customAspectRatio: '9:16', imageUrl: image },
		path: '/v1/videos/generations',
		body: { model: 'sora-2-preview', duration: 8, aspect_ratio: '9:16', image_urls: [image] },
	},
	{
		provider: 'xingchao',
		fields: { customModelId: 'veo_3_1_fast', customAspectRatio: '16:9', customResolution: '1080p', imageUrl: image },
		path: '/v1/veo/videos',
		body: { model: 'veo_3_1_fast', aspect_ratio: '16:9', resolution: '1080p', first_image: image },
	},
	{
		provider: 'openai',
		fields: { customModelId: 'sora-2', customDuration: '8', extraBodyJson: { size: '1280x720' } },
		path: '/videos',
		body: { model: 'sora-2', seconds: '8', size: '1280x720' },
	},
];

describe.each(cases)('custom model on $provider', (testCase) => {
	it('sends the id and the typed fields under the provider\'s keys, then waits and reports the id as model', async () => {
		const prompt = 'A lighthouse in a storm, custom model';
		const result = await runWorkflow({
			nodes: [
				soraNode('Create', {
					provider: testCase.provider,
					operation: 'create',
					model: 'custom',
					prompt,
					...testCase.fields,
					waitForCompletion: true,
					options: fastWait,
				}),
			],
			credentials: credentialsFor(testCase.provider),
		});
		expect(result.errorOf('Create')?.message).toBeUndefined();
		expect(result.status).toBe('success');
		const creates = simulator.requests.filter((request) => request.route === 'create');
		expect(creates).toHaveLength(1);
		expect(creates[0].path.endsWith(testCase.path)).toBe(true);
		expect(creates[0].path.replace(testCase.path, '')).toMatch(/^\/[a-z]+(\/kyyReactApiServer|\/v1)?$/);
		expect(creates[0].body).toEqual({ prompt, ...testCase.body });
		const [item] = result.outputOf('Create');
		expect(item.json).toMatchObject({ provider: testCase.provider, status: 'completed', model: testCase.fields.customModelId });
	});
});

describe('custom model: bad input is refused before any request', () => {
	const base = { provider: 'gccai', operation: 'create', model: 'custom', prompt: 'A cat', customModelId: 'veo3.1-fast' };
	const refusals: Array<[string, INodeParameters, RegExp]> = [
		['an empty model id', { customModelId: '  ' }, /Invalid custom model ID .*a model ID is required/],
		['an empty prompt', { prompt: '={{ "" }}' }, /Invalid prompt "": a prompt is required/],
		['a file: image URL', { imageUrl: 'file:///etc/passwd' }, /Invalid reference image URL "file:\/\/\/etc\/passwd": must be an http:\/\/ or https:\/\/ URL/],
		['extra JSON that does not parse', { extraBodyJson: '{"seed": 4,' }, /Invalid extra body JSON .*is not valid JSON/],
		['extra JSON that is a list', { extraBodyJson: '[1, 2]' }, /Invalid extra body JSON .*must be one JSON object/],
		['extra JSON that is a number', { extraBodyJson: '42' }, /Invalid extra body JSON .*must be one JSON object/],
		['a duration that is not a whole number', { customDuration: 'eight' }, /Invalid custom duration "eight": must be a whole number of seconds/],
	];
	it.each(refusals)('%s', async (_name, parameters, message) => {
		const result = await runWorkflow({ nodes: [soraNode('Create', { ...base, ...parameters })], credentials: credentialsFor('gccai') });
		expectRefusedBeforeRequest(result, simulator, 'Create', message);
	});
});
