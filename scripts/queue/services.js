'use strict';
/**
 * Redis and PostgreSQL for queue mode, from Debian packages: installed when missing (apt-get, as root),
 * then started privately — own port, own data folder, no system service touched — and stopped by the
 * process id this module started. A machine where the packages are already installed, or where the
 * system's own Redis/PostgreSQL already run on their default ports, is fine: we never use those.
 */
const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');
const { spawn, spawnSync } = require('node:child_process');
const { runOk } = require('../n8n/proc');

const APT_TIMEOUT_MS = 10 * 60 * 1000;
const READY_TIMEOUT_MS = 60 * 1000;

function sleep(ms) {
	return new Promise((resolve) => setTimeout(resolve, ms));
}

function onPath(bin) {
	return spawnSync('sh', ['-c', `command -v ${bin}`], { encoding: 'utf8' }).status === 0;
}

/** Debian's PostgreSQL binaries live in /usr/lib/postgresql/<major>/bin, which is not on PATH. */
function postgresBinDir() {
	const root = '/usr/lib/postgresql';
	if (fs.existsSync(root)) {
		const majors = fs
			.readdirSync(root)
			.filter((d) => fs.existsSync(path.join(root, d, 'bin', 'postgres')))
			.sort((a, b) => Number(b) - Number(a));
		if (majors.length) return path.join(root, majors[0], 'bin');
	}
	if (onPath('postgres') && onPath('initdb')) return path.dirname(spawnSync('sh', ['-c', 'command -v postgres'], { encoding: 'utf8' }).stdout.trim());
	return null;
}

/**
 * Install `redis-server` and `postgresql` with apt-get when their binaries are missing. Needs root
 * (CI runs as root); otherwise fails with the command to run.
 * @returns {Promise<string[]>} the packages installed by this call
 */
async function ensurePackages({ log = () => {} } = {}) {
	const missing = [];
	if (!onPath('redis-server')) missing.push('redis-server');
	if (!postgresBinDir()) missing.push('postgresql');
	if (missing.length === 0) return [];
	if (typeof process.getuid === 'function' && process.getuid() !== 0) {
		throw new Error(`Missing ${missing.join(', ')}; install them with: sudo apt-get install -y ${missing.join(' ')}`);
	}
	log(`installing ${missing.join(', ')} with apt-get…`);
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	// A clean machine may have no package lists yet.
	await runOk('apt-get', ['update'], { env, timeoutMs: APT_TIMEOUT_MS });
	// Debian's packages start their system services where an init system runs; we never use those,
	// and policy-rc.d is not ours to change, so whatever starts stays on the default ports.
	await runOk('apt-get', ['install', '-y', '--no-install-recommends', ...missing], { env, timeoutMs: APT_TIMEOUT_MS });
	if (!onPath('redis-server') || !postgresBinDir()) throw new Error(`apt-get install ${missing.join(' ')} finished but the binaries are still missing`);
	return missing;
}

/** Resolve once something accepts TCP connections on 127.0.0.1:port (bounded). */
async function waitForPort(port, timeoutMs, isAlive = () => true) {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const ok = await new Promise((resolve) => {
			const sock = net.connect({ host: '127.0.0.1', port });
			sock.once('connect', () => {
				sock.destroy();
				resolve(true);
			});
			sock.once('error', () => resolve(false));
		});
		if (ok) return;
		if (!isAlive()) throw new Error(`process serving port ${port} exited`);
		if (Date.now() > deadline) throw new Error(`nothing listening on 127.0.0.1:${port} after ${timeoutMs} ms`);
		await sleep(200);
	}
}

/** Send one inline Redis command and return the first reply line (no client library needed). */
function redisCommand(port, command, timeoutMs = 5000) {
	return new Promise((resolve, reject) => {
		const sock = net.connect({ host: '127.0.0.1', port });
		let buf = '';
		const timer = setTimeout(() => {
			sock.destroy();
			reject(new Error(`redis ${command}: no reply within ${timeoutMs} ms`));
		}, timeoutMs);
		sock.once('connect', () => sock.write(`${command}\r\n`));
		sock.on('data', (d) => {
			buf += d.toString();
			if (buf.includes('\r\n')) {
				clearTimeout(timer);
				sock.destroy();
				resolve(buf.split('\r\n')[0]);
			}
		});
		sock.once('error', (err) => {
			clearTimeout(timer);
			reject(err);
		});
	});
}

/** A spawned service: its pid, a log file, and stop() that signals that pid and waits for the exit. */
function track(child, name, logFile) {
	const fd = fs.openSync(logFile, 'a');
	child.stdout?.on('data', (d) => fs.writeSync(fd, d));
	child.stderr?.on('data', (d) => fs.writeSync(fd, d));
	let exited = child.exitCode !== null;
	const exitPromise = new Promise((resolve) =>
		child.once('close', (code, signal) => {
			exited = true;
			fs.closeSync(fd);
			resolve({ code, signal });
		}),
	);
	const killOnExit = () => {
		if (!exited) {
			try {
				process.kill(child.pid, 'SIGKILL');
			} catch {
				/* gone */
			}
		}
	};
	process.once('exit', killOnExit);
	return {
		name,
		pid: child.pid,
		logFile,
		isAlive: () => !exited,
		exited: exitPromise,
		/** Signal our pid (never a name), escalate to SIGKILL after graceMs, resolve on exit. */
		async stop(signal = 'SIGTERM', graceMs = 15000) {
			process.removeListener('exit', killOnExit);
			if (exited) return exitPromise;
			try {
				process.kill(child.pid, signal);
			} catch {
				/* already gone */
			}
			const t = setTimeout(() => {
				try {
					process.kill(child.pid, 'SIGKILL');
				} catch {
					/* gone */
				}
			}, graceMs);
			const res = await exitPromise;
			clearTimeout(t);
			return res;
		},
	};
}

/**
 * Start a private redis-server on 127.0.0.1:port with its own folder and no snapshots.
 * @returns {Promise<{pid:number, port:number, stop:Function, restart:Function}>}
 */
async function startRedis({ port, dir }) {
	fs.mkdirSync(dir, { recursive: true });
	const logFile = path.join(dir, 'redis.log');
	const launch = async () => {
		const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'no', '--daemonize', 'no'], {
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		const t = track(child, 'redis', logFile);
		await waitForPort(port, READY_TIMEOUT_MS, t.isAlive);
		const pong = await redisCommand(port, 'PING');
		if (pong !== '+PONG') throw new Error(`redis on ${port} answered ${pong}`);
		return t;
	};
	let proc = await launch();
	const handle = {
		port,
		dir,
		get pid() {
			return proc.pid;
		},
		logFile,
		command: (cmd) => redisCommand(port, cmd),
		stop: (signal, graceMs) => proc.stop(signal, graceMs),
		/** Kill our redis by pid (SIGKILL by default: a crash) and start a new one on the same port. */
		async restart(signal = 'SIGKILL') {
			const oldPid = proc.pid;
			await proc.stop(signal, 5000);
			proc = await launch();
			return { oldPid, newPid: proc.pid };
		},
	};
	return handle;
}

/** uid/gid of the `postgres` system user (PostgreSQL refuses to run as root). */
function postgresUser() {
	const uid = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
	const gid = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
	if (uid.status !== 0 || gid.status !== 0) throw new Error('running as root, but there is no `postgres` user to run PostgreSQL as');
	return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

/**
 * Start a private PostgreSQL cluster in `dir` on 127.0.0.1:port (initdb on first use, trust auth on
 * loopback only), then create `database` if missing. As root, everything runs as the `postgres` user.
 * @returns {Promise<{pid:number, port:number, user:string, database:string, stop:Function}>}
 */
async function startPostgres({ port, dir, user = 'n8n', database = 'n8n' }) {
	const bin = postgresBinDir();
	if (!bin) throw new Error('PostgreSQL binaries not found (apt-get install -y postgresql)');
	const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
	const ids = asRoot ? postgresUser() : {};
	const dataDir = path.join(dir, 'data');
	fs.mkdirSync(dir, { recursive: true });
	if (asRoot) fs.chownSync(dir, ids.uid, ids.gid);
	const logFile = path.join(dir, 'postgres.log');
	fs.writeFileSync(logFile, '', { flag: 'a' });
	if (asRoot) fs.chownSync(logFile, ids.uid, ids.gid);

	if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) {
		const res = spawnSync(path.join(bin, 'initdb'), ['-D', dataDir, '-U', user, '--auth=trust', '--encoding=UTF8', '--locale=C', '--no-instructions'], {
			...ids,
			cwd: dir,
			encoding: 'utf8',
			timeout: 120000,
		});
		if (res.status !== 0) throw new Error(`initdb failed (${res.status}): ${res.stderr || res.stdout}`);
	}
	// A stale postmaster.pid from a killed run would stop postgres from starting.
	const pidFile = path.join(dataDir, 'postmaster.pid');
	if (fs.existsSync(pidFile)) {
		const oldPid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
		let alive = false;
		try {
			process.kill(oldPid, 0);
			alive = true;
		} catch {
			/* not running */
		}
		if (alive) throw new Error(`a postgres (pid ${oldPid}) already runs on ${dataDir}; stop it first`);
		fs.rmSync(pidFile);
	}
	const child = spawn(
		path.join(bin, 'postgres'),
		['-D', dataDir, '-p', String(port), '-k', dir, '-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200', '-c', 'fsync=off', '-c', 'full_page_writes=off'],
		{ ...ids, cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] },
	);
	const t = track(child, 'postgres', logFile);
	await waitForPort(port, READY_TIMEOUT_MS, t.isAlive);
	await ensureDatabase({ bin, port, user, database, ids, socketDir: dir });
	return {
		port,
		dir,
		pid: t.pid,
		user,
		password: 'n8n-queue',
		database,
		logFile,
		// SIGINT = PostgreSQL's "fast shutdown".
		stop: (signal = 'SIGINT', graceMs) => t.stop(signal, graceMs),
	};
}

async function ensureDatabase({ bin, port, user, database, ids, socketDir }) {
	const psql = (sql) =>
		spawnSync(path.join(bin, 'psql'), ['-h', socketDir, '-p', String(port), '-U', user, '-d', 'postgres', '-At', '-c', sql], {
			...ids,
			encoding: 'utf8',
			timeout: 30000,
		});
	// The port can accept connections a moment before the cluster accepts logins.
	const deadline = Date.now() + READY_TIMEOUT_MS;
	let res;
	for (;;) {
		res = psql(`SELECT 1 FROM pg_database WHERE datname = '${database}'`);
		if (res.status === 0) break;
		if (Date.now() > deadline) throw new Error(`postgres on ${port} refuses logins: ${res.stderr}`);
		await sleep(300);
	}
	if (res.stdout.trim() !== '1') {
		const created = psql(`CREATE DATABASE "${database}"`);
		if (created.status !== 0) throw new Error(`CREATE DATABASE ${database}: ${created.stderr}`);
	}
}

module.exports = { ensurePackages, startRedis, startPostgres, redisCommand, waitForPort, postgresBinDir };
