'use strict';
/**
 * The scale part of `npm run bench:park`: N executions, each started by a production webhook and
 * parking one YutoAI task (Create + Wait for Completion, Wait Mode park, download on), in one n8n main
 * (SQLite, regular mode), or with `--queue` in queue mode (main + 2 workers, PostgreSQL, Redis). The benchmark then plays the provider: it marks every task finished and
 * POSTs each task's callback itself, all at once (burst) or at a steady rate, the way EvoLink documents
 * it (10 s per attempt, retries after 1 / 2 / 4 s, a 2xx counts as delivered).
 *
 *   node bench/park.js --scale 1000 [--release burst|steady] [--rate 50] [--n8n-version 2.8.4] [--queue]
 *                      [--n8n-env KEY=VALUE,...]
 *
 * Figures: time to park N; main RSS and CPU while N are parked; callback answer time p50/p95/max (first
 * attempts); first attempts without a 2xx within 10 s (what the provider counts as failed) and
 * callbacks given up after the retries; the answers to retries; a late retry of every callback after the
 * run ended (answered by n8n alone: its floor); resumes per second; resume latency
 * (callback sent → execution stopped) p50/p95/max; every task created once, every execution ended,
 * every video downloaded once.
 */
const fs = require('node:fs');
const H = require('../test/e2e/harness');
const rest = require('../scripts/n8n/rest');
const start = require('../scripts/start');
const { startQueueCluster } = require('../scripts/queue/cluster');

const API_KEY = 'sk-bench-park-scale-0000';
const WORKFLOW_ID = 'benchParkScale01';
const HOOK_PATH = 'bench-park-scale';
const ATTEMPT_TIMEOUT_MS = 10000;
const RETRY_DELAYS_MS = [1000, 2000, 4000];

function scaleWorkflow() {
	const cred = start.DEMO_CREDENTIALS.find((c) => c.type === 'yutoAiApi');
	return {
		id: WORKFLOW_ID,
		name: 'bench park scale: webhook → Create + park → Done',
		active: false,
		nodes: [
			{ id: 'bps-hook', name: 'Webhook', type: 'n8n-nodes-base.webhook', typeVersion: 2, position: [0, 0], webhookId: 'bench-park-scale-hook', parameters: { httpMethod: 'POST', path: HOOK_PATH, responseMode: 'onReceived', options: {} } },
			{
				id: 'bps-sora',
				name: 'Sora',
				type: 'n8n-nodes-sora.sora',
				typeVersion: 2,
				position: [240, 0],
				parameters: {
					provider: 'yutoai',
					operation: 'create',
					model: 'sora-2',
					// [stuck]: the simulator never ends nor calls back by itself; the benchmark does both.
					prompt: "={{ 'scale ' + $json.body.n + ' [stuck] [render-ms=500]' }}",
					duration: 10,
					aspectRatio: '16:9',
					resolution: '720p',
					waitForCompletion: true,
					waitMode: 'park',
					options: { download: true, timeoutSeconds: 7200 },
				},
				credentials: { yutoAiApi: { id: cred.id, name: cred.name } },
			},
			{ id: 'bps-done', name: 'Done', type: 'n8n-nodes-base.noOp', typeVersion: 1, position: [480, 0], parameters: {} },
		],
		connections: { Webhook: { main: [[{ node: 'Sora', type: 'main', index: 0 }]] }, Sora: { main: [[{ node: 'Done', type: 'main', index: 0 }]] } },
		settings: { executionOrder: 'v1', saveDataSuccessExecution: 'all', saveDataErrorExecution: 'all' },
		pinData: {},
	};
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const pct = (values, p) => {
	if (values.length === 0) return NaN;
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const msText = (v) => (Number.isFinite(v) ? `${Math.round(v)} ms` : 'n/a');

/** Runs `fn` over `items` with at most `limit` at once. */
async function pool(items, limit, fn) {
	const results = new Array(items.length);
	let next = 0;
	await Promise.all(
		Array.from({ length: Math.min(limit, items.length) }, async () => {
			while (next < items.length) {
				const i = next++;
				results[i] = await fn(items[i], i);
			}
		}),
	);
	return results;
}

async function postJson(url, body, timeoutMs) {
	const t0 = Date.now();
	try {
		const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), signal: AbortSignal.timeout(timeoutMs) });
		const text = await res.text();
		return { status: res.status, text: text.slice(0, 200), ms: Date.now() - t0 };
	} catch (error) {
		return { status: 0, text: String(error.name || error), ms: Date.now() - t0 };
	}
}

/** One task's callback as EvoLink sends it: up to four attempts, each with 10 s. */
async function deliver(task) {
	const body = { task_id: task.id, status: 'SUCCESS', progress: '100%' };
	const attempts = [];
	const sentAt = Date.now();
	for (let i = 0; i <= RETRY_DELAYS_MS.length; i++) {
		if (i > 0) await sleep(RETRY_DELAYS_MS[i - 1]);
		const answer = await postJson(task.body.notify_hook, body, ATTEMPT_TIMEOUT_MS);
		attempts.push(answer);
		if (answer.status >= 200 && answer.status < 300) break;
	}
	return { task, sentAt, attempts };
}

function procStat(pid) {
	const rssKb = Number((/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8')) || [])[1]);
	const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
	return { rssMb: rssKb / 1024, cpuTicks: Number(fields[11]) + Number(fields[12]) };
}

/** One n8n main on SQLite (regular mode), with the scale workflow published. */
async function startRegularMain(version, sim, brokerPorts, n8nEnv) {
	const h = await H.prepareInstance({ version, label: 'bench-park-scale' });
	await h.importCredentials(start.demoCredentials(sim.origin, API_KEY));
	await h.importWorkflow(scaleWorkflow());
	await h.publishWorkflow(WORKFLOW_ID);
	const server = await h.startServer(await H.cli.getFreePort(), { brokerPort: brokerPorts[0], extra: n8nEnv });
	await rest.setupOwner(server.url, start.OWNER);
	const session = await rest.login(server.url, start.OWNER.email, start.OWNER.password);
	return {
		main: server,
		session,
		async stop() {
			await server.stop();
			await h.cleanup();
		},
	};
}

/** n8n in queue mode: one main, two workers, PostgreSQL and Redis (scripts/queue/cluster.js). */
async function startQueueMain(version, sim, brokerPorts, n8nEnv) {
	const cluster = await startQueueCluster({
		version,
		label: 'bench-park-scale',
		brokerPorts,
		credentials: start.demoCredentials(sim.origin, API_KEY),
		workflows: [scaleWorkflow()],
		publish: [WORKFLOW_ID],
		env: n8nEnv,
	});
	return {
		main: cluster.main,
		session: cluster.session,
		async stop() {
			await cluster.stop();
			fs.rmSync(cluster.root, { recursive: true, force: true });
		},
	};
}

async function scaleRun({ version, n, release, rate, brokerPorts, queue = false, n8nEnv = {} }) {
	const sim = await start.startSimulator(0, { apiKey: API_KEY, renderMs: 500, extraArgs: ['--video-bytes', String(64 * 1024)] });
	let target;
	// Stopped from outside (Ctrl-C, a timeout): stop n8n and the simulator too, not only this process.
	const onSignal = async () => {
		if (target) await target.stop();
		await sim.stop();
		process.exit(130);
	};
	process.once('SIGINT', onSignal);
	process.once('SIGTERM', onSignal);
	try {
		target = await (queue ? startQueueMain : startRegularMain)(version, sim, brokerPorts, n8nEnv);
		const { main: server, session } = target;
		const simGet = async (route) => (await H.httpJson(`${sim.origin}${route}`)).json;
		const countByStatus = async (status) => {
			const q = encodeURIComponent(JSON.stringify({ workflowId: WORKFLOW_ID, status: [status] }));
			// Under load n8n may not answer within 30 s, or answer 503 while its database health ping fails:
			// not an answer yet, ask again.
			const res = await rest.request(server.url, `/rest/executions?filter=${q}&limit=1`, { cookie: session.cookie }).catch((error) => {
				if (error.name === 'TimeoutError') return { status: 503 };
				throw error;
			});
			if (res.status === 503) return 0;
			if (!res.json || !res.json.data) throw new Error(`GET /rest/executions → ${res.status}: ${String(res.text).slice(0, 300)}`);
			return Number(res.json.data.count ?? 0);
		};

		// 1. Park N: every execution started by its own webhook call (50 at a time).
		const t0 = Date.now();
		const started = await pool(Array.from({ length: n }, (_, i) => i), 50, async (i) => await postJson(`${server.url}/webhook/${HOOK_PATH}`, { n: i }, 60000));
		const refused = started.filter((a) => a.status !== 200);
		if (refused.length) console.error(`${refused.length} start requests failed, e.g. ${JSON.stringify(refused[0])}`);
		for (;;) {
			const waiting = await countByStatus('waiting');
			if (waiting >= n - refused.length) break;
			if (Date.now() - t0 > 30 * 60000) throw new Error(`only ${waiting} of ${n} parked after 30 min`);
			await sleep(500);
		}
		const parkMs = Date.now() - t0;

		// 2. Main while N are parked: RSS and CPU over 10 s.
		const before = procStat(server.pid);
		await sleep(10000);
		const after = procStat(server.pid);
		const cpuPct = ((after.cpuTicks - before.cpuTicks) / 100 / 10) * 100;

		// 3. The provider: every task finishes (no callback of its own), then the callbacks go out.
		const tasks = (await simGet('/__control/tasks')).filter((t) => /^scale \d+ /.test(t.prompt));
		await pool(tasks, 50, async (task) => await H.httpJson(`${sim.origin}/__control/outcome`, { method: 'POST', body: { taskId: task.id, outcome: 'complete' } }));
		await sleep(600);
		const releaseAt = Date.now();
		const deliveries = release === 'burst'
			? await Promise.all(tasks.map((task) => deliver(task)))
			: await Promise.all(tasks.map(async (task, i) => {
				await sleep((i * 1000) / rate);
				return await deliver(task);
			}));

		// 4. Every execution ends. Every delivery is over by now, so an execution whose callback the provider
		// gave up on stays parked until its deadline: stop waiting once the count has not moved for 2 min.
		for (let last = -1, movedAt = Date.now(); ;) {
			const ended = (await countByStatus('success')) + (await countByStatus('error')) + (await countByStatus('crashed'));
			if (ended >= tasks.length) break;
			if (ended !== last) [last, movedAt] = [ended, Date.now()];
			if (Date.now() - movedAt > 2 * 60000 || Date.now() - releaseAt > 20 * 60000) break;
			await sleep(1000);
		}
		const ends = [];
		await pool(deliveries, 10, async (d) => {
			const id = /\/webhook-waiting\/([^/]+)\//.exec(d.task.body.notify_hook)[1];
			const res = await rest.request(server.url, `/rest/executions/${id}`, { cookie: session.cookie }).catch(() => undefined);
			const e = res?.json?.data;
			if (!e) return ends.push({ status: 'unread' });
			ends.push({ status: e.status, latency: new Date(e.stoppedAt).getTime() - d.sentAt, stoppedAt: new Date(e.stoppedAt).getTime() });
		});
		const requests = await simGet('/__control/requests');
		const creates = requests.filter((r) => r.route === 'create' && r.status === 200);
		const downloads = new Map();
		for (const r of requests.filter((x) => x.route === 'download')) downloads.set(r.taskId, (downloads.get(r.taskId) || 0) + 1);
		const prompts = new Set(tasks.map((t) => t.prompt));
		// 5. A provider's late retry of every callback, once the run is over (read above): n8n answers it
		// before any node code runs (409), so these answer times are n8n's own floor for a burst here. A
		// 200 is an execution still parked because the provider gave up on its callback.
		const late = await Promise.all(deliveries.map(async (d) => await postJson(d.task.body.notify_hook, { task_id: d.task.id, status: 'SUCCESS', progress: '100%' }, ATTEMPT_TIMEOUT_MS)));

		const first = deliveries.map((d) => d.attempts[0]);
		const ok = (a) => a.status >= 200 && a.status < 300;
		const retryAnswers = {};
		for (const d of deliveries) for (const a of d.attempts.slice(1)) retryAnswers[a.status] = (retryAnswers[a.status] || 0) + 1;
		const success = ends.filter((e) => e.status === 'success');
		const lastStop = Math.max(...success.map((e) => e.stoppedAt));
		return {
			version, n, release, rate, queue, n8nEnv,
			parked: tasks.length,
			parkS: parkMs / 1000,
			rssMb: after.rssMb,
			cpuPct,
			answerP50: pct(first.map((a) => a.ms), 50),
			answerP95: pct(first.map((a) => a.ms), 95),
			answerMax: Math.max(...first.map((a) => a.ms)),
			firstNot2xxIn10s: first.filter((a) => !ok(a) || a.ms > ATTEMPT_TIMEOUT_MS).length,
			firstAnswers: first.reduce((m, a) => ({ ...m, [a.status]: (m[a.status] || 0) + 1 }), {}),
			givenUp: deliveries.filter((d) => !d.attempts.some(ok)).length,
			retryAnswers,
			lateAnswers: late.reduce((m, a) => ({ ...m, [a.status]: (m[a.status] || 0) + 1 }), {}),
			lateP50: pct(late.map((a) => a.ms), 50),
			lateP95: pct(late.map((a) => a.ms), 95),
			lateMax: Math.max(...late.map((a) => a.ms)),
			resumesPerS: success.length / ((lastStop - releaseAt) / 1000),
			latencyP50: pct(success.map((e) => e.latency), 50),
			latencyP95: pct(success.map((e) => e.latency), 95),
			latencyMax: Math.max(...success.map((e) => e.latency)),
			ended: ends.filter((e) => ['success', 'error', 'crashed'].includes(e.status)).length,
			unread: ends.filter((e) => e.status === 'unread').length,
			succeeded: success.length,
			createdOnce: creates.length === n && prompts.size === n,
			downloadedOnce: tasks.every((t) => downloads.get(t.id) === 1),
			creates: creates.length,
		};
	} finally {
		process.off('SIGINT', onSignal);
		process.off('SIGTERM', onSignal);
		if (target) await target.stop();
		await sim.stop();
	}
}

function printScale(r, machine) {
	console.log(`\nPark at scale: N = ${r.n}, callbacks released ${r.release === 'burst' ? 'in one burst' : `at ${r.rate}/s`}; n8n ${r.version}, ${r.queue ? 'queue mode: one main, 2 workers, PostgreSQL, Redis' : 'one main, SQLite, regular mode'}${Object.keys(r.n8nEnv).length ? `; n8n settings ${Object.entries(r.n8nEnv).map(([k, v]) => `${k}=${v}`).join(' ')}` : ''}; ${machine}`);
	console.log('| figure | measured |');
	console.log('|---|---|');
	console.log(`| parked | ${r.parked} of ${r.n} in ${r.parkS.toFixed(1)} s |`);
	console.log(`| main while parked | RSS ${Math.round(r.rssMb)} MB (${(r.rssMb / r.n).toFixed(2)} MB each), CPU ${r.cpuPct.toFixed(1)} % |`);
	console.log(`| callback answer (first attempt) | p50 ${msText(r.answerP50)}, p95 ${msText(r.answerP95)}, max ${msText(r.answerMax)}; answers ${JSON.stringify(r.firstAnswers)} |`);
	console.log(`| first attempts without a 2xx within 10 s | ${r.firstNot2xxIn10s}; given up after 3 retries: ${r.givenUp}; retry answers ${JSON.stringify(r.retryAnswers)} |`);
	console.log(`| a late retry of every callback, after the run (n8n answers; no node code runs) | p50 ${msText(r.lateP50)}, p95 ${msText(r.lateP95)}, max ${msText(r.lateMax)}; answers ${JSON.stringify(r.lateAnswers)} |`);
	console.log(`| resumes | ${r.resumesPerS.toFixed(1)} per s; latency callback → execution ended p50 ${msText(r.latencyP50)}, p95 ${msText(r.latencyP95)}, max ${msText(r.latencyMax)} |`);
	console.log(`| ended | ${r.ended} of ${r.n} (${r.succeeded} success${r.unread ? `; ${r.unread} could not be read from n8n's REST API` : ''}); every task created once: ${r.createdOnce ? 'yes' : `NO (${r.creates} creates)`}; every video downloaded once: ${r.downloadedOnce ? 'yes' : 'NO'} |`);
}

module.exports = { scaleRun, printScale };
