'use strict';
/**
 * On Error settings on the shared real n8n server (test/e2e/shared.e2e.js): the simulator plays gccai,
 * and one workflow feeds the same three items (a good prompt, a task that fails, an invalid duration)
 * into two Create + Wait nodes:
 *   - "Continue (using error output)": the good item leaves through the success output into "Succeeded",
 *     exactly the two failed items leave through the error output into "Failed", each paired to its input;
 *   - "Continue (regular output)": three items on the one output, the failed ones with json.error.
 */
const { it } = require('node:test');
const assert = require('node:assert/strict');
const H = require('../harness');
const start = require('../../../scripts/start');
const { API_KEY, FAILURE_REASON } = require('../shared/instance');

const NODE_TYPE = 'n8n-nodes-sora.sora';
const WORKFLOW_ID = 'soraE2eErrorOut1';
const CASES = [
	{ case: 'ok', prompt: 'e2e error output: a lighthouse', duration: 4 },
	{ case: 'fail', prompt: 'e2e error output: a forbidden scene [fail]', duration: 4 },
	{ case: 'invalid', prompt: 'e2e error output: seven seconds', duration: 7 },
];

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

function register(ctx) {
	it('error output: exactly the failed items, paired to their inputs; regular output: one item per input', async () => {
		const { status, result } = await ctx.run(WORKFLOW_ID);
		assert.equal(status, 'success', JSON.stringify(H.cli.runError(result)));
		const tasks = await ctx.simGet('/__control/tasks');
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
}

module.exports = { name: 'errorOutput', workflows: () => [workflow()], register };
