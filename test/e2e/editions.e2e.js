'use strict';
/**
 * The editions in real n8n: every edition tarball (scripts/editions/list.js, built by
 * `npm run build:editions`) is installed the way n8n's community installer does, TOGETHER with the full
 * package, into one user folder per n8n version; ONE `n8n start` per version then serves one workflow
 * with one webhook per package: Webhook → <edition node> Create + Wait for Completion + download, answering
 * with the MP4 itself (Respond: last node's first binary). So each request proves create → wait → MP4
 * through that edition's own node and credential type, against the simulator (dev/simulator).
 *
 * Also checked on the same server: n8n registered every edition's node type (and its `…Tool` variant)
 * and credential type next to the full package's, and each create went to the edition's provider
 * dialect with the edition credential's key.
 *
 * Parameterized for porting to a shared per-version server: `editionCases()` gives the credentials
 * and workflows to import, `assertEditionRun()` checks one webhook answer; nothing here depends on
 * what else the server runs.
 *
 *   npm run build:editions && N8N_E2E_VERSIONS=2.8.4 node --test test/e2e/editions.e2e.js
 */
const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const fs = require('node:fs');
const H = require('./harness');
const rest = require('../../scripts/n8n/rest');
const start = require('../../scripts/start');
const { installN8n } = require('../../scripts/n8n/install');
const { packPackage, nodesDirOf, auditRequires } = require('../../scripts/n8n/install-package');
const { runOk } = require('../../scripts/n8n/proc');
const { editions } = require('../../scripts/editions/list');

const API_KEY = 'sk-e2e-editions';
const RENDER_MS = 1500;
const VIDEO_BYTES = 48 * 1024;
const FULL = { id: 'full', packageName: 'n8n-nodes-sora', nodeName: 'sora', credentialType: 'gccaiApi', provider: 'gccai' };

/** A stable 16-character id (n8n's id length) from a seed. */
function idFor(prefix, seed) {
	return `${prefix}${seed}`.replace(/[^A-Za-z0-9]/g, '').padEnd(16, '0').slice(0, 16);
}

/**
 * Packs each package and installs all tarballs into a fresh `<userFolder>/.n8n/nodes` with ONE npm call,
 * as n8n's community installer installs each (dev and peer dependencies left out, no scripts); then the
 * same checks as install-package.js: no own n8n-workflow copy, every bare require resolvable from n8n.
 */
async function installPackages(version, userFolder, packageDirs) {
	const tarballs = [];
	for (const dir of packageDirs) tarballs.push(await packPackage(dir));
	H.E.assertIsolatedUserFolder(userFolder);
	fs.rmSync(userFolder, { recursive: true, force: true });
	const nodesDir = nodesDirOf(userFolder);
	fs.mkdirSync(nodesDir, { recursive: true });
	fs.writeFileSync(path.join(nodesDir, 'package.json'), `${JSON.stringify({ name: 'installed-nodes', private: true, dependencies: {} }, null, 2)}\n`);
	await runOk(
		'npm',
		['install', '--omit=dev', '--omit=peer', '--ignore-scripts', '--no-audit', '--no-fund', '--no-package-lock', '--bin-links=false', ...tarballs.map((pack) => pack.tarball)],
		{ cwd: nodesDir, env: H.E.npmEnvFor(version), timeoutMs: 5 * 60 * 1000 },
	);
	for (const pack of tarballs) {
		const installDir = path.join(nodesDir, 'node_modules', pack.name);
		assert.ok(fs.existsSync(path.join(installDir, 'package.json')), `${pack.name} installed`);
		assert.equal(fs.existsSync(path.join(installDir, 'node_modules', 'n8n-workflow')), false, `${pack.name} uses n8n's n8n-workflow`);
		assert.deepEqual(auditRequires(installDir, version).missing, [], `${pack.name}: every require resolves from n8n`);
	}
}

/**
 * One case per package under test: the full package (on gccai) and every edition (on its first
 * provider). Each names its node type, its credential (pointing at the simulator) and a webhook path.
 */
function editionCases(simOrigin) {
	const demoFor = (credentialType) => start.DEMO_CREDENTIALS.find((credential) => credential.type === credentialType);
	const cases = [
		{ ...FULL, nodeType: `${FULL.packageName}.${FULL.nodeName}`, basePath: demoFor(FULL.credentialType).basePath },
		...editions.map((edition) => {
			const provider = edition.providers[0].id;
			return {
				id: edition.id,
				packageName: edition.packageName,
				nodeName: edition.node.name,
				nodeType: `${edition.packageName}.${edition.node.name}`,
				credentialType: edition.credential.name,
				provider,
				basePath: demoFor(start.PROVIDER_CREDENTIAL[provider]).basePath,
			};
		}),
	];
	return cases.map((entry) => ({
		...entry,
		path: `editions-e2e-${entry.id}`,
		prompt: `A paper boat on a rainy street (${entry.id})`,
		credential: {
			id: idFor('edCred', entry.id),
			name: `Edition e2e ${entry.id}`,
			type: entry.credentialType,
			data: { apiKey: API_KEY, baseUrl: `${simOrigin}${entry.basePath}` },
		},
		nodeIdPrefix: idFor('edNode', entry.id),
	}));
}

const WORKFLOW_ID = 'editionsE2eWf001';

/** One Webhook (GET) → the package's node per case: Create with its default (newest) model, wait, download; respond with the MP4. */
function caseNodes(entry, row) {
	return [
		{
			id: `${entry.nodeIdPrefix}-h`,
			name: `Webhook ${entry.id}`,
			type: 'n8n-nodes-base.webhook',
			typeVersion: 2,
			position: [0, row * 200],
			webhookId: `0e5d1c1e-0000-4000-8000-${String(row + 1).padStart(12, '0')}`,
			parameters: { httpMethod: 'GET', path: entry.path, responseMode: 'lastNode', responseData: 'firstEntryBinary', options: {} },
		},
		{
			id: `${entry.nodeIdPrefix}-n`,
			name: `Video ${entry.id}`,
			type: entry.nodeType,
			typeVersion: 2,
			position: [260, row * 200],
			parameters: {
				// Editions with one provider keep it as a hidden parameter: saved only when not the default.
				...(entry.id === 'full' ? { provider: entry.provider } : {}),
				operation: 'create',
				prompt: entry.prompt,
				waitForCompletion: true,
				options: { download: true, pollIntervalSeconds: 1, timeoutSeconds: 120 },
			},
			credentials: { [entry.credentialType]: { id: entry.credential.id, name: entry.credential.name } },
		},
	];
}

/** One workflow holding every case (one import and one publish, whatever the number of editions). */
function editionsWorkflow(cases) {
	return {
		id: WORKFLOW_ID,
		name: 'editions e2e',
		active: false,
		nodes: cases.flatMap(caseNodes),
		connections: Object.fromEntries(
			cases.map((entry) => [`Webhook ${entry.id}`, { main: [[{ node: `Video ${entry.id}`, type: 'main', index: 0 }]] }]),
		),
		settings: { executionOrder: 'v1' },
		pinData: {},
	};
}

/** GET the webhook (retrying 404s while n8n registers it) and return status, content type and bytes. */
async function callWebhook(serverUrl, entry) {
	const deadline = Date.now() + 30000;
	for (;;) {
		const res = await fetch(`${serverUrl}/webhook/${entry.path}`, { signal: AbortSignal.timeout(150000) });
		const body = Buffer.from(await res.arrayBuffer());
		if (res.status !== 404 || Date.now() > deadline) return { status: res.status, contentType: res.headers.get('content-type'), body };
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
}

/** The webhook answered with the simulator's MP4, and the one create of this case (its prompt) went to its provider with the key. */
function assertEditionRun(entry, answer, creates) {
	assert.equal(answer.status, 200, `${entry.id}: ${answer.body.toString('utf8', 0, 400)}`);
	assert.match(String(answer.contentType), /video\/mp4/, `${entry.id}: content type`);
	assert.equal(answer.body.length, VIDEO_BYTES, `${entry.id}: MP4 size`);
	assert.equal(answer.body.subarray(4, 8).toString('latin1'), 'ftyp', `${entry.id}: MP4 ftyp box`);
	const own = creates.filter((request) => JSON.stringify(request.body ?? '').includes(`(${entry.id})`));
	assert.equal(own.length, 1, `${entry.id}: exactly one create with its prompt (saw ${creates.length} creates)`);
	assert.equal(own[0].provider, entry.provider, `${entry.id}: created at ${entry.provider}`);
	assert.equal(own[0].headers.authorization, `Bearer ${entry.credential.data.apiKey}`, `${entry.id}: with its credential's key`);
}

for (const version of H.versionsUnderTest()) {
	const skip = H.skipReason(version);
	describe(`editions in n8n ${version}`, { skip: skip || false }, () => {
		let sim;
		let server;
		let userFolder;
		let cases;
		let session;
		const owner = { email: 'editions@example.com', password: 'EditionsPass123', firstName: 'Ed', lastName: 'Itions' };
		const timings = {};

		before(async () => {
			let t0 = Date.now();
			await installN8n(version);
			userFolder = H.E.userFolderFor(version, 'test', 'editions');
			// The full package and every edition into the same .n8n/nodes.
			const editionDirs = editions.map((edition) => path.join(H.E.REPO_ROOT, 'editions', edition.id));
			const unbuilt = editionDirs.filter((dir) => !fs.existsSync(path.join(dir, 'dist')));
			if (unbuilt.length > 0) throw new Error(`${unbuilt.join(', ')} not built: run npm run build:editions`);
			await installPackages(version, userFolder, [H.E.REPO_ROOT, ...editionDirs]);
			timings.installMs = Date.now() - t0;

			sim = await start.startSimulator(await H.cli.getFreePort(), {
				apiKey: API_KEY,
				renderMs: RENDER_MS,
				extraArgs: ['--video-bytes', String(VIDEO_BYTES)],
			});
			cases = editionCases(sim.origin);
			t0 = Date.now();
			await H.cli.importCredentials(version, userFolder, cases.map((entry) => entry.credential));
			await H.cli.importWorkflow(version, userFolder, editionsWorkflow(cases));
			await H.cli.publishWorkflow(version, userFolder, WORKFLOW_ID);
			timings.importMs = Date.now() - t0;
			t0 = Date.now();
			server = await H.cli.startServer(version, userFolder, await H.cli.getFreePort(), {
				logFile: path.join(userFolder, 'e2e-n8n-server.log'),
			});
			timings.serverReadyMs = Date.now() - t0;
		});

		after(async () => {
			if (server) await server.stop();
			if (sim) await sim.stop();
			console.log(`[editions e2e ${version}] ${H.formatTimings(timings)}`);
			if (userFolder && process.env.N8N_E2E_KEEP !== '1') fs.rmSync(userFolder, { recursive: true, force: true });
		});

		it('registers every edition node and credential type next to the full package', async () => {
			const setup = await rest.setupOwner(server.url, owner);
			assert.equal(setup.created, true, JSON.stringify(setup));
			session = await rest.login(server.url, owner.email, owner.password);
			const nodes = await rest.request(server.url, '/types/nodes.json', { cookie: session.cookie, timeoutMs: 60000 });
			assert.equal(nodes.status, 200);
			const nodeNames = new Set(nodes.json.map((type) => type.name));
			const credentials = await rest.request(server.url, '/types/credentials.json', { cookie: session.cookie, timeoutMs: 60000 });
			assert.equal(credentials.status, 200);
			const credentialNames = new Set(credentials.json.map((type) => type.name));
			for (const entry of cases) {
				assert.ok(nodeNames.has(entry.nodeType), `${entry.nodeType} is loaded`);
				assert.ok(nodeNames.has(`${entry.nodeType}Tool`), `${entry.nodeType}Tool (usableAsTool) is generated`);
				assert.ok(credentialNames.has(entry.credentialType), `${entry.credentialType} is loaded`);
			}
			for (const edition of editions) {
				const type = nodes.json.find((candidate) => candidate.name === `${edition.packageName}.${edition.node.name}`);
				assert.equal(type.displayName, edition.node.displayName);
				assert.deepEqual(type.credentials.map((credential) => credential.name), [edition.credential.name]);
			}
		});

		it('creates, waits for and downloads one MP4 per edition (and the full package) through webhooks on one server', async () => {
			const t0 = Date.now();
			const answers = await Promise.all(cases.map((entry) => callWebhook(server.url, entry)));
			timings.runsMs = Date.now() - t0;
			const requests = await H.httpJson(`${sim.origin}/__control/requests?route=create`);
			const creates = Array.isArray(requests.json) ? requests.json : requests.json.requests;
			cases.forEach((entry, index) => assertEditionRun(entry, answers[index], creates));
		});

		it('renders each edition panel in the editor (one model each)', { skip: process.env.N8N_E2E_SKIP_EDITOR === '1' && 'N8N_E2E_SKIP_EDITOR=1' }, async () => {
			assert.ok(session, 'logged in by the registration test');
			const { runEditionsEditorCheck } = require('./editor-check');
			const t0 = Date.now();
			const byId = new Map(cases.map((entry) => [entry.id, entry]));
			const report = await runEditionsEditorCheck({
				version,
				baseUrl: server.url,
				cookie: session.cookie,
				owner,
				editions: editions.map((edition) => ({
					id: edition.id,
					nodeType: byId.get(edition.id).nodeType,
					displayName: edition.node.displayName,
					providers: edition.providers.map((provider) => provider.id),
					credential: byId.get(edition.id).credential,
				})),
				packageDir: H.E.REPO_ROOT,
				artifactsDir: path.join(H.E.REPO_ROOT, 'test-artifacts'),
			});
			timings.editorMs = Date.now() - t0;
			assert.equal(report.checked, editions.length);
			console.log(`[editions editor ${version}] ${report.summary}`);
		});
	});
}

module.exports = { editionCases, editionsWorkflow, assertEditionRun, callWebhook };
