'use strict';
/**
 * Pipeline proof with a throwaway package (test/e2e/fixtures/probe-package): for each n8n version,
 * install n8n (cached), pack + install the package into a fresh user folder the community-package way,
 * import credentials + workflows, run them with `n8n execute`, then run one through `n8n start` (webhook)
 * after setting up the owner account over REST.
 *
 *   node --test test/e2e/probe.e2e.js
 *   N8N_E2E_VERSIONS=2.8.4 node --test test/e2e/probe.e2e.js
 */
const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const H = require('./harness');
const rest = require('../../scripts/n8n/rest');

const PROBE_DIR = path.join(__dirname, 'fixtures', 'probe-package');
const API_KEY = 'probe-s3cret';
const FILE_BYTES = Buffer.from('not really an mp4 but binary enough \x00\x01\x02', 'binary');

for (const version of H.versionsUnderTest()) {
	describe(`probe package on real n8n ${version}`, { timeout: 30 * 60 * 1000, skip: H.skipReason(version) || false }, () => {
		let h;
		let upstream;
		const type = 'n8n-nodes-probe.probe';

		before(async () => {
			upstream = await H.startRecordingServer((req) => {
				if (req.headers.authorization !== `Bearer ${API_KEY}`) return { status: 401, json: { error: 'bad key' } };
				if (req.method === 'POST' && req.url === '/probe') return { json: { ok: true, got: req.body } };
				if (req.method === 'GET' && req.url === '/file') return { body: FILE_BYTES };
				return undefined;
			});
			h = await H.prepareInstance({ version, packageDir: PROBE_DIR, label: 'probe' });
			await h.importCredentials([
				{ id: 'probeCredGood001', name: 'Probe good', type: 'probeApi', data: { apiKey: API_KEY, baseUrl: upstream.origin } },
				{ id: 'probeCredBad0001', name: 'Probe bad', type: 'probeApi', data: { apiKey: 'wrong', baseUrl: upstream.origin } },
			]);
			const probeNode = (cred, extra = {}) => ({
				name: 'Probe',
				type,
				typeVersion: 1,
				parameters: { path: '/probe', message: `hi from ${version}`, download: true, ...extra },
				credentials: { probeApi: cred },
			});
			await h.importWorkflow([
				H.manualWorkflow({ id: 'probeWfGood00001', name: 'Probe good', node: probeNode({ id: 'probeCredGood001', name: 'Probe good' }) }),
				H.manualWorkflow({ id: 'probeWfBad000001', name: 'Probe bad', node: probeNode({ id: 'probeCredBad0001', name: 'Probe bad' }, { download: false }) }),
			]);
		});

		after(async () => {
			if (h) {
				console.log(`[probe ${version}] timings: ${H.formatTimings(h.timings)}`);
				await h.cleanup();
			}
			if (upstream) await upstream.close();
		});

		it('runs the community node through `n8n execute` (success, Bearer auth, binary)', async () => {
			const before = upstream.requests.length;
			const { exitCode, result, stderr } = await h.execute('probeWfGood00001');
			assert.equal(exitCode, 0, stderr);
			assert.ok(result, 'a run result was logged');
			assert.equal(H.cli.runError(result), undefined);
			const out = H.cli.nodeOutput(result, 'Probe');
			assert.equal(out.length, 1);
			assert.deepEqual(out[0].json.response, { ok: true, got: { message: `hi from ${version}`, item: 0 } });
			const bin = out[0].binary.data;
			assert.equal(bin.mimeType, 'video/mp4');
			assert.equal(bin.fileName, 'probe.mp4');
			const seen = upstream.requests.slice(before);
			assert.deepEqual(seen.map((r) => `${r.method} ${r.url}`), ['POST /probe', 'GET /file']);
			assert.ok(seen.every((r) => r.headers.authorization === `Bearer ${API_KEY}`));
		});

		it('reports a NodeApiError and exit code 1 on 401', async () => {
			const { exitCode, result } = await h.execute('probeWfBad000001');
			assert.equal(exitCode, 1);
			const err = H.cli.runError(result);
			assert.ok(err, 'error recorded in the run');
			assert.match(JSON.stringify(err), /401|Authorization failed/i);
		});

		it('serves a webhook workflow through `n8n start` and accepts owner setup over REST', async () => {
			await h.importWorkflow({
				id: 'probeWfHook00001',
				name: 'Probe webhook',
				active: false,
				nodes: [
					{
						id: 'hook-1',
						name: 'Webhook',
						type: 'n8n-nodes-base.webhook',
						typeVersion: 2,
						position: [0, 0],
						webhookId: '6f0e2a8e-3c2b-4d55-9d8e-0a1b2c3d4e5f',
						parameters: { httpMethod: 'GET', path: 'probe-e2e', responseMode: 'lastNode', options: {} },
					},
					{
						id: 'probe-1',
						name: 'Probe',
						type,
						typeVersion: 1,
						position: [240, 0],
						parameters: { path: '/probe', message: 'from webhook', download: false },
						credentials: { probeApi: { id: 'probeCredGood001', name: 'Probe good' } },
					},
				],
				connections: { Webhook: { main: [[{ node: 'Probe', type: 'main', index: 0 }]] } },
				settings: { executionOrder: 'v1' },
			});
			await h.publishWorkflow('probeWfHook00001');
			const t0 = Date.now();
			const srv = await h.startServer();
			h.timings.serverReadyMs = Date.now() - t0;
			try {
				// Webhooks may register a moment after "Editor is now accessible" (2.41.x): retry 404s, bounded.
				let res;
				const deadline = Date.now() + 30000;
				do {
					res = await H.httpJson(`${srv.url}/webhook/probe-e2e`);
					if (res.status !== 404) break;
					await new Promise((r) => setTimeout(r, 500));
				} while (Date.now() < deadline);
				assert.equal(res.status, 200, res.text);
				assert.deepEqual(res.json.response, { ok: true, got: { message: 'from webhook', item: 0 } });

				const owner = { email: 'probe@example.com', password: 'ProbePass123', firstName: 'Probe', lastName: 'Owner' };
				const setup = await rest.setupOwner(srv.url, owner);
				assert.equal(setup.created, true, JSON.stringify(setup));
				const session = await rest.login(srv.url, owner.email, owner.password);
				const types = await rest.getJson(srv.url, '/rest/credentials?includeScopes=false', session.cookie);
				const names = (types.data || []).map((c) => c.name).sort();
				assert.deepEqual(names, ['Probe bad', 'Probe good']);
			} finally {
				await srv.stop();
			}
		});
	});
}
