'use strict';
/**
 * n8n-nodes-sora on the shared real n8n server (test/e2e/shared.e2e.js; one server per version, the
 * provider simulator with a time lifecycle plays every provider, executions start over REST):
 *
 *   1. matrix: one workflow, one Sora node per provider, each given three items (ok, [fail], invalid
 *      duration) with Continue On Fail → every provider creates + waits + downloads (binary size/mime and
 *      the stored bytes, request bodies, Authorization only on API routes), names the failed task, and
 *      refuses the invalid duration without a request; plus a wrong API key.
 *   2. hard failures: a failed task fails the execution and names the task; one invalid item refuses the
 *      whole batch before any request.
 *   3. examples/ (imported through scripts/start.js's prepareExamples, as `npm start` does): the keyless
 *      demo, Veo 3.1 / Seedance demos and the batch run (concurrent creates, polls, downloads).
 *   4. the callback example: parked by its Wait node, resumed by the simulator's notify_hook POST to
 *      $execution.resumeUrl, then downloads; no status poll before the callback.
 *   5. the AI-agent example loads: n8n registers `n8n-nodes-sora.soraTool` and serves the workflow.
 *   6. the editor check in a real browser (test/e2e/editor-check.js): Provider dropdown, one credential
 *      selector per provider, Duration/Aspect/Resolution per provider × model; unless N8N_E2E_SKIP_EDITOR=1.
 */
const { it } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const H = require('../harness');
const start = require('../../../scripts/start');
const { API_KEY, RENDER_MS, VIDEO_BYTES, FAILURE_REASON } = require('../shared/instance');

const ARTIFACTS_DIR = path.join(H.E.REPO_ROOT, 'test-artifacts');
const NODE_TYPE = 'n8n-nodes-sora.sora';
const BAD_DURATION = 7; // no provider × model sells 7 s

const EXAMPLE_IDS = {
	demo: 'soraExDemo000001',
	batch: 'soraExBatch00001',
	callback: 'soraExCallback01',
	agent: 'soraExAgentTool1',
	veo31: 'soraExVeo31Demo1',
	seedance: 'soraExSeedance01',
	// Imported with every example; run by the park suite (test/e2e/park.e2e.js).
	loopWait: 'soraExLoopWait01',
	// Imported here too; their flows run in the in-process tests and test/e2e/modes.e2e.js.
	references: 'soraExReference1',
	videoEdit: 'soraExVideoEdit1',
	// Imported here too; park mode with the error output runs in the in-process park tests and park.e2e.js.
	park: 'soraExPark000001',
};

const credOf = (provider) => start.DEMO_CREDENTIALS.find((c) => c.type === start.PROVIDER_CREDENTIAL[provider]);

/**
 * One non-default model per provider, and what its create body must then carry (the provider's own
 * field names; the unit tests cover every mapping, this proves the installed package sends them).
 */
const PROVIDERS = [
	{ provider: 'gccai', model: 'sora-2-pro', duration: 8, resolution: '1080p', aspectRatio: '9:16', body: { duration: 8, resolution: '1080p', aspect_ratio: '9:16' } },
	{ provider: 'yutoai', model: 'sora-2-pro', duration: 15, resolution: '1080p', aspectRatio: '16:9', body: { duration: '15', hd: true } },
	{ provider: 'yutoaiLegacy', model: 'turbo', duration: 5, resolution: '480p', aspectRatio: '16:9', body: { n_frames: 150 } },
	{ provider: 'evolink', model: 'sora-2-pro-preview', duration: 8, resolution: '1080p', aspectRatio: '16:9', body: { duration: 8, quality: '1080p' } },
	{ provider: 'xingchao', model: 'openAiSora2Pro', duration: 12, resolution: '720p', aspectRatio: '16:9', body: { duration: 12 } },
	{ provider: 'openai', model: 'sora-2-pro', duration: 4, resolution: '1024p', aspectRatio: '16:9', body: { seconds: '4', size: '1792x1024' } },
];
const CASES = ['ok', 'fail', 'bad-duration'];
const promptFor = (provider, kase) => `e2e ${provider} ${kase}${kase === 'fail' ? ' [fail]' : ''}`;

function credentialsFor(provider) {
	const c = credOf(provider);
	return { [c.type]: { id: c.id, name: c.name } };
}

const waitOptions = { pollIntervalSeconds: 1, timeoutSeconds: 120, download: true, binaryPropertyName: 'video' };

/** Manual Trigger → Code "Cases" (3 items) → one Sora node per provider (Continue On Fail), plus a wrong-key node. */
function matrixWorkflow() {
	const nodes = [
		{ id: 'e2e-trigger', name: 'Manual Trigger', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
		{
			id: 'e2e-cases',
			name: 'Cases',
			type: 'n8n-nodes-base.code',
			typeVersion: 2,
			position: [220, 0],
			parameters: { jsCode: `return ${JSON.stringify(CASES)}.map((kase) => ({ json: { case: kase } }));` },
		},
	];
	PROVIDERS.forEach((p, i) => {
		nodes.push({
			id: `e2e-sora-${p.provider}`,
			name: `Sora ${p.provider}`,
			type: NODE_TYPE,
			typeVersion: 1,
			position: [480, i * 180],
			onError: 'continueRegularOutput',
			parameters: {
				provider: p.provider,
				operation: 'create',
				model: p.model,
				prompt: `={{ 'e2e ${p.provider} ' + $json.case + ($json.case === 'fail' ? ' [fail]' : '') }}`,
				duration: `={{ $json.case === 'bad-duration' ? ${BAD_DURATION} : ${p.duration} }}`,
				aspectRatio: p.aspectRatio,
				resolution: p.resolution,
				waitForCompletion: true,
				options: waitOptions,
			},
			credentials: credentialsFor(p.provider),
		});
	});
	nodes.push({
		id: 'e2e-sora-badkey',
		name: 'Sora wrong key',
		type: NODE_TYPE,
		typeVersion: 1,
		position: [480, PROVIDERS.length * 180],
		onError: 'continueRegularOutput',
		executeOnce: true,
		parameters: { provider: 'gccai', operation: 'create', model: 'sora-2', prompt: 'e2e wrong key', duration: 4, waitForCompletion: false },
		credentials: { gccaiApi: { id: 'e2eCredBadKey001', name: 'Sora e2e wrong key' } },
	});
	return {
		id: 'soraE2eMatrix001',
		name: 'Sora e2e: every provider (ok, failed task, invalid duration) + wrong key',
		active: false,
		nodes,
		connections: {
			'Manual Trigger': { main: [[{ node: 'Cases', type: 'main', index: 0 }]] },
			Cases: { main: [[...PROVIDERS.map((p) => ({ node: `Sora ${p.provider}`, type: 'main', index: 0 })), { node: 'Sora wrong key', type: 'main', index: 0 }]] },
		},
		settings: { executionOrder: 'v1' },
		pinData: {},
	};
}

/** Manual Trigger → Code (items) → one Sora node without Continue On Fail: the run must fail. */
function hardFailWorkflow(id, name, items, parameters) {
	return {
		id,
		name,
		active: false,
		nodes: [
			{ id: `${id}-t`, name: 'Manual Trigger', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
			{ id: `${id}-c`, name: 'Items', type: 'n8n-nodes-base.code', typeVersion: 2, position: [220, 0], parameters: { jsCode: `return ${JSON.stringify(items)}.map((json) => ({ json }));` } },
			{ id: `${id}-s`, name: 'Sora', type: NODE_TYPE, typeVersion: 1, position: [440, 0], parameters, credentials: credentialsFor(parameters.provider) },
		],
		connections: {
			'Manual Trigger': { main: [[{ node: 'Items', type: 'main', index: 0 }]] },
			Items: { main: [[{ node: 'Sora', type: 'main', index: 0 }]] },
		},
		settings: { executionOrder: 'v1' },
		pinData: {},
	};
}
/**
 * The stored bytes of a binary entry (n8n 2.x filesystem mode: <userFolder>/.n8n/storage/<id path>), or
 * null when n8n already removed them.
 */
function storedBinary(userFolder, bin) {
	if (!bin.id || !/^filesystem/.test(bin.id)) return bin.data && bin.data.length > 100 ? Buffer.from(bin.data, 'base64') : null;
	const rel = bin.id.replace(/^filesystem(-v2)?:/, '');
	const file = ['storage', 'binaryData'].map((d) => path.join(userFolder, '.n8n', d, rel)).find((f) => fs.existsSync(f));
	return file ? fs.readFileSync(file) : null;
}

/**
 * A downloaded video: mime, file name and size as n8n recorded them, and the stored bytes themselves (size,
 * MP4 `ftyp` box): the server keeps a saved execution's binary files.
 */
function assertMp4(userFolder, bin, what) {
	assert.ok(bin, `${what}: binary present`);
	assert.equal(bin.mimeType, 'video/mp4', `${what}: mime type`);
	assert.match(bin.fileName || '', /\.mp4$/, `${what}: file name ends in .mp4`);
	assert.equal(bin.bytes, VIDEO_BYTES, `${what}: n8n stored ${bin.bytes} bytes (${bin.fileSize}), the simulator served ${VIDEO_BYTES}`);
	const bytes = storedBinary(userFolder, bin);
	assert.ok(bytes, `${what}: stored binary ${bin.id} found`);
	assert.equal(bytes.length, VIDEO_BYTES, `${what}: stored file size`);
	assert.equal(bytes.subarray(4, 8).toString('latin1'), 'ftyp', `${what}: starts with an MP4 ftyp box`);
}

/** Every simulator request of these tasks: Bearer key on API routes, no Authorization on the file host. */
function assertAuthorization(requests, taskIds, what) {
	const mine = requests.filter((r) => r.taskId && taskIds.includes(r.taskId));
	assert.ok(mine.length > 0, `${what}: simulator saw requests`);
	for (const r of mine) {
		const fileHost = r.path.startsWith('/files/');
		if (fileHost) assert.equal(r.headers.authorization, undefined, `${what}: ${r.method} ${r.path} must not carry the API key`);
		else assert.equal(r.headers.authorization, `Bearer ${API_KEY}`, `${what}: ${r.method} ${r.path} carries the API key`);
	}
}

function errorText(json) {
	const e = json && json.error;
	if (!e) return '';
	return typeof e === 'string' ? e : `${e.message || ''} ${e.description || ''}`;
}

function register(ctx) {
	const timed = async (name, fn) => {
		const t0 = Date.now();
		try {
			return await fn();
		} finally {
			ctx.timings[`sora_${name}`] = Date.now() - t0;
		}
	};
	const requestsOf = () => ctx.simGet('/__control/requests');

	it('examples/: every example workflow was imported with its stable id', () => {
		assert.deepEqual(ctx.examples.map((e) => e.id).sort(), Object.values(EXAMPLE_IDS).sort(), 'every example workflow');
	});

	it('every provider: create → wait → download, a failed task named, an invalid duration refused without a request; wrong key', async () => {
		const { status, result } = await timed('matrixMs', () => ctx.run('soraE2eMatrix001', { timeoutMs: 10 * 60 * 1000 }));
		assert.equal(status, 'success', `execution status (errors are items here): ${JSON.stringify(H.cli.runError(result))}`);
		const requests = await requestsOf();
		const creates = requests.filter((r) => r.route === 'create');

		for (const p of PROVIDERS) {
			const out = H.cli.nodeOutput(result, `Sora ${p.provider}`);
			assert.ok(out && out.length === 3, `${p.provider}: three output items, got ${out && out.length}`);
			const [ok, failed, bad] = out;

			// ok: created with the provider's own fields, completed, MP4 downloaded and stored.
			const okCreate = creates.filter((r) => r.body && r.body.prompt === promptFor(p.provider, 'ok'));
			assert.equal(okCreate.length, 1, `${p.provider}: one create for the ok item`);
			assert.equal(okCreate[0].provider, p.provider);
			assert.equal(okCreate[0].status, 200, `${p.provider}: create accepted`);
			assert.equal(okCreate[0].body.model, p.model, `${p.provider}: model sent`);
			for (const [k, v] of Object.entries(p.body)) assert.deepEqual(okCreate[0].body[k], v, `${p.provider}: create body ${k}`);
			assert.equal(errorText(ok.json), '', `${p.provider}: ok item has no error`);
			assert.equal(ok.json.status, 'completed', `${p.provider}: ok item completed`);
			assert.equal(ok.json.provider, p.provider);
			assert.equal(ok.json.taskId, okCreate[0].taskId, `${p.provider}: taskId is the simulator's`);
			assertMp4(ctx.userFolder, ok.binary && ok.binary.video, `${p.provider} ok`);
			assertAuthorization(requests, [okCreate[0].taskId], p.provider);
			const downloads = requests.filter((r) => r.taskId === okCreate[0].taskId && r.route === 'download');
			assert.equal(downloads.length, 1, `${p.provider}: downloaded once`);

			// [fail]: the task was created, ended failed, and the item names task and reason.
			const failCreate = creates.filter((r) => r.body && r.body.prompt === promptFor(p.provider, 'fail'));
			assert.equal(failCreate.length, 1, `${p.provider}: one create for the [fail] item`);
			const failMsg = errorText(failed.json);
			assert.ok(failMsg.includes(failCreate[0].taskId), `${p.provider}: failure names the task ${failCreate[0].taskId}: ${failMsg}`);
			assert.ok(failMsg.includes(FAILURE_REASON), `${p.provider}: failure gives the provider's reason: ${failMsg}`);
			assert.equal(failed.binary, undefined, `${p.provider}: no binary for the failed task`);

			// invalid duration: refused before any request.
			assert.equal(creates.filter((r) => r.body && typeof r.body.prompt === 'string' && r.body.prompt.startsWith(promptFor(p.provider, 'bad-duration'))).length, 0, `${p.provider}: no create for the invalid duration`);
			const badMsg = errorText(bad.json);
			assert.match(badMsg, /duration/i, `${p.provider}: the error is about the duration: ${badMsg}`);
			assert.ok(badMsg.includes(String(BAD_DURATION)), `${p.provider}: the error quotes ${BAD_DURATION}: ${badMsg}`);
		}

		const wrong = H.cli.nodeOutput(result, 'Sora wrong key');
		assert.ok(wrong && wrong.length === 1, 'wrong key: one item');
		assert.match(errorText(wrong[0].json), /auth|key|401|credential/i, `wrong key: ${errorText(wrong[0].json)}`);
		assert.equal(creates.filter((r) => r.body && r.body.prompt === 'e2e wrong key' && r.status === 200).length, 0, 'wrong key: nothing created');
	});

	it('a failed task fails the execution and the error names the task and the reason', async () => {
		const { status, result } = await timed('failHardMs', () => ctx.run('soraE2eFailHard1'));
		assert.equal(status, 'error');
		const err = H.cli.runError(result);
		assert.ok(err, 'error recorded in the run');
		const text = `${err.message || ''} ${err.description || ''}`;
		const tasks = await ctx.simGet('/__control/tasks');
		const task = tasks.find((x) => x.prompt === 'e2e hard fail [fail]');
		assert.ok(task, 'the task was created');
		assert.ok(text.includes(task.id), `error names the task ${task.id}: ${text}`);
		assert.ok(text.includes(FAILURE_REASON), `error gives the reason: ${text}`);
	});

	it('one invalid item refuses the whole batch before any request (execution fails)', async () => {
		const { status, result } = await timed('badBatchMs', () => ctx.run('soraE2eBadBatch1'));
		assert.equal(status, 'error');
		const err = H.cli.runError(result);
		const text = `${err && err.message} ${err && err.description}`;
		assert.match(text, /1 of 2 items have invalid parameters, so nothing was sent/, text);
		const requests = await requestsOf();
		assert.equal(requests.filter((r) => r.body && typeof r.body.prompt === 'string' && r.body.prompt.startsWith('e2e batch')).length, 0, 'no request for either item');
	});

	it('example: keyless demo (prompt → Create → Wait → download) yields an MP4', async () => {
		const { status, result } = await timed('exampleDemoMs', () => ctx.run(EXAMPLE_IDS.demo));
		assert.equal(status, 'success', JSON.stringify(H.cli.runError(result)));
		const out = H.cli.nodeOutput(result, 'Sora: Wait + download');
		assert.equal(out.length, 1);
		assert.equal(out[0].json.status, 'completed');
		assertMp4(ctx.userFolder, out[0].binary.data, 'demo');
		const created = H.cli.nodeOutput(result, 'Sora: Create');
		assert.equal(created[0].json.provider, 'gccai');
	});

	it('examples: Veo 3.1 Fast and Seedance 2.0 demos (successor models) yield MP4s', async () => {
		const runs = [
			[EXAMPLE_IDS.veo31, 'Sora: Veo 3.1 Fast', 'veo3.1-fast'],
			[EXAMPLE_IDS.seedance, 'Sora: Wait + download', 'doubao-seedance-2.0'],
		];
		// Both at once: they are independent executions on one server.
		const done = await timed('exampleSuccessorsMs', () => Promise.all(runs.map(([id]) => ctx.run(id))));
		runs.forEach(([, node, model], i) => {
			const { status, result } = done[i];
			assert.equal(status, 'success', `${model}: ${JSON.stringify(H.cli.runError(result))}`);
			const out = H.cli.nodeOutput(result, node);
			assert.equal(out.length, 1);
			assert.equal(out[0].json.status, 'completed', `${model} completed`);
			assertMp4(ctx.userFolder, out[0].binary.data, model);
		});
		const requests = await requestsOf();
		for (const [, , model] of runs) {
			assert.equal(requests.filter((r) => r.route === 'create' && r.body && r.body.model === model).length >= 1, true, `${model} created`);
		}
	});

	it('example: batch — five prompts created and waited for concurrently, five MP4s', async () => {
		const { status, result } = await timed('exampleBatchMs', () => ctx.run(EXAMPLE_IDS.batch));
		assert.equal(status, 'success', JSON.stringify(H.cli.runError(result)));
		const out = H.cli.nodeOutput(result, 'Sora: Wait for all + download');
		assert.equal(out.length, 5);
		const ids = out.map((item) => item.json.taskId);
		assert.equal(new Set(ids).size, 5, 'five distinct tasks');
		for (const item of out) assertMp4(ctx.userFolder, item.binary.video, `batch ${item.json.taskId}`);
		// Concurrency: the five creates, the five first status polls and the five downloads each happened
		// within less than one render time; one after the other they would be render times apart.
		const requests = await requestsOf();
		const spread = (route, pick) => {
			const times = ids.map((id) => pick(requests.filter((r) => r.taskId === id && r.route === route)).at);
			return Math.max(...times) - Math.min(...times);
		};
		for (const [route, pick] of [
			['create', (rs) => rs[0]],
			['status', (rs) => rs[0]],
			['download', (rs) => rs.at(-1)],
		]) {
			const ms = spread(route, pick);
			assert.ok(ms < RENDER_MS, `batch: the five ${route} requests spread over ${ms} ms (≥ ${RENDER_MS} ms means one task after the other)`);
		}
		assertAuthorization(requests, ids, 'batch');
	});

	it('example: callback — Wait (On Webhook Call) is resumed by the provider notify_hook, then downloads', async () => {
		// The run parks at the Wait node (status "waiting") until the simulator calls $execution.resumeUrl
		// (the task renders for RENDER_MS); the server resumes it and the last node downloads.
		const { executionId, status, execution } = await timed('callbackFlowMs', () => ctx.run(EXAMPLE_IDS.callback, { timeoutMs: 90000 }));
		assert.equal(status, 'success', `execution ${executionId} ended ${status}`);

		const task = (await ctx.simGet('/__control/tasks')).find((x) => x.provider === 'yutoai' && typeof x.body.notify_hook === 'string');
		assert.ok(task, 'the task was created through the example');
		assert.match(task.body.notify_hook, new RegExp(`^${ctx.url.replace(/[.]/g, '\\.')}/webhook-waiting/${executionId}`), `notify_hook is the resume URL: ${task.body.notify_hook}`);
		const [callback] = await ctx.simGet(`/__control/callbacks?taskId=${encodeURIComponent(task.id)}`);
		assert.equal(callback.state, 'delivered', JSON.stringify(callback));
		assert.equal(callback.attempts.at(-1).status, 200);

		const runData = execution.result.data.resultData.runData;
		assert.ok(runData["Wait for the provider's callback"], 'the execution went through the Wait node');
		const resumed = runData["Wait for the provider's callback"].at(-1).data.main[0][0].json;
		assert.equal(resumed.body.task_id, task.id, 'the Wait node resumed with the provider body');
		assert.equal(resumed.body.status, 'SUCCESS');
		const last = runData['Sora: Get result + download'].at(-1).data.main[0][0];
		assert.equal(last.json.status, 'completed');
		assert.equal(last.json.taskId, task.id);
		// A saved execution keeps its binary file: check the real bytes here.
		assertMp4(ctx.userFolder, last.binary.data, 'callback');

		// The result was read after the callback: the waiting execution did not poll while parked.
		const requests = await ctx.simGet(`/__control/requests?taskId=${encodeURIComponent(task.id)}`);
		const deliveredAt = callback.attempts.at(-1).at;
		assert.ok(requests.filter((r) => r.route === 'status').every((r) => r.at >= deliveredAt), 'no status poll before the callback');
		assertAuthorization(requests, [task.id], 'callback');
	});

	it('example: AI agent — n8n registers the Sora Tool and loads the workflow', async () => {
		const types = await ctx.request('/types/nodes.json', { timeoutMs: 60000 });
		assert.equal(types.status, 200);
		const names = new Set(types.json.map((x) => x.name));
		assert.ok(names.has(NODE_TYPE), `${NODE_TYPE} is loaded`);
		assert.ok(names.has(`${NODE_TYPE}Tool`), `${NODE_TYPE}Tool (usableAsTool) is generated`);
		const tool = types.json.find((x) => x.name === `${NODE_TYPE}Tool`);
		assert.deepEqual(tool.outputs, ['ai_tool']);

		const wf = await ctx.request(`/rest/workflows/${EXAMPLE_IDS.agent}`);
		assert.equal(wf.status, 200);
		const nodes = wf.json.data.nodes;
		const sora = nodes.find((n) => n.type === `${NODE_TYPE}Tool`);
		assert.ok(sora, 'the agent workflow holds the Sora Tool node');
		assert.ok(nodes.some((n) => n.type === '@n8n/n8n-nodes-langchain.agent'), 'and an AI Agent');
		for (const n of nodes) assert.ok(names.has(n.type), `node type ${n.type} is known to n8n ${ctx.version}`);
		assert.match(sora.parameters.prompt, /\$fromAI\('prompt'/);
	});

	it('editor: Provider dropdown + one credential selector per provider; Duration/Aspect/Resolution dropdowns equal the catalog for every provider × model (real browser)', { skip: process.env.N8N_E2E_SKIP_EDITOR === '1' ? 'N8N_E2E_SKIP_EDITOR=1' : false }, async () => {
		const { runEditorCheck } = require('../editor-check');
		const report = await timed('editorCheckMs', () =>
			runEditorCheck({ version: ctx.version, baseUrl: ctx.url, owner: start.OWNER, cookie: ctx.session.cookie, packageDir: ctx.packageDir, artifactsDir: ARTIFACTS_DIR }),
		);
		console.log(`[editor ${ctx.version}] ${report.summary}`);
	});
}

module.exports = {
	name: 'sora',
	credentials: (sim) => [{ id: 'e2eCredBadKey001', name: 'Sora e2e wrong key', type: 'gccaiApi', data: { apiKey: 'sk-wrong', baseUrl: `${sim.origin}/gccai` } }],
	workflows: () => [
		matrixWorkflow(),
		hardFailWorkflow('soraE2eFailHard1', 'Sora e2e: failed task fails the run', [{ prompt: 'e2e hard fail [fail]' }], {
			provider: 'yutoai',
			operation: 'create',
			model: 'sora-2',
			prompt: '={{ $json.prompt }}',
			duration: 10,
			waitForCompletion: true,
			options: { pollIntervalSeconds: 1, timeoutSeconds: 120 },
		}),
		hardFailWorkflow(
			'soraE2eBadBatch1',
			'Sora e2e: one invalid item refuses the batch',
			[
				{ prompt: 'e2e batch valid', duration: 8 },
				{ prompt: 'e2e batch invalid', duration: BAD_DURATION },
			],
			{ provider: 'openai', operation: 'create', model: 'sora-2', prompt: '={{ $json.prompt }}', duration: '={{ $json.duration }}', waitForCompletion: false },
		),
	],
	EXAMPLE_IDS,
	register,
};
