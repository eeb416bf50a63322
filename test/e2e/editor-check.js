'use strict';
/**
 * The editor check: in a real browser (Debian's chromium driven by playwright-core), log in to a running
 * n8n, open the Sora node's panel for every provider × model and read the Duration, Resolution (for every
 * duration) and Aspect Ratio dropdowns as the editor renders them. They must equal the catalog exactly
 * (expected values come from the built package: dist/nodes/Sora/providers + description/labels).
 * Then switch provider (through the credential selector, see below) and model in the UI and check the
 * lists follow. Screenshots of the panel go to test-artifacts/.
 *
 * Each provider × model is opened with preset parameters: one workflow (created over REST) holds one Sora
 * node per provider × model, and `/workflow/<id>/<nodeId>` opens that node's panel. The lists themselves are
 * always read from the rendered editor, and durations are changed through the UI.
 *
 * Why the provider is switched through the credential selector: n8n's editor treats `provider` as the
 * node's "main auth field" (every credential's displayOptions depend on it), so it hides the Provider
 * dropdown and sets `provider` from the credential the user picks.
 *
 * Used by test/e2e/sora.e2e.js (server mode) and runnable on its own against a running n8n:
 *   node test/e2e/editor-check.js http://127.0.0.1:5678 [2.8.4]     (owner: scripts/start.js OWNER)
 */
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const rest = require('../../scripts/n8n/rest');
const { ensureChromium } = require('../../scripts/ensure-chromium');

const NODE_TYPE = 'n8n-nodes-sora.sora';
const CHROMIUM_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-quic',
	'--no-first-run',
];
const NAV_TIMEOUT_MS = 60000;
const UI_TIMEOUT_MS = 15000;

/** Credential ids of scripts/start.js (imported by sora.e2e.js too), by credential type. */
const { DEMO_CREDENTIALS } = require('../../scripts/start');

/** The catalog as the built package ships it, with the labels the node gives each option. */
function loadCatalog(packageDir) {
	const dist = path.join(packageDir, 'dist', 'nodes', 'Sora');
	const { providers } = require(path.join(dist, 'providers'));
	const labels = require(path.join(dist, 'description', 'labels'));
	const { resolutionsFor } = require(path.join(dist, 'catalog', 'lookup'));
	return providers.map((p) => ({
		id: p.id,
		displayName: p.displayName,
		credentialType: p.credentialType,
		models: p.models.map((m) => ({
			id: m.id,
			displayName: m.displayName,
			defaultDuration: m.defaultDuration,
			durations: m.durations,
			durationLabels: m.durations.map(labels.durationLabel),
			aspectRatioLabels: m.aspectRatios.map(labels.aspectRatioLabel),
			resolutionLabelsByDuration: Object.fromEntries(m.durations.map((d) => [d, resolutionsFor(m, d).map(labels.resolutionLabel)])),
			byDuration: Boolean(m.resolutionsByDuration),
		})),
	}));
}

function credentialFor(credentialType) {
	const c = DEMO_CREDENTIALS.find((x) => x.type === credentialType);
	if (!c) throw new Error(`no demo credential of type ${credentialType}`);
	return c;
}

const nodeIdFor = (i) => `5e1ec7ed-0000-4000-8000-${String(i).padStart(12, '0')}`;

/** One workflow, one Sora node per provider × model, each preset to that model's default duration. */
function catalogWorkflow(catalog, version) {
	const nodes = [];
	const combos = [];
	for (const p of catalog) {
		const cred = credentialFor(p.credentialType);
		for (const m of p.models) {
			const id = nodeIdFor(nodes.length + 1);
			const d = m.defaultDuration;
			nodes.push({
				id,
				name: `Sora ${p.id} ${m.id}`,
				type: NODE_TYPE,
				typeVersion: 1,
				position: [(nodes.length % 4) * 260, Math.floor(nodes.length / 4) * 200],
				parameters: { provider: p.id, operation: 'create', model: m.id, prompt: 'editor check', duration: d },
				credentials: { [p.credentialType]: { id: cred.id, name: cred.name } },
			});
			combos.push({ provider: p, model: m, nodeId: id, credential: cred });
		}
	}
	return { workflow: { name: `Sora editor check (${version}) ${new Date().toISOString()}`, nodes, connections: {}, settings: { executionOrder: 'v1' } }, combos };
}

async function createWorkflow(baseUrl, cookie, workflow) {
	const res = await rest.request(baseUrl, '/rest/workflows', { method: 'POST', body: workflow, cookie });
	if (res.status !== 200) throw new Error(`POST /rest/workflows → ${res.status}: ${res.text.slice(0, 500)}`);
	return res.json.data.id;
}

/** Helpers bound to one page. */
function ui(page) {
	const input = (name) => page.locator(`[data-test-id="ndv"] [data-test-id="parameter-input-${name}"]`);
	const visibleItems = () => page.locator('.el-select-dropdown__item:visible');

	async function openDropdown(name) {
		await noDropdownOpen();
		await input(name).click();
		await visibleItems().first().waitFor({ state: 'visible', timeout: UI_TIMEOUT_MS });
	}
	async function noDropdownOpen() {
		await page.waitForFunction(() => ![...document.querySelectorAll('.el-select-dropdown__item')].some((e) => e.offsetParent !== null), null, {
			timeout: UI_TIMEOUT_MS,
		});
	}
	async function closeDropdown(name) {
		// Toggle the select closed (Escape would close the whole panel).
		await input(name).click();
		await noDropdownOpen();
	}
	/** The option labels of a dropdown as rendered (first line of each item: the option's name). */
	async function readOptions(name) {
		await openDropdown(name);
		const texts = await visibleItems().evaluateAll((els) => els.map((e) => e.innerText.split('\n')[0].trim()));
		await closeDropdown(name);
		return texts;
	}
	async function selected(name) {
		return (await input(name).locator('input').first().inputValue()).trim();
	}
	async function choose(name, label) {
		await openDropdown(name);
		// Match the option's name (the first line; model options show their description below it).
		const names = await visibleItems().evaluateAll((els) => els.map((e) => e.innerText.split('\n')[0].trim()));
		const index = names.indexOf(label);
		if (index < 0) throw new Error(`"${label}" is not among the ${name} options ${JSON.stringify(names)}`);
		await visibleItems().nth(index).click();
		await page.waitForFunction(
			([sel, want]) => {
				const el = document.querySelector(sel);
				return el && el.value.trim() === want;
			},
			[`[data-test-id="ndv"] [data-test-id="parameter-input-${name}"] input`, label],
			{ timeout: UI_TIMEOUT_MS },
		);
		await noDropdownOpen();
	}
	async function isShown(name) {
		return (await input(name).count()) > 0;
	}
	return { input, readOptions, selected, choose, isShown, openDropdown, closeDropdown };
}

async function openNode(page, baseUrl, workflowId, nodeId) {
	await page.goto(`${baseUrl}/workflow/${workflowId}/${nodeId}`, { timeout: NAV_TIMEOUT_MS });
	await page.locator('[data-test-id="ndv"] [data-test-id="parameter-input-duration"]').waitFor({ state: 'visible', timeout: NAV_TIMEOUT_MS });
}

async function login(page, baseUrl, owner) {
	await page.goto(`${baseUrl}/signin`, { timeout: NAV_TIMEOUT_MS });
	await page.locator('input[type="email"]').fill(owner.email);
	await page.locator('input[type="password"]').fill(owner.password);
	await page.keyboard.press('Enter');
	await page.waitForURL((u) => !u.pathname.startsWith('/signin'), { timeout: NAV_TIMEOUT_MS });
}

/**
 * @param {object} o
 * @param {string} o.version  n8n version (for names and artifacts)
 * @param {string} o.baseUrl  running n8n
 * @param {{email:string,password:string}} o.owner
 * @param {string} [o.cookie]  REST session (logged in when absent)
 * @param {string} o.packageDir  built package whose dist/ holds the catalog
 * @param {string} o.artifactsDir  screenshots go here
 * @returns {Promise<{summary:string, checked:number, screenshots:string[]}>}
 */
async function runEditorCheck({ version, baseUrl, owner, cookie, packageDir, artifactsDir }) {
	await ensureChromium();
	const { chromium } = require('playwright-core');
	const catalog = loadCatalog(packageDir);
	cookie = cookie || (await rest.login(baseUrl, owner.email, owner.password)).cookie;
	const { workflow, combos } = catalogWorkflow(catalog, version);
	const workflowId = await createWorkflow(baseUrl, cookie, workflow);

	fs.mkdirSync(artifactsDir, { recursive: true });
	fs.rmSync(path.join(artifactsDir, `editor-${version}-FAILED.png`), { force: true });
	const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sora-editor-chromium-'));
	const browser = await chromium.launchPersistentContext(userDataDir, {
		executablePath: '/usr/bin/chromium',
		headless: true,
		args: CHROMIUM_ARGS,
		viewport: { width: 1440, height: 1000 },
		timeout: NAV_TIMEOUT_MS,
	});
	const screenshots = [];
	let checked = 0;
	let reads = 0;
	try {
		const page = browser.pages()[0] || (await browser.newPage());
		page.setDefaultTimeout(UI_TIMEOUT_MS);
		// Leaving a panel with changed parameters asks "leave?": always leave (nothing is saved).
		page.on('dialog', (d) => d.accept().catch(() => {}));
		await login(page, baseUrl, owner);
		const u = ui(page);

		for (const combo of combos) {
			const { provider: p, model: m } = combo;
			const what = `${version} ${p.id}/${m.id}`;
			const t0 = Date.now();
			await openNode(page, baseUrl, workflowId, combo.nodeId);
			const tOpen = Date.now() - t0;
			// The panel shows the credential (and so the provider) and model the node was saved with.
			assert.equal((await u.input('model').locator('input').first().inputValue()).trim(), m.displayName, `${what}: model shown`);
			const credShown = await page.locator('[data-test-id="ndv"] [data-test-id="node-credentials-select"] input').first().inputValue();
			assert.equal(credShown.trim(), combo.credential.name, `${what}: credential shown`);
			assert.equal(await u.isShown('provider'), false, `${what}: n8n hides Provider (main auth field) behind the credential selector`);

			assert.deepEqual(await u.readOptions('duration'), m.durationLabels, `${what}: Duration options`);
			assert.deepEqual(await u.readOptions('aspectRatio'), m.aspectRatioLabels, `${what}: Aspect Ratio options`);
			reads += 2;
			// Resolution at the preset (default) duration, then at every other duration chosen through the UI.
			const order = [m.defaultDuration, ...m.durations.filter((d) => d !== m.defaultDuration)];
			for (const d of order) {
				const label = m.durationLabels[m.durations.indexOf(d)];
				if (d !== m.defaultDuration) await u.choose('duration', label);
				assert.equal(await u.selected('duration'), label, `${what}: duration ${d} selected`);
				assert.deepEqual(await u.readOptions('resolution'), m.resolutionLabelsByDuration[d], `${what} ${d} s: Resolution options`);
				reads += 1;
			}
			checked += 1;
			if (process.env.N8N_E2E_DEBUG) console.log(`[editor] ${what}: open ${tOpen} ms, total ${Date.now() - t0} ms`);

			if ((p.id === 'yutoai' && m.id === 'sora-2-pro') || (p.id === 'gccai' && m.id === 'sora-2-pro')) {
				if (p.id === 'yutoai') await u.choose('duration', m.durationLabels[m.durations.indexOf(15)]);
				const file = path.join(artifactsDir, `editor-${version}-${p.id}-${m.id}.png`);
				await page.locator('[data-test-id="ndv"]').screenshot({ path: file });
				screenshots.push(file);
				const panel = path.join(artifactsDir, `editor-${version}-${p.id}-${m.id}-parameters.png`);
				await page.locator('[data-test-id="ndv"] [data-test-id="node-parameters"]').screenshot({ path: panel });
				screenshots.push(panel);
				// The same panel with the Duration dropdown open (the README picture): a screen region, so the
				// dropdown (rendered in a popper outside the panel) is in it.
				const box = await page.locator('[data-test-id="ndv"] [data-test-id="node-parameters"]').boundingBox();
				await u.openDropdown('duration');
				await page.waitForTimeout(600); // let the dropdown's fade-in finish
				const open = path.join(artifactsDir, `editor-${version}-${p.id}-${m.id}-duration-open.png`);
				await page.screenshot({ path: open, clip: { x: box.x, y: box.y, width: box.width, height: Math.min(box.height, 720) } });
				screenshots.push(open);
				await u.closeDropdown('duration');
			}
		}

		// Switching: model through its dropdown, provider through the credential selector; the lists follow.
		const gccai = catalog.find((p) => p.id === 'gccai');
		const first = combos.find((c) => c.provider.id === 'gccai' && c.model.id === gccai.models[0].id);
		await openNode(page, baseUrl, workflowId, first.nodeId);
		const before = { duration: await u.readOptions('duration'), resolution: await u.readOptions('resolution') };
		const pro = gccai.models.find((m) => m.id === 'sora-2-pro');
		await u.choose('model', pro.displayName);
		const afterModel = await u.readOptions('resolution');
		assert.deepEqual(afterModel, pro.resolutionLabelsByDuration[await durationOf(u, pro)], 'gccai: Resolution follows the model switch');
		assert.notDeepEqual(afterModel, before.resolution, 'gccai sora-2 → sora-2-pro changes the Resolution list');

		const switches = [];
		for (const target of ['evolink', 'yutoai', 'xingchao', 'openai']) {
			const p = catalog.find((x) => x.id === target);
			const cred = credentialFor(p.credentialType);
			await page.locator('[data-test-id="ndv"] [data-test-id="node-credentials-select"]').click();
			await page.locator(`[data-test-id="node-credentials-select-item-${cred.id}"]`).click();
			await page.waitForFunction(
				(want) => {
					const el = document.querySelector('[data-test-id="ndv"] [data-test-id="node-credentials-select"] input');
					return el && el.value.trim() === want;
				},
				cred.name,
				{ timeout: UI_TIMEOUT_MS },
			);
			// The model list is now the new provider's, and Duration is that of the model the editor shows.
			const models = await u.readOptions('model');
			assert.deepEqual(models, p.models.map((m) => m.displayName), `${target}: Model options after switching the credential`);
			const modelName = await u.selected('model');
			const model = p.models.find((m) => m.displayName === modelName);
			if (model) {
				const durations = await u.readOptions('duration');
				assert.deepEqual(durations, model.durationLabels, `${target}/${model.id}: Duration options after switching`);
				switches.push(`${target}:${model.id}`);
			} else {
				// The saved model id is not one of this provider's: n8n shows the raw value; pick one in the UI.
				await u.choose('model', p.models[0].displayName);
				assert.deepEqual(await u.readOptions('duration'), p.models[0].durationLabels, `${target}/${p.models[0].id}: Duration options after switching`);
				switches.push(`${target}:${p.models[0].id}*`);
			}
		}
		assert.notDeepEqual(before.duration, catalog.find((p) => p.id === 'evolink').models[0].durationLabels, 'sanity: gccai and evolink differ');
		const switchShot = path.join(artifactsDir, `editor-${version}-after-switching.png`);
		await page.locator('[data-test-id="ndv"]').screenshot({ path: switchShot });
		screenshots.push(switchShot);

		return {
			checked,
			screenshots,
			summary: `${checked} provider × model panels, ${reads} dropdown reads equal the catalog; switched ${switches.join(', ')}; screenshots: ${screenshots.map((f) => path.basename(f)).join(', ')}`,
		};
	} catch (err) {
		const pages = browser.pages();
		if (pages[0]) await pages[0].screenshot({ path: path.join(artifactsDir, `editor-${version}-FAILED.png`) }).catch(() => {});
		throw err;
	} finally {
		await browser.close().catch(() => {});
		fs.rmSync(userDataDir, { recursive: true, force: true });
		await rest.request(baseUrl, `/rest/workflows/${workflowId}/archive`, { method: 'POST', body: {}, cookie }).catch(() => {});
	}
}

async function durationOf(u, model) {
	const label = await u.selected('duration');
	const i = model.durationLabels.indexOf(label);
	assert.ok(i >= 0, `duration "${label}" is one of ${model.id}'s`);
	return model.durations[i];
}

module.exports = { runEditorCheck, loadCatalog, CHROMIUM_ARGS };

if (require.main === module) {
	const [baseUrl = 'http://127.0.0.1:5678', version = 'manual'] = process.argv.slice(2);
	const { OWNER } = require('../../scripts/start');
	const root = path.resolve(__dirname, '..', '..');
	runEditorCheck({ version, baseUrl, owner: OWNER, packageDir: root, artifactsDir: path.join(root, 'test-artifacts') })
		.then((r) => console.log(r.summary))
		.catch((err) => {
			console.error(err.stack || err.message);
			process.exit(1);
		});
}
