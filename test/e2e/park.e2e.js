'use strict';
/**
 * Waiting without holding a worker, in a real n8n server (each version in N8N_E2E_VERSIONS, default
 * 2.8.4 and 2.41.1), against the provider simulator (time lifecycle: tasks end and call back on their own).
 *
 *   1. callback mode: Create + Wait Mode "park" leaves the execution `waiting` in n8n's database while the
 *      task renders, the simulator sees no status request until its callback, the execution resumes within
 *      2 s of the callback and ends with the MP4.
 *   2. forged, wrong-token, tokenless, unknown-task and progress-only callbacks are refused or answered
 *      without resuming; a replayed callback after the end changes nothing.
 *   3. a batch of 10 items (EvoLink, staggered render times) resumes once, after the last task's callback.
 *   4. restart: n8n is SIGKILLed while a callback-mode execution and a loop-mode execution
 *      (examples/sora-loop-wait.json: Get Status → Still Running → Wait 65 s → Get Status) are parked,
 *      then started again: both complete with their MP4 and no task was created twice.
 *   5. On Error (Stop / Continue regular / Continue error output) × {a task that failed, reported by its
 *      callback; a task still rendering at the deadline}: routed as in poll mode. Stop at the deadline
 *      fails the execution on n8n ≥ 2.27 (resumeError) and hands the timeout item on at 2.8.4 (documented).
 *   6. two simultaneous final callbacks: one download; a retry after the end is answered by n8n itself.
 *   7. Retry On Fail on a successful Wait: one status request, one download (n8n 2.8 reads error: null as a failure).
 *
 * Executions are started over the server's REST API (as the editor's "Execute workflow" does; see
 * test/e2e/shared/instance.js restRunner) and park in the server. This file keeps its own server because
 * it SIGKILLs and restarts it.
 *
 *   npm run build && node --test test/e2e/park.e2e.js
 *   N8N_E2E_VERSIONS=2.8.4 node --test test/e2e/park.e2e.js
 */
const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const H = require('./harness');
const rest = require('../../scripts/n8n/rest');
const start = require('../../scripts/start');
const { restRunner } = require('./shared/instance');

const API_KEY = 'sk-e2e-park-simulator';
/**
 * Long enough that a task ends after n8n has saved its execution as waiting, even on a loaded machine (a
 * REST run parks within 1–3 s here); a callback that comes earlier is refused by n8n and retried.
 */
const RENDER_MS = 10000;
const VIDEO_BYTES = 64 * 1024;
const NODE_TYPE = 'n8n-nodes-sora.sora';
const NODE_FILE = path.join(H.E.REPO_ROOT, 'dist', 'nodes', 'Sora', 'Sora.node.js');
const LOOP_EXAMPLE = path.join(H.E.REPO_ROOT, 'examples', 'sora-loop-wait.json');
/**
 * The server's N8N_RUNNERS_BROKER_PORT (5710-5729 are this file's): per version, so both versions can run
 * at once; bench/park.js uses 5719 and 5728.
 */
const BROKER_PORTS = { '2.8.4': 5729, '2.41.1': 5727 };
const RESUME_WITHIN_MS = 2000;

const IDS = { callback: 'soraParkCallbk01', forge: 'soraParkForge001', batch: 'soraParkBatch001', restart: 'soraParkRestart1', double: 'soraParkDouble01', retry: 'soraWaitRetry001', loop: 'soraExLoopWait01' };
/** On Error settings (undefined = Stop Workflow, the default) and a workflow id per setting and case. */
const ON_ERROR = { stop: undefined, regular: 'continueRegularOutput', errorOutput: 'continueErrorOutput' };
const onErrorId = (kind, setting) => `soraPark${kind === 'fail' ? 'Fail' : 'Dead'}${setting.padEnd(11, '0').slice(0, 11)}`.slice(0, 16);

const credOf = (type) => start.DEMO_CREDENTIALS.find((c) => c.type === type);

/** Manual Trigger → Code (one item per prompt) → Sora Create, Wait for Completion, Wait Mode park. */
function parkWorkflow(id, provider, credentialType, prompts, { model = 'sora-2', duration = 10, timeoutSeconds = 300, onError } = {}) {
	const cred = credOf(credentialType);
	return {
		id,
		name: `park e2e ${id}`,
		active: false,
		nodes: [
			{ id: `${id}-t`, name: 'Manual Trigger', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
			{
				id: `${id}-c`,
				name: 'Prompts',
				type: 'n8n-nodes-base.code',
				typeVersion: 2,
				position: [220, 0],
				parameters: { jsCode: `return ${JSON.stringify(prompts)}.map((prompt) => ({ json: { prompt } }));` },
			},
			{
				id: `${id}-s`,
				name: 'Sora',
				type: NODE_TYPE,
				typeVersion: 2,
				position: [460, 0],
				parameters: {
					provider,
					operation: 'create',
					model,
					prompt: '={{ $json.prompt }}',
					duration,
					aspectRatio: '16:9',
					resolution: '720p',
					waitForCompletion: true,
					waitMode: 'park',
					options: { download: true, binaryPropertyName: 'video', timeoutSeconds },
				},
				credentials: { [credentialType]: { id: cred.id, name: cred.name } },
				...(onError ? { onError } : {}),
			},
		],
		connections: {
			'Manual Trigger': { main: [[{ node: 'Prompts', type: 'main', index: 0 }]] },
			Prompts: { main: [[{ node: 'Sora', type: 'main', index: 0 }]] },
		},
		settings: { executionOrder: 'v1' },
		pinData: {},
	};
}

/**
 * Manual Trigger → Sora Create (APIMart, no wait) → n8n Wait 3 s (the task ends meanwhile, so one status
 * request sees it completed) → Sora Wait with Retry On Fail (3 tries, no pause).
 */
function retryWorkflow(id) {
	const cred = credOf('gccaiApi');
	const sora = (name, x, parameters, extra = {}) => ({
		id: `${id}-${name[0]}`, name, type: NODE_TYPE, typeVersion: 2, position: [x, 0], parameters,
		credentials: { gccaiApi: { id: cred.id, name: cred.name } }, ...extra,
	});
	return {
		id,
		name: `park e2e ${id}`,
		active: false,
		nodes: [
			{ id: `${id}-t`, name: 'Manual Trigger', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
			sora('Create', 220, { provider: 'gccai', operation: 'create', model: 'sora-2', prompt: 'retry wait [render-ms=1]', duration: 4, aspectRatio: '16:9', resolution: '720p' }),
			{ id: `${id}-p`, name: 'Pause', type: 'n8n-nodes-base.wait', typeVersion: 1.1, position: [330, 0], webhookId: `${id}-pause`, parameters: { resume: 'timeInterval', amount: 3, unit: 'seconds' } },
			sora('Wait', 440, { provider: 'gccai', operation: 'wait', taskId: '={{ $json.taskId }}', options: { download: true, pollIntervalSeconds: 1, timeoutSeconds: 60 } }, { retryOnFail: true, maxTries: 3, waitBetweenTries: 0 }),
		],
		connections: {
			'Manual Trigger': { main: [[{ node: 'Create', type: 'main', index: 0 }]] },
			Create: { main: [[{ node: 'Pause', type: 'main', index: 0 }]] },
			Pause: { main: [[{ node: 'Wait', type: 'main', index: 0 }]] },
		},
		settings: { executionOrder: 'v1' },
		pinData: {},
	};
}

function flattedFor(version) {
	return require(require.resolve('flatted', { paths: [path.join(H.E.n8nDir(version), 'node_modules', 'n8n')] }));
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function untilTrue(what, timeoutMs, fn, everyMs = 250) {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const value = await fn();
		if (value) return value;
		if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
		await sleep(everyMs);
	}
}

function storedBytes(userFolder, bin) {
	if (!bin.id || !/^filesystem/.test(bin.id)) return bin.data && bin.data.length > 100 ? Buffer.from(bin.data, 'base64') : null;
	const rel = bin.id.replace(/^filesystem(-v2)?:/, '');
	const file = ['storage', 'binaryData'].map((d) => path.join(userFolder, '.n8n', d, rel)).find((f) => fs.existsSync(f));
	return file ? fs.readFileSync(file) : null;
}

function assertMp4(userFolder, bin, what) {
	assert.ok(bin, `${what}: binary present`);
	assert.equal(bin.mimeType, 'video/mp4', `${what}: mime type`);
	const bytes = storedBytes(userFolder, bin);
	assert.ok(bytes, `${what}: stored bytes of ${bin.id} found`);
	assert.equal(bytes.length, VIDEO_BYTES, `${what}: stored size`);
	assert.equal(bytes.subarray(4, 8).toString('latin1'), 'ftyp', `${what}: MP4 ftyp box`);
}

const skip = !fs.existsSync(NODE_FILE) ? 'dist/nodes/Sora/Sora.node.js missing (run npm run build)' : null;

for (const version of H.versionsUnderTest()) {
	describe(`park and loop waiting on real n8n ${version}`, { timeout: 20 * 60 * 1000, skip: skip || H.skipReason(version) || false }, () => {
		let h;
		let sim;
		let server;
		let session;
		let port;
		const flatted = () => flattedFor(version);

		const simGet = async (route) => {
			const res = await H.httpJson(`${sim.origin}${route}`);
			assert.equal(res.status, 200, `GET ${route}`);
			return res.json;
		};
		const tasksWith = async (prefix) => (await simGet('/__control/tasks')).filter((t) => typeof t.prompt === 'string' && t.prompt.startsWith(prefix));
		const statusRequests = async (taskId) => (await simGet(`/__control/requests?taskId=${encodeURIComponent(taskId)}`)).filter((r) => r.route === 'status');

		const executions = async (workflowId) => {
			const q = encodeURIComponent(JSON.stringify({ workflowId }));
			const res = await rest.request(server.url, `/rest/executions?filter=${q}`, { cookie: session.cookie });
			assert.equal(res.status, 200, res.text.slice(0, 300));
			return res.json.data.results || res.json.data;
		};
		const execution = async (id) => {
			const res = await rest.request(server.url, `/rest/executions/${id}`, { cookie: session.cookie });
			assert.equal(res.status, 200, res.text.slice(0, 300));
			const data = res.json.data;
			return { ...data, run: flatted().parse(data.data) };
		};
		const runner = restRunner({ version, url: () => server.url, cookie: () => session.cookie });
		/** Starts a workflow over REST and waits until it parks; returns the parked execution's id. */
		const startParked = async (workflowId) => {
			const started = await runner.run(workflowId, { until: ['waiting'], timeoutMs: 2 * 60 * 1000 });
			console.log(`[park ${version}] run ${workflowId} parked in ${started.ms} ms`);
			assert.equal(started.status, 'waiting', `${workflowId} ended ${started.status} instead of parking: ${JSON.stringify(H.cli.runError(started.result))}`);
			const [newest] = await executions(workflowId);
			assert.equal(newest.id, started.executionId, `${workflowId}: the newest execution is the one started`);
			assert.equal(newest.status, 'waiting', `${workflowId}: the execution is waiting in n8n's database`);
			return newest.id;
		};
		const finished = async (id, timeoutMs) =>
			await untilTrue(`execution ${id} to end`, timeoutMs, async () => {
				const e = await execution(id);
				return ['success', 'error', 'crashed', 'canceled'].includes(e.status) ? e : null;
			});
		const startServer = async () => {
			server = await h.startServer(port, { brokerPort: BROKER_PORTS[version] });
			if (!session) await rest.setupOwner(server.url, start.OWNER);
			session = await rest.login(server.url, start.OWNER.email, start.OWNER.password);
		};
		const post = async (url, body) => await H.httpJson(url, { method: 'POST', body });

		before(async () => {
			sim = await start.startSimulator(0, { apiKey: API_KEY, renderMs: RENDER_MS, extraArgs: ['--video-bytes', String(VIDEO_BYTES)] });
			assert.ok(sim, 'simulator started');
			h = await H.prepareInstance({ version, label: 'park' });
			await h.importCredentials(start.demoCredentials(sim.origin, API_KEY));
			const loop = JSON.parse(fs.readFileSync(LOOP_EXAMPLE, 'utf8'));
			loop.nodes.find((n) => n.name === 'Prompt').parameters.assignments.assignments[0].value = 'park loop restart';
			for (const node of loop.nodes.filter((n) => n.credentials && n.credentials.gccaiApi)) {
				node.credentials.gccaiApi = { id: credOf('gccaiApi').id, name: credOf('gccaiApi').name };
			}
			// One import for all (each n8n CLI call starts n8n, which takes long on a loaded machine).
			await h.importWorkflow([
				parkWorkflow(IDS.callback, 'yutoai', 'yutoAiApi', ['park callback']),
				parkWorkflow(IDS.forge, 'yutoai', 'yutoAiApi', ['park forge [render-ms=30000]']),
				parkWorkflow(
					IDS.batch,
					'evolink',
					'evoLinkApi',
					Array.from({ length: 10 }, (_, i) => `park batch ${i} [render-ms=${RENDER_MS + i * 500}]`),
					{ model: 'sora-2-preview', duration: 4 },
				),
				parkWorkflow(IDS.restart, 'yutoai', 'yutoAiApi', ['park restart [render-ms=150000]']),
				parkWorkflow(IDS.double, 'yutoai', 'yutoAiApi', ['park double [stuck] [render-ms=1000]']),
				retryWorkflow(IDS.retry),
				// A finished task, then a failed one a few seconds later: the first callback resumes and re-parks.
				...Object.entries(ON_ERROR).map(([setting, onError]) =>
					parkWorkflow(onErrorId('fail', setting), 'yutoai', 'yutoAiApi', [`park fail ${setting} ok [render-ms=40000]`, `park fail ${setting} bad [fail] [render-ms=44000]`], { onError }),
				),
				...Object.entries(ON_ERROR).map(([setting, onError]) =>
					parkWorkflow(onErrorId('deadline', setting), 'yutoai', 'yutoAiApi', [`park deadline ${setting} [stuck]`], { timeoutSeconds: 5, onError }),
				),
				loop,
			]);
			port = await H.cli.getFreePort();
			await startServer();
		});

		after(async () => {
			if (server) await server.stop();
			if (sim) await sim.stop();
			if (h) await h.cleanup();
		});

		// Started first: the loop needs ≥ 65 s in the Wait node plus up to 60 s for n8n's WaitTracker.
		let restartIds;
		it('restart, part 1: a callback-mode and a loop-mode execution are parked; n8n is SIGKILLed and started again', async () => {
			const loopId = await startParked(IDS.loop);
			const callbackId = await startParked(IDS.restart);
			restartIds = { loopId, callbackId };
			process.kill(-server.pid, 'SIGKILL');
			const exited = await server.exited;
			assert.equal(exited.signal, 'SIGKILL');
			await startServer();
			// Not crashed by the kill (an execution polling in-process would be); on a slow machine the loop's
			// 65 s may already have passed during the restart, so it may have run on.
			for (const id of [loopId, callbackId]) {
				const e = await execution(id);
				assert.ok(['waiting', 'running', 'success'].includes(e.status), `execution ${id} after the restart: ${e.status}`);
			}
		});

		const deadlineIds = {};
		it('deadline, part 1: a task that never ends is parked with a 5 s deadline, once per On Error setting', async () => {
			for (const setting of Object.keys(ON_ERROR)) deadlineIds[setting] = await startParked(onErrorId('deadline', setting));
		});

		it('callback mode: waiting in the database while rendering, no status poll, resumed within 2 s of the callback, ends with the MP4', async () => {
			const id = await startParked(IDS.callback);
			const [task] = await tasksWith('park callback');
			assert.ok(task, 'task created');
			assert.match(task.body.notify_hook, new RegExp(`/webhook-waiting/${id}/sora-callback\\?`), task.body.notify_hook);
			assert.ok(!task.body.notify_hook.includes(API_KEY), 'the callback URL does not carry the API key');
			await sleep(1000);
			assert.equal((await execution(id)).status, 'waiting', 'still waiting while the task renders');
			assert.equal((await statusRequests(task.id)).length, 0, 'no status request while parked');

			const done = await finished(id, 120000);
			assert.equal(done.status, 'success', `execution ${id} ended ${done.status}`);
			const [callback] = await simGet(`/__control/callbacks?taskId=${encodeURIComponent(task.id)}`);
			assert.equal(callback.state, 'delivered', JSON.stringify(callback));
			const delivered = callback.attempts.at(-1);
			const statuses = await statusRequests(task.id);
			assert.ok(statuses.length >= 1 && statuses.every((r) => r.at >= delivered.at), 'the only status requests came after the callback (the re-read)');
			const resumedAfter = new Date(done.stoppedAt).getTime() - delivered.at;
			assert.ok(resumedAfter <= RESUME_WITHIN_MS, `ended ${resumedAfter} ms after the callback (≤ ${RESUME_WITHIN_MS})`);
			console.log(`[park ${version}] resume latency after callback: ${resumedAfter} ms`);

			const out = done.run.resultData.runData.Sora.at(-1).data.main[0];
			// Parking replaced the Sora node's stacked input, not the previous node's output.
			assert.deepEqual(done.run.resultData.runData.Prompts[0].data.main[0].map((item) => item.json), [{ prompt: 'park callback' }]);
			assert.equal(out.length, 1);
			assert.equal(out[0].json.status, 'completed');
			assert.equal(out[0].json.taskId, task.id);
			assertMp4(h.userFolder, out[0].binary.video, 'callback');
		});

		it('forged, tokenless, wrong-token, unknown-task and progress-only callbacks change nothing; a replay after the end is refused', async () => {
			const id = await startParked(IDS.forge);
			const [task] = await tasksWith('park forge');
			const url = new URL(task.body.notify_hook);
			const progressBody = { task_id: task.id, status: 'IN_PROGRESS', progress: '50%' };
			const finalBody = { task_id: task.id, status: 'SUCCESS', progress: '100%', data: { output: `${sim.origin}/files/forged.mp4` } };

			const tokenless = new URL(url);
			tokenless.searchParams.delete('soraToken');
			const wrongToken = new URL(url);
			wrongToken.searchParams.set('soraToken', 'f'.repeat(40));
			const answers = {
				tokenless: await post(tokenless.toString(), finalBody),
				wrongToken: await post(wrongToken.toString(), finalBody),
				unknownTask: await post(url.toString(), { ...finalBody, task_id: 'task_forged_000' }),
				progress: await post(url.toString(), progressBody),
				forgedFinal: await post(url.toString(), finalBody),
			};
			for (const what of ['tokenless', 'wrongToken']) assert.equal(answers[what].status, 401, `${what}: ${answers[what].text}`);
			assert.equal(answers.unknownTask.status, 404, answers.unknownTask.text);
			// Valid URL, real task: a progress body leaves it parked without a request; a body claiming success
			// wakes the execution at once, whose execute() re-reads the task, finds it rendering and parks again.
			assert.equal(answers.progress.status, 202, answers.progress.text);
			assert.equal(answers.forgedFinal.status, 200, answers.forgedFinal.text);
			assert.match(answers.forgedFinal.text, /resumed/);
			await untilTrue('the execution to park again', 30000, async () => (await statusRequests(task.id)).length === 1 && (await execution(id)).status === 'waiting');
			if (url.searchParams.has('signature')) {
				const unsigned = new URL(url);
				unsigned.searchParams.delete('signature');
				const res = await post(unsigned.toString(), finalBody);
				assert.equal(res.status, 401, `without n8n's own resume token: ${res.text}`);
			}
			assert.equal((await execution(id)).status, 'waiting', 'still parked after every forged call');
			assert.equal((await statusRequests(task.id)).length, 1, 'only the resumed execute() re-read the task');

			const done = await finished(id, 120000);
			assert.equal(done.status, 'success');
			const out = done.run.resultData.runData.Sora.at(-1).data.main[0];
			assert.equal(out[0].json.status, 'completed');
			assert.notEqual(out[0].json.videoUrl, finalBody.data.output, 'the video URL is the provider\'s, not the forged body\'s');
			assertMp4(h.userFolder, out[0].binary.video, 'forge');

			const replay = await post(url.toString(), finalBody);
			assert.ok(replay.status >= 400 && replay.status < 500, `a replay after the end is refused: ${replay.status} ${replay.text}`);
			const after = await execution(id);
			assert.equal(after.status, 'success');
			assert.equal(after.stoppedAt, done.stoppedAt, 'the replay did not run the execution again');
		});

		it('a batch of 10 items downloads each video once, after the last task ends', async () => {
			const id = await startParked(IDS.batch);
			const tasks = await tasksWith('park batch');
			assert.equal(tasks.length, 10);
			const done = await finished(id, 150000);
			assert.equal(done.status, 'success', `batch ended ${done.status}`);
			// The simulator records a callback attempt when its answer arrives; the resuming call answers only
			// after its downloads, which may be after n8n has already saved the finished execution.
			let mine = [];
			for (const until = Date.now() + 30000; Date.now() < until; await sleep(250)) {
				mine = (await simGet('/__control/callbacks')).filter((c) => tasks.some((t) => t.id === c.taskId));
				if (mine.length === 10 && mine.every((c) => c.attempts.length > 0)) break;
			}
			assert.equal(mine.length, 10);
			assert.ok(mine.every((c) => c.attempts.length > 0), 'every callback was answered');
			// Each final callback is answered at once and wakes the execution, whose execute() re-reads the batch
			// and parks again while a task renders; only the last resume downloads, each video once.
			const requests = await simGet('/__control/requests');
			const lastEnded = Math.max(...mine.map((c) => c.attempts[0].at));
			const firstCallback = Math.min(...mine.map((c) => c.attempts[0].at));
			const answers = mine.flatMap((c) => c.attempts);
			console.log(`[park ${version}] batch callback answers: ${JSON.stringify(answers.map((a) => a.status))}`);
			for (const task of tasks) {
				const downloads = requests.filter((r) => r.taskId === task.id && r.route === 'download');
				assert.equal(downloads.length, 1, `task ${task.id} downloaded once`);
				assert.ok(downloads[0].at >= lastEnded - 50, `task ${task.id} downloaded after the last task ended`);
				const statuses = requests.filter((r) => r.taskId === task.id && r.route === 'status');
				assert.ok(statuses.every((r) => r.at >= firstCallback), `task ${task.id}: no status request before the first callback`);
			}
			assert.equal(done.run.resultData.runData.Sora.length, 1, 'the Sora node has one run');
			const out = done.run.resultData.runData.Sora[0].data.main[0];
			assert.equal(out.length, 10);
			out.forEach((item, i) => {
				assert.equal(item.json.status, 'completed', `item ${i}`);
				assert.equal(item.pairedItem.item, i);
				assert.equal(item.json.taskId, tasks.find((t) => t.prompt.startsWith(`park batch ${i} `)).id, `item ${i} keeps its own task`);
				assertMp4(h.userFolder, item.binary.video, `batch item ${i}`);
			});
		});

		it('restart, part 2: both parked executions complete with their MP4 and no task was created twice', async () => {
			assert.ok(restartIds, 'part 1 ran');
			const callbackDone = await finished(restartIds.callbackId, 240000);
			assert.equal(callbackDone.status, 'success');
			assertMp4(h.userFolder, callbackDone.run.resultData.runData.Sora.at(-1).data.main[0][0].binary.video, 'restart callback');
			assert.equal((await tasksWith('park restart')).length, 1, 'one task for the callback-mode execution');

			const loopDone = await finished(restartIds.loopId, 300000);
			assert.equal(loopDone.status, 'success', `loop ended ${loopDone.status}`);
			const runData = loopDone.run.resultData.runData;
			assert.ok(runData['Wait 65 s (parked)'], 'the loop went through the Wait node');
			const download = runData['Sora: Download'].at(-1).data.main[0][0];
			assert.equal(download.json.status, 'completed');
			assertMp4(h.userFolder, download.binary.data, 'loop');
			assert.equal((await tasksWith('park loop restart')).length, 1, 'one task for the loop-mode execution');
		});

		it('deadline, part 2: n8n resumes by time and applies On Error; each item is a timeout error naming the task, not the input', async () => {
			for (const [setting, onError] of Object.entries(ON_ERROR)) {
				assert.ok(deadlineIds[setting], `part 1 ran for ${setting}`);
				const done = await finished(deadlineIds[setting], 180000);
				const [task] = await tasksWith(`park deadline ${setting}`);
				assert.equal((await statusRequests(task.id)).length, 0, `${setting}: no status request while parked`);
				const run = done.run.resultData.runData.Sora.at(-1);
				if (!onError && version !== '2.8.4') {
					// n8n >= 2.27: the resumeError set at park time fails the node (WorkflowExecute.runNode).
					assert.equal(done.status, 'error', `${setting}: ${done.status}`);
					assert.match(run.error.message, /had not ended by the wait deadline/);
					assert.ok(run.error.message.includes(task.id), run.error.message);
					continue;
				}
				assert.equal(done.status, 'success', `${setting}: ${done.status}`);
				const main = run.data.main[0] || [];
				const errors = run.data.main[1] || [];
				if (onError === 'continueErrorOutput') {
					assert.equal(main.length, 0, 'nothing on the success output');
					assert.equal(errors.length, 1, 'the timeout on the error output');
					assert.ok(String(errors[0].json.error).includes(task.id), JSON.stringify(errors[0].json));
					continue;
				}
				// Continue (regular output), and Stop on 2.8.4 (no resumeError there: the README's documented fallback).
				const [item] = main;
				assert.equal(item.json.taskId, task.id);
				assert.equal(item.json.error.code, 'timeout');
				assert.ok(item.json.error.message.includes(task.id), item.json.error.message);
				assert.equal(item.json.prompt, undefined, 'not the input item');
			}
		});

		it('On Error × a task that failed, reported by its callback: routed as in poll mode (the first callback re-parks)', async () => {
			const ids = {};
			for (const setting of Object.keys(ON_ERROR)) ids[setting] = await startParked(onErrorId('fail', setting));
			for (const [setting, onError] of Object.entries(ON_ERROR)) {
				const done = await finished(ids[setting], 150000);
				const ok = (await tasksWith(`park fail ${setting} ok`))[0];
				const bad = (await tasksWith(`park fail ${setting} bad`))[0];
				const run = done.run.resultData.runData.Sora.at(-1);
				assert.equal(done.run.resultData.runData.Sora.length, 1, `${setting}: one Sora run after the re-park`);
				const downloads = (await simGet('/__control/requests')).filter((r) => r.route === 'download');
				assert.equal(downloads.filter((r) => r.taskId === ok.id).length, onError ? 1 : 1, `${setting}: the finished task downloaded once`);
				if (!onError) {
					assert.equal(done.status, 'error', `${setting}: ${done.status}`);
					assert.ok(run.error.message.includes(`task ${bad.id} failed`), run.error.message);
					assert.ok(String(run.error.description).includes(ok.id), 'the error names the task that succeeded');
					continue;
				}
				assert.equal(done.status, 'success', `${setting}: ${done.status}`);
				const main = run.data.main[0] || [];
				const errors = run.data.main[1] || [];
				if (onError === 'continueErrorOutput') {
					assert.deepEqual(main.map((item) => item.json.taskId), [ok.id]);
					assertMp4(h.userFolder, main[0].binary.video, `${setting} ok`);
					assert.equal(errors.length, 1);
					assert.equal(errors[0].pairedItem.item, 1);
					assert.ok(String(errors[0].json.error).includes(bad.id), JSON.stringify(errors[0].json));
				} else {
					assert.deepEqual(main.map((item) => item.json.status), ['completed', 'failed']);
					assert.equal(main[1].json.error.code, 'task_failed');
					assert.equal(errors.length, 0);
				}
			}
		});

		it('two simultaneous final callbacks download once; a retry after the end is answered by n8n', async () => {
			const id = await startParked(IDS.double);
			const [task] = await tasksWith('park double');
			// A [stuck] task never calls back. Once its end time has passed (the simulator then records it as
			// not ended and will not call back), make it complete and call back twice at once ourselves.
			await untilTrue('the stuck task to pass its end time', 30000, async () => {
				const [record] = await simGet(`/__control/callbacks?taskId=${encodeURIComponent(task.id)}`);
				return record && record.state === 'not-ended';
			});
			assert.equal((await post(`${sim.origin}/__control/outcome`, { taskId: task.id, outcome: 'complete' })).status, 200);
			const body = { task_id: task.id, status: 'SUCCESS', progress: '100%' };
			const t0 = Date.now();
			const answers = await Promise.all([post(task.body.notify_hook, body), post(task.body.notify_hook, body)]);
			const answeredMs = Date.now() - t0;
			console.log(`[park ${version}] doubled callback answers: ${answers.map((a) => `${a.status} ${a.text.slice(0, 80)}`).join(' | ')} (${answeredMs} ms)`);
			assert.ok(answers.some((a) => a.status === 200 && /resumed/.test(a.text)), 'one callback resumed the execution');
			// The other: ignored by the node (200), or n8n's own 409 when it found the execution running already.
			for (const a of answers) assert.ok(a.status === 200 || (a.status === 409 && /running already/.test(a.text)), `${a.status} ${a.text}`);
			const done = await finished(id, 60000);
			assert.equal(done.status, 'success');
			const requests = (await simGet('/__control/requests')).filter((r) => r.taskId === task.id);
			assert.equal(requests.filter((r) => r.route === 'download').length, 1, 'downloaded once');
			const reads = requests.filter((r) => r.route === 'status');
			assert.equal(reads.length, 1, `re-read once, in the resumed execution: ${JSON.stringify(reads.map((r) => [r.at - t0, r.status]))}`);
			assertMp4(h.userFolder, done.run.resultData.runData.Sora.at(-1).data.main[0][0].binary.video, 'double');
			const late = await post(task.body.notify_hook, body);
			console.log(`[park ${version}] callback after the end: ${late.status} ${late.text.slice(0, 120)}`);
			assert.equal(late.status, 409, 'n8n answers a call for a finished execution itself (WaitingWebhooks.executeWebhook), before the node');
		});

		it('Retry On Fail on a successful Wait: one status request and one download', async () => {
			const started = await h.execute(IDS.retry, { port, brokerPort: await require('../../scripts/n8n/cli').getFreePort() });
			assert.equal(started.exitCode, 0, started.stderr.slice(-2000));
			assert.equal(started.result && started.result.status, 'success');
			const [task] = (await simGet('/__control/tasks')).filter((t) => t.prompt === 'retry wait [render-ms=1]');
			const requests = (await simGet(`/__control/requests?taskId=${encodeURIComponent(task.id)}`));
			assert.equal(requests.filter((r) => r.route === 'status').length, 1, 'one status request');
			assert.equal(requests.filter((r) => r.route === 'download').length, 1, 'one download');
		});
	});
}
