#!/usr/bin/env node
'use strict';
/**
 * README quick start, one command (`npm start` builds first, then runs this):
 *   1. installs n8n 2.8.4 into .cache/ (once, ~6-7 min; cached afterwards),
 *   2. packs this package and installs the tarball into a persistent demo user folder
 *      (<tmp>/n8n-nodes-sora/n8n-demo-<version>/.n8n/nodes, outside the repo on purpose: see env.js
 *      USER_ROOT; override with N8N_SORA_USER_ROOT), exactly like a community-package install,
 *   3. starts the provider simulator on 127.0.0.1:5680 (API key sk-demo-keyless; every task renders for
 *      --render-ms, default 5000 ms, so that callbacks (notify_hook / callback_url) fire by themselves),
 *   4. imports one credential per provider pointing at the simulator, plus examples/*.json,
 *   5. starts n8n on 127.0.0.1:5678, creates the owner account over REST and prints URL + login.
 * Ctrl-C stops n8n and the simulator.
 *
 * Options: --n8n-version 2.8.4|2.41.1   --port 5678   --sim-port 5680   --render-ms 5000   --reset (wipe the demo folder)
 *          --smoke (check login works, then stop; for CI)
 *          --package-dir DIR / --examples-dir DIR (defaults: this repo, examples/; used to test this script)
 */
const fs = require('node:fs');
const path = require('node:path');
const crypto = require('node:crypto');
const { spawn } = require('node:child_process');
const E = require('./n8n/env');
const cli = require('./n8n/cli');
const rest = require('./n8n/rest');
const { killTree, fmtMs } = require('./n8n/proc');
const { installN8n } = require('./n8n/install');
const { installPackage } = require('./n8n/install-package');

const SIM_API_KEY = 'sk-demo-keyless';
const OWNER = { email: 'demo@example.com', password: 'SoraDemo123', firstName: 'Sora', lastName: 'Demo' };
const SIM_READY_TIMEOUT_MS = 30000;
const DEFAULT_RENDER_MS = 5000;
/** Node types whose credentials prepareExamples re-points (the node and its AI-tool variant). */
const SORA_NODE_TYPES = new Set(['n8n-nodes-sora.sora', 'n8n-nodes-sora.soraTool']);

/** One demo credential per credential type; ids are fixed (16 chars) so re-imports overwrite them. */
const DEMO_CREDENTIALS = [
	{ id: 'soraDemoGccai001', name: 'Sora demo - gccai (simulator)', type: 'gccaiApi', basePath: '/gccai' },
	{ id: 'soraDemoYutoai01', name: 'Sora demo - YutoAI (simulator)', type: 'yutoAiApi', basePath: '/yutoai' },
	{ id: 'soraDemoEvolink1', name: 'Sora demo - EvoLink (simulator)', type: 'evoLinkApi', basePath: '/evolink' },
	{ id: 'soraDemoXingcha1', name: 'Sora demo - Xingchao (simulator)', type: 'xingchaoApi', basePath: '/xingchao/kyyReactApiServer' },
	{ id: 'soraDemoOpenAi01', name: 'Sora demo - OpenAI-compatible (simulator)', type: 'soraOpenAiApi', basePath: '/openai/v1' },
];
/** node parameter `provider` → credential type */
const PROVIDER_CREDENTIAL = {
	gccai: 'gccaiApi',
	yutoai: 'yutoAiApi',
	yutoaiLegacy: 'yutoAiApi',
	evolink: 'evoLinkApi',
	xingchao: 'xingchaoApi',
	openai: 'soraOpenAiApi',
};

function parseArgs(argv) {
	const o = {
		version: E.DEFAULT_VERSION,
		port: 5678,
		simPort: 5680,
		renderMs: DEFAULT_RENDER_MS,
		reset: false,
		smoke: false,
		packageDir: E.REPO_ROOT,
		examplesDir: path.join(E.REPO_ROOT, 'examples'),
	};
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		const next = () => {
			if (i + 1 >= argv.length) throw new Error(`${a} needs a value`);
			return argv[++i];
		};
		if (a === '--n8n-version') o.version = next();
		else if (a === '--port') o.port = Number(next());
		else if (a === '--sim-port') o.simPort = Number(next());
		else if (a === '--render-ms') o.renderMs = Number(next());
		else if (a === '--reset') o.reset = true;
		else if (a === '--smoke') o.smoke = true;
		else if (a === '--package-dir') o.packageDir = path.resolve(next());
		else if (a === '--examples-dir') o.examplesDir = path.resolve(next());
		else throw new Error(`Unknown option ${a}`);
	}
	E.versionConfig(o.version);
	return o;
}

/**
 * Start dev/simulator/cli.js and wait (bounded) for its `{"ready":true,"origin":…}` line.
 * @param {number} port  0 picks a free one
 * @param {object} [o]  apiKey (default SIM_API_KEY), renderMs (time lifecycle; null = the simulator's polls lifecycle), extraArgs
 * @returns {Promise<{child, origin, stop:()=>Promise<void>}|null>}  null when the simulator is not in this checkout
 */
function startSimulator(port, { apiKey = SIM_API_KEY, renderMs = DEFAULT_RENDER_MS, extraArgs = [] } = {}) {
	const script = path.join(E.REPO_ROOT, 'dev', 'simulator', 'cli.js');
	if (!fs.existsSync(script)) return Promise.resolve(null);
	const args = [script, '--port', String(port), '--api-key', apiKey];
	if (renderMs !== null && renderMs !== undefined) args.push('--render-ms', String(renderMs));
	args.push(...extraArgs);
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, args, {
			cwd: E.REPO_ROOT,
			detached: true,
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let out = '';
		let settled = false;
		const finish = (err, val) => {
			if (settled) return;
			settled = true;
			clearTimeout(timer);
			if (err) {
				killTree(child, 'SIGKILL');
				reject(err);
			} else resolve(val);
		};
		const timer = setTimeout(() => finish(new Error(`simulator not ready within ${SIM_READY_TIMEOUT_MS} ms:\n${out}`)), SIM_READY_TIMEOUT_MS);
		child.stdout.on('data', (buf) => {
			if (settled) return; // keep draining the pipe, stop buffering
			out += buf;
			for (const line of out.split('\n')) {
				const t = line.trim();
				if (!t.startsWith('{')) continue;
				try {
					const msg = JSON.parse(t);
					if (msg.ready && msg.origin) finish(null, { child, origin: msg.origin, stop: () => stopChild(child) });
				} catch {
					/* partial line */
				}
			}
		});
		child.stderr.on('data', (buf) => {
			if (!settled) out += buf;
		});
		child.on('error', (err) => finish(err));
		child.on('close', (code) => finish(new Error(`simulator exited (code ${code}) before ready:\n${out}`)));
	});
}

/** SIGTERM a detached child's group, SIGKILL after 5 s; resolves when it has exited. */
function stopChild(child) {
	return new Promise((resolve) => {
		if (child.exitCode !== null || child.signalCode !== null) return resolve();
		const t = setTimeout(() => killTree(child, 'SIGKILL'), 5000);
		child.once('close', () => {
			clearTimeout(t);
			resolve();
		});
		killTree(child, 'SIGTERM');
	});
}

/** The demo credentials (decrypted import form) for a simulator origin. */
function demoCredentials(origin, apiKey = SIM_API_KEY) {
	return DEMO_CREDENTIALS.map((c) => ({ id: c.id, name: c.name, type: c.type, data: { apiKey, baseUrl: `${origin}${c.basePath}` } }));
}

function stableId(seed) {
	return crypto.createHash('sha256').update(seed).digest('base64url').replace(/[-_]/g, 'x').slice(0, 16);
}

/**
 * Copy examples/*.json into the demo folder: give each a stable 16-char id (if missing) and point every
 * Sora node at the demo credential of its provider, so the examples run against the simulator at once.
 */
function prepareExamples(dir, outDir) {
	if (!fs.existsSync(dir)) return [];
	fs.rmSync(outDir, { recursive: true, force: true });
	fs.mkdirSync(outDir, { recursive: true });
	const byType = Object.fromEntries(DEMO_CREDENTIALS.map((c) => [c.type, c]));
	const written = [];
	for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
		let wf;
		try {
			wf = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
		} catch (err) {
			console.warn(`[start] skipping ${file}: ${err.message}`);
			continue;
		}
		if (!Array.isArray(wf.nodes)) {
			console.warn(`[start] skipping ${file}: not a workflow (no nodes array)`);
			continue;
		}
		if (typeof wf.id !== 'string' || wf.id.length === 0) wf.id = stableId(`example:${file}`);
		wf.name = wf.name || path.basename(file, '.json');
		wf.active = false;
		for (const node of wf.nodes) {
			if (!SORA_NODE_TYPES.has(node.type)) continue;
			const credType = PROVIDER_CREDENTIAL[node.parameters?.provider || 'gccai'];
			const cred = credType && byType[credType];
			if (cred) node.credentials = { [credType]: { id: cred.id, name: cred.name } };
		}
		const out = path.join(outDir, file);
		fs.writeFileSync(out, JSON.stringify(wf, null, 2));
		written.push({ file, id: wf.id, name: wf.name });
	}
	return written;
}

async function main() {
	const o = parseArgs(process.argv.slice(2));
	const t0 = Date.now();
	const userFolder = E.userFolderFor(o.version, 'demo');
	if (o.reset) fs.rmSync(userFolder, { recursive: true, force: true });
	fs.mkdirSync(userFolder, { recursive: true });

	console.log(`[start] n8n ${o.version}: checking install (first run takes ~7 min)…`);
	const inst = await installN8n(o.version);
	console.log(`[start] n8n ${o.version} ${inst.cached ? 'already installed' : `installed in ${fmtMs(inst.ms)}`}`);

	const pkg = await installPackage({ version: o.version, userFolder, packageDir: o.packageDir, fresh: false });
	console.log(`[start] installed ${pkg.name}@${pkg.packageVersion} into ${pkg.installDir}`);

	let sim = null;
	let server = null;
	let stopping = false;
	const shutdown = async (code) => {
		if (stopping) return;
		stopping = true;
		console.log('\n[start] stopping…');
		if (server) await server.stop().catch(() => {});
		if (sim) killTree(sim.child, 'SIGTERM');
		process.exit(code);
	};
	process.on('SIGINT', () => shutdown(0));
	process.on('SIGTERM', () => shutdown(0));

	try {
		sim = await startSimulator(o.simPort, { renderMs: o.renderMs });
		const origin = sim ? sim.origin : `http://127.0.0.1:${o.simPort}`;
		if (sim) {
			console.log(`[start] simulator ready at ${origin} (API key ${SIM_API_KEY})`);
			sim.child.on('close', (code) => {
				if (!stopping) console.error(`[start] simulator exited unexpectedly (code ${code})`);
			});
		} else {
			console.warn('[start] dev/simulator/cli.js not found: credentials still point at', origin);
		}

		const logFile = path.join(userFolder, 'start-imports.log');
		await cli.importCredentials(
			o.version,
			userFolder,
			demoCredentials(origin),
			{ logFile },
		);
		console.log(`[start] imported ${DEMO_CREDENTIALS.length} demo credentials (${DEMO_CREDENTIALS.map((c) => c.type).join(', ')})`);
		const examples = prepareExamples(o.examplesDir, path.join(userFolder, 'examples'));
		if (examples.length) {
			await cli.importWorkflow(o.version, userFolder, path.join(userFolder, 'examples'), { logFile });
			console.log(`[start] imported ${examples.length} example workflow(s): ${examples.map((e) => e.name).join(', ')}`);
		}

		server = await cli.startServer(o.version, userFolder, o.port, { logFile: path.join(userFolder, 'n8n.log') });
		server.exited.then(({ code, signal }) => {
			if (!stopping) {
				console.error(`[start] n8n exited unexpectedly (code ${code}, signal ${signal}); see ${path.join(userFolder, 'n8n.log')}`);
				shutdown(1);
			}
		});
		const setup = await rest.setupOwner(server.url, OWNER);
		const session = await rest.login(server.url, OWNER.email, OWNER.password);
		if (o.smoke) {
			const wfs = (await rest.getJson(server.url, '/rest/workflows', session.cookie)).data || [];
			const creds = (await rest.getJson(server.url, '/rest/credentials', session.cookie)).data || [];
			console.log(`[start] smoke: owner sees ${wfs.length} workflow(s) [${wfs.map((w) => w.name).join(', ')}] and ${creds.length} credential(s)`);
		}

		console.log('');
		console.log(`  n8n ${o.version} with n8n-nodes-sora is running: ${server.url}`);
		console.log(`  login: ${OWNER.email} / ${OWNER.password}${setup.created ? '' : ' (existing owner)'}`);
		console.log(`  simulator: ${origin} (credentials "Sora demo - …" point at it)`);
		console.log(`  logs: ${path.join(userFolder, 'n8n.log')}`);
		console.log(`  ready in ${fmtMs(Date.now() - t0)}. Press Ctrl-C to stop.`);
		console.log('');

		if (o.smoke) await shutdown(0);
	} catch (err) {
		console.error(`[start] FAILED: ${err.stack || err.message}`);
		await shutdown(1);
	}
}

module.exports = {
	SIM_API_KEY,
	OWNER,
	DEMO_CREDENTIALS,
	PROVIDER_CREDENTIAL,
	startSimulator,
	demoCredentials,
	prepareExamples,
	stableId,
};

if (require.main === module) {
	main().catch((err) => {
		console.error(`[start] FAILED: ${err.stack || err.message}`);
		process.exit(1);
	});
}
