'use strict';
/**
 * Read-only look into a queue cluster's PostgreSQL: execution rows and their (flatted) data, the way
 * n8n stores them. Uses the `pg` and `flatted` modules n8n itself ships, so nothing is added to the repo.
 */
const path = require('node:path');
const E = require('../n8n/env');

function fromN8n(version, name) {
	return require(require.resolve(name, { paths: [path.join(E.n8nDir(version), 'node_modules', 'n8n')] }));
}

/**
 * @param {string} version  n8n version whose modules to use
 * @param {{port:number, user:string, password:string, database:string}} pg
 */
async function connectDb(version, pg) {
	const { Pool } = fromN8n(version, 'pg');
	const flatted = fromN8n(version, 'flatted');
	const pool = new Pool({ host: '127.0.0.1', port: pg.port, user: pg.user, password: pg.password, database: pg.database, max: 3 });
	// A stopped or restarted PostgreSQL must not crash the caller through an idle client's error event.
	pool.on('error', () => {});
	const query = async (sql, params = []) => (await pool.query(sql, params)).rows;
	return {
		query,
		/** [{id, status, finished, mode, startedAt, stoppedAt, waitTill}] of a workflow, oldest first. */
		executionsOf: (workflowId) =>
			query(
				'SELECT id::text AS id, status, finished, mode, "startedAt", "stoppedAt", "waitTill" FROM execution_entity WHERE "workflowId" = $1 ORDER BY id',
				[workflowId],
			),
		/** Rows of these execution ids, as {id → row}. */
		async executionsById(ids) {
			const rows = await query('SELECT id::text AS id, status, finished, "startedAt", "stoppedAt", "waitTill" FROM execution_entity WHERE id = ANY($1::int[])', [ids.map(Number)]);
			return Object.fromEntries(rows.map((r) => [r.id, r]));
		},
		/** The run data n8n saved for an execution (resultData.runData …), or null. */
		async runOf(executionId) {
			const [row] = await query('SELECT data FROM execution_data WHERE "executionId" = $1', [executionId]);
			return row ? flatted.parse(row.data) : null;
		},
		close: () => pool.end(),
	};
}

module.exports = { connectDb };
