#!/usr/bin/env node
'use strict';
/**
 * `npm run start:queue`: the keyless demo in queue mode. Installs Redis and PostgreSQL when missing
 * (Debian packages, as root), starts them privately, then n8n main + two workers (concurrency 5), each
 * with its own install of this package, the provider simulator and its demo credentials, and a webhook
 * workflow (Create → Wait → download). Prints how to start executions; Ctrl-C stops everything.
 *
 * Options: --n8n-version 2.8.4|2.41.1  --port 5678  --render-ms 5000  --smoke (start 3 executions, check
 * they succeed on the workers, then stop)  --package-dir DIR (a built copy of the package; default this repo)
 */
const path = require('node:path');
const E = require('../n8n/env');
const { fmtMs } = require('../n8n/proc');
const start = require('../start');
const { startQueueCluster, executionsStartedBy } = require('./cluster');
const { createWaitDownloadWorkflow, trigger } = require('./workflows');

const WORKFLOW_ID = 'soraQueueDemo001';
const HOOK_PATH = 'sora-queue-demo';
/** N8N_RUNNERS_BROKER_PORT for main and the two workers of the demo. */
const BROKER_PORTS = [5760, 5761, 5762];

function parseArgs(argv) {
	const o = { version: E.DEFAULT_VERSION, port: 5678, renderMs: 5000, smoke: false, packageDir: E.REPO_ROOT };
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		const next = () => argv[++i];
		if (a === '--n8n-version') o.version = next();
		else if (a === '--port') o.port = Number(next());
		else if (a === '--render-ms') o.renderMs = Number(next());
		else if (a === '--smoke') o.smoke = true;
		else if (a === '--package-dir') o.packageDir = path.resolve(next());
		else throw new Error(`Unknown option ${a}`);
	}
	E.versionConfig(o.version);
	return o;
}

async function waitForExecutions(db, count, timeoutMs) {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const rows = await db.executionsOf(WORKFLOW_ID);
		const done = rows.filter((r) => !['new', 'running', 'waiting'].includes(r.status));
		if (rows.length >= count && done.length === rows.length) return rows;
		if (Date.now() > deadline) throw new Error(`executions not finished after ${timeoutMs} ms: ${JSON.stringify(rows.map((r) => r.status))}`);
		await new Promise((r) => setTimeout(r, 1000));
	}
}

async function main() {
	const o = parseArgs(process.argv.slice(2));
	const t0 = Date.now();
	const log = (m) => console.log(`[start:queue] ${m}`);
	let sim = null;
	let cluster = null;
	let stopping = false;
	const shutdown = async (code) => {
		if (stopping) return;
		stopping = true;
		log('stopping…');
		if (cluster) await cluster.stop();
		if (sim) await sim.stop();
		process.exit(code);
	};
	process.on('SIGINT', () => shutdown(0));
	process.on('SIGTERM', () => shutdown(0));
	try {
		sim = await start.startSimulator(0, { renderMs: o.renderMs });
		log(`simulator at ${sim.origin}`);
		cluster = await startQueueCluster({
			version: o.version,
			label: 'demo',
			port: o.port,
			packageDir: o.packageDir,
			brokerPorts: BROKER_PORTS,
			credentials: start.demoCredentials(sim.origin),
			workflows: [createWaitDownloadWorkflow({ id: WORKFLOW_ID, path: HOOK_PATH, pollIntervalSeconds: 2 })],
			publish: [WORKFLOW_ID],
			log,
		});
		console.log('');
		console.log(`  n8n ${o.version} in queue mode: main ${cluster.main.url}, workers ${cluster.workers.map((w) => `${w.name} (pid ${w.pid})`).join(', ')}`);
		console.log(`  login: ${cluster.owner.email} / ${cluster.owner.password}`);
		console.log(`  start an execution: curl -X POST ${cluster.main.url}/webhook/${HOOK_PATH} -H 'content-type: application/json' -d '{"tag":"demo","items":3}'`);
		console.log(`  logs and data: ${cluster.root}`);
		console.log(`  ready in ${fmtMs(Date.now() - t0)}. Press Ctrl-C to stop.`);
		console.log('');
		if (o.smoke) {
			await Promise.all([1, 2, 3].map((n) => trigger(cluster.main.url, HOOK_PATH, { tag: `smoke-${n}`, items: 2 })));
			const rows = await waitForExecutions(cluster.db, 3, 120000);
			const byWorker = cluster.workers.map((w) => `${w.name}: ${[...executionsStartedBy(w)].join(',') || '-'}`);
			log(`smoke: ${rows.map((r) => `#${r.id} ${r.status}`).join(', ')}; ${byWorker.join('; ')}`);
			await shutdown(rows.every((r) => r.status === 'success') ? 0 : 1);
		}
	} catch (err) {
		console.error(`[start:queue] FAILED: ${err.stack || err.message}`);
		if (cluster) console.error(`[start:queue] logs under ${path.join(cluster.root)}`);
		await shutdown(1);
	}
}

main();
