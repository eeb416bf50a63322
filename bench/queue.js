#!/usr/bin/env node
'use strict';
/**
 * `npm run bench:queue`: 100 videos through n8n in queue mode (main + 2 workers, concurrency 5 each =
 * 10 worker slots), each video its own execution (webhook → yutoai Create + Wait for Completion + download), against the
 * provider simulator rendering every task for --render-ms.
 *
 * Figures per waiting mode: wall time from the first request to the last execution ended, worker
 * slot-seconds held (sum of each execution's time on a worker, from PostgreSQL's startedAt/stoppedAt;
 * a parked execution's park time is not on a worker), and the most executions running at once.
 *
 *   node bench/queue.js [--n8n-version 2.8.4] [--videos 100] [--render-ms 6000] [--poll-s 2] [--package-dir DIR]
 *
 * Parked mode needs the node's "park" Wait Mode (issue 10). Until the installed package has it, only poll
 * mode is measured and the output says so.
 */
const fs = require('node:fs');
const path = require('node:path');
const E = require('../scripts/n8n/env');
const start = require('../scripts/start');
const { startQueueCluster } = require('../scripts/queue/cluster');
const { parkWorkflow, trigger } = require('../scripts/queue/workflows');

/** This benchmark's N8N_RUNNERS_BROKER_PORT range: 5745-5747. */
const BROKER_PORTS = [5745, 5746, 5747];
const ROOT = path.resolve(__dirname, '..');

function readArgs(argv) {
	const a = { version: E.DEFAULT_VERSION, videos: 100, renderMs: 6000, pollS: 2, packageDir: ROOT };
	for (let i = 0; i < argv.length; i++) {
		const next = () => argv[++i];
		if (argv[i] === '--n8n-version') a.version = next();
		else if (argv[i] === '--videos') a.videos = Number(next());
		else if (argv[i] === '--render-ms') a.renderMs = Number(next());
		else if (argv[i] === '--poll-s') a.pollS = Number(next());
		else if (argv[i] === '--package-dir') a.packageDir = path.resolve(next());
		else throw new Error(`Unknown option ${argv[i]}`);
	}
	return a;
}

/** Does the built node offer Wait Mode "park" for yutoai (issue 10)? Asked of the package under test. */
function parkedModeAvailable(packageDir) {
	const file = path.join(packageDir, 'dist', 'nodes', 'Sora', 'Sora.node.js');
	if (!fs.existsSync(file)) return false;
	const { Sora } = require(file);
	const waitMode = new Sora().description.properties.find((p) => p.name === 'waitMode');
	return Boolean(waitMode && waitMode.options.some((o) => o.value === 'park') && waitMode.displayOptions.show.provider.includes('yutoai'));
}

/** Peak number of intervals open at once. */
function peakOverlap(intervals) {
	const events = intervals.flatMap(([s, e]) => [
		[s, 1],
		[e, -1],
	]);
	events.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
	let cur = 0;
	let peak = 0;
	for (const [, d] of events) peak = Math.max(peak, (cur += d));
	return peak;
}

async function measure(cluster, { id, hook, videos }) {
	const t0 = Date.now();
	const tags = Array.from({ length: videos }, (_, i) => `bench${i}`);
	await Promise.all(tags.map((tag) => trigger(cluster.main.url, hook, { tag, items: 1 })));
	let rows;
	for (;;) {
		rows = await cluster.db.executionsOf(id);
		if (rows.length >= videos && rows.every((r) => ['success', 'error', 'crashed', 'canceled'].includes(r.status))) break;
		if (Date.now() - t0 > 30 * 60 * 1000) throw new Error('bench: executions not finished after 30 min');
		await new Promise((r) => setTimeout(r, 1000));
	}
	const wallMs = Date.now() - t0;
	const intervals = rows.map((r) => [new Date(r.startedAt).getTime(), new Date(r.stoppedAt).getTime()]);
	const slotSeconds = intervals.reduce((s, [a, b]) => s + (b - a), 0) / 1000;
	return { wallMs, slotSeconds, peak: peakOverlap(intervals), ok: rows.filter((r) => r.status === 'success').length, total: rows.length };
}

async function main() {
	const a = readArgs(process.argv.slice(2));
	const log = (m) => process.stderr.write(`[bench:queue] ${m}\n`);
	const parked = parkedModeAvailable(a.packageDir);
	const sim = await start.startSimulator(0, { renderMs: a.renderMs });
	const modes = [{ name: 'poll', id: 'soraQueueBench01', hook: 'sora-queue-bench-poll', waitMode: 'poll' }];
	if (parked) modes.push({ name: 'park', id: 'soraQueueBench02', hook: 'sora-queue-bench-park', waitMode: 'park' });
	let cluster;
	try {
		cluster = await startQueueCluster({
			version: a.version,
			label: 'bench',
			brokerPorts: BROKER_PORTS,
			credentials: start.demoCredentials(sim.origin),
			packageDir: a.packageDir,
			workflows: modes.map((m) => parkWorkflow({ id: m.id, path: m.hook, waitMode: m.waitMode, pollIntervalSeconds: a.pollS })),
			publish: modes.map((m) => m.id),
			log,
		});
		const results = [];
		for (const m of modes) {
			log(`${m.name}: ${a.videos} executions…`);
			results.push({ mode: m.name, ...(await measure(cluster, { id: m.id, hook: m.hook, videos: a.videos })) });
		}
		const slots = cluster.workers.length * 5;
		console.log(`\nQueue mode, n8n ${a.version}: ${a.videos} videos, ${cluster.workers.length} workers × concurrency 5 = ${slots} slots, render ${a.renderMs} ms, poll ≤ ${a.pollS} s`);
		console.log('| waiting mode | succeeded | wall time | worker slot-seconds held | most executions on workers at once |');
		console.log('|---|---|---|---|---|');
		for (const r of results) {
			console.log(`| ${r.mode} | ${r.ok}/${r.total} | ${(r.wallMs / 1000).toFixed(1)} s | ${r.slotSeconds.toFixed(0)} s | ${r.peak} |`);
		}
		console.log('Slot-seconds: sum of stoppedAt − startedAt in PostgreSQL; for a parked execution n8n keeps the resumed segment only.');
		const ideal = Math.ceil(a.videos / slots) * (a.renderMs / 1000);
		console.log(`Poll mode holds a slot for each whole render: ${a.videos} renders over ${slots} slots take at least ~${ideal.toFixed(0)} s.`);
		if (!parked) console.log('Park mode: not measured — the built node has no Wait Mode "park" for yutoai (issue 10).');
	} finally {
		if (cluster) await cluster.stop();
		await sim.stop();
		if (cluster) fs.rmSync(cluster.root, { recursive: true, force: true });
	}
}

main().catch((err) => {
	console.error(`[bench:queue] FAILED: ${err.stack || err.message}`);
	process.exit(1);
});
