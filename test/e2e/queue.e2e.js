'use strict';
/**
 * n8n-nodes-sora on n8n's distributed engine (queue mode), per version in N8N_E2E_VERSIONS (default
 * 2.8.4 and 2.41.1): scripts/queue/cluster.js starts a private Redis and PostgreSQL, n8n main and two
 * `n8n worker`s (concurrency 5), each with its own install of the packed package; binary data in the
 * `database` mode; the provider simulator (time lifecycle) plays gccai. Executions start through a
 * production webhook on main (Webhook → Code → Sora Create → Sora Wait + download), so they run on the
 * workers.
 *
 *   1. 20 executions × 3 items at once: all succeed, both workers ran some, every stored video equals the
 *      simulator's bytes (read back through n8n's REST API), exactly one create per item.
 *   2. Redis SIGKILLed and restarted on the same port while executions poll: they still complete, and
 *      a new execution runs afterwards.
 *   3. A worker SIGKILLed while executions poll on it: those end `crashed` (stalled job failed by Bull,
 *      then n8n's queue recovery), their tasks were each created once and keep rendering at the provider;
 *      the task ids are in the simulator's log and in the saved Create output; nothing is created again;
 *      executions on the other worker succeed.
 *
 * Timings are shortened for the crash case (lock 10 s, stall check 5 s, queue recovery every 15 s);
 * README "Scaling" gives n8n's defaults.
 *
 *   npm run build && node --test test/e2e/queue.e2e.js
 */
const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const H = require('./harness');
const rest = require('../../scripts/n8n/rest');
const start = require('../../scripts/start');
const { startQueueCluster, executionsStartedBy } = require('../../scripts/queue/cluster');
const { createWaitDownloadWorkflow, parkWorkflow, loopExampleWorkflow, trigger, promptOf } = require('../../scripts/queue/workflows');

const API_KEY = 'sk-e2e-queue';
const RENDER_MS = 3000;
const VIDEO_BYTES = 200 * 1024;
const WF = { poll: 'soraQueueE2e0001', park: 'soraQueueE2ePark', loop: 'soraQueueE2eLoop' };
const HOOK = { poll: 'sora-queue-e2e', park: 'sora-queue-e2e-park', loop: 'sora-queue-e2e-loop' };
const EXAMPLES_DIR = path.join(H.E.REPO_ROOT, 'examples');
const PARKED_NODE = 'Sora: Create + park';
const SIM_CLI = path.join(H.E.REPO_ROOT, 'dev', 'simulator', 'cli.js');
// N8N_E2E_PACKAGE_DIR: test a built copy of the package elsewhere (default: this repo).
const PACKAGE_DIR = path.resolve(process.env.N8N_E2E_PACKAGE_DIR || H.E.REPO_ROOT);
const NODE_FILE = path.join(PACKAGE_DIR, 'dist', 'nodes', 'Sora', 'Sora.node.js');
/** N8N_RUNNERS_BROKER_PORT for main + 2 workers, per version (this suite's range: 5730-5739). */
const BROKER_PORTS = { '2.8.4': [5730, 5731, 5732], '2.41.1': [5735, 5736, 5737] };
/** Shorter than n8n's defaults (job lock 60 s, stall check every 30 s) so a dead worker's jobs fail within seconds. */
const FAST_CRASH_SETTLING = {
	QUEUE_WORKER_LOCK_DURATION: '10000',
	QUEUE_WORKER_LOCK_RENEW_TIME: '2000',
	QUEUE_WORKER_STALLED_INTERVAL: '5000',
};
/** What n8n (main) writes into an execution whose job Bull failed as stalled (maxStalledCount 0). */
const STALLED_MESSAGE = /failed to be processed too many times/;
const ENDED = ['success', 'error', 'crashed', 'canceled'];

function skipAll() {
	if (!fs.existsSync(NODE_FILE)) return 'dist/nodes/Sora/Sora.node.js missing (run npm run build)';
	if (!fs.existsSync(SIM_CLI)) return 'dev/simulator/cli.js missing';
	return null;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function until(what, timeoutMs, fn, everyMs = 500) {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const v = await fn();
		if (v) return v;
		if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
		await sleep(everyMs);
	}
}

/**
 * The `tag` of the request that started an execution. A running execution's saved data holds only what
 * main stored when it queued it: the webhook's output, on the execution stack (finished ones in runData).
 */
function tagOfRun(run) {
	const firstJson = (data) => data?.main?.[0]?.[0]?.json;
	const candidates = [
		...Object.values(run?.resultData?.runData ?? {}).map((runs) => firstJson(runs?.[0]?.data)),
		...(run?.executionData?.nodeExecutionStack ?? []).map((entry) => firstJson(entry.data)),
	];
	for (const json of candidates) {
		const tag = json?.body?.tag ?? json?.tag;
		if (typeof tag === 'string') return tag;
	}
	return undefined;
}

const tagOfPrompt = (p) => (typeof p === 'string' ? (p.match(/^queue (\S+) item/) || [])[1] : undefined);

for (const version of H.versionsUnderTest()) {
	describe(`queue mode on real n8n ${version}`, { timeout: 20 * 60 * 1000, skip: skipAll() || H.skipReason(version) || false }, () => {
		let sim;
		let c;
		const t0 = Date.now();
		const timings = {};
		const loopTags = ['loop0', 'loop1'];
		let loopIds = {};

		const simGet = async (route) => {
			const res = await H.httpJson(`${sim.origin}${route}`);
			assert.equal(res.status, 200, route);
			return res.json;
		};
		const createsFor = async (tags) => {
			const set = new Set(tags);
			return (await simGet('/__control/requests?route=create')).filter((r) => set.has(tagOfPrompt(r.body && r.body.prompt)));
		};
		/** {tag → execution id} of a workflow's executions, read from the tag its Items/Prompt node returned. */
		const tagOfExecution = new Map();
		const idsByTag = async (wf, tags) =>
			until(`${tags.length} executions of ${wf} to be stored`, 60000, async () => {
				const out = {};
				for (const row of await c.db.executionsOf(wf)) {
					if (!tagOfExecution.has(row.id)) {
						const tag = tagOfRun(await c.db.runOf(row.id));
						if (tag) tagOfExecution.set(row.id, tag);
					}
					const tag = tagOfExecution.get(row.id);
					if (tags.includes(tag)) out[tag] = row.id;
				}
				return tags.every((t) => out[t]) ? out : null;
			});
		/** Watch executions until each was seen `waiting` (parked) at least once; rows can resume in between. */
		const seenParked = (ids, timeoutMs) => {
			const seen = new Set();
			return until(`executions ${Object.values(ids).join(',')} to park`, timeoutMs, async () => {
				const rows = await statusesOf(ids);
				for (const [id, row] of Object.entries(rows)) if (row.status === 'waiting' && row.waitTill) seen.add(id);
				return Object.values(ids).every((id) => seen.has(id));
			}, 250);
		};
		const startRuns = (kind, tags, items, renderMs) => Promise.all(tags.map((tag) => trigger(c.main.url, HOOK[kind], { tag, items, renderMs })));
		const statusesOf = async (ids) => c.db.executionsById(Object.values(ids));
		const waitEnded = (ids, timeoutMs) =>
			until(`executions ${Object.values(ids).join(',')} to end`, timeoutMs, async () => {
				const rows = await statusesOf(ids);
				return Object.values(ids).every((id) => rows[id] && ENDED.includes(rows[id].status)) ? rows : null;
			});
		/** How many job segments of an execution the workers started (a resumed execution has one more). */
		const startsOf = (id) => c.workers.map((w) => (w.logs().match(new RegExp(`Worker started execution ${id} \\(`, 'g')) || []).length);
		const sameBytes = async (binaryId, taskId) => {
			const fromN8n = await fetchBytes(`${c.main.url}/rest/binary-data?id=${encodeURIComponent(binaryId)}&action=download`, c.session.cookie);
			const fromSim = await fetchBytes(`${sim.origin}/files/${taskId}.mp4`);
			assert.equal(fromSim.length, VIDEO_BYTES);
			assert.ok(fromN8n.equals(fromSim), `${taskId}: n8n's stored bytes (${fromN8n.length}) equal the simulator's (${fromSim.length})`);
		};
		/** A parked execution ended well: resumed by a worker, one create per item, the MP4 of each task. */
		const assertParkedSuccess = async (tag, id, items, renderMs) => {
			const run = await c.db.runOf(id);
			const rows = await statusesOf({ tag: id });
			assert.equal(rows[id].status, 'success', `${tag}: parked execution ${id} ended ${rows[id].status}`);
			assert.ok(run.resultData.runData.Done, `${tag}: the workflow went on after the resume`);
			const out = run.resultData.runData[PARKED_NODE].at(-1).data.main[0];
			const creates = await createsFor([tag]);
			assert.equal(creates.length, items, `${tag}: one create per item`);
			for (const [i, item] of out.entries()) {
				const create = creates.find((r) => r.body.prompt === promptOf(tag, i, renderMs));
				assert.ok(create, `${tag} item ${i}: created`);
				assert.equal(item.json.taskId, create.taskId);
				assert.equal(item.json.status, 'completed');
				assert.match(item.binary.video.id, /^database/);
				await sameBytes(item.binary.video.id, create.taskId);
			}
			const starts = startsOf(id);
			assert.ok(starts.reduce((a, b) => a + b, 0) >= 2, `${tag}: started on a worker, then resumed on one (${starts.join('/')} starts)`);
			return starts;
		};

		before(async () => {
			sim = await start.startSimulator(0, { apiKey: API_KEY, renderMs: RENDER_MS, extraArgs: ['--video-bytes', String(VIDEO_BYTES)] });
			assert.ok(sim, 'simulator started');
			c = await startQueueCluster({
				version,
				label: 'e2e',
				packageDir: PACKAGE_DIR,
				brokerPorts: BROKER_PORTS[version],
				credentials: start.demoCredentials(sim.origin, API_KEY),
				workflows: [
					createWaitDownloadWorkflow({ id: WF.poll, path: HOOK.poll, pollIntervalSeconds: 1 }),
					parkWorkflow({ id: WF.park, path: HOOK.park }),
					loopExampleWorkflow({ id: WF.loop, path: HOOK.loop, examplesDir: EXAMPLES_DIR }),
				],
				publish: Object.values(WF),
				env: FAST_CRASH_SETTLING,
			});
			timings.clusterStartMs = Date.now() - t0;
		});

		after(async () => {
			if (c) await c.stop();
			if (sim) await sim.stop();
			console.log(`[queue ${version}] ${Object.entries({ ...timings, totalMs: Date.now() - t0 }).map(([k, v]) => `${k}=${(v / 1000).toFixed(1)}s`).join(' ')}`);
			if (c && process.env.N8N_E2E_KEEP !== '1') fs.rmSync(c.root, { recursive: true, force: true });
		});

		it('20 executions × 3 items at once: all succeed on both workers, exact MP4 bytes from the database, one create per item', async () => {
			const t = Date.now();
			const tags = Array.from({ length: 20 }, (_, i) => `burst${i}`);
			await startRuns('poll', tags, 3);
			const ids = await idsByTag(WF.poll, tags);
			const rows = await waitEnded(ids, 180000);
			timings.burstMs = Date.now() - t;
			for (const tag of tags) assert.equal(rows[ids[tag]].status, 'success', `${tag}: execution ${ids[tag]} ended ${rows[ids[tag]].status}`);

			const ranBy = c.workers.map((w) => executionsStartedBy(w));
			const all = Object.values(ids);
			for (const [i, set] of ranBy.entries()) assert.ok(all.some((id) => set.has(id)), `${c.workers[i].name} ran none of ${all.join(',')}`);
			for (const id of all) assert.equal(ranBy.filter((set) => set.has(id)).length, 1, `execution ${id} was started by exactly one worker`);
			assert.doesNotMatch(c.main.logs(), /Worker started execution/, 'main ran nothing itself');

			const creates = await createsFor(tags);
			assert.equal(creates.length, 60, 'sixty creates');
			for (const tag of tags) {
				const run = await c.db.runOf(ids[tag]);
				const out = run.resultData.runData['Sora: Wait + download'][0].data.main[0];
				assert.equal(out.length, 3, `${tag}: three videos`);
				for (const [i, item] of out.entries()) {
					const mine = creates.filter((r) => r.body.prompt === promptOf(tag, i));
					assert.equal(mine.length, 1, `${tag} item ${i}: ${mine.length} creates`);
					assert.equal(mine[0].status, 200);
					assert.equal(item.json.status, 'completed');
					assert.equal(item.json.taskId, mine[0].taskId, `${tag} item ${i}: the task created for it`);
					assert.match(item.binary.video.id, /^database/, `${tag} item ${i}: binary stored in the database mode (${item.binary.video.id})`);
					// Byte-exact: n8n's copy (REST, from PostgreSQL) against the simulator's file.
					await sameBytes(item.binary.video.id, mine[0].taskId);
				}
			}
		});

		it('Wait Mode "park": executions wait in the database holding no worker, the callback resumes them on a worker, exact MP4s, one create per item', async () => {
			const t = Date.now();
			const tags = ['park0', 'park1', 'park2', 'park3'];
			const renderMs = 15000;
			await startRuns('park', tags, 2, renderMs);
			const ids = await idsByTag(WF.park, tags);
			// Parked = status waiting with a deadline (the Timeout option) in PostgreSQL.
			await seenParked(ids, 60000);
			// The worker saves the execution as waiting, then ends its job: the slot is free while it stays parked.
			await until('the workers to release the parked executions', 20000, async () => {
				const rows = await statusesOf(ids);
				const stillParked = Object.values(ids).filter((id) => rows[id].status === 'waiting');
				return stillParked.length > 0 && executionsRunningOnWorkers(c, stillParked) === 0;
			}, 250);
			await waitEnded(ids, 120000);
			timings.parkMs = Date.now() - t;
			for (const tag of tags) await assertParkedSuccess(tag, ids[tag], 2, renderMs);
			// Nobody polled while parked: every status read of an execution's tasks follows its first callback.
			for (const tag of tags) {
				const taskIds = (await createsFor([tag])).map((r) => r.taskId);
				const firstCallback = Math.min(...(await Promise.all(taskIds.map(async (id) => (await simGet(`/__control/callbacks?taskId=${id}`))[0].attempts[0].at))));
				const reads = (await simGet('/__control/requests?route=status')).filter((r) => taskIds.includes(r.taskId));
				assert.ok(reads.length > 0, `${tag}: the callback handler re-read the tasks`);
				for (const r of reads) assert.ok(r.at >= firstCallback, `${tag}: status read at ${r.at} before the first callback at ${firstCallback}`);
			}
		});

		it('Redis killed and restarted on the same port while executions poll and others are parked: all complete, new ones run', async () => {
			const t = Date.now();
			const pollTags = ['redis0', 'redis1', 'redis2', 'redis3'];
			const parkTags = ['redisPark0', 'redisPark1'];
			const renderMs = 15000;
			await startRuns('poll', pollTags, 2, renderMs);
			await startRuns('park', parkTags, 2, renderMs);
			const pollIds = await idsByTag(WF.poll, pollTags);
			const parkIds = await idsByTag(WF.park, parkTags);
			// The loop example parks for 65 s per pass: started here, it is parked through the restart.
			await startRuns('loop', loopTags, 1);
			loopIds = await idsByTag(WF.loop, loopTags);
			await seenParked(parkIds, 60000);
			await seenParked(loopIds, 60000);
			await until('poll executions running, parked ones waiting', 60000, async () => {
				const rows = { ...(await statusesOf(pollIds)), ...(await statusesOf(parkIds)) };
				return pollTags.every((tg) => rows[pollIds[tg]].status === 'running') && parkTags.every((tg) => rows[parkIds[tg]].status === 'waiting');
			}, 250);
			const loopAtRestart = await statusesOf(loopIds);
			const { oldPid, newPid } = await c.redis.restart('SIGKILL');
			assert.notEqual(oldPid, newPid);
			timings.redisRestartedAfterMs = Date.now() - t0;

			const rows = await waitEnded(pollIds, 120000);
			for (const tag of pollTags) assert.equal(rows[pollIds[tag]].status, 'success', `${tag}: execution ${pollIds[tag]} ended ${rows[pollIds[tag]].status}`);
			assert.equal((await createsFor(pollTags)).length, 8, 'no task created twice');
			await waitEnded(parkIds, 120000);
			for (const tag of parkTags) await assertParkedSuccess(tag, parkIds[tag], 2, renderMs);

			await startRuns('poll', ['redisAfter'], 1);
			const after = await waitEnded(await idsByTag(WF.poll, ['redisAfter']), 90000);
			assert.ok(Object.values(after).every((r) => r.status === 'success'), 'an execution started after the restart runs');
			timings.redisRestartMs = Date.now() - t;
			// Kept for the loop test: were the loop example's executions parked when Redis went down?
			loopIds.atRestart = loopAtRestart;
		});

		it('a worker SIGKILLed: its polling executions end in a defined error state, their tasks created once and never again; parked executions resume on the other worker', async () => {
			const t = Date.now();
			const tags = Array.from({ length: 6 }, (_, i) => `kill${i}`);
			const parkTags = ['killPark0', 'killPark1'];
			const renderMs = 15000;
			await startRuns('poll', tags, 3, renderMs);
			await startRuns('park', parkTags, 2, renderMs);
			const ids = await idsByTag(WF.poll, tags);
			const parkIds = await idsByTag(WF.park, parkTags);
			await until('all 18 poll tasks created, polls running, parked ones waiting', 60000, async () => {
				if ((await createsFor(tags)).length !== 18) return false;
				const rows = { ...(await statusesOf(ids)), ...(await statusesOf(parkIds)) };
				return tags.every((tg) => rows[ids[tg]].status === 'running') && parkTags.every((tg) => rows[parkIds[tg]].status === 'waiting');
			});
			const ranBy = c.workers.map((w) => executionsStartedBy(w));
			const counts = ranBy.map((set) => tags.filter((tg) => set.has(ids[tg])).length);
			const victimIndex = counts[0] >= counts[1] ? 0 : 1;
			const victim = c.workers[victimIndex];
			const onVictim = tags.filter((tg) => ranBy[victimIndex].has(ids[tg]));
			const onOther = tags.filter((tg) => !onVictim.includes(tg));
			assert.ok(onVictim.length > 0, 'the killed worker ran some');
			const parkStartsBefore = Object.fromEntries(parkTags.map((tg) => [tg, startsOf(parkIds[tg])]));
			await victim.kill();

			const rows = await waitEnded(ids, 120000);
			timings.workerKillMs = Date.now() - t;
			const creates = await createsFor(tags);
			for (const tag of onOther) assert.equal(rows[ids[tag]].status, 'success', `${tag} (other worker): ${rows[ids[tag]].status}`);
			for (const tag of onVictim) {
				const id = ids[tag];
				// n8n 2.8/2.41: Bull fails the stalled job (maxStalledCount 0), main then stores the execution as
				// an error with n8n's "processed too many times" message and no run data.
				assert.equal(rows[id].status, 'error', `${tag} (killed worker): execution ${id} ended ${rows[id].status}`);
				const run = await c.db.runOf(id);
				assert.match(run.resultData.error.message, STALLED_MESSAGE, `${tag}: n8n's stalled-job error`);
				assert.deepEqual(Object.keys(run.resultData.runData), [], `${tag}: n8n keeps no run data (the task ids are only at the provider)`);
				assert.equal(run.resultData.runData['Sora: Wait + download'], undefined, `${tag}: the Wait node never finished`);
				for (let i = 0; i < 3; i++) assert.ok(creates.find((r) => r.body.prompt === promptOf(tag, i, renderMs)), `${tag} item ${i}: its task was created (simulator log)`);
			}
			// Parked executions held no worker: they resume on the survivor once their tasks call back.
			await waitEnded(parkIds, 120000);
			for (const tag of parkTags) {
				const starts = await assertParkedSuccess(tag, parkIds[tag], 2, renderMs);
				assert.ok(starts[1 - victimIndex] > parkStartsBefore[tag][1 - victimIndex], `${tag}: resumed on the surviving worker`);
			}
			// The provider keeps rendering (and billing) the orphaned tasks; nobody downloads them.
			await sleep(Math.max(0, renderMs + 3000 - (Date.now() - t)));
			const tasks = await simGet('/__control/tasks');
			const downloads = await simGet('/__control/requests?route=download');
			for (const tag of onVictim) {
				for (let i = 0; i < 3; i++) {
					const task = tasks.find((tk) => tk.prompt === promptOf(tag, i, renderMs));
					assert.ok(task, `${tag} item ${i}: task exists at the provider`);
					assert.equal(downloads.filter((d) => d.taskId === task.id).length, 0, `${tag} item ${i}: never downloaded`);
				}
			}
			// No task is ever created twice: not by a retry, not by a re-run of the stalled job.
			const final = await createsFor(tags);
			assert.equal(final.length, 18, `creates after the crash settled: ${final.length}`);
			for (const tag of tags) for (let i = 0; i < 3; i++) assert.equal(final.filter((r) => r.body.prompt === promptOf(tag, i, renderMs)).length, 1);
		});

		it('the loop example (Get Status → Wait 65 s → Get Status): parked in the database across the Redis restart, resumed by workers, downloads the MP4', async () => {
			const ids = { ...loopIds };
			const atRestart = ids.atRestart;
			delete ids.atRestart;
			const rows = await waitEnded(ids, 240000);
			timings.loopDoneAfterMs = Date.now() - t0;
			for (const tag of loopTags) {
				const id = ids[tag];
				assert.equal(rows[id].status, 'success', `${tag}: loop execution ${id} ended ${rows[id].status}`);
				assert.equal(atRestart[id].status, 'waiting', `${tag}: parked while Redis restarted`);
				const run = await c.db.runOf(id);
				const statusRuns = run.resultData.runData['Sora: Get Status'];
				assert.ok(statusRuns.length >= 2, `${tag}: Get Status ran before and after the Wait (${statusRuns.length} runs)`);
				assert.ok(run.resultData.runData['Wait 65 s (parked)'], `${tag}: went through the Wait node`);
				const [item] = run.resultData.runData['Sora: Download'].at(-1).data.main[0];
				const creates = await createsFor([tag]);
				assert.equal(creates.length, 1, `${tag}: one create`);
				assert.equal(item.json.taskId, creates[0].taskId);
				await sameBytes(item.binary.data.id, creates[0].taskId);
				const starts = startsOf(id);
				assert.ok(starts.reduce((a, b) => a + b, 0) >= 2, `${tag}: resumed on a worker after the park (${starts.join('/')} starts)`);
			}
		});
	});
}

/** Executions among `ids` that a worker log shows started and not finished (a worker slot held). */
function executionsRunningOnWorkers(cluster, ids) {
	let n = 0;
	for (const w of cluster.workers) {
		const logs = w.logs();
		for (const id of ids) {
			const started = (logs.match(new RegExp(`Worker started execution ${id} \\(`, 'g')) || []).length;
			const finished = (logs.match(new RegExp(`Worker finished execution ${id} \\(`, 'g')) || []).length;
			n += started - finished;
		}
	}
	return n;
}

async function fetchBytes(url, cookie) {
	const res = await fetch(url, { headers: cookie ? { cookie, 'browser-id': rest.BROWSER_ID } : {}, signal: AbortSignal.timeout(30000) });
	assert.equal(res.status, 200, url);
	return Buffer.from(await res.arrayBuffer());
}
