'use strict';
/**
 * The e2e suites that share one real n8n server per version (test/e2e/shared/instance.js): for each
 * version in N8N_E2E_VERSIONS (default 2.8.4 and 2.41.1), one simulator, one user folder with the package
 * (and any editions/<name>/ package) installed the community way, ONE credentials import, ONE workflow
 * import, ONE `n8n start`; then every suite below runs its tests against it, executions started over REST.
 *
 * Adding a suite is one line here. A suite module exports
 *   { name, credentials?(sim, ctx) → [credential…], workflows?(ctx) → [workflow…], register(ctx) }
 * `credentials` and `workflows` are imported before the server starts (16-character ids, unique across
 * suites); `register(ctx)` declares the suite's `it(...)`s (node:test) and reads `ctx` only inside them,
 * because it is filled in by the `before` hook. See test/e2e/README.md ("Shared server") for `ctx`.
 *
 *   npm run build && node --test test/e2e/shared.e2e.js
 *   N8N_E2E_VERSIONS=2.8.4 N8N_E2E_SUITES=sora node --test test/e2e/shared.e2e.js
 */
const { describe, before, after } = require('node:test');
const fs = require('node:fs');
const path = require('node:path');
const H = require('./harness');
const { startSharedInstance } = require('./shared/instance');

const SUITES = [
	require('./suites/sora'),
	require('./suites/errorOutput'),
	require('./suites/binaryImage'),
];

const PACKAGE_DIR = path.resolve(process.env.N8N_E2E_PACKAGE_DIR || H.E.REPO_ROOT);
const only = process.env.N8N_E2E_SUITES ? new Set(process.env.N8N_E2E_SUITES.split(',').map((s) => s.trim())) : null;
const suites = SUITES.filter((s) => !only || only.has(s.name));

function skipAll() {
	if (!fs.existsSync(path.join(PACKAGE_DIR, 'dist', 'nodes', 'Sora', 'Sora.node.js'))) return 'dist/nodes/Sora/Sora.node.js missing (run npm run build)';
	if (!fs.existsSync(path.join(H.E.REPO_ROOT, 'dev', 'simulator', 'cli.js'))) return 'dev/simulator/cli.js missing';
	return null;
}

const skip = skipAll();
for (const version of H.versionsUnderTest()) {
	describe(`shared n8n ${version}`, { timeout: 40 * 60 * 1000, skip: skip || H.skipReason(version) || false }, () => {
		/** Filled in by before(); suites read it inside their tests. */
		const ctx = { version };
		const t0 = Date.now();

		before(async () => {
			Object.assign(ctx, await startSharedInstance({ version, suites, packageDir: PACKAGE_DIR }));
			console.log(`[shared ${version}] ready in ${((Date.now() - t0) / 1000).toFixed(1)} s: ${H.formatTimings(ctx.timings)}`);
		});

		after(async () => {
			console.log(`[shared ${version}] timings: ${H.formatTimings(ctx.timings || {})}`);
			if (ctx.stop) await ctx.stop();
		});

		for (const s of suites) describe(s.name, () => s.register(ctx));
	});
}
