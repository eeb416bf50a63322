'use strict';
/**
 * On Error settings on real n8n (each version in N8N_E2E_VERSIONS, default 2.8.4 and 2.41.1): the built
 * package is installed the community-package way, the provider simulator plays gccai, and one workflow
 * feeds the same three items (a good prompt, a task that fails, an invalid duration) into two Create +
 * Wait nodes:
 *   - "Continue (using error output)": the good item leaves through the success output into "Succeeded",
 *     exactly the two failed items leave through the error output into "Failed", each paired to its input;
 *   - "Continue (regular output)": three items on the one output, the failed ones with json.error.
 *
 *   npm run build && node --test test/e2e/errorOutput.e2e.js
 */
const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const H = require('./harness');
const start = require('../../scripts/start');

const API_KEY = 'sk-e2e-error-output';
// N8N_E2E_PACKAGE_DIR: test a built copy of the package elsewhere (default: this repo).
const PACKAGE_DIR = path.resolve(process.env.N8N_E2E_PACKAGE_DIR || H.E.REPO_ROOT);
const NODE_FILE = path.join(PACKAGE_DIR, 'dist', 'nodes', 'Sora', 'Sora.node.js');
const NODE_TYPE = 'n8n-nodes-sora.sora';
const WORKFLOW_ID = 'soraE2eErrorOut1';
const FAILURE_REASON = 'Simulated content policy violation';
/** This file's task-runner broker ports (the range 5700-5709 is reserved for it). */
const BROKER_PORTS = { '2.8.4': 5700, '2.41.1': 5701 };
const CASES = [
	{ case: 'ok', prompt: 'e2e error output: a lighthouse', duration: 4 },
	{ case: 'fail', prompt: 'e2e error output: a forbidden scene [fail]', duration: 4 },
	{ case: 'invalid', prompt: 'e2e error output: seven seconds', duration: 7 },
];

function skipAll() {
	if (!fs.existsSync(NODE_FILE)) return 'dist/nodes/Sora/Sora.node.js missing (run npm run build)';
	return null;
}

function soraNode(name, onError, y) {
	const credential = start.DEMO_CREDENTIALS.find((c) => c.type === 'gccaiApi');
	return {
		id: `e2e-${name.replace(/\W+/g, '-').toLowerCase()}`,
		name,
		type: NODE_TYPE,
		typeVersion: 1,
		position: [480, y],
		onError,
		parameters: {
			provider: 'gccai',
			operation: 'create',
			model: 'sora-2',
			prompt: '={{ $json.prompt }}',
			duration: '={{ $json.duration }}',
			waitForCompletion: true,
			options: { pollIntervalSeconds: 1, timeoutSeconds: 120 },
		},
		credentials: { gccaiApi: { id: credential.id, name: credential.name } },
	};
}

function noOp(name, x, y) {
	return { id: `e2e-${name.toLowerCase()}`, name, type: 'n8n-nodes-base.noOp', typeVersion: 1, position: [x, y], parameters: {} };
}

/** Manual Trigger → Cases → [Sora error output → Succeeded | Failed] and [Sora regular output]. */
function workflow() {
	const link = (node, index = 0) => ({ node, type: 'main', index });
	return {
		id: WORKFLOW_ID,
		name: 'Sora e2e: On Error routing',
		active: false,
		nodes: [
			{ id: 'e2e-trigger', name: 'Manual Trigger', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
			{
				id: 'e2e-cases',
				name: 'Cases',
				type: 'n8n-nodes-base.code',
				typeVersion: 2,
				position: [220, 0],
				parameters: { jsCode: `return ${JSON.stringify(CASES)}.map((json) => ({ json }));` },
			},
			soraNode('Sora error output', 'continueErrorOutput', 0),
			soraNode('Sora regular output', 'continueRegularOutput', 240),
			noOp('Succeeded', 760, -80),
			noOp('Failed', 760, 80),
		],
		connections: {
			'Manual Trigger': { main: [[link('Cases')]] },
			Cases: { main: [[link('Sora error output'), link('Sora regular output')]] },
			'Sora error output': { main: [[link('Succeeded')], [link('Failed')]] },
		},
		settings: { executionOrder: 'v1' },
		pinData: {},
	};
}

const pairedIndex = (item) => (Array.isArray(item.pairedItem) ? item.pairedItem[0] : item.pairedItem).item;

const skip = skipAll();
for (const version of H.versionsUnderTest()) {
	describe(`On Error routing on real n8n ${version}`, { timeout: 20 * 60 * 1000, skip: skip || H.skipReason(version) || false }, () => {
		let h;
		let sim;

		before(async () => {
			sim = await start.startSimulator(0, { apiKey: API_KEY, renderMs: 1000 });
			assert.ok(sim, 'simulator started');
			h = await H.prepareInstance({ version, packageDir: PACKAGE_DIR, label: 'error-output' });
			await h.importCredentials(start.demoCredentials(sim.origin, API_KEY));
			await h.importWorkflow(workflow());
		});

		after(async () => {
			if (h) await h.cleanup();
			if (sim) await sim.stop();
		});

		it('error output: exactly the failed items, paired to their inputs; regular output: one item per input', async () => {
			const { exitCode, result, stderr } = await h.execute(WORKFLOW_ID, { brokerPort: BROKER_PORTS[version] });
			assert.ok(result, `no run result logged:\n${stderr.slice(-3000)}`);
			assert.equal(exitCode, 0, `${JSON.stringify(H.cli.runError(result))}\n${stderr.slice(-2000)}`);
			const tasks = (await H.httpJson(`${sim.origin}/__control/tasks`)).json;
			const failedTask = tasks.find((task) => task.prompt === CASES[1].prompt);
			assert.ok(failedTask, 'the [fail] task was created');
			assert.equal(tasks.filter((task) => task.prompt === CASES[2].prompt).length, 0, 'no create for the invalid duration');

			// Continue (using error output)
			const success = H.cli.nodeOutput(result, 'Sora error output', { output: 0 });
			const errors = H.cli.nodeOutput(result, 'Sora error output', { output: 1 });
			assert.deepEqual(success.map(pairedIndex), [0], 'success output: the good item only');
			assert.equal(success[0].json.status, 'completed');
			assert.equal(success[0].json.error, null);
			assert.deepEqual(errors.map(pairedIndex), [1, 2], 'error output: the failed task and the invalid item');
			const [taskError, invalidError] = errors.map((item) => item.json.error);
			assert.equal(typeof taskError, 'string', `n8n reduces an error item to { error: <message> }: ${JSON.stringify(errors[0].json)}`);
			assert.ok(taskError.includes(failedTask.id) && taskError.includes(FAILURE_REASON), `names the task and the reason: ${taskError}`);
			assert.match(invalidError, /duration/i);
			assert.ok(invalidError.includes('7'), invalidError);
			for (const item of errors) assert.ok(!JSON.stringify(item).includes(API_KEY), 'no API key in the error item');

			// Downstream: each branch received exactly its items.
			assert.deepEqual(H.cli.nodeOutput(result, 'Succeeded').map((item) => item.json.status), ['completed']);
			assert.deepEqual(H.cli.nodeOutput(result, 'Failed').map((item) => item.json.error), [taskError, invalidError]);

			// Continue (regular output)
			const regular = H.cli.nodeOutput(result, 'Sora regular output', { output: 0 });
			assert.deepEqual(regular.map(pairedIndex), [0, 1, 2], 'regular output: one item per input, in order');
			assert.equal(regular[0].json.error, null);
			assert.equal(regular[1].json.status, 'failed');
			assert.equal(regular[1].json.provider, 'gccai');
			assert.ok(regular[1].json.error.message.includes(FAILURE_REASON), JSON.stringify(regular[1].json.error));
			assert.equal(typeof regular[1].json.error.code, 'string');
			assert.match(regular[2].json.error.message, /duration/i);
			assert.equal(H.cli.nodeOutput(result, 'Sora regular output', { output: 1 }), undefined, 'no second output');
		});
	});
}
