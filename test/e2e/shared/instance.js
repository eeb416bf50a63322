'use strict';
/**
 * One real n8n server per version, shared by the e2e suites listed in test/e2e/shared.e2e.js.
 *
 *   const ctx = await startSharedInstance({ version, suites });
 *   const { status, result } = await ctx.run('soraExDemo000001');   // manual run over REST, waits for the end
 *   H.cli.nodeOutput(result, 'Sora: Wait + download');                // same readers as `n8n execute` results
 *   await ctx.stop();
 *
 * Setup, once per version (each n8n CLI command boots n8n, 5-20 s here, so there are exactly two):
 *   1. the provider simulator (time lifecycle: every task renders RENDER_MS, MP4s of VIDEO_BYTES);
 *   2. the built package packed and installed the community way into a fresh user folder, and so is every
 *      `editions/<name>/` folder with a package.json (extra packages, next to the full one);
 *   3. ONE `n8n import:credentials`: the demo credentials of scripts/start.js (same ids, pointed at the
 *      simulator) plus every suite's `credentials(sim)`;
 *   4. ONE `n8n import:workflow --separate`: examples/ (through start.prepareExamples, as `npm start`) plus
 *      every suite's `workflows()`;
 *   5. `n8n start`, the owner set up and logged in over REST.
 *
 * Executions then start over the server's REST API (`POST /rest/workflows/:id/run`, what the editor's
 * "Execute workflow" button sends), and are read back with `GET /rest/executions/:id`; verified against
 * the installed n8n 2.8.4 and 2.41.1 (workflows.controller runManually → workflow-execution.service
 * executeManually: a full run from a known trigger is `{ workflowData, triggerToStartFrom: { name } }`).
 */
const fs = require('node:fs');
const path = require('node:path');
const H = require('../harness');
const rest = require('../../../scripts/n8n/rest');
const start = require('../../../scripts/start');

const API_KEY = 'sk-e2e-simulator';
/** Every simulated task renders for this long (time lifecycle), so callbacks fire on their own. */
const RENDER_MS = 1500;
/** Size of every served MP4 (the 1 s sample followed by filler): big enough to be streamed in chunks. */
const VIDEO_BYTES = 300 * 1024;
const FAILURE_REASON = 'Simulated content policy violation';
const EXAMPLES_DIR = path.join(H.E.REPO_ROOT, 'examples');
const EDITIONS_DIR = path.join(H.E.REPO_ROOT, 'editions');
/** N8N_RUNNERS_BROKER_PORT of the shared server, per version (this file's range: 5740-5749). */
const BROKER_PORTS = { '2.8.4': 5740, '2.41.1': 5741 };
const TERMINAL = new Set(['success', 'error', 'crashed', 'canceled']);

/** Package folders installed besides the main one: every editions/<name>/ that has a package.json. */
function extraPackageDirs() {
	if (!fs.existsSync(EDITIONS_DIR)) return [];
	return fs
		.readdirSync(EDITIONS_DIR, { withFileTypes: true })
		.filter((d) => d.isDirectory() && fs.existsSync(path.join(EDITIONS_DIR, d.name, 'package.json')))
		.map((d) => path.join(EDITIONS_DIR, d.name))
		.sort();
}

/** Load flatted (n8n's execution-data format) from the installed n8n's own tree. */
function flattedFor(version) {
	return require(require.resolve('flatted', { paths: [path.join(H.E.n8nDir(version), 'node_modules', 'n8n')] }));
}

async function untilTrue(what, timeoutMs, fn, everyMs = 250) {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const last = await fn();
		if (last) return last;
		if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
		await new Promise((r) => setTimeout(r, everyMs));
	}
}

/**
 * @param {object} o
 * @param {string} o.version
 * @param {Array<{name:string, credentials?:(sim:object)=>object[], workflows?:()=>object[]}>} o.suites
 * @param {string} [o.packageDir]  the package under test (default: N8N_E2E_PACKAGE_DIR or the repo root)
 */
async function startSharedInstance({ version, suites, packageDir = path.resolve(process.env.N8N_E2E_PACKAGE_DIR || H.E.REPO_ROOT) }) {
	const timings = {};
	const timed = async (name, fn) => {
		const t0 = Date.now();
		try {
			return await fn();
		} finally {
			timings[name] = Date.now() - t0;
		}
	};
	const ctx = { version, apiKey: API_KEY, renderMs: RENDER_MS, videoBytes: VIDEO_BYTES, failureReason: FAILURE_REASON, packageDir, timings };
	ctx.sim = await timed('simulatorMs', () => start.startSimulator(0, { apiKey: API_KEY, renderMs: RENDER_MS, extraArgs: ['--video-bytes', String(VIDEO_BYTES)] }));
	if (!ctx.sim) throw new Error('dev/simulator/cli.js missing');
	try {
		const h = await timed('packAndInstallMs', () => H.prepareInstance({ version, packageDir, label: 'shared' }));
		ctx.h = h;
		ctx.userFolder = h.userFolder;
		ctx.extraPackages = [];
		for (const dir of extraPackageDirs()) {
			const { installPackage } = require('../../../scripts/n8n/install-package');
			ctx.extraPackages.push(await timed(`install_${path.basename(dir)}Ms`, () => installPackage({ version, userFolder: h.userFolder, packageDir: dir, fresh: false })));
		}

		const credentials = [...start.demoCredentials(ctx.sim.origin, API_KEY)];
		for (const s of suites) if (s.credentials) credentials.push(...s.credentials(ctx.sim, ctx));
		await timed('importCredentialsMs', () => h.importCredentials(credentials));

		const wfDir = path.join(h.userFolder, 'e2e-workflows');
		ctx.examples = start.prepareExamples(EXAMPLES_DIR, wfDir);
		for (const s of suites) {
			for (const wf of s.workflows ? s.workflows(ctx) : []) {
				if (!wf.id || wf.id.length !== 16) throw new Error(`${s.name}: workflow "${wf.name}" needs a 16-character id`);
				const file = path.join(wfDir, `${wf.id}.json`);
				if (fs.existsSync(file)) throw new Error(`${s.name}: workflow id ${wf.id} is taken`);
				fs.writeFileSync(file, JSON.stringify(wf, null, 2));
			}
		}
		await timed('importWorkflowsMs', () => h.importWorkflow(wfDir));

		ctx.server = await timed('serverStartMs', () => h.startServer(undefined, { brokerPort: BROKER_PORTS[version] }));
		ctx.url = ctx.server.url;
		await rest.setupOwner(ctx.url, start.OWNER);
		ctx.session = await rest.login(ctx.url, start.OWNER.email, start.OWNER.password);
	} catch (err) {
		await stop(ctx, { keepFolder: true });
		throw err;
	}

	/** GET on the simulator's control API (`/__control/requests`, `/__control/tasks`, …). */
	ctx.simGet = async (route) => {
		const res = await H.httpJson(`${ctx.sim.origin}${route}`);
		if (res.status !== 200) throw new Error(`simulator ${route} → ${res.status}`);
		return res.json;
	};
	Object.assign(ctx, restRunner({ version, url: ctx.url, cookie: () => ctx.session.cookie }));
	ctx.untilTrue = untilTrue;
	ctx.stop = (opts) => stop(ctx, opts);
	return ctx;
}

/**
 * Start and read executions of a running n8n over its REST API.
 * @param {object} o
 * @param {string} o.version  decides which `flatted` parses the execution data
 * @param {string|(()=>string)} o.url  the server's base URL (a function when it changes, e.g. after a restart)
 * @param {() => string} o.cookie  the logged-in session's cookie (read on every call: a restart means a new login)
 */
function restRunner({ version, url, cookie }) {
	const flatted = flattedFor(version);
	const base = () => (typeof url === 'function' ? url() : url);
	/** An authenticated request to the n8n server. */
	const request = (route, opts = {}) => rest.request(base(), route, { cookie: cookie(), ...opts });
	/** The execution as the REST API gives it, with `result` = { status, data: IRunExecutionData } (cli.nodeOutput / cli.runError read it). */
	const execution = async (executionId) => {
		const res = await request(`/rest/executions/${executionId}`);
		if (res.status !== 200) throw new Error(`GET /rest/executions/${executionId} → ${res.status}: ${res.text.slice(0, 300)}`);
		const exec = res.json.data;
		const data = typeof exec.data === 'string' ? flatted.parse(exec.data) : exec.data;
		return { ...exec, result: { status: exec.status, data } };
	};
	/**
	 * Run a workflow from its Manual Trigger (as the editor's "Execute workflow" does) and wait until the
	 * execution ends, or until its status is in `until` (e.g. ['waiting'] for a parked one).
	 * @returns {Promise<{executionId:string, status:string, result:object, execution:object, ms:number}>}
	 */
	const run = async (workflowId, { timeoutMs = 5 * 60 * 1000, until = [] } = {}) => {
		const t0 = Date.now();
		const got = await request(`/rest/workflows/${workflowId}`);
		if (got.status !== 200) throw new Error(`GET /rest/workflows/${workflowId} → ${got.status}: ${got.text.slice(0, 300)}`);
		const wf = got.json.data;
		const trigger = wf.nodes.find((n) => n.type === 'n8n-nodes-base.manualTrigger');
		if (!trigger) throw new Error(`workflow ${workflowId} has no Manual Trigger`);
		const res = await request(`/rest/workflows/${workflowId}/run`, { method: 'POST', body: { workflowData: wf, triggerToStartFrom: { name: trigger.name } } });
		const executionId = res.json && res.json.data && res.json.data.executionId;
		if (res.status !== 200 || !executionId) throw new Error(`POST /rest/workflows/${workflowId}/run → ${res.status}: ${res.text.slice(0, 500)}`);
		const stopAt = new Set([...TERMINAL, ...until]);
		const exec = await untilTrue(`execution ${executionId} of ${workflowId}`, timeoutMs, async () => {
			const e = await execution(executionId);
			return stopAt.has(e.status) ? e : null;
		});
		return { executionId, status: exec.status, result: exec.result, execution: exec, ms: Date.now() - t0 };
	};
	return { request, execution, run };
}

async function stop(ctx, { keepFolder } = {}) {
	if (ctx.server) await ctx.server.stop();
	if (ctx.h) await ctx.h.cleanup(keepFolder === undefined ? undefined : { keepFolder });
	if (ctx.sim) await ctx.sim.stop();
}

module.exports = { startSharedInstance, restRunner, flattedFor, untilTrue, extraPackageDirs, API_KEY, RENDER_MS, VIDEO_BYTES, FAILURE_REASON };
