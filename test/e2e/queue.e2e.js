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
const { createWaitDownloadWorkflow, trigger, promptOf } = require('../../scripts/queue/workflows');

const API_KEY = 'sk-e2e-queue';
const RENDER_MS = 3000;
const VIDEO_BYTES = 200 * 1024;
const WF_ID = 'soraQueueE2e0001';
const HOOK = 'sora-queue-e2e';
const SIM_CLI = path.join(H.E.REPO_ROOT, 'dev', 'simulator', 'cli.js');
const NODE_FILE = path.join(H.E.REPO_ROOT, 'dist', 'nodes', 'Sora', 'Sora.node.js');
/** N8N_RUNNERS_BROKER_PORT for main + 2 workers, per version (this suite's range: 5730-5739). */
const BROKER_PORTS = { '2.8.4': [5730, 5731, 5732], '2.41.1': [5735, 5736, 5737] };
/** Shorter than n8n's defaults (lock 60 s, stall check 30 s, recovery every 180 min) so a crash settles in seconds. */
const FAST_CRASH_SETTLING = {
	QUEUE_WORKER_LOCK_DURATION: '10000',
	QUEUE_WORKER_LOCK_RENEW_TIME: '2000',
	QUEUE_WORKER_STALLED_INTERVAL: '5000',
	N8N_EXECUTIONS_QUEUE_RECOVERY_INTERVAL: '0.25',
	// A crashed execution then keeps what its finished nodes returned: the Create node's task ids.
	EXECUTIONS_DATA_SAVE_ON_PROGRESS: 'true',
};
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

const tagOfPrompt = (p) => (typeof p === 'string' ? (p.match(/^queue (\S+) item/) || [])[1] : undefined);

for (const version of H.versionsUnderTest()) {
	describe(`queue mode on real n8n ${version}`, { timeout: 10 * 60 * 1000, skip: skipAll() || H.skipReason(version) || false }, () => {
		let sim;
		let c;
		const t0 = Date.now();
		const timings = {};

		const simGet = async (route) => {
			const res = await H.httpJson(`${sim.origin}${route}`);
			assert.equal(res.status, 200, route);
			return res.json;
		};
		const createsFor = async (tags) => {
			const set = new Set(tags);
			return (await simGet('/__control/requests?route=create')).filter((r) => set.has(tagOfPrompt(r.body && r.body.prompt)));
		};
		/** Executions of this workflow whose Items node holds one of `tags`, as {tag → row}. */
		const executionsByTag = async (tags) => {
			const out = {};
			for (const row of await c.db.executionsOf(WF_ID)) {
				const run = await c.db.runOf(row.id);
				const tag = run?.resultData?.runData?.Items?.[0]?.data?.main?.[0]?.[0]?.json?.tag;
				if (tags.includes(tag)) out[tag] = row;
			}
			return out;
		};
		const startRuns = (tags, items, renderMs) => Promise.all(tags.map((tag) => trigger(c.main.url, HOOK, { tag, items, renderMs })));
		const waitAllEnded = (tags, timeoutMs) =>
			until(`${tags.length} executions to end`, timeoutMs, async () => {
				const m = await executionsByTag(tags);
				return tags.every((t) => m[t] && ENDED.includes(m[t].status)) ? m : null;
			});

		before(async () => {
			sim = await start.startSimulator(0, { apiKey: API_KEY, renderMs: RENDER_MS, extraArgs: ['--video-bytes', String(VIDEO_BYTES)] });
			assert.ok(sim, 'simulator started');
			c = await startQueueCluster({
				version,
				label: 'e2e',
				brokerPorts: BROKER_PORTS[version],
				credentials: start.demoCredentials(sim.origin, API_KEY),
				workflows: [createWaitDownloadWorkflow({ id: WF_ID, path: HOOK, pollIntervalSeconds: 1 })],
				publish: [WF_ID],
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
			await startRuns(tags, 3);
			const rows = await waitAllEnded(tags, 180000);
			timings.burstMs = Date.now() - t;
			for (const tag of tags) assert.equal(rows[tag].status, 'success', `${tag}: execution ${rows[tag].id} ended ${rows[tag].status}`);

			const ids = tags.map((tag) => rows[tag].id);
			const ranBy = c.workers.map((w) => executionsStartedBy(w));
			for (const [i, set] of ranBy.entries()) assert.ok(ids.some((id) => set.has(id)), `${c.workers[i].name} ran none of ${ids.join(',')}`);
			for (const id of ids) assert.equal(ranBy.filter((s) => s.has(id)).length, 1, `execution ${id} was started by exactly one worker`);
			assert.doesNotMatch(c.main.logs(), /Worker started execution/, 'main ran nothing itself');

			const creates = await createsFor(tags);
			assert.equal(creates.length, 60, 'sixty creates');
			for (const tag of tags) {
				for (let i = 0; i < 3; i++) {
					const mine = creates.filter((r) => r.body.prompt === promptOf(tag, i));
					assert.equal(mine.length, 1, `${tag} item ${i}: ${mine.length} creates`);
					assert.equal(mine[0].status, 200);
				}
			}

			for (const tag of tags) {
				const run = await c.db.runOf(rows[tag].id);
				const out = run.resultData.runData['Sora: Wait + download'][0].data.main[0];
				assert.equal(out.length, 3, `${tag}: three videos`);
				for (const [i, item] of out.entries()) {
					assert.equal(item.json.status, 'completed');
					const create = creates.find((r) => r.body.prompt === promptOf(tag, i));
					assert.equal(item.json.taskId, create.taskId, `${tag} item ${i}: the task created for it`);
					const bin = item.binary.video;
					assert.match(bin.id, /^database/, `${tag} item ${i}: binary stored in the database mode (${bin.id})`);
					const stored = await rest.request(c.main.url, `/rest/binary-data?id=${encodeURIComponent(bin.id)}&action=download`, { cookie: c.session.cookie });
					assert.equal(stored.status, 200, `${bin.id}: ${stored.text.slice(0, 200)}`);
				}
			}
			// Byte-exact comparison: n8n's copy (REST, from PostgreSQL) against the simulator's file.
			const item = (await c.db.runOf(rows[tags[7]].id)).resultData.runData['Sora: Wait + download'][0].data.main[0];
			for (const it of item) {
				const fromN8n = await fetchBytes(`${c.main.url}/rest/binary-data?id=${encodeURIComponent(it.binary.video.id)}&action=download`, c.session.cookie);
				const fromSim = await fetchBytes(`${sim.origin}/files/${it.json.taskId}.mp4`);
				assert.equal(fromSim.length, VIDEO_BYTES);
				assert.ok(fromN8n.equals(fromSim), `${it.json.taskId}: n8n's stored bytes (${fromN8n.length}) equal the simulator's (${fromSim.length})`);
			}
		});

		it('Redis killed and restarted on the same port while executions poll: they still complete, new ones run', async () => {
			const t = Date.now();
			const tags = ['redis0', 'redis1', 'redis2', 'redis3'];
			await startRuns(tags, 2, 8000);
			await until('all 8 tasks created', 60000, async () => (await createsFor(tags)).length === 8);
			await until('the 4 executions running on workers', 30000, async () => {
				const m = await executionsByTag(tags);
				return tags.every((tg) => m[tg] && m[tg].status === 'running');
			});
			const { oldPid, newPid } = await c.redis.restart('SIGKILL');
			assert.notEqual(oldPid, newPid);
			const rows = await waitAllEnded(tags, 120000);
			for (const tag of tags) assert.equal(rows[tag].status, 'success', `${tag}: execution ${rows[tag].id} ended ${rows[tag].status}`);
			assert.equal((await createsFor(tags)).length, 8, 'no task created twice');

			await startRuns(['redisAfter'], 1);
			const after = await waitAllEnded(['redisAfter'], 90000);
			assert.equal(after.redisAfter.status, 'success', 'an execution started after the restart runs');
			timings.redisRestartMs = Date.now() - t;
		});

		it('a worker SIGKILLed while executions poll on it: they end crashed, tasks created once and named; the other worker is unaffected', async () => {
			const t = Date.now();
			const tags = Array.from({ length: 6 }, (_, i) => `kill${i}`);
			const renderMs = 15000;
			await startRuns(tags, 3, renderMs);
			await until('all 18 tasks created', 60000, async () => (await createsFor(tags)).length === 18);
			const running = await until('the 6 executions running', 30000, async () => {
				const m = await executionsByTag(tags);
				return tags.every((tg) => m[tg] && m[tg].status === 'running') ? m : null;
			});
			const ranBy = c.workers.map((w) => executionsStartedBy(w));
			const counts = ranBy.map((s) => tags.filter((tg) => s.has(running[tg].id)).length);
			const victimIndex = counts[0] >= counts[1] ? 0 : 1;
			const victim = c.workers[victimIndex];
			const onVictim = tags.filter((tg) => ranBy[victimIndex].has(running[tg].id));
			const onOther = tags.filter((tg) => !onVictim.includes(tg));
			assert.ok(onVictim.length > 0, 'the killed worker ran some');
			await victim.kill();

			const rows = await waitAllEnded(tags, 120000);
			timings.workerKillMs = Date.now() - t;
			const creates = await createsFor(tags);
			for (const tag of onOther) assert.equal(rows[tag].status, 'success', `${tag} (other worker): ${rows[tag].status}`);
			for (const tag of onVictim) {
				assert.equal(rows[tag].status, 'crashed', `${tag} (killed worker): execution ${rows[tag].id} ended ${rows[tag].status}`);
				// The Create node had finished before the kill: its saved output names each created task.
				const run = await c.db.runOf(rows[tag].id);
				const created = run.resultData.runData['Sora: Create'][0].data.main[0].map((it) => it.json.taskId);
				const simIds = [0, 1, 2].map((i) => creates.find((r) => r.body.prompt === promptOf(tag, i, renderMs)).taskId);
				assert.deepEqual(created, simIds, `${tag}: the saved Create output names the simulator's tasks`);
				assert.equal(run.resultData.runData['Sora: Wait + download'], undefined, `${tag}: the Wait node never finished`);
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
	});
}

async function fetchBytes(url, cookie) {
	const res = await fetch(url, { headers: cookie ? { cookie, 'browser-id': rest.BROWSER_ID } : {}, signal: AbortSignal.timeout(30000) });
	assert.equal(res.status, 200, url);
	return Buffer.from(await res.arrayBuffer());
}
