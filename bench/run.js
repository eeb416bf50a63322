'use strict';
/**
 * `npm run bench`: issue 4's five figures, measured in one run of the real node (built dist/) in
 * n8n's in-process engine (test/support/engine.ts) against the simulated provider (dev/simulator).
 *
 *   node bench/run.js [--render-ms 6000] [--real-render-s 180] [--sizes 1,10,100]
 *                     [--max-concurrent 10] [--download-mb 500]
 *
 * Time is scaled: a simulated render of --render-ms stands for a real one of --real-render-s, and
 * every interval is scaled the same way (the node's default 15 s Poll Interval, the 10 s fixed
 * interval of n8n's OpenAI video operation used as the baseline). Progress goes to stderr, the
 * table to stdout. The exit code is 0 whatever the results; the table says PASS or FAIL per row.
 */
const fs = require('node:fs');
const path = require('node:path');
const { spawn } = require('node:child_process');
const ts = require('typescript');

// n8n-core's package loader only uses plain require() (one shared n8n-workflow) under NODE_ENV=test.
process.env.NODE_ENV = 'test';
// The engine harness is TypeScript; transpiling it on load is all it needs (types are checked by tsc).
require.extensions['.ts'] = (module, filename) => {
	const { outputText } = ts.transpileModule(fs.readFileSync(filename, 'utf8'), {
		fileName: filename,
		compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
	});
	module._compile(outputText, filename);
};

const engine = require('../test/support/engine.ts');
const { startSimulator } = require('../dev/simulator');
const { sleep } = require('n8n-workflow');

const ROOT = path.resolve(__dirname, '..');
const API_KEY = 'sk-bench-0000000000000000';
const SORA = 'n8n-nodes-sora.sora';
const MB = 1024 * 1024;

// ---------------------------------------------------------------------------------------------
// Options
// ---------------------------------------------------------------------------------------------

function readArgs(argv) {
	const args = {};
	for (let i = 0; i < argv.length; i++) {
		if (!argv[i].startsWith('--')) continue;
		const next = argv[i + 1];
		args[argv[i].slice(2)] = next === undefined || next.startsWith('--') ? true : (i++, next);
	}
	return args;
}

function benchSettings(args) {
	const renderMs = Number(args['render-ms'] ?? 6000);
	const realRenderSeconds = Number(args['real-render-s'] ?? 180);
	const scale = renderMs / (realRenderSeconds * 1000);
	return {
		renderMs,
		realRenderSeconds,
		scale,
		sizes: String(args.sizes ?? '1,10,100').split(',').map(Number),
		maxConcurrent: Number(args['max-concurrent'] ?? 10),
		downloadMb: Number(args['download-mb'] ?? 500),
		// The node's default Max Poll Interval (15 s) and n8n's OpenAI node interval (10 s), scaled.
		ceilingMs: Math.round(15_000 * scale),
		baselineIntervalMs: Math.round(10_000 * scale),
	};
}

const log = (line) => process.stderr.write(`[bench] ${line}\n`);

// ---------------------------------------------------------------------------------------------
// Node types: the real node (with its execute() timed), the baseline, a buffered download
// ---------------------------------------------------------------------------------------------

/** The built Sora node, its execute() wrapped to record when it started and really returned. */
function timedSora(loaded) {
	const original = loaded.nodeTypes[SORA];
	const timing = { startedAt: 0, settledAt: 0 };
	const timed = Object.create(original);
	timed.execute = async function () {
		timing.startedAt = Date.now();
		timing.settledAt = 0;
		try {
			return await original.execute.call(this);
		} finally {
			timing.settledAt = Date.now();
		}
	};
	return { timed, timing };
}

const plainNode = (name, properties) => ({
	displayName: name,
	name,
	group: ['transform'],
	version: 1,
	description: name,
	defaults: { name },
	inputs: ['main'],
	outputs: ['main'],
	properties,
});

/**
 * The way n8n's OpenAI video operation waits (n8n-notes §1.1): one item after another; poll, sleep
 * the fixed interval (also after the poll that saw "completed"), stop when completed.
 */
class SequentialWaitBaseline {
	constructor() {
		this.description = plainNode('bench.sequentialWait', [
			{ displayName: 'Status URL', name: 'statusUrl', type: 'string', default: '' },
			{ displayName: 'Interval', name: 'intervalMs', type: 'number', default: 10000 },
			{ displayName: 'Task ID', name: 'taskId', type: 'string', default: '={{ $json.taskId }}' },
		]);
	}

	async execute() {
		const items = this.getInputData();
		const output = [];
		for (let i = 0; i < items.length; i++) {
			const url = `${this.getNodeParameter('statusUrl', i)}/${this.getNodeParameter('taskId', i)}`;
			const intervalMs = this.getNodeParameter('intervalMs', i);
			for (;;) {
				const body = await this.helpers.httpRequest({ url, json: true, headers: { Authorization: `Bearer ${API_KEY}` } });
				await sleep(intervalMs);
				if (body.data.status === 'completed') break;
			}
			output.push({ json: { taskId: this.getNodeParameter('taskId', i) }, pairedItem: { item: i } });
		}
		return [output];
	}
}

/** How n8n's Gemini and MiniMax video nodes download: the whole file as one Buffer, then stored. */
class BufferedDownload {
	constructor() {
		this.description = plainNode('bench.bufferedDownload', [{ displayName: 'URL', name: 'url', type: 'string', default: '' }]);
	}

	async execute() {
		const response = await this.helpers.httpRequest({
			url: this.getNodeParameter('url', 0),
			encoding: 'arraybuffer',
			returnFullResponse: true,
			timeout: 600_000,
		});
		const binary = await this.helpers.prepareBinaryData(Buffer.from(response.body), 'video.mp4', 'video/mp4');
		return [[{ json: { bytes: binary.bytes }, binary: { data: binary }, pairedItem: { item: 0 } }]];
	}
}

async function benchTypes() {
	const loaded = await engine.loadPackage(ROOT);
	const { timed, timing } = timedSora(loaded);
	const types = {
		nodeTypes: {
			...loaded.nodeTypes,
			[SORA]: timed,
			'bench.sequentialWait': new SequentialWaitBaseline(),
			'bench.bufferedDownload': new BufferedDownload(),
		},
		credentialTypes: loaded.credentialTypes,
	};
	return { types, timing };
}

// ---------------------------------------------------------------------------------------------
// Simulator helpers
// ---------------------------------------------------------------------------------------------

async function createTasks(simulator, count) {
	const url = `${simulator.baseUrl('gccai')}/v1/videos/generations`;
	const ids = [];
	// In batches, so the N tasks are created within a few milliseconds of each other.
	for (let start = 0; start < count; start += 25) {
		const batch = Array.from({ length: Math.min(25, count - start) }, async (_unused, offset) => {
			const response = await fetch(url, {
				method: 'POST',
				headers: { authorization: `Bearer ${API_KEY}`, 'content-type': 'application/json' },
				body: JSON.stringify({ model: 'sora-2', prompt: `Benchmark shot ${start + offset}` }),
			});
			return (await response.json()).data[0].task_id;
		});
		ids.push(...(await Promise.all(batch)));
	}
	return ids;
}

const waitNode = (options) => ({
	name: 'Wait',
	type: SORA,
	parameters: { provider: 'gccai', operation: 'wait', options },
});

const gccaiCredentials = (simulator) => ({ gccaiApi: { apiKey: API_KEY, baseUrl: simulator.baseUrl('gccai') } });

// ---------------------------------------------------------------------------------------------
// Figures 1–3: wall time, requests per task, detection latency
// ---------------------------------------------------------------------------------------------

async function measureNodeWait(simulator, bench, settings, count) {
	simulator.reset();
	const ids = await createTasks(simulator, count);
	const result = await engine.runWorkflow({
		nodes: [
			waitNode({
				pollIntervalSeconds: settings.ceilingMs / 1000,
				timeoutSeconds: 3600,
				maxConcurrentRequests: settings.maxConcurrent,
			}),
		],
		input: ids.map((taskId) => ({ taskId })),
		credentials: gccaiCredentials(simulator),
		types: bench.types,
	});
	if (result.status !== 'success') throw new Error(`Wait of ${count} tasks ended ${result.status}`);
	const { startedAt, settledAt } = bench.timing;
	const statusPolls = simulator.requests.filter((request) => request.route === 'status');
	const perTask = ids.map((id) => {
		const task = simulator.tasks.get(id);
		const polls = statusPolls.filter((poll) => poll.taskId === id);
		const sawEnd = polls.find((poll) => poll.at >= task.finishedAt);
		return {
			lifetimeMs: task.finishedAt - task.createdAt,
			polls: polls.length,
			detectionMs: sawEnd.at - task.finishedAt,
		};
	});
	const lastPollAt = Math.max(...statusPolls.map((poll) => poll.at));
	return { count, wallMs: settledAt - startedAt, perTask, afterLastPollMs: settledAt - lastPollAt };
}

async function measureBaselineWait(simulator, bench, settings, count) {
	simulator.reset();
	const ids = await createTasks(simulator, count);
	const startedAt = Date.now();
	const result = await engine.runWorkflow({
		nodes: [
			{
				name: 'Baseline',
				type: 'bench.sequentialWait',
				parameters: { statusUrl: `${simulator.baseUrl('gccai')}/v1/tasks`, intervalMs: settings.baselineIntervalMs },
			},
		],
		input: ids.map((taskId) => ({ taskId })),
		types: bench.types,
	});
	if (result.status !== 'success') throw new Error(`Baseline wait of ${count} tasks ended ${result.status}`);
	return { count, wallMs: Date.now() - startedAt };
}

// ---------------------------------------------------------------------------------------------
// Figure 5: cancel latency
// ---------------------------------------------------------------------------------------------

/** A request already on the wire when Stop is pressed may still arrive; nothing may be sent after this. */
const cancelGraceMs = 100;

async function measureCancel(simulator, bench, settings) {
	simulator.reset();
	const ids = await createTasks(simulator, 20);
	// Three status polls hang, so requests are in flight when the user presses Stop.
	simulator.injectFault({ provider: 'gccai', route: 'status', times: 3, fault: { type: 'hang', ms: 120_000 } });
	const handle = await engine.startWorkflow({
		nodes: [waitNode({ pollIntervalSeconds: settings.ceilingMs / 1000, timeoutSeconds: 3600, maxConcurrentRequests: 5 })],
		input: ids.map((taskId) => ({ taskId })),
		credentials: gccaiCredentials(simulator),
		types: bench.types,
	});
	await sleep(Math.max(1000, 2 * settings.ceilingMs));
	const cancelledAt = Date.now();
	handle.cancel();
	const result = await handle.result;
	while (bench.timing.settledAt === 0 && Date.now() - cancelledAt < 30_000) await sleep(5);
	await sleep(Math.max(1000, 2 * settings.ceilingMs));
	return {
		status: result.status,
		latencyMs: bench.timing.settledAt ? bench.timing.settledAt - cancelledAt : Infinity,
		requestsAfterCancel: simulator.requests.filter((request) => request.at > cancelledAt + cancelGraceMs).length,
	};
}

// ---------------------------------------------------------------------------------------------
// Figure 4: peak RSS growth while downloading, each in a fresh child process
// ---------------------------------------------------------------------------------------------

async function measureDownloadRss(settings) {
	const simulator = await startSimulator({
		apiKey: API_KEY,
		lifecycle: { mode: 'polls', queuedPolls: 0, processingPolls: 0 },
		videoBytes: settings.downloadMb * MB,
	});
	try {
		const [taskId] = await createTasks(simulator, 1);
		const results = {};
		for (const mode of ['stream', 'buffer']) {
			log(`download ${settings.downloadMb} MB (${mode}) in a child process…`);
			results[mode] = await runChild(['--child', 'download', '--mode', mode, '--origin', simulator.origin, '--task-id', taskId]);
		}
		return results;
	} finally {
		await simulator.close();
	}
}

async function runChild(args) {
	const child = spawn(process.execPath, ['--expose-gc', __filename, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
	let output = '';
	child.stdout.on('data', (chunk) => (output += chunk));
	const code = await new Promise((resolve) => child.on('close', resolve));
	if (code !== 0) throw new Error(`child ${args.join(' ')} exited with ${code}`);
	return JSON.parse(output.trim().split('\n').pop());
}

/** In the child: warm the engine up, then sample RSS while one download runs. */
async function downloadChild(args) {
	const bench = await benchTypes();
	const simulator = { origin: args.origin, baseUrl: (provider) => `${args.origin}/${provider}` };
	const fileUrl = (ext) => `${args.origin}/files/${encodeURIComponent(args['task-id'])}.${ext}`;
	const input = [{ taskId: args['task-id'] }];
	const waitOptions = (download) => ({ pollIntervalSeconds: 1, timeoutSeconds: 600, download });
	const run = async (nodes) =>
		await engine.runWorkflow({ nodes, input, credentials: gccaiCredentials(simulator), types: bench.types, binaryMode: 'filesystem' });

	// The same warm-up for both modes: the engine, n8n's HTTP helper and the filesystem binary store.
	await run([waitNode(waitOptions(false))]);
	await run([{ name: 'Buffered', type: 'bench.bufferedDownload', parameters: { url: fileUrl('jpg') } }]);
	global.gc();
	global.gc();
	await sleep(300);

	const baseline = process.memoryUsage().rss;
	let peak = baseline;
	const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
	const result =
		args.mode === 'stream'
			? await run([waitNode(waitOptions(true))])
			: await run([{ name: 'Buffered', type: 'bench.bufferedDownload', parameters: { url: fileUrl('mp4') } }]);
	peak = Math.max(peak, process.memoryUsage().rss);
	clearInterval(sampler);

	const write = result.binary.writes[result.binary.writes.length - 1];
	engine.cleanupHarnessFiles();
	process.stdout.write(`${JSON.stringify({ status: result.status, growthBytes: peak - baseline, write })}\n`);
}

// ---------------------------------------------------------------------------------------------
// The table
// ---------------------------------------------------------------------------------------------

const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
const millis = (ms) => `${Math.round(ms)} ms`;
const ratio = (value) => value.toFixed(2);
const verdict = (pass) => (pass ? 'PASS' : 'FAIL');

function renderTable(headers, rows) {
	const widths = headers.map((header, column) => Math.max(header.length, ...rows.map((row) => String(row[column]).length)));
	const line = (cells) => `| ${cells.map((cell, column) => String(cell).padEnd(widths[column])).join(' | ')} |`;
	return [line(headers), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

function report(settings, waits, baselines, rss, cancel) {
	const single = waits.find((wait) => wait.count === 1) ?? waits[0];
	const largest = waits[waits.length - 1];
	const allTasks = waits.flatMap((wait) => wait.perTask);
	const worstBudget = allTasks.reduce((worst, task) => {
		const slack = task.lifetimeMs / settings.ceilingMs + 2 - task.polls;
		return !worst || slack < worst.slack ? { ...task, slack } : worst;
	}, undefined);
	const meanPolls = allTasks.reduce((sum, task) => sum + task.polls, 0) / allTasks.length;
	const meanLifetime = allTasks.reduce((sum, task) => sum + task.lifetimeMs, 0) / allTasks.length;
	const worstDetection = Math.max(...allTasks.map((task) => task.detectionMs));
	const afterLastPoll = Math.max(...waits.map((wait) => wait.afterLastPollMs));
	const largestRatio = largest.wallMs / single.wallMs;
	const baselineLargest = baselines.find((baseline) => baseline.count === largest.count);

	const waitRows = waits.map((wait) => {
		const baseline = baselines.find((entry) => entry.count === wait.count);
		return [
			wait.count,
			seconds(wait.wallMs),
			ratio(wait.wallMs / single.wallMs),
			baseline ? seconds(baseline.wallMs) : '–',
			baseline ? ratio(baseline.wallMs / single.wallMs) : '–',
		];
	});
	const rows = [
		[
			'1',
			`Wait wall time ÷ single-task time, N = ${largest.count}`,
			'≤ 1.20',
			`${ratio(largestRatio)} (baseline ${baselineLargest ? ratio(baselineLargest.wallMs / single.wallMs) : '–'})`,
			verdict(largestRatio <= 1.2),
		],
		[
			'2',
			'Status requests per task vs T/interval + 2',
			'≤ T/interval + 2 (every task)',
			`mean ${meanPolls.toFixed(1)} vs ${(meanLifetime / settings.ceilingMs + 2).toFixed(1)}; tightest ${worstBudget.polls} vs ${(worstBudget.lifetimeMs / settings.ceilingMs + 2).toFixed(1)}`,
			verdict(worstBudget.slack >= 0),
		],
		[
			'3',
			'Detection latency after completion (worst task)',
			`≤ ${millis(settings.ceilingMs)} (one interval)`,
			`${millis(worstDetection)}; last poll → node returned ${millis(afterLastPoll)}`,
			verdict(worstDetection <= settings.ceilingMs),
		],
		[
			'4',
			`Peak RSS growth, ${settings.downloadMb} MB MP4, filesystem mode`,
			'< 64 MB',
			`${(rss.stream.growthBytes / MB).toFixed(1)} MB (${rss.stream.write.kind}); buffered: ${(rss.buffer.growthBytes / MB).toFixed(1)} MB`,
			verdict(rss.stream.growthBytes < 64 * MB && rss.stream.write.kind === 'stream' && rss.stream.write.bytes === settings.downloadMb * MB),
		],
		[
			'5',
			'Cancel latency (Stop → node returned)',
			'< 1 s',
			`${millis(cancel.latencyMs)}; status ${cancel.status}; ${cancel.requestsAfterCancel} requests sent > ${cancelGraceMs} ms after Stop`,
			verdict(cancel.latencyMs < 1000 && cancel.status === 'canceled' && cancel.requestsAfterCancel === 0),
		],
	];

	return [
		`Simulated render ${settings.renderMs} ms stands for ${settings.realRenderSeconds} s (scale 1:${Math.round(1 / settings.scale)}); ` +
			`node Max Poll Interval ${settings.ceilingMs} ms (15 s scaled), Max Concurrent Requests ${settings.maxConcurrent}; ` +
			`baseline interval ${settings.baselineIntervalMs} ms (10 s scaled). Node ${process.version}, ${require('node:os').cpus().length} CPUs.`,
		'',
		renderTable(['N', 'Node wall', '÷ single', 'Baseline wall', 'Baseline ÷ single'], waitRows),
		'',
		renderTable(['#', 'Figure', 'Goal', 'Measured', 'Result'], rows),
	].join('\n');
}

// ---------------------------------------------------------------------------------------------

async function main() {
	const args = readArgs(process.argv.slice(2));
	if (args.child === 'download') return await downloadChild(args);

	const settings = benchSettings(args);
	const bench = await benchTypes();
	const simulator = await startSimulator({ apiKey: API_KEY, lifecycle: { mode: 'time', renderMs: settings.renderMs } });
	try {
		const waits = [];
		const baselines = [];
		for (const count of settings.sizes) {
			log(`node: Wait for ${count} task(s)…`);
			waits.push(await measureNodeWait(simulator, bench, settings, count));
			log(`baseline: one after another, ${count} task(s)…`);
			baselines.push(await measureBaselineWait(simulator, bench, settings, count));
		}
		log('cancel…');
		const cancel = await measureCancel(simulator, bench, settings);
		await simulator.close();
		const rss = await measureDownloadRss(settings);
		process.stdout.write(`${report(settings, waits, baselines, rss, cancel)}\n`);
	} finally {
		await simulator.close();
		engine.cleanupHarnessFiles();
	}
}

main().then(
	() => process.exit(0),
	(error) => {
		process.stderr.write(`[bench] failed: ${error.stack ?? error}\n`);
		process.exit(1);
	},
);
