/* eslint-disable @n8n/community-nodes/no-restricted-globals */
import { existsSync } from 'node:fs';
import path from 'node:path';

import type { INode, INodeTypeDescription } from 'n8n-workflow';
import * as currentWorkflowPackage from 'n8n-workflow';

import { useSimulator } from '../support/useSimulator';
import { loadPackage, REPO_ROOT, runWorkflow } from '../support/engine';
import { API_KEY, soraNode } from './cases';

const simulator = useSimulator({ apiKey: API_KEY, lifecycle: { mode: 'time', renderMs: 100, queuedMs: 0 } });

const credentials = () => ({ gccaiApi: { apiKey: API_KEY, baseUrl: simulator.baseUrl('gccai') } });
const sleep = async (ms: number) => await new Promise((resolve) => setTimeout(resolve, ms));

/** Three tasks: one done, one failed, one still rendering. */
async function threeTasks(): Promise<string[]> {
	const created = await runWorkflow({
		nodes: [
			soraNode('Create', {
				provider: 'gccai',
				operation: 'create',
				model: 'sora-2',
				prompt: '={{ $json.prompt }}',
				duration: 4,
				aspectRatio: '16:9',
				resolution: '720p',
			}),
		],
		input: [{ prompt: 'done' }, { prompt: 'broken [fail]' }, { prompt: 'slow [render-ms=60000]' }],
		credentials: credentials(),
	});
	await sleep(400);
	return created.outputOf('Create').map((item) => item.json.taskId as string);
}

describe('Get Status with Route by Status', () => {
	it('sends each item to Completed, Failed or Still Running, paired to its input', async () => {
		const ids = await threeTasks();
		const result = await runWorkflow({
			nodes: [soraNode('Status', { provider: 'gccai', operation: 'getStatus', taskId: '={{ $json.taskId }}', routeByStatus: true })],
			input: ids.map((taskId) => ({ taskId })),
			credentials: credentials(),
		});
		expect(result.status).toBe('success');
		const [completed, failed, running] = [0, 1, 2].map((output) => result.outputOf('Status', output));
		expect(completed.map((item) => [item.json.taskId, item.json.status, item.pairedItem])).toEqual([[ids[0], 'completed', { item: 0 }]]);
		expect(failed.map((item) => [item.json.taskId, item.json.status, item.pairedItem])).toEqual([[ids[1], 'failed', { item: 1 }]]);
		expect(running.map((item) => [item.json.taskId, item.pairedItem])).toEqual([[ids[2], { item: 2 }]]);
		expect(['queued', 'processing']).toContain(running[0].json.status);
	});

	it('keeps one output with every item when it is off (node version 1 saved workflows)', async () => {
		const ids = await threeTasks();
		const result = await runWorkflow({
			nodes: [soraNode('Status', { provider: 'gccai', operation: 'getStatus', taskId: '={{ $json.taskId }}' }, { typeVersion: 1 })],
			input: ids.map((taskId) => ({ taskId })),
			credentials: credentials(),
		});
		expect(result.outputOf('Status').map((item) => item.json.status)).toEqual(['completed', 'failed', expect.stringMatching(/queued|processing/)]);
		expect(result.run.data.resultData.runData.Status[0].data?.main).toHaveLength(1);
	});
});

/**
 * n8n-workflow of each installed n8n (the editor and the engine both go through getNodeOutputs). Only a
 * finished install counts (its marker file): `npm test` runs jest while the n8n installs are still under way
 * (scripts/test-all.js), then runs this file again once they are done with N8N_INSTALLED_REQUIRED=1, which
 * makes a missing install a failure instead of a skip.
 */
const workflowPackages: Array<[string, typeof currentWorkflowPackage]> = [['repo n8n-workflow', currentWorkflowPackage]];
const missingInstalls: string[] = [];
for (const version of ['2.8.4', '2.41.1']) {
	const root = path.join(REPO_ROOT, '.cache', `n8n-${version}`);
	if (existsSync(path.join(root, '.install-complete.json'))) {
		workflowPackages.push([`n8n ${version}`, require(path.join(root, 'node_modules', 'n8n-workflow')) as typeof currentWorkflowPackage]);
	} else missingInstalls.push(version);
}

it('reads the n8n-workflow of every installed n8n version when the installs are required', () => {
	expect(process.env.N8N_INSTALLED_REQUIRED === '1' ? missingInstalls : []).toEqual([]);
});

describe.each(workflowPackages)('the outputs expression as %s evaluates it', (_name, workflowPackage) => {
	async function outputsFor(parameters: Record<string, unknown>) {
		const pkg = await loadPackage();
		const type = pkg.nodeTypes['n8n-nodes-sora.sora'];
		const description = (workflowPackage.NodeHelpers.getVersionedNodeType(type as never, 2) as { description: INodeTypeDescription }).description;
		const node: INode = { id: 'n1', name: 'Sora', type: 'n8n-nodes-sora.sora', typeVersion: 2, position: [0, 0], parameters: parameters as INode['parameters'] };
		const nodeTypes = { getByName: () => type, getByNameAndVersion: () => ({ description }), getKnownTypes: () => ({}) };
		const workflow = new workflowPackage.Workflow({ nodes: [node], connections: {}, active: false, nodeTypes: nodeTypes as never });
		return workflowPackage.NodeHelpers.getNodeOutputs(workflow as never, node as never, description as never);
	}

	it('has three named outputs only for Get Status with Route by Status', async () => {
		const routed = await outputsFor({ provider: 'gccai', operation: 'getStatus', routeByStatus: true });
		expect(routed).toEqual([
			{ type: 'main', displayName: 'Completed' },
			{ type: 'main', displayName: 'Failed' },
			{ type: 'main', displayName: 'Still Running' },
		]);
		expect(await outputsFor({ provider: 'gccai', operation: 'getStatus' })).toEqual(['main']);
		expect(await outputsFor({ provider: 'gccai', operation: 'create', routeByStatus: true })).toEqual(['main']);
	});
});
