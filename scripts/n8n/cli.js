'use strict';
/**
 * Helpers that drive a pinned real n8n (installed by install.js) through its CLI:
 *   importCredentials / importWorkflow / publishWorkflow / execute, and startServer (n8n start).
 *
 * Every call is bounded by a timeout and kills the whole process group it started.
 */
const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');
const { spawn } = require('node:child_process');
const E = require('./env');
const { run, killTree } = require('./proc');

const DEFAULT_CMD_TIMEOUT_MS = 3 * 60 * 1000;
const DEFAULT_EXECUTE_TIMEOUT_MS = 5 * 60 * 1000;
const DEFAULT_START_TIMEOUT_MS = 3 * 60 * 1000;

function assertInstalled(version) {
	if (!E.isInstalled(version)) {
		throw new Error(`n8n ${version} is not installed; run \`node scripts/n8n/install.js ${version}\` first`);
	}
}

/** A free TCP port on 127.0.0.1 (the OS picks one). */
function getFreePort() {
	return new Promise((resolve, reject) => {
		const srv = net.createServer();
		srv.unref();
		srv.on('error', reject);
		srv.listen(0, '127.0.0.1', () => {
			const { port } = srv.address();
			srv.close(() => resolve(port));
		});
	});
}

/**
 * Run `n8n <args>` to completion.
 * @param {string} version
 * @param {string} userFolder
 * @param {string[]} args
 * @param {object} [opts]  buildEnv options plus timeoutMs, logFile
 */
async function n8n(version, userFolder, args, opts = {}) {
	assertInstalled(version);
	const env = E.buildEnv(version, userFolder, opts);
	const res = await run(E.nodeBinFor(version), [E.n8nBin(version), ...args], {
		cwd: userFolder,
		env,
		timeoutMs: opts.timeoutMs || DEFAULT_CMD_TIMEOUT_MS,
		capture: true,
	});
	if (opts.logFile) {
		fs.mkdirSync(path.dirname(opts.logFile), { recursive: true });
		fs.appendFileSync(opts.logFile, `\n$ n8n ${args.join(' ')}  [exit ${res.code}, ${res.ms} ms]\n${res.stdout}${res.stderr}`);
	}
	return res;
}

/** Write an object to a JSON file under the user folder (for --input) unless it already is a path. */
function toInputFile(userFolder, data, name) {
	if (typeof data === 'string') return path.resolve(data);
	const dir = path.join(userFolder, 'e2e-inputs');
	fs.mkdirSync(dir, { recursive: true });
	const file = path.join(dir, `${name}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}.json`);
	fs.writeFileSync(file, JSON.stringify(data, null, 2));
	return file;
}

function okOrThrow(res, what) {
	if (res.code !== 0) {
		throw new Error(
			`${what} failed (exit ${res.code}${res.timedOut ? ', timed out' : ''}):\n${(res.stdout + res.stderr).split('\n').slice(-40).join('\n')}`,
		);
	}
	return res;
}

/**
 * `n8n import:credentials --input=<file>`. `data` is a file path, or an array of
 * `{id, name, type, data:{…plain fields…}}` (plain data is encrypted by n8n on import).
 */
async function importCredentials(version, userFolder, data, opts = {}) {
	const file = toInputFile(userFolder, typeof data === 'string' || Array.isArray(data) ? data : [data], 'credentials');
	return okOrThrow(await n8n(version, userFolder, ['import:credentials', `--input=${file}`], opts), 'import:credentials');
}

/**
 * `n8n import:workflow`. `data` is a file path, a directory (imported with --separate), a workflow object
 * or an array of workflow objects. Workflows need a 16-character `id`.
 */
async function importWorkflow(version, userFolder, data, opts = {}) {
	if (typeof data === 'string' && fs.existsSync(data) && fs.statSync(data).isDirectory()) {
		return okOrThrow(await n8n(version, userFolder, ['import:workflow', '--separate', `--input=${path.resolve(data)}`], opts), 'import:workflow');
	}
	const file = toInputFile(userFolder, data, 'workflow');
	return okOrThrow(await n8n(version, userFolder, ['import:workflow', `--input=${file}`], opts), 'import:workflow');
}

/** Activate (publish) a workflow so its webhooks are registered by a later `n8n start`. */
async function publishWorkflow(version, userFolder, id, opts = {}) {
	// n8n 2.x: publish:workflow; older: update:workflow --active=true.
	const res = await n8n(version, userFolder, ['publish:workflow', `--id=${id}`], opts);
	if (res.code === 0) return res;
	return okOrThrow(await n8n(version, userFolder, ['update:workflow', `--id=${id}`, '--active=true'], opts), 'publish:workflow');
}

/**
 * Parse n8n's JSON log lines. Returns every parsed line (non-JSON lines are kept as {raw}).
 * @param {string} text
 */
function parseJsonLogs(text) {
	const lines = [];
	for (const line of text.split('\n')) {
		const t = line.trim();
		if (!t) continue;
		if (t.startsWith('{')) {
			try {
				lines.push(JSON.parse(t));
				continue;
			} catch {
				/* fall through */
			}
		}
		lines.push({ raw: t });
	}
	return lines;
}

/**
 * Pull the run result out of `n8n execute --rawOutput` JSON logs: the (last) log line whose
 * `message` is itself a JSON object. Returns null when none parses.
 */
function extractRunResult(text) {
	const logs = parseJsonLogs(text);
	let fallback = null;
	for (let i = logs.length - 1; i >= 0; i--) {
		const msg = logs[i].message;
		if (typeof msg === 'string' && msg.trimStart().startsWith('{')) {
			try {
				const parsed = JSON.parse(msg);
				// Prefer the IRun itself over any other JSON-looking message.
				if (parsed && typeof parsed === 'object' && parsed.data && 'resultData' in parsed.data) return parsed;
				fallback ??= parsed;
			} catch {
				/* not the payload */
			}
		}
	}
	return fallback;
}

/**
 * `n8n execute --id=<id> --rawOutput` with JSON info logs.
 * @returns {Promise<{exitCode:number|null, result:object|null, stdout:string, stderr:string, ms:number, timedOut:boolean, logs:object[]}>}
 *   result is the IRun n8n logged ({ status, mode, startedAt, data: { resultData: { runData, error,
 *   lastNodeExecuted } } }), also when the run failed (exit code 1); null if nothing was logged.
 */
async function execute(version, userFolder, id, opts = {}) {
	// `execute` starts the internal task runner; a free broker port lets several runs go in parallel.
	const brokerPort = opts.brokerPort || (await getFreePort());
	const res = await n8n(version, userFolder, ['execute', `--id=${id}`, '--rawOutput'], {
		...opts,
		brokerPort,
		logLevel: 'info',
		jsonLogs: true,
		timeoutMs: opts.timeoutMs || DEFAULT_EXECUTE_TIMEOUT_MS,
	});
	const text = `${res.stdout}\n${res.stderr}`;
	return {
		exitCode: res.code,
		result: extractRunResult(text),
		stdout: res.stdout,
		stderr: res.stderr,
		ms: res.ms,
		timedOut: res.timedOut,
		logs: parseJsonLogs(text),
	};
}

/** `resultData` of an execute() result (n8n logs the whole IRun: { status, mode, data: { resultData } }). */
function resultDataOf(result) {
	return result?.data?.resultData ?? result?.resultData;
}

/** Output items of the last run (or `runIndex`) of a node in an execute() result. */
function nodeOutput(result, nodeName, { runIndex = -1, output = 0 } = {}) {
	const runs = resultDataOf(result)?.runData?.[nodeName];
	if (!runs || runs.length === 0) return undefined;
	const r = runs.at(runIndex);
	return r?.data?.main?.[output];
}

/** The error of the run, if any (workflow-level or the last executed node's). */
function runError(result) {
	if (!result) return undefined;
	const rd = resultDataOf(result) || {};
	if (rd.error) return rd.error;
	const last = rd.lastNodeExecuted && rd.runData?.[rd.lastNodeExecuted];
	return last?.at(-1)?.error;
}

/**
 * Start `n8n start` and resolve once the log says "Editor is now accessible via".
 * @param {string} version
 * @param {string} userFolder
 * @param {number} port
 * @param {object} [opts]  buildEnv options (brokerPort defaults to a free port) plus timeoutMs, logFile, echo (pipe logs to this process),
 *   args (the n8n command, default ['start']; e.g. ['worker', '--concurrency=5']) and readyPattern (default: the editor line)
 * @returns {Promise<{url:string, port:number, pid:number, child:import('node:child_process').ChildProcess, logs:()=>string, stop:()=>Promise<void>, waitForLog:(re:RegExp, ms:number)=>Promise<string>}>}
 */
async function startServer(version, userFolder, port, opts = {}) {
	assertInstalled(version);
	const brokerPort = opts.brokerPort || (await getFreePort());
	const env = E.buildEnv(version, userFolder, { logLevel: 'info', ...opts, port, brokerPort });
	const timeoutMs = opts.timeoutMs || DEFAULT_START_TIMEOUT_MS;
	const child = spawn(E.nodeBinFor(version), [E.n8nBin(version), ...(opts.args || ['start'])], {
		cwd: userFolder,
		env,
		detached: true,
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let output = '';
	const listeners = new Set();
	let logFd = null;
	if (opts.logFile) {
		fs.mkdirSync(path.dirname(opts.logFile), { recursive: true });
		logFd = fs.openSync(opts.logFile, 'a');
	}
	const onData = (buf) => {
		const s = buf.toString();
		output += s;
		if (output.length > 4_000_000) output = output.slice(-2_000_000);
		if (logFd !== null) fs.writeSync(logFd, s);
		if (opts.echo) process.stdout.write(s);
		for (const l of listeners) l();
	};
	child.stdout.on('data', onData);
	child.stderr.on('data', onData);
	const killOnExit = () => killTree(child, 'SIGKILL');
	process.once('exit', killOnExit);

	let exited = false;
	const exitPromise = new Promise((resolve) => {
		child.on('close', (code, signal) => {
			exited = true;
			process.removeListener('exit', killOnExit);
			if (logFd !== null) {
				fs.closeSync(logFd);
				logFd = null;
			}
			for (const l of listeners) l();
			resolve({ code, signal });
		});
	});

	/** Resolve with the matching text once `re` appears in the output (searching from `from`). */
	function waitForLog(re, ms, from = 0) {
		return new Promise((resolve, reject) => {
			const check = () => {
				const m = output.slice(from).match(re);
				if (m) {
					done();
					resolve(m[0]);
				} else if (exited) {
					done();
					reject(new Error(`n8n exited before logging ${re}:\n${output.split('\n').slice(-40).join('\n')}`));
				}
			};
			const timer = setTimeout(() => {
				done();
				reject(new Error(`Timed out after ${ms} ms waiting for ${re} from n8n start:\n${output.split('\n').slice(-40).join('\n')}`));
			}, ms);
			const done = () => {
				clearTimeout(timer);
				listeners.delete(check);
			};
			listeners.add(check);
			check();
		});
	}

	async function stop(graceMs = 20000) {
		if (!exited) {
			killTree(child, 'SIGTERM');
			const t = setTimeout(() => killTree(child, 'SIGKILL'), graceMs);
			await exitPromise;
			clearTimeout(t);
		}
	}

	try {
		await waitForLog(opts.readyPattern || /Editor is now accessible via/, timeoutMs);
	} catch (err) {
		await stop(5000);
		throw err;
	}
	return {
		url: `http://127.0.0.1:${port}`,
		port,
		brokerPort,
		pid: child.pid,
		child,
		logs: () => output,
		waitForLog,
		exited: exitPromise,
		stop,
	};
}

module.exports = {
	getFreePort,
	n8n,
	importCredentials,
	importWorkflow,
	publishWorkflow,
	execute,
	extractRunResult,
	parseJsonLogs,
	resultDataOf,
	nodeOutput,
	runError,
	startServer,
};
