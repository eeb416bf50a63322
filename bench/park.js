'use strict';
/**
 * `npm run bench:park` (also run by `npm run bench`): what waiting costs n8n while a video renders,
 * measured in a real n8n server (default 2.8.4) against the provider simulator.
 *
 *   node bench/park.js [--n8n-version 2.8.4] [--render-ms 20000] [--videos 3]
 *                      [--scale 100] [--release burst|steady] [--rate 50] [--only-scale] [--queue]
 *                      [--n8n-env KEY=VALUE,KEY=VALUE]
 *
 * Per video, one Create + Wait for Completion (YutoAI, download on) in each Wait Mode:
 *   - process-seconds held: how long an n8n process ran the execution. Poll: the whole run. Park: the
 *     run up to the park plus the run after the resume (the parked time in between holds nothing).
 *   - resume latency (park only): from the provider's callback to the end of the execution.
 * Executions start with `n8n execute` on the server's database (its run is one held segment); the
 * server resumes parked ones. Skips with a message when that n8n version is not installed.
 *
 * Then the scale run (bench/parkScale.js): --scale N executions (default 100) started by webhook, each
 * parking one task, their callbacks released in a burst (or --release steady --rate R per second).
 * --n8n-env sets n8n's own settings for the scale run's n8n processes (e.g. DB_PING_TIMEOUT_MS=30000).
 */
const fs = require('node:fs');
const path = require('node:path');
const os = require('node:os');
const H = require('../test/e2e/harness');
const { scaleRun, printScale } = require('./parkScale');
const rest = require('../scripts/n8n/rest');
const start = require('../scripts/start');

const API_KEY = 'sk-bench-park-0000000000';
/** This issue's N8N_RUNNERS_BROKER_PORTs not used by test/e2e/park.e2e.js: the server's, then `n8n execute`'s. */
const BROKER_PORTS = [5719, 5728];

function readArgs(argv) {
	const args = {};
	for (let i = 0; i < argv.length; i++) {
		if (!argv[i].startsWith('--')) continue;
		const next = argv[i + 1];
		args[argv[i].slice(2)] = next === undefined || next.startsWith('--') ? true : (i++, next);
	}
	return args;
}

/** `KEY=VALUE,KEY=VALUE` → { KEY: 'VALUE' }; a value may itself hold '='. */
function readEnvList(list) {
	if (!list || list === true) return {};
	return Object.fromEntries(String(list).split(',').map((pair) => {
		const at = pair.indexOf('=');
		if (at < 1) throw new Error(`--n8n-env: expected KEY=VALUE, got "${pair}"`);
		return [pair.slice(0, at), pair.slice(at + 1)];
	}));
}

function workflow(id, waitMode, renderMs) {
	const cred = start.DEMO_CREDENTIALS.find((c) => c.type === 'yutoAiApi');
	return {
		id,
		name: `bench park ${waitMode}`,
		active: false,
		nodes: [
			{ id: `${id}-t`, name: 'Manual Trigger', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
			{
				id: `${id}-s`,
				name: 'Sora',
				type: 'n8n-nodes-sora.sora',
				typeVersion: 2,
				position: [240, 0],
				parameters: {
					provider: 'yutoai',
					operation: 'create',
					model: 'sora-2',
					prompt: `bench ${waitMode} [render-ms=${renderMs}]`,
					duration: 10,
					aspectRatio: '16:9',
					resolution: '720p',
					waitForCompletion: true,
					waitMode,
					options: { download: true, pollIntervalSeconds: 5, timeoutSeconds: 600 },
				},
				credentials: { yutoAiApi: { id: cred.id, name: cred.name } },
			},
		],
		connections: { 'Manual Trigger': { main: [[{ node: 'Sora', type: 'main', index: 0 }]] } },
		settings: { executionOrder: 'v1' },
		pinData: {},
	};
}

const ms = (iso) => new Date(iso).getTime();
const seconds = (value) => (value / 1000).toFixed(1);
const mean = (values) => values.reduce((a, b) => a + b, 0) / values.length;

async function main() {
	const args = readArgs(process.argv.slice(2));
	const version = String(args['n8n-version'] ?? '2.8.4');
	const renderMs = Number(args['render-ms'] ?? 20000);
	const videos = Number(args.videos ?? 3);
	if (!H.E.isInstalled(version)) {
		console.log(`bench:park skipped: n8n ${version} is not installed (node scripts/n8n/install.js ${version})`);
		return;
	}
	if (!fs.existsSync(path.join(H.E.REPO_ROOT, 'dist', 'nodes', 'Sora', 'Sora.node.js'))) throw new Error('run npm run build first');
	if (!args['only-scale']) await singleVideo(version, renderMs, videos);
	const release = String(args.release ?? 'burst');
	const queue = Boolean(args.queue);
	const brokerPorts = queue ? [await H.cli.getFreePort(), await H.cli.getFreePort(), await H.cli.getFreePort()] : [BROKER_PORTS[0]];
	const n8nEnv = readEnvList(args['n8n-env']);
	const result = await scaleRun({ version, n: Number(args.scale ?? 100), release, rate: Number(args.rate ?? 50), brokerPorts, queue, n8nEnv });
	const machine = `${os.cpus().length} CPUs (${os.cpus()[0].model.trim()}), ${Math.round(os.totalmem() / 2 ** 30)} GB RAM, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`;
	printScale(result, machine);
}

async function singleVideo(version, renderMs, videos) {

	const sim = await start.startSimulator(0, { apiKey: API_KEY, renderMs });
	const h = await H.prepareInstance({ version, label: 'bench-park' });
	let server;
	try {
		await h.importCredentials(start.demoCredentials(sim.origin, API_KEY));
		await h.importWorkflow(workflow('benchParkPoll001', 'poll', renderMs));
		await h.importWorkflow(workflow('benchParkPark001', 'park', renderMs));
		const port = await H.cli.getFreePort();
		server = await h.startServer(port, { brokerPort: BROKER_PORTS[0] });
		await rest.setupOwner(server.url, start.OWNER);
		const session = await rest.login(server.url, start.OWNER.email, start.OWNER.password);
		const execution = async (id) => (await rest.request(server.url, `/rest/executions/${id}`, { cookie: session.cookie })).json.data;
		const newest = async (workflowId) => {
			const q = encodeURIComponent(JSON.stringify({ workflowId }));
			const res = await rest.request(server.url, `/rest/executions?filter=${q}`, { cookie: session.cookie });
			return (res.json.data.results || res.json.data)[0];
		};
		const simGet = async (route) => (await H.httpJson(`${sim.origin}${route}`)).json;

		const poll = [];
		const park = [];
		for (let i = 0; i < videos; i++) {
			const polled = await h.execute('benchParkPoll001', { port, brokerPort: BROKER_PORTS[1] });
			if (polled.result?.status !== 'success') throw new Error(`poll run ended ${polled.result?.status}`);
			poll.push(ms(polled.result.stoppedAt) - ms(polled.result.startedAt));

			const parked = await h.execute('benchParkPark001', { port, brokerPort: BROKER_PORTS[1] });
			if (parked.result?.status !== 'waiting') throw new Error(`park run ended ${parked.result?.status}`);
			const firstSegment = ms(parked.result.stoppedAt) - ms(parked.result.startedAt);
			const { id } = await newest('benchParkPark001');
			let done;
			for (let t = Date.now(); Date.now() - t < renderMs + 120000; await new Promise((r) => setTimeout(r, 200))) {
				done = await execution(id);
				if (['success', 'error', 'crashed', 'canceled'].includes(done.status)) break;
			}
			if (done.status !== 'success') throw new Error(`parked execution ${id} ended ${done.status}`);
			const task = (await simGet('/__control/tasks')).filter((t) => t.prompt.startsWith('bench park')).at(-1);
			const [callback] = await simGet(`/__control/callbacks?taskId=${encodeURIComponent(task.id)}`);
			const deliveredAt = callback.attempts.at(-1).at;
			const latency = ms(done.stoppedAt) - deliveredAt;
			park.push({ held: firstSegment + latency, latency, parked: deliveredAt - ms(parked.result.stoppedAt) });
			process.stderr.write(`video ${i + 1}/${videos}: poll held ${seconds(poll.at(-1))} s; park held ${seconds(firstSegment + latency)} s, resumed ${latency} ms after the callback\n`);
		}

		console.log(`\nWaiting for one video (simulated render ${seconds(renderMs)} s, n8n ${version}, mean of ${videos}):`);
		console.log('| Wait Mode | process-seconds held per video | parked (held by nothing) | resume latency after the callback |');
		console.log('|---|---|---|---|');
		console.log(`| Poll (this execution) | ${seconds(mean(poll))} s | 0 s | n/a (polls every ≤ 5 s here) |`);
		console.log(`| Park until the provider calls back | ${seconds(mean(park.map((p) => p.held)))} s | ${seconds(mean(park.map((p) => p.parked)))} s | ${Math.round(mean(park.map((p) => p.latency)))} ms (max ${Math.max(...park.map((p) => p.latency))} ms) |`);
	} finally {
		if (server) await server.stop();
		await sim.stop();
		await h.cleanup();
	}
}

main().catch((error) => {
	console.error(error);
	process.exitCode = 1;
});
