import type { IDataObject } from 'n8n-workflow';

import type { ProviderId, SimulatorHandle } from '../../dev/simulator';
import type { WorkflowNode } from '../support/engine';
import { credentialsFor, runNodes, soraNode, validCreateParameters, waitOptions, type RunOptions, type ScenarioRun } from './scenario';

export interface BadInputCase {
	name: string;
	provider: ProviderId;
	operation: 'create' | 'getStatus' | 'wait';
	/** The parameters that differ from a valid call, as the values n8n would resolve. */
	parameters?: IDataObject;
	/** Hand the values over as `={{ … }}` expressions, which bypass the editor's dropdowns. */
	viaExpression?: boolean;
	/** The credential's base URL. */
	baseUrl?: string;
	/** Node settings such as Retry On Fail. */
	settings?: Partial<WorkflowNode>;
	/** Substrings of the message: which field, which value, what is allowed. */
	expect: { field: string; value: string; allowed: string };
}

const gif = 'https://example.com/cat.gif';
const longPrompt = 'A kite '.repeat(250);

export const badInputCases: BadInputCase[] = [
	// n8n itself refuses a literally empty required field, so an empty one arrives through an expression.
	{
		name: 'empty prompt, through an expression',
		provider: 'gccai',
		operation: 'create',
		parameters: { prompt: '' },
		viaExpression: true,
		expect: { field: 'Invalid prompt', value: '""', allowed: 'a prompt is required and cannot be only white space' },
	},
	{
		name: 'prompt of only white space',
		provider: 'gccai',
		operation: 'create',
		parameters: { prompt: ' \n\t ' },
		expect: { field: 'Invalid prompt', value: '" \n\t "', allowed: 'a prompt is required' },
	},
	{
		name: 'prompt over the documented limit (EvoLink Wan 2.6: 1500 characters), through an expression',
		provider: 'evolink',
		operation: 'create',
		parameters: { model: 'wan2.6-text-to-video', duration: 5, resolution: '720p', prompt: longPrompt },
		viaExpression: true,
		expect: { field: 'Invalid prompt', value: '"A kite A kite', allowed: 'accepts at most 1500 characters; this prompt has 1749' },
	},
	{
		name: 'model the provider does not have',
		provider: 'gccai',
		operation: 'create',
		parameters: { model: 'sora-3' },
		expect: { field: 'Invalid model', value: '"sora-3"', allowed: 'choose "custom" and give its ID); allowed: "veo3.1-fast", "veo3.1-quality"' },
	},
	{
		name: "another provider's model, through an expression",
		provider: 'gccai',
		operation: 'create',
		parameters: { model: 'openAiSora2Plus' },
		viaExpression: true,
		expect: { field: 'Invalid model', value: '"openAiSora2Plus"', allowed: 'choose "custom" and give its ID); allowed: "veo3.1-fast", "veo3.1-quality"' },
	},
	{
		name: 'duration the model does not offer, through an expression',
		provider: 'gccai',
		operation: 'create',
		parameters: { duration: 7 },
		viaExpression: true,
		expect: { field: 'Invalid duration', value: '7', allowed: 'allowed: 4, 8, 12, 16, 20' },
	},
	{
		name: "duration of a sibling model (EvoLink sora-2 10 s on sora-2-preview), through an expression",
		provider: 'evolink',
		operation: 'create',
		parameters: { model: 'sora-2-preview', duration: 10, resolution: '720p' },
		viaExpression: true,
		expect: { field: 'Invalid duration', value: '10', allowed: 'allowed: 4, 8, 12' },
	},
	{
		name: 'duration that is not a number, through an expression',
		provider: 'xingchao',
		operation: 'create',
		parameters: { duration: 'ten' },
		viaExpression: true,
		expect: { field: 'Invalid duration', value: '"ten"', allowed: 'allowed: 4, 8, 12' },
	},
	{
		name: 'resolution the model does not offer (gccai sora-2 at 1080p)',
		provider: 'gccai',
		operation: 'create',
		parameters: { model: 'sora-2', resolution: '1080p' },
		expect: { field: 'Invalid resolution', value: '"1080p"', allowed: 'allowed: "720p"' },
	},
	{
		name: 'resolution not offered at that duration (EvoLink sora-2-pro 15 s at 720p)',
		provider: 'evolink',
		operation: 'create',
		parameters: { model: 'sora-2-pro', duration: 15, resolution: '720p' },
		expect: { field: 'Invalid resolution', value: '"720p"', allowed: 'at 15 s: allowed: "1080p"' },
	},
	{
		name: 'resolution through an expression (Xingchao has no 1080p)',
		provider: 'xingchao',
		operation: 'create',
		parameters: { resolution: '1080p' },
		viaExpression: true,
		expect: { field: 'Invalid resolution', value: '"1080p"', allowed: 'allowed: "720p"' },
	},
	{
		name: 'aspect ratio the model does not offer',
		provider: 'gccai',
		operation: 'create',
		parameters: { aspectRatio: '1:1' },
		expect: { field: 'Invalid aspect ratio', value: '"1:1"', allowed: 'allowed: "16:9", "9:16"' },
	},
	{
		name: 'aspect ratio through an expression',
		provider: 'yutoai',
		operation: 'create',
		parameters: { aspectRatio: '4:3' },
		viaExpression: true,
		expect: { field: 'Invalid aspect ratio', value: '"4:3"', allowed: 'allowed: "16:9", "9:16"' },
	},
	{
		name: 'two reference images (a list, through an expression)',
		provider: 'gccai',
		operation: 'create',
		parameters: { imageUrl: ['https://example.com/a.png', 'https://example.com/b.png'] },
		viaExpression: true,
		expect: { field: 'Invalid reference image URL', value: '["https://example.com/a.png","https://example.com/b.png"]', allowed: 'only one reference image is accepted' },
	},
	{
		name: 'two reference images in one text',
		provider: 'evolink',
		operation: 'create',
		parameters: { imageUrl: 'https://example.com/a.png, https://example.com/b.png' },
		expect: { field: 'Invalid reference image URL', value: '"https://example.com/a.png, https://example.com/b.png"', allowed: 'only one reference image is accepted' },
	},
	{
		name: 'file: image URL',
		provider: 'gccai',
		operation: 'create',
		parameters: { imageUrl: 'file:///etc/passwd' },
		expect: { field: 'Invalid reference image URL', value: '"file:///etc/passwd"', allowed: 'must be an http:// or https:// URL' },
	},
	{
		name: 'javascript: image URL',
		provider: 'xingchao',
		operation: 'create',
		parameters: { imageUrl: 'javascript:alert(1)' },
		expect: { field: 'Invalid reference image URL', value: '"javascript:alert(1)"', allowed: 'must be an http:// or https:// URL' },
	},
	{
		name: 'data: image URL where the provider takes none (gccai)',
		provider: 'gccai',
		operation: 'create',
		parameters: { imageUrl: 'data:image/png;base64,iVBORw0KGgo=' },
		expect: { field: 'Invalid reference image URL', value: '"data:image/png;base64,iVBORw0KGgo="', allowed: 'must be an http:// or https:// URL; this provider takes no data: URLs' },
	},
	{
		name: 'data: URL of a GIF where only PNG, JPEG and WebP are documented (OpenAI)',
		provider: 'openai',
		operation: 'create',
		parameters: { imageUrl: 'data:image/gif;base64,R0lGODlhAQABAAAAACw=' },
		expect: { field: 'Invalid reference image URL', value: '"data:image/gif;base64,R0lGODlhAQABAAAAACw="', allowed: 'a data URL must be a base64 PNG, JPEG or WebP image' },
	},
	{
		name: '.gif image where the provider documents jpeg/jpg/png/webp (gccai)',
		provider: 'gccai',
		operation: 'create',
		parameters: { imageUrl: gif },
		expect: { field: 'Invalid reference image URL', value: `"${gif}"`, allowed: 'accepts only jpeg, jpg, png, webp images' },
	},
	{
		name: 'http:// callback URL where the provider requires https (EvoLink)',
		provider: 'evolink',
		operation: 'create',
		parameters: { callbackUrl: 'http://example.com/hook' },
		expect: { field: 'Invalid Callback URL', value: '"http://example.com/hook"', allowed: 'must be an https:// URL' },
	},
	{
		name: 'Get Status: empty task ID, through an expression',
		provider: 'gccai',
		operation: 'getStatus',
		parameters: { taskId: '' },
		viaExpression: true,
		expect: { field: 'Invalid Task ID', value: '""', allowed: 'a task ID is required' },
	},
	...['task/../../v1/balance', 'task_01K8?x=1', 'task_01K8#fragment', '..'].map(
		(taskId): BadInputCase => ({
			name: `Get Status: task ID ${JSON.stringify(taskId)} (would change the request path)`,
			provider: 'gccai',
			operation: 'getStatus',
			parameters: { taskId },
			expect: { field: 'Invalid Task ID', value: JSON.stringify(taskId), allowed: 'a task ID cannot contain "/", "?", "#", "\\", "..", or spaces' },
		}),
	),
	{
		name: 'Wait: task ID with a slash, through an expression',
		provider: 'openai',
		operation: 'wait',
		parameters: { taskId: 'video_1/content' },
		viaExpression: true,
		expect: { field: 'Invalid Task ID', value: '"video_1/content"', allowed: 'cannot contain "/"' },
	},
	{
		name: "Wait: another provider's task ID (EvoLink ids start with task-unified-)",
		provider: 'evolink',
		operation: 'wait',
		parameters: { taskId: 'task_01K8SGYNNNVBQTXNR4MM964S7K' },
		expect: { field: 'Invalid Task ID', value: '"task_01K8SGYNNNVBQTXNR4MM964S7K"', allowed: 'EvoLink task ids start with "task-unified-"' },
	},
	{
		name: 'base URL that is not http(s)',
		provider: 'gccai',
		operation: 'create',
		baseUrl: 'ftp://gccai.example.com',
		expect: { field: 'Invalid Base URL', value: '"ftp://gccai.example.com"', allowed: 'it must start with http:// or https://' },
	},
	{
		name: 'base URL without a scheme',
		provider: 'xingchao',
		operation: 'getStatus',
		baseUrl: 'zcbservice.aizfw.cn/kyyReactApiServer',
		parameters: { taskId: 'sora_abc123def456' },
		expect: { field: 'Invalid Base URL', value: '"zcbservice.aizfw.cn/kyyReactApiServer"', allowed: 'it must start with http:// or https://' },
	},
	{
		name: 'Request Timeout below 1 s',
		provider: 'gccai',
		operation: 'wait',
		parameters: { taskId: 'task_01K8SGYNNNVBQTXNR4MM964S7K', options: waitOptions({ requestTimeoutSeconds: 0 }) },
		expect: { field: 'Invalid Request Timeout', value: '0', allowed: 'at least 1' },
	},
	{
		name: 'Retry On Fail turned on for Create',
		provider: 'gccai',
		operation: 'create',
		settings: { retryOnFail: true, maxTries: 2, waitBetweenTries: 0 },
		expect: { field: 'Invalid node setting "Retry On Fail"', value: '(on)', allowed: 'it must be off for Create' },
	},
];

function valid(testCase: BadInputCase): IDataObject {
	if (testCase.operation === 'create') return validCreateParameters(testCase.provider);
	const taskId = testCase.provider === 'evolink' ? 'task-unified-1757169743-7cvnl5zw' : 'task_01K8SGYNNNVBQTXNR4MM964S7K';
	return { provider: testCase.provider, operation: testCase.operation, taskId, ...(testCase.operation === 'wait' ? { options: waitOptions() } : {}) };
}

const expression = (value: unknown) => `={{ ${JSON.stringify(value)} }}`;

/** Per-item parameters are only possible for the fields items can carry; node-level ones are the same for all. */
export function isPerItem(testCase: BadInputCase): boolean {
	return testCase.baseUrl === undefined && testCase.settings === undefined && !('options' in (testCase.parameters ?? {}));
}

/**
 * Runs one bad input in the real engine. Alone (one item) nothing else can call the provider. With
 * several items only item 1 is bad (through an expression); the others are valid, and Get Status
 * or Wait then follow a Create so that the valid items ask about real tasks.
 */
export async function runBadInputCase(simulator: SimulatorHandle, testCase: BadInputCase, options: RunOptions = {}): Promise<ScenarioRun> {
	const itemCount = options.items ?? 1;
	const perItem = itemCount > 1 && isPerItem(testCase);
	const chained = perItem && testCase.operation !== 'create';
	const base = valid(testCase);
	const parameters: IDataObject = { ...base };
	for (const [name, value] of Object.entries(testCase.parameters ?? {})) {
		if (perItem) {
			const fallback = chained && name === 'taskId' ? '$json.taskId' : JSON.stringify(base[name] ?? '');
			parameters[name] = `={{ $itemIndex === 1 ? ${JSON.stringify(value)} : ${fallback} }}`;
		} else {
			parameters[name] = testCase.viaExpression ? expression(value) : value;
		}
	}
	const settings = { ...testCase.settings, ...(options.continueOnFail ? { onError: 'continueRegularOutput' as const } : {}) };
	const nodeName = testCase.operation === 'create' ? 'Create' : testCase.operation === 'wait' ? 'Wait' : 'Get Status';
	const nodes = [soraNode(nodeName, parameters, settings)];
	if (chained) nodes.unshift(soraNode('Create', validCreateParameters(testCase.provider)));
	const baseUrl = testCase.baseUrl ?? simulator.baseUrl(testCase.provider);
	const result = await runNodes(nodes, credentialsFor(testCase.provider, baseUrl), itemCount);
	return { result, nodeName };
}
