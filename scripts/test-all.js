#!/usr/bin/env node
'use strict';
/**
 * `npm test`: every check, with the slow parts overlapped, and a timing table at the end.
 *
 *   node scripts/test-all.js          # everything (npm test)
 *   node scripts/test-all.js e2e      # only the real-n8n part: n8n installs + chromium, then the e2e jobs (npm run e2e)
 *
 * Timeline:
 *   background  n8n 2.8.4 install ─┐ (each its own process: a cold install is ~6 min of mostly network and
 *               n8n 2.41.1 install ─┤  disk; both share npm's cache, which is safe for concurrent use, and
 *               chromium          ─┘  each version has its own lock dir under .cache/)
 *   foreground  build → typecheck → lint → lint:workflows → jest
 *   then        wait for the background, jest again for the files that read the installs (AFTER_INSTALL_JEST),
 *               then the e2e jobs (E2E_JOBS below), N8N_E2E_JOBS at a time
 *
 * Every child's output goes to test-artifacts/logs/<name>.log; a background or e2e job's log is printed
 * when it ends (so parallel jobs do not interleave), a foreground phase streams live. The first failure
 * stops what has not started yet; every failure is listed at the end, and the exit code is 1.
 *
 * Environment:
 *   N8N_E2E_VERSIONS   versions to test (default: all in scripts/n8n/env.js)
 *   N8N_E2E_JOBS       e2e jobs run at once (default 2: the two versions side by side; 1 = one after the other)
 *   N8N_E2E_FILES      comma-separated subset of E2E_JOBS' files (e.g. shared.e2e.js,park.e2e.js)
 */
const fs = require('node:fs');
const path = require('node:path');
const { spawn } = require('node:child_process');
const E = require('./n8n/env');
const { killTree } = require('./n8n/proc');

const LOG_DIR = path.join(E.REPO_ROOT, 'test-artifacts', 'logs');

/**
 * Jest files that also check the installed n8n versions (.cache/n8n-*): jest runs while the installs are
 * still going, so these run once more after them, with N8N_INSTALLED_REQUIRED=1 (a missing install fails).
 */
const AFTER_INSTALL_JEST = ['test/workflow/routeByStatus.test.ts'];

/**
 * The e2e files, each run once per n8n version as its own `node --test` process (N8N_E2E_VERSIONS=<v>).
 * Longest first, so that a pool of two finishes as early as possible. `heavy` jobs (many n8n processes
 * at once) never run beside another heavy job.
 */
const E2E_JOBS = [
	{ file: 'test/e2e/shared.e2e.js' },
	{ file: 'test/e2e/park.e2e.js' },
	{ file: 'test/e2e/queue.e2e.js', heavy: true },
	{ file: 'test/e2e/editions.e2e.js' },
	{ file: 'test/e2e/modes.e2e.js' },
	{ file: 'test/e2e/probe.e2e.js' },
];

const results = []; // { name, kind, ms, ok, skipped }
const running = new Set();

function fmtS(ms) {
	return (ms / 1000).toFixed(0).padStart(6);
}

/**
 * Run a command; resolves { ok, ms, code, log }. `live` streams its output, otherwise it is kept in the log
 * file only (printed by the caller when the job ends).
 */
function runStep(name, cmd, args, { env = process.env, live = false } = {}) {
	fs.mkdirSync(LOG_DIR, { recursive: true });
	const log = path.join(LOG_DIR, `${name.replace(/[^\w.-]+/g, '_')}.log`);
	const fd = fs.openSync(log, 'w');
	const started = Date.now();
	return new Promise((resolve) => {
		const child = spawn(cmd, args, { cwd: E.REPO_ROOT, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
		running.add(child);
		const onData = (buf) => {
			fs.writeSync(fd, buf);
			if (live) process.stdout.write(buf);
		};
		child.stdout.on('data', onData);
		child.stderr.on('data', onData);
		child.on('error', (err) => {
			fs.writeSync(fd, `\n${err.stack}\n`);
		});
		child.on('close', (code, signal) => {
			running.delete(child);
			fs.closeSync(fd);
			const ms = Date.now() - started;
			resolve({ ok: code === 0, code, signal, ms, log });
		});
	});
}

function record(name, kind, res) {
	results.push({ name, kind, ms: res.ms, ok: res.ok, skipped: false, log: res.log });
	const mark = res.ok ? 'ok' : `FAILED (exit ${res.code}${res.signal ? `, ${res.signal}` : ''})`;
	console.log(`\n=== ${name}: ${mark} in ${(res.ms / 1000).toFixed(1)} s${res.ok ? '' : `; log: ${path.relative(E.REPO_ROOT, res.log)}`}`);
}

function printLog(name, res) {
	const text = fs.readFileSync(res.log, 'utf8');
	console.log(`\n----- ${name} (${(res.ms / 1000).toFixed(1)} s) -----\n${text.trimEnd()}\n----- end of ${name} -----`);
}

function npmRun(script) {
	return ['npm', ['run', '--silent', script]];
}

/** Background: both n8n installs and chromium, each as its own process. */
function startBackground(versions) {
	const jobs = versions.map((v) => ({ name: `install n8n ${v}`, cmd: process.execPath, args: [path.join(__dirname, 'n8n', 'install.js'), v] }));
	jobs.push({ name: 'chromium', cmd: process.execPath, args: [path.join(__dirname, 'ensure-chromium.js')] });
	return jobs.map((j) => {
		console.log(`[test-all] background: ${j.name}`);
		return runStep(j.name, j.cmd, j.args).then((res) => {
			printLog(j.name, res);
			record(j.name, 'install', res);
			return res;
		});
	});
}

/** Run the e2e jobs, `limit` at a time; a heavy job waits until no other heavy job runs. */
async function runE2e(versions, limit) {
	const only = process.env.N8N_E2E_FILES ? new Set(process.env.N8N_E2E_FILES.split(',').map((f) => path.basename(f.trim()))) : null;
	const queue = [];
	for (const job of E2E_JOBS) {
		if (only && !only.has(path.basename(job.file))) continue;
		for (const v of versions) queue.push({ ...job, version: v, name: `e2e ${path.basename(job.file, '.e2e.js')} ${v}` });
	}
	let failed = false;
	let heavyRunning = 0;
	const active = new Set();
	await new Promise((resolveAll) => {
		const pump = () => {
			while (!failed && active.size < limit && queue.length) {
				const idx = queue.findIndex((j) => !(j.heavy && heavyRunning > 0));
				if (idx < 0) break;
				const [job] = queue.splice(idx, 1);
				if (job.heavy) heavyRunning++;
				console.log(`[test-all] start ${job.name}`);
				const env = { ...process.env, N8N_E2E_VERSIONS: job.version, N8N_E2E_NO_INSTALL: '1' };
				const p = runStep(job.name, process.execPath, ['--test', '--test-reporter=spec', job.file], { env }).then((res) => {
					active.delete(p);
					if (job.heavy) heavyRunning--;
					printLog(job.name, res);
					record(job.name, 'e2e', res);
					if (!res.ok) failed = true;
					pump();
				});
				active.add(p);
			}
			if (active.size === 0) resolveAll();
		};
		pump();
	});
	for (const j of queue) results.push({ name: j.name, kind: 'e2e', ms: 0, ok: false, skipped: true });
	return !failed;
}

function printTable(totalMs) {
	const lines = ['', '=== timing (seconds, wall clock; background and e2e jobs overlap) ==='];
	lines.push(`${'phase'.padEnd(34)} ${'s'.padStart(6)}  result`);
	for (const r of results) {
		lines.push(`${`${r.kind === 'e2e' ? '  ' : ''}${r.name}`.padEnd(34)} ${fmtS(r.ms)}  ${r.skipped ? 'not run' : r.ok ? 'ok' : 'FAILED'}`);
	}
	lines.push(`${'total'.padEnd(34)} ${fmtS(totalMs)}`);
	console.log(lines.join('\n'));
	fs.mkdirSync(LOG_DIR, { recursive: true });
	fs.writeFileSync(path.join(LOG_DIR, 'timing.json'), JSON.stringify({ totalMs, results }, null, 2) + '\n');
}

async function main() {
	const t0 = Date.now();
	const mode = process.argv[2] || 'all';
	if (!['all', 'e2e'].includes(mode)) throw new Error(`unknown mode ${mode} (all | e2e)`);
	const versions = (process.env.N8N_E2E_VERSIONS || Object.keys(E.VERSIONS).join(',')).split(',').map((v) => v.trim()).filter(Boolean);
	for (const v of versions) E.versionConfig(v);
	const limit = Math.max(1, Number(process.env.N8N_E2E_JOBS || 2));

	const background = startBackground(versions);
	let ok = true;
	if (mode === 'all') {
		for (const script of ['build:editions', 'typecheck', 'lint', 'lint:workflows', 'jest']) {
			const [cmd, args] = script === 'jest' ? [path.join(E.REPO_ROOT, 'node_modules', '.bin', 'jest'), []] : npmRun(script);
			console.log(`\n=== ${script}`);
			const res = await runStep(script, cmd, args, { live: true });
			record(script, 'check', res);
			if (!res.ok) {
				ok = false;
				break;
			}
		}
	}
	if (!ok) {
		for (const child of running) killTree(child, 'SIGTERM');
		await Promise.all(background);
	} else {
		const waitStarted = Date.now();
		const bg = await Promise.all(background);
		results.push({ name: 'waiting for the background', kind: 'wait', ms: Date.now() - waitStarted, ok: true, skipped: false });
		ok = bg.every((r) => r.ok);
		if (ok && mode === 'all') {
			console.log(`\n=== jest against the installed n8n versions: ${AFTER_INSTALL_JEST.join(' ')}`);
			const res = await runStep('jest after installs', path.join(E.REPO_ROOT, 'node_modules', '.bin', 'jest'), AFTER_INSTALL_JEST, {
				live: true,
				env: { ...process.env, N8N_INSTALLED_REQUIRED: '1' },
			});
			record('jest after installs', 'check', res);
			ok = res.ok;
		}
		if (ok) {
			const e2eStarted = Date.now();
			ok = await runE2e(versions, limit);
			results.push({ name: `e2e (all jobs, ${limit} at a time)`, kind: 'wall', ms: Date.now() - e2eStarted, ok, skipped: false });
		}
	}
	printTable(Date.now() - t0);
	const failures = results.filter((r) => !r.ok && !r.skipped);
	if (failures.length) {
		console.log(`\nFAILED: ${failures.map((f) => `${f.name}${f.log ? ` (${path.relative(E.REPO_ROOT, f.log)})` : ''}`).join(', ')}`);
		process.exitCode = 1;
	}
}

for (const sig of ['SIGINT', 'SIGTERM']) {
	process.on(sig, () => {
		for (const child of running) killTree(child, 'SIGTERM');
		process.exit(130);
	});
}

main().catch((err) => {
	console.error(`[test-all] ${err.stack || err.message}`);
	for (const child of running) killTree(child, 'SIGTERM');
	process.exitCode = 1;
});
