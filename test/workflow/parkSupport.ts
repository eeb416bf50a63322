/* eslint-disable @n8n/community-nodes/no-restricted-globals */
/**
 * The n8n server's part of a parked execution, for in-process tests. The park itself runs in the real
 * engine (test/support/engine.ts → WorkflowExecute), and so does every resume here; what packages/cli
 * does between the two is re-enacted, following the installed n8n 2.8.4 / 2.41.1 code:
 *   - a callback: `WaitingWebhooks` builds the workflow, and `WebhookHelpers.executeWebhook` calls the
 *     waiting node's `webhook()` in n8n-core's real `WebhookContext`, whose input is the parked node's
 *     stack entry (runExecutionData.executionData.nodeExecutionStack[0]).
 *   - a webhook resume (`prepareExecutionData`): the returned workflowData replaces that entry's input,
 *     the node is disabled, its parked run is popped, waitTill cleared; then WorkflowExecute runs on.
 *   - a deadline resume (`WaitTracker`): the saved execution is simply run again; WorkflowExecute's own
 *     handleWaitingState() disables the node and hands its stacked input on.
 */
import { ExecutionLifecycleHooks, WebhookContext, WorkflowExecute } from 'n8n-core';
import type {
	IDataObject,
	INode,
	INodeExecutionData,
	INodeType,
	INodeTypes,
	IRun,
	IRunExecutionData,
	IVersionedNodeType,
	IWebhookData,
	IWebhookResponseData,
	IWorkflowBase,
	IWorkflowExecuteAdditionalData,
} from 'n8n-workflow';
import { NodeHelpers, Workflow } from 'n8n-workflow';

import { createAdditionalData, HarnessCredentialsHelper, loadPackage, type TestCredentials, type TypeRegistry } from '../support/engine';

const NODE_TYPE = 'n8n-nodes-sora.sora';

export interface CallbackAnswer {
	status: number;
	body: unknown;
	/** What webhook() returned to n8n. */
	response: IWebhookResponseData;
	/** The execution data as n8n holds it after webhook() (the node may have changed its stack entry). */
	data: IRunExecutionData;
}

function parkedNode(run: IRun): INode {
	const entry = run.data.executionData?.nodeExecutionStack[0];
	if (!entry) throw new Error('parkSupport: the run has no parked node on its stack');
	const node = structuredClone(entry.node);
	delete node.disabled;
	return node;
}

/** `types`: another package's node and credential types (an edition's); by default the built package's. */
async function nodeTypes(run: IRun, types?: TypeRegistry): Promise<INodeTypes> {
	const pkg = types ?? (await loadPackage());
	const sora = pkg.nodeTypes[types ? parkedNode(run).type : NODE_TYPE];
	return {
		getByName: () => sora as INodeType,
		getByNameAndVersion: (_type: string, version?: number) => NodeHelpers.getVersionedNodeType(sora as IVersionedNodeType, version),
		getKnownTypes: () => ({}),
	};
}

async function credentialsHelper(credentials: TestCredentials, types?: TypeRegistry) {
	const pkg = types ?? (await loadPackage());
	return new HarnessCredentialsHelper(credentials, pkg.credentialTypes);
}

function additionalDataFor(executionId: string, helper: HarnessCredentialsHelper, extra: Partial<IWorkflowExecuteAdditionalData> = {}) {
	return { ...createAdditionalData(helper, executionId), ...extra } as IWorkflowExecuteAdditionalData;
}

/** The workflow as the server rebuilds it for the parked node (only that node is needed here). */
async function workflowFor(run: IRun, types?: TypeRegistry): Promise<Workflow> {
	return new Workflow({
		id: 'harnessWorkflow01',
		name: 'park harness',
		nodes: [parkedNode(run)],
		connections: {},
		active: false,
		nodeTypes: await nodeTypes(run, types),
		settings: { executionOrder: 'v1' },
	});
}

/**
 * POSTs a provider callback to the parked node's restart webhook, as n8n's WaitingWebhooks does
 * for `/webhook-waiting/<executionId>/sora-callback?<query>`.
 */
export async function callWebhook(
	run: IRun,
	executionId: string,
	credentials: TestCredentials,
	call: { body: unknown; query: IDataObject },
	types?: TypeRegistry,
): Promise<CallbackAnswer> {
	const workflow = await workflowFor(run, types);
	const node = workflow.getNode(parkedNode(run).name) as INode;
	let status = 200;
	let body: unknown;
	const res = {
		headersSent: false,
		status(code: number) {
			status = code;
			return res;
		},
		json(value: unknown) {
			body = value;
			res.headersSent = true;
			return res;
		},
	};
	const req = { body: call.body, query: call.query, headers: { 'content-type': 'application/json' }, params: {}, method: 'POST' };
	const additionalData = additionalDataFor(executionId, await credentialsHelper(credentials, types), {
		httpRequest: req as unknown as IWorkflowExecuteAdditionalData['httpRequest'],
		httpResponse: res as unknown as IWorkflowExecuteAdditionalData['httpResponse'],
	});
	const webhookData = {
		httpMethod: 'POST',
		path: 'sora-callback',
		node: node.name,
		workflowId: workflow.id,
		workflowExecuteAdditionalData: additionalData,
		webhookDescription: { name: 'default', httpMethod: 'POST', path: 'sora-callback', restartWebhook: true },
	} as unknown as IWebhookData;
	// WaitingWebhooks.getWebhookExecutionData(), before the node's webhook() runs.
	const data = structuredClone(run.data);
	data.executionData!.nodeExecutionStack[0].node.disabled = true;
	data.waitTill = undefined;
	data.resultData.runData[data.resultData.lastNodeExecuted as string].pop();
	const context = new WebhookContext(workflow, node, additionalData, 'manual', webhookData, [], data);
	const nodeType = workflow.nodeTypes.getByNameAndVersion(node.type, node.typeVersion);
	const response = await (nodeType.webhook as NonNullable<INodeType['webhook']>).call(context);
	return { status, body, response, data };
}

async function runOn(run: IRun, executionId: string, data: IRunExecutionData, credentials: TestCredentials, types?: TypeRegistry): Promise<IRun> {
	const workflow = await workflowFor(run, types);
	const workflowData = { id: workflow.id, name: workflow.name, nodes: [parkedNode(run)], connections: {}, settings: workflow.settings } as unknown as IWorkflowBase;
	const hooks = new ExecutionLifecycleHooks('manual', executionId, workflowData);
	const additionalData = additionalDataFor(executionId, await credentialsHelper(credentials, types), { hooks });
	return await new WorkflowExecute(additionalData, 'manual', data).processRunExecutionData(workflow);
}

/**
 * n8n's webhook resume (webhook-helpers `prepareExecutionData`): the webhook's items become the parked
 * node's input (2.41 also marks `forwardAllOutputs`), then the run goes on from the data the webhook saw.
 */
export async function resumeFromWebhook(run: IRun, executionId: string, answer: CallbackAnswer, credentials: TestCredentials, types?: TypeRegistry) {
	const data = structuredClone(answer.data);
	const entry = data.executionData!.nodeExecutionStack[0];
	entry.data = { main: answer.response.workflowData as INodeExecutionData[][] };
	entry.metadata = { ...entry.metadata, forwardAllOutputs: true } as typeof entry.metadata;
	return await runOn(run, executionId, data, credentials, types);
}

/** n8n's deadline resume: the saved execution is run again as it is. */
export async function resumeAtDeadline(run: IRun, executionId: string, credentials: TestCredentials) {
	return await runOn(run, executionId, structuredClone(run.data), credentials);
}
