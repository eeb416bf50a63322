/* eslint-disable @n8n/community-nodes/no-restricted-globals */
import path from 'node:path';

import type { IDataObject, INodeExecutionData, IRun } from 'n8n-workflow';

import { startSimulator, type ProviderId, type SimulatorHandle } from '../../dev/simulator';
import { providers as allProviders } from '../../nodes/Sora/providers';
import { loadPackage, REPO_ROOT, runWorkflow } from '../support/engine';
import { API_KEY } from '../workflow/cases';
import { callWebhook, resumeFromWebhook } from '../workflow/parkSupport';

// Wait Mode "park" with an edition's own node: the edition offers it for providers that call back
// (YutoAI, EvoLink), and the park → provider callback → resume cycle runs through the edition's
// restart webhook and credential type in n8n's engine (the server's part re-enacted by parkSupport).

interface Edition {
	id: string;
	packageName: string;
	node: { name: string };
	credential: { name: string };
	providers: Array<{ id: ProviderId }>;
}
const { editions } = require('../../scripts/editions/list') as { editions: Edition[] };
const calledBack = new Set(allProviders.filter((provider) => provider.callback).map((provider): string => provider.id));
const cases = editions.flatMap((edition) =>
	edition.providers.filter((provider) => calledBack.has(provider.id)).map((provider) => [`${edition.packageName} on ${provider.id}`, edition, provider.id] as const),
);

let simulator: SimulatorHandle;

beforeAll(async () => {
	simulator = await startSimulator({ apiKey: API_KEY, lifecycle: { mode: 'time', renderMs: 150, queuedMs: 0 } });
});
afterEach(() => simulator.reset());
afterAll(async () => await simulator.close());

/** YutoAI sends a callback URL only with its Sora models (the others refuse park before any request). */
const PARK_MODEL: Partial<Record<string, IDataObject>> = { yutoai: { model: 'sora-2', duration: 10, aspectRatio: '16:9', resolution: '720p' } };

const sleep = async (ms: number) => await new Promise((resolve) => setTimeout(resolve, ms));
const stacked = (run: IRun) => run.data.executionData!.nodeExecutionStack[0].data.main[0] as INodeExecutionData[];

/** The callback URL the create body carries, whatever the provider's field is called. */
function callbackUrlIn(body: IDataObject): URL {
	const url = Object.values(body).find((value) => typeof value === 'string' && value.includes('/webhook-waiting/'));
	if (typeof url !== 'string') throw new Error(`no callback URL in ${JSON.stringify(body)}`);
	return new URL(url);
}

it('covers both editions whose provider calls back', () => {
	expect(cases.map(([name]) => name)).toEqual(['n8n-nodes-yutoai-video on yutoai', 'n8n-nodes-evolink-video on evolink']);
});

describe.each(cases)('%s', (_name, edition, provider) => {
	it('parks a Create, resumes on the callback through its own webhook and credential, and ends with the MP4', async () => {
		const types = await loadPackage(path.join(REPO_ROOT, 'editions', edition.id));
		const credentials = { [edition.credential.name]: { apiKey: API_KEY, baseUrl: simulator.baseUrl(provider) } };
		const result = await runWorkflow({
			types,
			nodes: [
				{
					name: 'Create',
					type: `${edition.packageName}.${edition.node.name}`,
					typeVersion: 2,
					parameters: {
						...(edition.providers.length > 1 ? { provider } : {}),
						operation: 'create',
						...PARK_MODEL[provider],
						prompt: 'A paper boat on a rainy street',
						waitForCompletion: true,
						waitMode: 'park',
						options: { download: true, timeoutSeconds: 600 },
					},
				},
			],
			credentials,
		});
		expect(result.errorOf('Create')?.message).toBeUndefined();
		expect(result.status).toBe('waiting');
		const [taskId] = stacked(result.run).map((item) => item.json.taskId as string);
		const url = callbackUrlIn(simulator.tasks.get(taskId)!.body as IDataObject);
		expect(url.pathname).toBe(`/webhook-waiting/${result.executionId}/sora-callback`);
		expect(simulator.statusPollsFor(taskId)).toBe(0);
		await sleep(400);

		const answer = await callWebhook(result.run, result.executionId, credentials, { body: { task_id: taskId, id: taskId }, query: Object.fromEntries(url.searchParams) }, types);
		expect(answer.response.workflowData).toHaveLength(1);
		const resumed = await resumeFromWebhook(result.run, result.executionId, answer, credentials, types);
		expect(resumed.status).toBe('success');
		const [item] = resumed.data.resultData.runData.Create.at(-1)!.data!.main[0]!;
		expect(item.json).toMatchObject({ provider, taskId, status: 'completed' });
		expect(item.binary?.data?.mimeType).toBe('video/mp4');
	});
});
