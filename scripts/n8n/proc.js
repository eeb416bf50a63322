'use strict';
/**
 * Small process helpers for the real-n8n scripts: run a command with a hard timeout (killing its whole
 * process group on expiry), optionally appending its output to a log file.
 */
const fs = require('node:fs');
const path = require('node:path');
const { spawn } = require('node:child_process');

/** Kill a detached child's process group (falls back to the pid alone). */
function killTree(child, signal = 'SIGTERM') {
	if (!child || child.exitCode !== null || child.signalCode !== null) return;
	try {
		process.kill(-child.pid, signal);
	} catch {
		try {
			child.kill(signal);
		} catch {
			/* already gone */
		}
	}
}

/**
 * Run a command to completion.
 * @param {string} cmd
 * @param {string[]} args
 * @param {object} opts
 * @param {string} [opts.cwd]
 * @param {object} [opts.env]
 * @param {number} opts.timeoutMs  hard limit; the process group is SIGTERMed, then SIGKILLed 5 s later
 * @param {string} [opts.logFile]  append stdout+stderr here (instead of capturing)
 * @param {boolean} [opts.capture]  collect stdout/stderr into the result (default true when no logFile)
 * @param {string} [opts.input]  written to stdin
 * @returns {Promise<{code:number|null, signal:string|null, stdout:string, stderr:string, ms:number, timedOut:boolean}>}
 */
function run(cmd, args, opts) {
	const { cwd, env, timeoutMs, logFile, input } = opts;
	if (!timeoutMs) throw new Error('run(): timeoutMs is required');
	const capture = opts.capture ?? !logFile;
	const started = Date.now();
	return new Promise((resolve, reject) => {
		let logFd = null;
		if (logFile) {
			fs.mkdirSync(path.dirname(logFile), { recursive: true });
			logFd = fs.openSync(logFile, 'a');
			fs.writeSync(logFd, `\n$ ${[cmd, ...args].join(' ')}   (cwd ${cwd || process.cwd()}, ${new Date().toISOString()})\n`);
		}
		const child = spawn(cmd, args, {
			cwd,
			env,
			detached: true, // own process group, so a timeout can kill grandchildren (node-gyp, task runner…)
			stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
		});
		let stdout = '';
		let stderr = '';
		const onData = (which) => (buf) => {
			if (logFd !== null) fs.writeSync(logFd, buf);
			if (capture) {
				if (which === 'out') stdout += buf.toString();
				else stderr += buf.toString();
			}
		};
		child.stdout.on('data', onData('out'));
		child.stderr.on('data', onData('err'));
		if (input !== undefined) child.stdin.end(input);

		let timedOut = false;
		let killTimer = null;
		const timer = setTimeout(() => {
			timedOut = true;
			killTree(child, 'SIGTERM');
			killTimer = setTimeout(() => killTree(child, 'SIGKILL'), 5000);
		}, timeoutMs);
		const cleanupOnExit = () => killTree(child, 'SIGKILL');
		process.once('exit', cleanupOnExit);

		child.on('error', (err) => {
			clearTimeout(timer);
			if (killTimer) clearTimeout(killTimer);
			process.removeListener('exit', cleanupOnExit);
			if (logFd !== null) fs.closeSync(logFd);
			reject(err);
		});
		child.on('close', (code, signal) => {
			clearTimeout(timer);
			if (killTimer) clearTimeout(killTimer);
			process.removeListener('exit', cleanupOnExit);
			const ms = Date.now() - started;
			if (logFd !== null) {
				fs.writeSync(logFd, `\n[exit code=${code} signal=${signal} after ${ms} ms${timedOut ? ', TIMED OUT' : ''}]\n`);
				fs.closeSync(logFd);
			}
			resolve({ code, signal, stdout, stderr, ms, timedOut });
		});
	});
}

/** Like run(), but throws a descriptive error unless the exit code is 0. */
async function runOk(cmd, args, opts) {
	const res = await run(cmd, args, opts);
	if (res.code !== 0) {
		const where = opts.logFile ? ` (see ${opts.logFile})` : '';
		const tail = (res.stderr || res.stdout || '').split('\n').slice(-30).join('\n');
		throw new Error(
			`${path.basename(cmd)} ${args.join(' ')} failed: code=${res.code} signal=${res.signal}` +
				`${res.timedOut ? ' (timed out)' : ''}${where}\n${tail}`,
		);
	}
	return res;
}

function fmtMs(ms) {
	return ms >= 60000 ? `${(ms / 60000).toFixed(1)} min (${(ms / 1000).toFixed(0)} s)` : `${(ms / 1000).toFixed(1)} s`;
}

module.exports = { run, runOk, killTree, fmtMs };
