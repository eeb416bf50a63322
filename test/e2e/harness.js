'use strict';
/**
 * Glue for the real-n8n end-to-end tests (node:test, plain CommonJS).
 *
 *   const h = await prepareInstance({ version: '2.8.4', packageDir });   // install n8n (cached) + pack/install package
 *   await h.importCredentials([...]); await h.importWorkflow(wf);
 *   const { exitCode, result } = await h.execute('wfId0000000000001');
 *   await h.cleanup();
 *
 * Versions under test: N8N_E2E_VERSIONS (comma-separated, default "2.8.4,2.41.1").
 * Cold installs (~7 min each) happen on first use; set N8N_E2E_NO_INSTALL=1 to skip versions that
 * are not installed yet instead.
 */
const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');
const E = require('../../scripts/n8n/env');
const cli = require('../../scripts/n8n/cli');
const { installN8n } = require('../../scripts/n8n/install');
const { installPackage } = require('../../scripts/n8n/install-package');

const ALL_VERSIONS = Object.keys(E.VERSIONS);

function versionsUnderTest() {
	const raw = process.env.N8N_E2E_VERSIONS;
	const list = raw ? raw.split(',').map((v) => v.trim()).filter(Boolean) : ALL_VERSIONS;
	for (const v of list) E.versionConfig(v);
	return list;
}

/** Why a version cannot run (string), or null. */
function skipReason(version) {
	if (!E.isInstalled(version) && process.env.N8N_E2E_NO_INSTALL === '1') {
		return `n8n ${version} not installed (run node scripts/n8n/install.js ${version})`;
	}
	return null;
}

function timer() {
	const t0 = Date.now();
	return () => Date.now() - t0;
}

/**
 * Install n8n `version` (cached), pack `packageDir`, install the tarball into a fresh user folder.
 * @param {object} o
 * @param {string} o.version
 * @param {string} [o.packageDir]  default: the repo root (n8n-nodes-sora; needs `npm run build`)
 * @param {string} [o.label]  suffix so that parallel suites get separate user folders
 * @param {'npm'|'tar'} [o.mode]
 */
async function prepareInstance({ version, packageDir = E.REPO_ROOT, label = '', mode = 'npm' }) {
	const timings = {};
	let t = timer();
	const inst = await installN8n(version);
	timings.n8nInstallMs = inst.cached ? 0 : t();
	timings.n8nInstallCached = inst.cached;

	const userFolder = E.userFolderFor(version, 'test', label);
	t = timer();
	const pkg = await installPackage({ version, userFolder, packageDir, mode, fresh: true });
	timings.packAndInstallPackageMs = t();
	const logFile = path.join(userFolder, 'e2e-n8n.log');

	const timed = (name, fn) => async (...args) => {
		const tt = timer();
		try {
			return await fn(...args);
		} finally {
			(timings[name] ||= []).push(tt());
		}
	};

	const servers = new Set();
	return {
		version,
		userFolder,
		package: pkg,
		nodeTypePrefix: pkg.name,
		timings,
		logFile,
		importCredentials: timed('importCredentialsMs', (data) => cli.importCredentials(version, userFolder, data, { logFile })),
		importWorkflow: timed('importWorkflowMs', (data) => cli.importWorkflow(version, userFolder, data, { logFile })),
		publishWorkflow: timed('publishWorkflowMs', (id) => cli.publishWorkflow(version, userFolder, id, { logFile })),
		execute: timed('executeMs', (id, opts = {}) => cli.execute(version, userFolder, id, { logFile, ...opts })),
		startServer: async (port, opts = {}) => {
			const srv = await cli.startServer(version, userFolder, port || (await cli.getFreePort()), {
				logFile: path.join(userFolder, 'e2e-n8n-server.log'),
				...opts,
			});
			servers.add(srv);
			return srv;
		},
		async cleanup({ keepFolder = process.env.N8N_E2E_KEEP === '1' } = {}) {
			for (const s of servers) await s.stop();
			servers.clear();
			if (!keepFolder) fs.rmSync(userFolder, { recursive: true, force: true });
		},
	};
}

/**
 * A tiny recording HTTP server on 127.0.0.1 (random port) for probe tests.
 * `handler(req, body, res)` may return {status, json | body, headers}.
 */
async function startRecordingServer(handler) {
	const requests = [];
	const server = http.createServer((req, res) => {
		const chunks = [];
		req.on('data', (c) => chunks.push(c));
		req.on('end', async () => {
			const raw = Buffer.concat(chunks);
			let body = raw.toString();
			try {
				body = body ? JSON.parse(body) : undefined;
			} catch {
				/* keep text */
			}
			const rec = { method: req.method, url: req.url, headers: req.headers, body };
			requests.push(rec);
			try {
				const r = (await handler(rec)) || { status: 404, json: { error: 'not found' } };
				const payload = r.json !== undefined ? Buffer.from(JSON.stringify(r.json)) : Buffer.from(r.body || '');
				res.writeHead(r.status || 200, {
					'content-type': r.json !== undefined ? 'application/json' : 'application/octet-stream',
					'content-length': payload.length,
					...(r.headers || {}),
				});
				res.end(payload);
			} catch (err) {
				res.writeHead(500, { 'content-type': 'application/json' });
				res.end(JSON.stringify({ error: String(err && err.message) }));
			}
		});
	});
	await new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', resolve);
	});
	const { port } = server.address();
	return {
		origin: `http://127.0.0.1:${port}`,
		port,
		requests,
		close: () =>
			new Promise((resolve) => {
				server.closeAllConnections?.();
				server.close(() => resolve());
			}),
	};
}

/** Bounded HTTP request helper (fetch with an AbortSignal timeout). */
async function httpJson(url, { method = 'GET', body, headers = {}, timeoutMs = 30000 } = {}) {
	const res = await fetch(url, {
		method,
		headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
		body: body !== undefined ? JSON.stringify(body) : undefined,
		signal: AbortSignal.timeout(timeoutMs),
	});
	const text = await res.text();
	let json;
	try {
		json = text ? JSON.parse(text) : undefined;
	} catch {
		json = undefined;
	}
	return { status: res.status, headers: res.headers, text, json };
}

/** Minimal Manual Trigger → node workflow. */
function manualWorkflow({ id, name, node }) {
	return {
		id,
		name,
		active: false,
		nodes: [
			{
				id: `${id}-trigger`,
				name: 'Manual Trigger',
				type: 'n8n-nodes-base.manualTrigger',
				typeVersion: 1,
				position: [0, 0],
				parameters: {},
			},
			{ id: `${id}-node`, position: [240, 0], ...node },
		],
		connections: { 'Manual Trigger': { main: [[{ node: node.name, type: 'main', index: 0 }]] } },
		settings: { executionOrder: 'v1' },
		pinData: {},
	};
}

function formatTimings(t) {
	const fmt = (v) => (Array.isArray(v) ? v.map((x) => `${(x / 1000).toFixed(1)}s`).join('/') : typeof v === 'number' ? `${(v / 1000).toFixed(1)}s` : String(v));
	return Object.entries(t)
		.map(([k, v]) => `${k}=${fmt(v)}`)
		.join(' ');
}

module.exports = {
	ALL_VERSIONS,
	versionsUnderTest,
	skipReason,
	prepareInstance,
	startRecordingServer,
	httpJson,
	manualWorkflow,
	formatTimings,
	cli,
	E,
};
