import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { SAMPLE_MP4, type ProviderId, type SimulatorHandle } from '../../dev/simulator';
import { runWorkflow } from '../support/engine';
import { API_KEY, fastWait, soraNode } from './cases';

/** One family × provider: the node parameters, and the path and exact body the docs say the provider receives. */
export interface FamilyCase {
	family: string;
	parameters: INodeParameters;
	path: string;
	/** The exact body for a prompt (Seedance 1.5 carries it inside `content`). */
	body: (prompt: string) => IDataObject;
}

export function credentialsFor(simulator: SimulatorHandle, provider: ProviderId, credentialType: string) {
	return { [credentialType]: { apiKey: API_KEY, baseUrl: `${simulator.baseUrl(provider)}/` } };
}

/**
 * Create → Wait (download) inside n8n's engine; asserts the one create request (path and exact body),
 * the completed task and the MP4 bytes.
 */
export async function createWaitDownload(
	simulator: SimulatorHandle,
	provider: ProviderId,
	credentialType: string,
	testCase: FamilyCase,
	prompt: string,
): Promise<{ taskId: string; waited: IDataObject }> {
	const result = await runWorkflow({
		nodes: [
			soraNode('Create', { provider, operation: 'create', prompt, ...testCase.parameters }),
			soraNode('Wait', { provider, operation: 'wait', options: { ...fastWait, download: true, binaryPropertyName: 'video' } }),
		],
		credentials: credentialsFor(simulator, provider, credentialType),
	});
	expect(result.errorOf('Create')?.message).toBeUndefined();
	expect(result.status).toBe('success');

	const creates = simulator.requests.filter((request) => request.route === 'create');
	expect(creates).toHaveLength(1);
	expect(creates[0].method).toBe('POST');
	expect(new URL(creates[0].path, 'http://x').pathname).toBe(`${new URL(simulator.baseUrl(provider)).pathname}${testCase.path}`);
	expect(creates[0].status).toBe(200);
	const expectedBody = testCase.body(prompt);
	expect(creates[0].body).toStrictEqual(expectedBody);

	const [created] = result.outputOf('Create');
	const taskId = created.json.taskId as string;
	expect(created.json).toMatchObject({ provider, status: 'queued', videoUrl: null, error: null });
	expect(simulator.tasks.get(taskId)?.body).toStrictEqual(expectedBody);

	const [waited] = result.outputOf('Wait');
	expect(waited.json).toMatchObject({ provider, taskId, status: 'completed', progress: 100, error: null, videoUrl: simulator.fileUrl(taskId) });
	const video = waited.binary?.video;
	expect(video?.mimeType).toBe('video/mp4');
	expect(Buffer.compare(await result.binary.getBuffer(video!), SAMPLE_MP4)).toBe(0);

	const statusCalls = simulator.requests.filter((request) => request.route === 'status');
	expect(statusCalls.length).toBeGreaterThanOrEqual(3);
	for (const call of statusCalls) expect(call.taskId).toBe(taskId);
	return { taskId, waited: waited.json };
}
