'use strict';
/**
 * n8n-nodes-sora on real n8n: the built package (npm run build) is packed and installed the
 * community-package way, the provider simulator (dev/simulator/cli.js) plays every provider, and one
 * workflow (Manual Trigger fanned out to one Sora node per provider: create + wait + download) runs
 * through `n8n execute`. A second workflow with a wrong API key must fail with exit code 1.
 *
 *   npm run build && node --test test/e2e/sora.e2e.js
 *
 * Skips (with a reason) when dist/ or the simulator CLI is missing. N8N_E2E_PACKAGE_DIR=<dir> tests a built
 * copy of the package in another folder.
 */
const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { spawn } = require('node:child_process');
const H = require('./harness');
const { killTree } = require('../../scripts/n8n/proc');

const API_KEY = 'sk-e2e-simulator';
const SIM_CLI = path.join(H.E.REPO_ROOT, 'dev', 'simulator', 'cli.js');
// N8N_E2E_PACKAGE_DIR: test a built copy of the package elsewhere (default: this repo).
const PACKAGE_DIR = path.resolve(process.env.N8N_E2E_PACKAGE_DIR || H.E.REPO_ROOT);
const NODE_FILE = path.join(PACKAGE_DIR, 'dist', 'nodes', 'Sora', 'Sora.node.js');
const NODE_TYPE = 'n8n-nodes-sora.sora';

const PROVIDERS = [
	{ provider: 'gccai', credType: 'gccaiApi', credId: 'e2eCredGccai0001', basePath: '/gccai' },
	{ provider: 'yutoai', credType: 'yutoAiApi', credId: 'e2eCredYutoai001', basePath: '/yutoai' },
	{ provider: 'yutoaiLegacy', credType: 'yutoAiApi', credId: 'e2eCredYutoai001', basePath: '/yutoai' },
	{ provider: 'evolink', credType: 'evoLinkApi', credId: 'e2eCredEvolink01', basePath: '/evolink' },
	{ provider: 'xingchao', credType: 'xingchaoApi', credId: 'e2eCredXingchao1', basePath: '/xingchao/kyyReactApiServer' },
	{ provider: 'openai', credType: 'soraOpenAiApi', credId: 'e2eCredOpenAi001', basePath: '/openai/v1' },
];

function skipAll() {
	if (!fs.existsSync(NODE_FILE)) return 'dist/nodes/Sora/Sora.node.js missing (run npm run build)';
	if (!fs.existsSync(SIM_CLI)) return 'dev/simulator/cli.js missing';
	return null;
}

/** Start the simulator CLI on a free port; resolves with { origin, stop }. Bounded by 30 s. */
async function startSimulator() {
	const port = await H.cli.getFreePort();
	const child = spawn(process.execPath, [SIM_CLI, '--port', String(port), '--api-key', API_KEY], {
		cwd: H.E.REPO_ROOT,
		detached: true,
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let out = '';
	const origin = await new Promise((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error(`simulator not ready in 30 s:\n${out}`)), 30000);
		child.stdout.on('data', (b) => {
			out += b;
			const m = out.match(/\{[^\n]*"ready"\s*:\s*true[^\n]*\}/);
			if (m) {
				clearTimeout(timer);
				resolve(JSON.parse(m[0]).origin);
			}
		});
		child.stderr.on('data', (b) => (out += b));
		child.on('close', (code) => {
			clearTimeout(timer);
			reject(new Error(`simulator exited (${code}):\n${out}`));
		});
	}).catch((err) => {
		killTree(child, 'SIGKILL');
		throw err;
	});
	return {
		origin,
		stop: () =>
			new Promise((resolve) => {
				if (child.exitCode !== null || child.signalCode !== null) return resolve();
				const t = setTimeout(() => killTree(child, 'SIGKILL'), 5000);
				child.once('close', () => {
					clearTimeout(t);
					resolve();
				});
				killTree(child, 'SIGTERM');
			}),
	};
}

function soraNode(p, i, credName) {
	return {
		id: `sora-${p.provider}`,
		name: `Sora ${p.provider}`,
		type: NODE_TYPE,
		typeVersion: 1,
		position: [240, i * 160],
		parameters: {
			provider: p.provider,
			operation: 'create',
			prompt: `e2e ${p.provider}: a paper boat on a rainy street`,
			waitForCompletion: true,
			options: { pollIntervalSeconds: 1, timeoutSeconds: 120, download: true, binaryPropertyName: 'data' },
		},
		credentials: { [p.credType]: { id: p.credId, name: credName(p) } },
	};
}

const skip = skipAll();
for (const version of H.versionsUnderTest()) {
	describe(`n8n-nodes-sora on real n8n ${version}`, { timeout: 30 * 60 * 1000, skip: skip || H.skipReason(version) || false }, () => {
		let h;
		let sim;
		const credName = (p) => `Sora e2e ${p.credType}`;

		before(async () => {
			sim = await startSimulator();
			h = await H.prepareInstance({ version, packageDir: PACKAGE_DIR, label: 'sora' });
			const creds = new Map();
			for (const p of PROVIDERS) {
				creds.set(p.credId, { id: p.credId, name: credName(p), type: p.credType, data: { apiKey: API_KEY, baseUrl: `${sim.origin}${p.basePath}` } });
			}
			creds.set('e2eCredBadKey001', { id: 'e2eCredBadKey001', name: 'Sora e2e bad key', type: 'gccaiApi', data: { apiKey: 'sk-wrong', baseUrl: `${sim.origin}/gccai` } });
			await h.importCredentials([...creds.values()]);

			const nodes = [
				{ id: 'trigger', name: 'Manual Trigger', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
				...PROVIDERS.map((p, i) => soraNode(p, i, credName)),
			];
			await h.importWorkflow([
				{
					id: 'soraE2eAllProv01',
					name: 'Sora e2e: every provider',
					active: false,
					nodes,
					connections: { 'Manual Trigger': { main: [PROVIDERS.map((p) => ({ node: `Sora ${p.provider}`, type: 'main', index: 0 }))] } },
					settings: { executionOrder: 'v1' },
				},
				H.manualWorkflow({
					id: 'soraE2eBadKey001',
					name: 'Sora e2e: wrong key',
					node: {
						...soraNode(PROVIDERS[0], 0, credName),
						name: 'Sora',
						parameters: { provider: 'gccai', operation: 'create', prompt: 'bad key', waitForCompletion: false },
						credentials: { gccaiApi: { id: 'e2eCredBadKey001', name: 'Sora e2e bad key' } },
					},
				}),
			]);
		});

		after(async () => {
			if (h) {
				console.log(`[sora ${version}] timings: ${H.formatTimings(h.timings)}`);
				await h.cleanup();
			}
			if (sim) await sim.stop();
		});

		it('creates, waits for and downloads a video with every provider', async () => {
			const { exitCode, result, stderr } = await h.execute('soraE2eAllProv01', { timeoutMs: 10 * 60 * 1000 });
			assert.equal(H.cli.runError(result), undefined, JSON.stringify(H.cli.runError(result)));
			assert.equal(exitCode, 0, stderr.slice(-2000));
			for (const p of PROVIDERS) {
				const out = H.cli.nodeOutput(result, `Sora ${p.provider}`);
				assert.ok(out && out.length === 1, `${p.provider}: one output item`);
				const bin = out[0].binary && out[0].binary.data;
				assert.ok(bin, `${p.provider}: binary "data" present`);
				assert.match(bin.mimeType, /^video\//, `${p.provider}: video mime type`);
			}
		});

		it('fails with exit code 1 and a node error on a wrong API key', async () => {
			const { exitCode, result } = await h.execute('soraE2eBadKey001');
			assert.equal(exitCode, 1);
			assert.ok(H.cli.runError(result), 'error recorded in the run');
		});
	});
}
