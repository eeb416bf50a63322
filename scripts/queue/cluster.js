'use strict';
/**
 * n8n in queue mode, scripted: a private Redis and PostgreSQL (services.js), one n8n main (`n8n start`)
 * and N `n8n worker` processes, each with its OWN user folder holding its own install of the package
 * (the way separate machines would), all sharing the encryption key, the database and the Redis queue.
 *
 *   const c = await startQueueCluster({ version: '2.8.4', label: 'e2e', brokerPorts: [5730, 5731, 5732],
 *                                       credentials, workflows, publish: ['wfId…'] });
 *   …c.main.url, c.workers[0].kill(), c.redis.restart(), c.db.query(sql)…
 *   await c.stop();
 *
 * Everything started here is stopped by the process id it was started with.
 */
const fs = require('node:fs');
const path = require('node:path');
const E = require('../n8n/env');
const cli = require('../n8n/cli');
const rest = require('../n8n/rest');
const { killTree } = require('../n8n/proc');
const { installN8n } = require('../n8n/install');
const { packPackage, installTarball } = require('../n8n/install-package');
const services = require('./services');
const { connectDb } = require('./db');

const OWNER = { email: 'queue@example.com', password: 'SoraQueue123', firstName: 'Sora', lastName: 'Queue' };
const WORKER_READY = /n8n worker is now ready/;
/** n8n's own shutdown waits for running jobs; a stop must not hang a test run. */
const STOP_GRACE_MS = 20000;

/**
 * The queue-mode variables every process gets (verified against @n8n/config and n8n-core of both
 * versions: executions.config, scaling-mode.config, database.config, binary-data.config).
 */
function queueEnv({ redisPort, pg, extra = {} }) {
	return {
		EXECUTIONS_MODE: 'queue',
		QUEUE_BULL_REDIS_HOST: '127.0.0.1',
		QUEUE_BULL_REDIS_PORT: String(redisPort),
		DB_TYPE: 'postgresdb',
		DB_POSTGRESDB_HOST: '127.0.0.1',
		DB_POSTGRESDB_PORT: String(pg.port),
		DB_POSTGRESDB_DATABASE: pg.database,
		DB_POSTGRESDB_USER: pg.user,
		DB_POSTGRESDB_PASSWORD: pg.password,
		N8N_DEFAULT_BINARY_DATA_MODE: 'database',
		OFFLOAD_MANUAL_EXECUTIONS_TO_WORKERS: 'true',
		...extra,
	};
}

/** Folders of one cluster: <USER_ROOT>/queue-<version>[-label]/{redis,postgres,main,worker-1,…}. */
function clusterRoot(version, label) {
	return path.join(E.USER_ROOT, `queue-${version}${label ? `-${label}` : ''}`);
}

/**
 * @param {object} o
 * @param {string} o.version
 * @param {string} [o.label]  keeps parallel clusters apart
 * @param {number[]} o.brokerPorts  N8N_RUNNERS_BROKER_PORT for main, then each worker (distinct, from your range)
 * @param {number} [o.workers]  default 2
 * @param {number} [o.concurrency]  per worker, default 5
 * @param {number} [o.port]  main's HTTP port (default: a free one)
 * @param {string} [o.packageDir]  package to pack (default the repo; must be built)
 * @param {string} [o.tarball]  install this tarball instead
 * @param {object[]} [o.credentials]  imported before start (decrypted form)
 * @param {object[]|string} [o.workflows]  imported before start
 * @param {string[]} [o.publish]  workflow ids to publish (webhooks)
 * @param {object} [o.env]  extra env for every n8n process (e.g. lock/stall timings)
 * @param {boolean} [o.fresh]  wipe the cluster folders first (default true)
 * @param {(msg:string)=>void} [o.log]
 */
async function startQueueCluster(o) {
	const version = o.version;
	const log = o.log || (() => {});
	const nWorkers = o.workers ?? 2;
	const concurrency = o.concurrency ?? 5;
	if (!o.brokerPorts || o.brokerPorts.length < nWorkers + 1) throw new Error(`brokerPorts: need ${nWorkers + 1} distinct ports`);
	const root = clusterRoot(version, o.label);
	const started = [];
	const cluster = { version, root, owner: OWNER, workers: [], started };
	cluster.stop = () => stopAll(cluster);
	try {
		const installed = await services.ensurePackages({ log });
		if (installed.length) log(`installed ${installed.join(', ')}`);
		if (o.fresh !== false) wipe(root);
		fs.mkdirSync(root, { recursive: true });

		const [redisPort, pgPort, mainPort] = await Promise.all([cli.getFreePort(), cli.getFreePort(), o.port || cli.getFreePort()]);
		cluster.redis = await services.startRedis({ port: redisPort, dir: path.join(root, 'redis') });
		started.push(cluster.redis);
		log(`redis pid ${cluster.redis.pid} on 127.0.0.1:${redisPort}`);
		cluster.pg = await services.startPostgres({ port: pgPort, dir: path.join(root, 'postgres') });
		started.push(cluster.pg);
		log(`postgres pid ${cluster.pg.pid} on 127.0.0.1:${pgPort}, database ${cluster.pg.database}`);
		cluster.db = await connectDb(version, cluster.pg);
		started.push({ stop: () => cluster.db.close() });

		await installN8n(version);
		const tarball = o.tarball || (await packPackage(o.packageDir || E.REPO_ROOT)).tarball;
		const folders = ['main', ...Array.from({ length: nWorkers }, (_, i) => `worker-${i + 1}`)].map((n) => path.join(root, n));
		// Every process gets its own install of the package, as separate machines would.
		for (const userFolder of folders) await installTarball({ version, userFolder, tarball, mode: 'tar', fresh: true });
		cluster.tarball = tarball;

		// Workers build $execution.resumeUrl (and the park callback URL) too: it must point at main.
		const extra = queueEnv({ redisPort, pg: cluster.pg, extra: { WEBHOOK_URL: `http://127.0.0.1:${mainPort}/`, ...o.env } });
		cluster.env = extra;
		const mainFolder = folders[0];
		const importOpts = { extra, logFile: path.join(mainFolder, 'imports.log') };
		// The first n8n command against the empty database runs every migration.
		if (o.credentials?.length) await cli.importCredentials(version, mainFolder, o.credentials, importOpts);
		if (o.workflows && (typeof o.workflows === 'string' || o.workflows.length)) await cli.importWorkflow(version, mainFolder, o.workflows, importOpts);
		// Migrations are done by now: the publishes are independent and can boot n8n side by side.
		await Promise.all((o.publish || []).map((id) => cli.publishWorkflow(version, mainFolder, id, importOpts)));

		const main = await cli.startServer(version, mainFolder, mainPort, {
			brokerPort: o.brokerPorts[0],
			extra,
			logFile: path.join(mainFolder, 'n8n-main.log'),
		});
		started.push(main);
		cluster.main = main;
		log(`main pid ${main.pid} at ${main.url}`);

		cluster.workers = await Promise.all(
			folders.slice(1).map(async (userFolder, i) => {
				const name = `worker-${i + 1}`;
				const healthPort = await cli.getFreePort();
				// N8N_PORT = main's port as well, so anything a worker derives from it names main.
				const w = await cli.startServer(version, userFolder, mainPort, {
					args: ['worker', `--concurrency=${concurrency}`],
					readyPattern: WORKER_READY,
					brokerPort: o.brokerPorts[i + 1],
					extra: { ...extra, QUEUE_HEALTH_CHECK_ACTIVE: 'true', QUEUE_HEALTH_CHECK_PORT: String(healthPort) },
					logFile: path.join(userFolder, `n8n-${name}.log`),
				});
				started.push(w);
				w.name = name;
				w.healthUrl = `http://127.0.0.1:${healthPort}/healthz`;
				/** SIGKILL the worker's whole process group (worker + its task runner): a machine dying. */
				w.kill = async () => {
					killTree(w.child, 'SIGKILL');
					await w.exited;
				};
				log(`${name} pid ${w.pid} (concurrency ${concurrency})`);
				return w;
			}),
		);

		await rest.setupOwner(main.url, OWNER);
		cluster.session = await rest.login(main.url, OWNER.email, OWNER.password);
		return cluster;
	} catch (err) {
		await stopAll(cluster).catch(() => {});
		throw err;
	}
}

async function stopAll(cluster) {
	// Reverse start order: n8n processes before the services they use.
	const list = cluster.started.splice(0).reverse();
	for (const p of list) {
		try {
			if (p.child) await p.stop(STOP_GRACE_MS);
			else await p.stop();
		} catch {
			/* keep stopping the rest */
		}
	}
}

function wipe(root) {
	if (!fs.existsSync(root)) return;
	fs.rmSync(root, { recursive: true, force: true });
}

/** Execution ids a worker's log says it started (`Worker started execution <id> (job <n>)`). */
function executionsStartedBy(worker) {
	return new Set([...worker.logs().matchAll(/Worker started execution (\d+)/g)].map((m) => m[1]));
}

module.exports = { startQueueCluster, queueEnv, clusterRoot, executionsStartedBy, OWNER };
