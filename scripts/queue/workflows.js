'use strict';
/**
 * The workflow the queue-mode tests, benchmark and demo run: a production Webhook on main (answers at
 * once; the execution goes to the Redis queue) → Code (one item per video, prompts tagged with the
 * request's `tag`) → Sora Create (no waiting) → Sora Wait (polls, downloads into binary `video`).
 *
 * POST <main>/webhook/<path>  {"tag": "run-7", "items": 3, "renderMs": 4000}
 *   renderMs (optional) adds the simulator's `[render-ms=N]` prompt tag: that task renders N ms of wall time.
 */

const NODE_TYPE = 'n8n-nodes-sora.sora';
const CREDENTIAL = { gccaiApi: { id: 'soraDemoGccai001', name: 'Sora demo - gccai (simulator)' } };

/** Prompt of item `i` of a request: the simulator log and the node's output both carry it. */
function promptOf(tag, i, renderMs) {
	return `queue ${tag} item ${i}${renderMs ? ` [render-ms=${renderMs}]` : ''}`;
}

/**
 * @param {object} o
 * @param {string} o.id  16 characters
 * @param {string} o.path  webhook path
 * @param {number} [o.pollIntervalSeconds]  the Wait node's poll interval ceiling
 * @param {object} [o.waitOptions]  more Wait options (e.g. a wait mode once the node has one)
 */
function createWaitDownloadWorkflow({ id, path, pollIntervalSeconds = 1, waitOptions = {} }) {
	const code = [
		'const b = $json.body || {};',
		'const n = Number(b.items) || 1;',
		"const r = Number(b.renderMs) || 0;",
		"return Array.from({ length: n }, (_, i) => ({ json: { tag: String(b.tag), prompt: `queue ${b.tag} item ${i}` + (r ? ` [render-ms=${r}]` : '') } }));",
	].join('\n');
	return {
		id,
		name: `Sora queue: webhook → Create → Wait → download (${path})`,
		active: false,
		nodes: [
			{
				id: `${id}-hook`,
				name: 'Webhook',
				type: 'n8n-nodes-base.webhook',
				typeVersion: 2,
				position: [0, 0],
				webhookId: `${id}-webhook`,
				parameters: { httpMethod: 'POST', path, responseMode: 'onReceived', options: {} },
			},
			{ id: `${id}-items`, name: 'Items', type: 'n8n-nodes-base.code', typeVersion: 2, position: [220, 0], parameters: { jsCode: code } },
			{
				id: `${id}-create`,
				name: 'Sora: Create',
				type: NODE_TYPE,
				typeVersion: 1,
				position: [440, 0],
				parameters: {
					provider: 'gccai',
					operation: 'create',
					model: 'sora-2',
					prompt: '={{ $json.prompt }}',
					duration: 4,
					aspectRatio: '16:9',
					resolution: '720p',
					waitForCompletion: false,
				},
				credentials: CREDENTIAL,
			},
			{
				id: `${id}-wait`,
				name: 'Sora: Wait + download',
				type: NODE_TYPE,
				typeVersion: 1,
				position: [660, 0],
				parameters: {
					provider: 'gccai',
					operation: 'wait',
					taskId: '={{ $json.taskId }}',
					options: { pollIntervalSeconds, timeoutSeconds: 600, download: true, binaryPropertyName: 'video', ...waitOptions },
				},
				credentials: CREDENTIAL,
			},
		],
		connections: {
			Webhook: { main: [[{ node: 'Items', type: 'main', index: 0 }]] },
			Items: { main: [[{ node: 'Sora: Create', type: 'main', index: 0 }]] },
			'Sora: Create': { main: [[{ node: 'Sora: Wait + download', type: 'main', index: 0 }]] },
		},
		settings: { executionOrder: 'v1', saveDataSuccessExecution: 'all', saveDataErrorExecution: 'all' },
		pinData: {},
	};
}

const YUTOAI_CREDENTIAL = { yutoAiApi: { id: 'soraDemoYutoai01', name: 'Sora demo - YutoAI (simulator)' } };

/** Webhook → Items → one node, then a NoOp "Done" (so the execution goes on after the node resumes). */
function webhookChain({ id, path, node }) {
	const code = [
		'const b = $json.body || {};',
		'const n = Number(b.items) || 1;',
		'const r = Number(b.renderMs) || 0;',
		"return Array.from({ length: n }, (_, i) => ({ json: { tag: String(b.tag), prompt: `queue ${b.tag} item ${i}` + (r ? ` [render-ms=${r}]` : '') } }));",
	].join('\n');
	return {
		id,
		name: `Sora queue: webhook → ${node.name} (${path})`,
		active: false,
		nodes: [
			{ id: `${id}-hook`, name: 'Webhook', type: 'n8n-nodes-base.webhook', typeVersion: 2, position: [0, 0], webhookId: `${id}-webhook`, parameters: { httpMethod: 'POST', path, responseMode: 'onReceived', options: {} } },
			{ id: `${id}-items`, name: 'Items', type: 'n8n-nodes-base.code', typeVersion: 2, position: [220, 0], parameters: { jsCode: code } },
			{ id: `${id}-node`, position: [440, 0], ...node },
			{ id: `${id}-done`, name: 'Done', type: 'n8n-nodes-base.noOp', typeVersion: 1, position: [660, 0], parameters: {} },
		],
		connections: {
			Webhook: { main: [[{ node: 'Items', type: 'main', index: 0 }]] },
			Items: { main: [[{ node: node.name, type: 'main', index: 0 }]] },
			[node.name]: { main: [[{ node: 'Done', type: 'main', index: 0 }]] },
		},
		settings: { executionOrder: 'v1', saveDataSuccessExecution: 'all', saveDataErrorExecution: 'all' },
		pinData: {},
	};
}

/**
 * Create + Wait for Completion on yutoai (its tasks call back their notify_hook). Wait Mode "park": the
 * execution is saved as waiting and frees its worker, the provider's callback resumes it; "poll": it
 * polls on its worker (the benchmark's baseline).
 */
function parkWorkflow({ id, path, waitMode = 'park', pollIntervalSeconds = 2 }) {
	return webhookChain({
		id,
		path,
		node: {
			name: waitMode === 'park' ? 'Sora: Create + park' : 'Sora: Create + poll',
			type: NODE_TYPE,
			typeVersion: 1,
			parameters: {
				provider: 'yutoai',
				operation: 'create',
				model: 'sora-2',
				prompt: '={{ $json.prompt }}',
				duration: 10,
				aspectRatio: '16:9',
				resolution: '720p',
				waitForCompletion: true,
				waitMode,
				options: { download: true, binaryPropertyName: 'video', timeoutSeconds: 600, ...(waitMode === 'poll' ? { pollIntervalSeconds } : {}) },
			},
			credentials: YUTOAI_CREDENTIAL,
		},
	});
}

/**
 * examples/sora-loop-wait.json as shipped (Create → Get Status by status → Wait 65 s → …), started by a
 * Webhook instead of its Manual Trigger, with the prompt taken from the request's tag.
 */
function loopExampleWorkflow({ id, path, examplesDir }) {
	const fs = require('node:fs');
	const nodePath = require('node:path');
	const wf = JSON.parse(fs.readFileSync(nodePath.join(examplesDir, 'sora-loop-wait.json'), 'utf8'));
	const trigger = wf.nodes.find((n) => n.type === 'n8n-nodes-base.manualTrigger');
	if (!trigger) throw new Error('sora-loop-wait.json: no Manual Trigger to replace');
	Object.assign(trigger, { type: 'n8n-nodes-base.webhook', typeVersion: 2, webhookId: `${id}-webhook`, parameters: { httpMethod: 'POST', path, responseMode: 'onReceived', options: {} } });
	const prompt = wf.nodes.find((n) => n.name === 'Prompt').parameters.assignments.assignments.find((a) => a.name === 'prompt');
	prompt.value = "={{ 'queue ' + $json.body.tag + ' item 0' }}";
	for (const n of wf.nodes) if (n.type === NODE_TYPE) n.credentials = CREDENTIAL;
	return { ...wf, id, active: false };
}

/** POST a start request to the workflow's production webhook; retries 404s while 2.41 registers webhooks. */
async function trigger(mainUrl, path, body, { timeoutMs = 30000 } = {}) {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const res = await fetch(`${mainUrl}/webhook/${path}`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify(body),
			signal: AbortSignal.timeout(timeoutMs),
		});
		const text = await res.text();
		if (res.status === 200) return text;
		if (res.status !== 404 || Date.now() > deadline) throw new Error(`POST /webhook/${path} → ${res.status}: ${text.slice(0, 300)}`);
		await new Promise((r) => setTimeout(r, 500));
	}
}

module.exports = { createWaitDownloadWorkflow, parkWorkflow, loopExampleWorkflow, trigger, promptOf, NODE_TYPE };
