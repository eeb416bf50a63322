'use strict';
/**
 * The editor check: in a real browser (Debian's chromium driven by playwright-core), log in to a running
 * n8n, open the Sora node's panel for a sample of provider × model (every Sora model, each provider's newest
 * model, and gccai's Veo 3.1 Fast and Seedance 2.0: a full tour of the ~100 models would take an hour; the
 * unit test test/unit/description/catalogUi.test.ts checks every model from the generated description) and
 * read the Duration, Resolution (per duration; first, default and last for long ranges), Aspect Ratio and
 * the model-dependent inputs (last frame, audio, negative prompt, seed) as the editor renders them. They must equal the catalog exactly
 * (expected values come from the built package: dist/nodes/Sora/providers + description/labels).
 * Then switch model and provider through their dropdowns in the UI and check that the lists, the model
 * list and the credential selector follow. Each provider's Model dropdown must list the built description's
 * options in order, name and one-line summary, each summary one line tall on screen (a screenshot per
 * provider with the list open), and a third-party row (gccai kling-3.0-turbo) must show its evidence as a
 * notice right under the Model field. Screenshots of the panel go to test-artifacts/.
 *
 * Each provider × model is opened with preset parameters: one workflow (created over REST) holds one Sora
 * node per provider × model, and `/workflow/<id>/<nodeId>` opens that node's panel. The lists themselves are
 * always read from the rendered editor, and durations are changed through the UI.
 *
 * Provider and credential: every credential of the node is declared with `displayOptions.hide.provider`
 * (all other providers), not `show`. So n8n does not treat `provider` as the node's "main auth field":
 * the Provider dropdown is rendered (with all six providers, YutoAI Legacy included), and the panel shows
 * exactly one credential selector, offering only the credential type of the selected provider (YutoAI and
 * YutoAI Legacy share `yutoAiApi`). After a provider switch n8n leaves that selector empty (its auto-select
 * only runs while the node holds no credential at all; switching back to an earlier provider shows its
 * credential again on 2.8.4, not on 2.41.1); the user, and this check, picks the demo credential. Saving
 * keeps only the selected provider's credential.
 *
 * Used by test/e2e/suites/sora.js (on the shared server) and runnable on its own against a running n8n:
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

/** Credential ids of scripts/start.js (imported by the shared e2e server too), by credential type. */
const { DEMO_CREDENTIALS } = require('../../scripts/start');

/** The catalog as the built package ships it, with the labels the node gives each option. */
function loadCatalog(packageDir) {
	const dist = path.join(packageDir, 'dist', 'nodes', 'Sora');
	const { providers } = require(path.join(dist, 'providers'));
	const labels = require(path.join(dist, 'description', 'labels'));
	const { durationsFor, resolutionsFor } = require(path.join(dist, 'catalog', 'lookup'));
	const { modelSummary } = require(path.join(dist, 'description', 'modelSummary'));
	const { modelProperties } = require(path.join(dist, 'description', 'modelProperty'));
	// What one node version offers for a model (version 1 keeps values version 2 no longer offers).
	const view = (m, version) => {
		const durations = durationsFor(m, version);
		return {
			durations,
			durationLabels: durations.map(labels.durationLabel),
			resolutionLabelsByDuration: Object.fromEntries(durations.map((d) => [d, resolutionsFor(m, d, version).map(labels.resolutionLabel)])),
			summary: modelSummary(m, version),
		};
	};
	return providers.map((p) => {
		// The model dropdown per node version, as the built description lists it: [name, one-line description].
		const modelOptions = Object.fromEntries(
			modelProperties(p)
				.filter((property) => property.name === 'model')
				.map((property) => [property.displayOptions.show['@version'][0] === 1 ? 1 : 2, property.options.map((o) => [o.name, o.description])]),
		);
		const notices = Object.fromEntries(
			modelProperties(p)
				.filter((property) => property.type === 'notice')
				.map((property) => [property.displayOptions.show.model[0], property.displayName]),
		);
		return {
			id: p.id,
			displayName: p.displayName,
			credentialType: p.credentialType,
			modelOptions,
			models: p.models.map((m) => {
				const family = m.family || 'sora';
				// Sampled Sora models open as saved workflows hold them (version 1), successors as new nodes (version 2).
				const version = family === 'sora' ? 1 : 2;
				return {
					id: m.id,
					displayName: m.displayName,
					defaultDuration: m.defaultDuration,
					...view(m, version),
					version,
					latest: view(m, 2),
					evidence: (m.evidence && m.evidence.level) || 'documented',
					notice: notices[m.id] || '',
					aspectRatioLabels: m.aspectRatios.map(labels.aspectRatioLabel),
					byDuration: Boolean(m.resolutionsByDuration),
					family,
					inputs: {
						lastFrameUrl: m.supportsLastFrame === true,
						generateAudio: m.audio !== undefined,
						negativePrompt: m.supportsNegativePrompt === true,
						seed: m.seed !== undefined,
					},
				};
			}),
		};
	});
}

/** The model dropdown's last entry on every provider (description/customModelProperties.ts). */
const CUSTOM_MODEL_NAME = 'Custom Model ID (Unvalidated)';
/** Successor models every run opens on gccai, besides each provider's newest model. */
const SAMPLED = { gccai: ['veo3.1-fast', 'doubao-seedance-2.0', 'kling-3.0-turbo'] };
/** A third-party ([T]) row whose evidence notice the check reads under the Model field. */
const THIRD_PARTY = { provider: 'gccai', model: 'kling-3.0-turbo' };

function sampled(p, m, index) {
	return m.family === 'sora' || index === 0 || (SAMPLED[p.id] || []).includes(m.id);
}

/** Long ranges (Seedance 4–15 s) are read at their first, default and last duration. */
function durationsToRead(m) {
	if (m.durations.length <= 5) return [m.defaultDuration, ...m.durations.filter((d) => d !== m.defaultDuration)];
	return [...new Set([m.defaultDuration, m.durations[0], m.durations[m.durations.length - 1]])];
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
		for (const [index, m] of p.models.entries()) {
			if (!sampled(p, m, index)) continue;
			const id = nodeIdFor(nodes.length + 1);
			const d = m.defaultDuration;
			nodes.push({
				id,
				name: `Sora ${p.id} ${m.id}`,
				type: NODE_TYPE,
				typeVersion: m.version,
				position: [(nodes.length % 4) * 260, Math.floor(nodes.length / 4) * 200],
				parameters: { provider: p.id, operation: 'create', model: m.id, prompt: 'editor check', duration: d },
				credentials: { [p.credentialType]: { id: cred.id, name: cred.name } },
			});
			combos.push({ provider: p, model: m, nodeId: id, credential: cred });
		}
	}
	// A node left at the node's defaults (gccai, its newest model), as a freshly added node (version 2) is:
	// the provider switches run on it, so each provider shows its own default model.
	const first = catalog[0];
	const switchNodeId = nodeIdFor(nodes.length + 1);
	nodes.push({
		id: switchNodeId,
		name: 'Sora provider switch',
		type: NODE_TYPE,
		typeVersion: 2,
		position: [0, (Math.floor(nodes.length / 4) + 1) * 200],
		parameters: {},
		credentials: { [first.credentialType]: { id: credentialFor(first.credentialType).id, name: credentialFor(first.credentialType).name } },
	});
	return {
		workflow: { name: `Sora editor check (${version}) ${new Date().toISOString()}`, nodes, connections: {}, settings: { executionOrder: 'v1' } },
		combos,
		switchNodeId,
	};
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
	/**
	 * The model-like dropdown's items as rendered: name, description and how many lines the description
	 * takes on screen (its height over its line height).
	 */
	async function readItems(name) {
		await openDropdown(name);
		const items = await visibleItems().evaluateAll((els) =>
			els.map((e) => {
				const [first, ...rest] = e.innerText.split('\n').map((line) => line.trim()).filter(Boolean);
				const description = rest.join(' ');
				// The deepest element showing exactly the description; its line boxes are counted through a Range,
				// which works whatever the element's line height or padding.
				const holders = [...e.querySelectorAll('*')].filter((child) => child.innerText && child.innerText.replace(/\s+/g, ' ').trim() === description);
				const holder = holders[holders.length - 1];
				let lines = 0;
				if (holder) {
					const range = document.createRange();
					range.selectNodeContents(holder);
					lines = new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top))).size;
				}
				return { name: first, description, lines };
			}),
		);
		await closeDropdown(name);
		return items;
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

	// The credential selector(s) of the panel (one per credential type n8n displays).
	const credentialSelects = () => page.locator('[data-test-id="ndv"] [data-test-id="node-credentials-select"]');
	/** How many credential selectors the panel shows, and the credential each one shows ('' = none). */
	async function credentials() {
		const n = await credentialSelects().count();
		const values = [];
		for (let i = 0; i < n; i++) values.push((await credentialSelects().nth(i).locator('input').first().inputValue()).trim());
		return values;
	}
	/** The ids of the credentials the (single) credential selector offers. */
	async function credentialOptions() {
		await noDropdownOpen();
		await credentialSelects().first().click();
		await visibleItems().first().waitFor({ state: 'visible', timeout: UI_TIMEOUT_MS });
		const ids = await page
			.locator('[data-test-id^="node-credentials-select-item-"]:visible')
			.evaluateAll((els) => els.map((e) => e.getAttribute('data-test-id').replace('node-credentials-select-item-', '')).filter((id) => id !== 'new'));
		await credentialSelects().first().click();
		await noDropdownOpen();
		return ids;
	}
	async function chooseCredential(cred) {
		await noDropdownOpen();
		await credentialSelects().first().click();
		await page.locator(`[data-test-id="node-credentials-select-item-${cred.id}"]`).click();
		await page.waitForFunction(
			(want) => {
				const el = document.querySelector('[data-test-id="ndv"] [data-test-id="node-credentials-select"] input');
				return el && el.value.trim() === want;
			},
			cred.name,
			{ timeout: UI_TIMEOUT_MS },
		);
		await noDropdownOpen();
	}
	return { input, readOptions, readItems, selected, choose, isShown, openDropdown, closeDropdown, credentials, credentialOptions, chooseCredential };
}

/** Credential id → type of every credential the owner can use (the selector may offer any of them). */
async function credentialTypesById(baseUrl, cookie) {
	const res = await rest.getJson(baseUrl, '/rest/credentials', cookie);
	return new Map((res.data || res).map((c) => [c.id, c.type]));
}

/**
 * The panel shows exactly one credential selector, and it offers exactly the credentials of the
 * provider's credential type (all of them, nothing of another type).
 */
async function assertCredentialSelector(u, provider, typesById, what) {
	const shown = await u.credentials();
	assert.equal(shown.length, 1, `${what}: one credential selector (got ${shown.length}: ${JSON.stringify(shown)})`);
	const offered = await u.credentialOptions();
	const wrong = offered.filter((id) => typesById.get(id) !== provider.credentialType);
	assert.deepEqual(wrong.map((id) => `${id} (${typesById.get(id)})`), [], `${what}: the credential selector offers only ${provider.credentialType} credentials`);
	const all = [...typesById].filter(([, type]) => type === provider.credentialType).map(([id]) => id);
	assert.deepEqual([...offered].sort(), all.sort(), `${what}: the credential selector offers every ${provider.credentialType} credential`);
	return shown[0];
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
	const typesById = await credentialTypesById(baseUrl, cookie);
	const { workflow, combos, switchNodeId } = catalogWorkflow(catalog, version);
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
	const shot = async (name, target) => {
		const file = path.join(artifactsDir, `editor-${version}-${name}.png`);
		await target.screenshot({ path: file });
		screenshots.push(file);
	};
	/** A screen region over the parameters, so that an open dropdown (a popper outside the panel) is in it. */
	const shotWithDropdown = async (page, u, name, dropdown) => {
		const box = await page.locator('[data-test-id="ndv"] [data-test-id="node-parameters"]').boundingBox();
		await u.openDropdown(dropdown);
		await page.waitForTimeout(600); // let the dropdown's fade-in finish
		const file = path.join(artifactsDir, `editor-${version}-${name}.png`);
		await page.screenshot({ path: file, clip: { x: box.x, y: box.y, width: box.width, height: Math.min(box.height, 720) } });
		screenshots.push(file);
		await u.closeDropdown(dropdown);
	};
	let checked = 0;
	let reads = 0;
	try {
		const page = browser.pages()[0] || (await browser.newPage());
		page.setDefaultTimeout(UI_TIMEOUT_MS);
		// Leaving a panel with changed parameters asks "leave?": always leave (only the final Ctrl+S saves).
		page.on('dialog', (d) => d.accept().catch(() => {}));
		await login(page, baseUrl, owner);
		const u = ui(page);
		const providerNames = catalog.map((p) => p.displayName);
		const credentialChecked = new Set();

		for (const combo of combos) {
			const { provider: p, model: m } = combo;
			const what = `${version} ${p.id}/${m.id}`;
			const t0 = Date.now();
			await openNode(page, baseUrl, workflowId, combo.nodeId);
			const tOpen = Date.now() - t0;
			// The panel shows the provider, model and credential the node was saved with.
			assert.equal(await u.isShown('provider'), true, `${what}: the Provider dropdown is shown`);
			assert.equal(await u.selected('provider'), p.displayName, `${what}: provider shown`);
			assert.equal(await u.selected('model'), m.displayName, `${what}: model shown`);
			if (checked === 0) {
				assert.deepEqual(await u.readOptions('provider'), providerNames, `${what}: Provider options (every provider, YutoAI Legacy included)`);
				reads += 1;
			}
			if (!credentialChecked.has(p.id)) {
				assert.equal(await assertCredentialSelector(u, p, typesById, what), combo.credential.name, `${what}: credential shown`);
				credentialChecked.add(p.id);
			} else {
				assert.deepEqual(await u.credentials(), [combo.credential.name], `${what}: one credential selector, showing the saved credential`);
			}

			assert.deepEqual(await u.readOptions('duration'), m.durationLabels, `${what}: Duration options`);
			assert.deepEqual(await u.readOptions('aspectRatio'), m.aspectRatioLabels, `${what}: Aspect Ratio options`);
			reads += 2;
			for (const [name, shown] of Object.entries(m.inputs)) {
				assert.equal(await u.isShown(name), shown, `${what}: ${name} ${shown ? 'shown' : 'hidden'}`);
			}
			// Resolution at the preset (default) duration, then at other durations chosen through the UI.
			for (const d of durationsToRead(m)) {
				const label = m.durationLabels[m.durations.indexOf(d)];
				if (d !== m.defaultDuration) await u.choose('duration', label);
				assert.equal(await u.selected('duration'), label, `${what}: duration ${d} selected`);
				assert.deepEqual(await u.readOptions('resolution'), m.resolutionLabelsByDuration[d], `${what} ${d} s: Resolution options`);
				reads += 1;
			}
			checked += 1;
			if (process.env.N8N_E2E_DEBUG) console.log(`[editor] ${what}: open ${tOpen} ms, total ${Date.now() - t0} ms`);

			if (m.id === p.models[0].id) {
				// The Model dropdown: family by family, one short generated line per model, no evidence prose;
				// each description takes one line on screen. One screenshot per provider, with the list open.
				const items = await u.readItems('model');
				assert.deepEqual(
					items.map((item) => [item.name, item.description]),
					p.modelOptions[m.version],
					`${what}: Model options (name and one-line description, in choosing order)`,
				);
				const wrapped = items.filter((item) => item.description && item.name !== CUSTOM_MODEL_NAME && item.lines !== 1);
				assert.deepEqual(wrapped, [], `${what}: every model's description fits on one line`);
				reads += 1;
				await shotWithDropdown(page, u, `${p.id}-models-open`, 'model');
			}
			if (p.id === THIRD_PARTY.provider && m.id === THIRD_PARTY.model) {
				// A third-party row: its evidence is a notice right under the Model field, not in the option.
				assert.equal(m.evidence, 'thirdParty', `${what}: the sampled row is third-party`);
				assert.ok(m.notice.startsWith("Not in the provider's docs, known from third-party material."), `${what}: notice text from the catalog`);
				const params = page.locator('[data-test-id="ndv"] [data-test-id="node-parameters"]');
				const notice = params.getByText(m.notice.slice(0, 60), { exact: false });
				await notice.first().waitFor({ state: 'visible', timeout: UI_TIMEOUT_MS });
				assert.equal(await notice.count(), 1, `${what}: one evidence notice`);
				const modelBox = await u.input('model').boundingBox();
				const noticeBox = await notice.first().boundingBox();
				const promptBox = await u.input('prompt').boundingBox();
				assert.ok(noticeBox.y > modelBox.y + modelBox.height - 1, `${what}: the notice is under the Model field`);
				assert.ok(!promptBox || promptBox.y > noticeBox.y, `${what}: the notice comes before the next parameter`);
				await shot(`${p.id}-${m.id}-evidence-notice`, params);
			}

			if ((p.id === 'yutoai' && m.id === 'sora-2-pro') || (p.id === 'gccai' && m.id === 'sora-2-pro')) {
				if (p.id === 'yutoai') await u.choose('duration', m.durationLabels[m.durations.indexOf(15)]);
				const ndv = page.locator('[data-test-id="ndv"]');
				await shot(`${p.id}-${m.id}`, ndv);
				await shot(`${p.id}-${m.id}-parameters`, ndv.locator('[data-test-id="node-parameters"]'));
				// The same panel with the Duration dropdown open (the README picture).
				await shotWithDropdown(page, u, `${p.id}-${m.id}-duration-open`, 'duration');
			}
			if (p.id === 'yutoaiLegacy') {
				// YutoAI Legacy, selectable in the editor: its panel, and the Provider dropdown open on it.
				await shot(`${p.id}-${m.id}-parameters`, page.locator('[data-test-id="ndv"] [data-test-id="node-parameters"]'));
				await shotWithDropdown(page, u, 'provider-open', 'provider');
			}
		}

		// Model switch through the Model dropdown: the lists follow.
		const gccai = catalog.find((p) => p.id === 'gccai');
		const first = combos.find((c) => c.provider.id === 'gccai' && c.model.id === gccai.models[0].id);
		await openNode(page, baseUrl, workflowId, first.nodeId);
		const before = { duration: await u.readOptions('duration'), resolution: await u.readOptions('resolution') };
		const pro = gccai.models.find((m) => m.id === 'sora-2-pro');
		await u.choose('model', pro.displayName);
		const afterModel = await u.readOptions('resolution');
		assert.deepEqual(afterModel, pro.latest.resolutionLabelsByDuration[await durationOf(u, pro.latest)], 'gccai: Resolution follows the model switch');
		assert.notDeepEqual(afterModel, before.resolution, 'gccai: the newest model → sora-2-pro changes the Resolution list');
		// Veo 3.1 Fast → Seedance 2.0: durations 8 → 4–15 s, ratios gain 1:1 …, Generate Audio appears.
		const seedance = gccai.models.find((m) => m.id === 'doubao-seedance-2.0');
		await u.choose('model', seedance.displayName);
		assert.deepEqual(await u.readOptions('duration'), seedance.durationLabels, 'gccai → Seedance 2.0: Duration options');
		assert.deepEqual(await u.readOptions('aspectRatio'), seedance.aspectRatioLabels, 'gccai → Seedance 2.0: Aspect Ratio options');
		assert.deepEqual(await u.readOptions('resolution'), seedance.resolutionLabelsByDuration[await durationOf(u, seedance)], 'gccai → Seedance 2.0: Resolution options');
		assert.equal(await u.isShown('generateAudio'), true, 'gccai → Seedance 2.0: Generate Audio shown');
		// Image Source: choosing Binary Data swaps the URL field for the binary property name.
		assert.deepEqual(await u.readOptions('imageSource'), ['URL', 'Binary Data'], 'gccai → Seedance 2.0: Image Source options');
		await u.choose('imageSource', 'Binary Data');
		assert.equal(await u.isShown('imageBinaryProperty'), true, 'gccai → Binary Data: Image Binary Property shown');
		assert.equal(await u.isShown('imageUrl'), false, 'gccai → Binary Data: Reference Image URL hidden');
		await u.choose('imageSource', 'URL');
		assert.equal(await u.isShown('imageUrl'), true, 'gccai → URL: Reference Image URL shown again');
		await u.choose('model', CUSTOM_MODEL_NAME);
		assert.equal(await u.isShown('customModelId'), true, 'gccai → custom: Custom Model ID shown');
		assert.equal(await u.isShown('duration'), false, 'gccai → custom: no Duration dropdown');

		// Provider switch through the Provider dropdown, on a node at its defaults (as a freshly added node):
		// the credential selector offers the new provider's credential type only, the Model list is the new
		// provider's (at its default, the first model), and Duration / Aspect Ratio / Resolution are that model's.
		// YutoAI → YutoAI Legacy is the switch the old credential-derived provider made impossible; the tour ends
		// on YutoAI Legacy and is saved.
		await openNode(page, baseUrl, workflowId, switchNodeId);
		assert.equal(await u.selected('provider'), gccai.displayName, 'switch node: starts at gccai');
		const switches = [];
		for (const target of ['yutoai', 'yutoaiLegacy', 'evolink', 'xingchao', 'openai', 'gccai', 'yutoaiLegacy']) {
			const p = catalog.find((x) => x.id === target);
			const cred = credentialFor(p.credentialType);
			const what = `${version} switch → ${target}`;
			await u.choose('provider', p.displayName);
			assert.equal(await u.selected('provider'), p.displayName, `${what}: provider selected`);
			const shown = await assertCredentialSelector(u, p, typesById, what);
			// Remix, List Videos and Delete Video appear only where the provider offers them.
			const operations = await u.readOptions('operation');
			const videoOps = ['Remix', 'List Videos', 'Delete Video'].filter((name) => operations.includes(name));
			if (target === 'openai') assert.deepEqual(videoOps, ['Remix', 'List Videos', 'Delete Video'], `${what}: video operations offered`);
			if (target === 'xingchao') assert.deepEqual(videoOps, [], `${what}: no video operations`);
			let picked = '';
			if (shown !== cred.name) {
				// n8n leaves the selector empty after a switch (2.8.4 shows the credential this node had for this
				// type earlier in the tour); pick the demo credential of the provider's type.
				assert.equal(shown, '', `${what}: the credential selector shows no credential of another type`);
				await u.chooseCredential(cred);
				picked = '+cred';
			}
			assert.deepEqual(await u.credentials(), [cred.name], `${what}: credential selected`);
			assert.deepEqual(await u.readOptions('model'), p.modelOptions[2].map(([name]) => name), `${what}: Model options`);
			const model = { ...p.models[0], ...p.models[0].latest };
			assert.equal(await u.selected('model'), model.displayName, `${what}: the provider's default model`);
			assert.equal(await u.selected('duration'), model.durationLabels[model.durations.indexOf(model.defaultDuration)], `${what}: default duration`);
			assert.deepEqual(await u.readOptions('duration'), model.durationLabels, `${what}/${model.id}: Duration options`);
			assert.deepEqual(await u.readOptions('aspectRatio'), model.aspectRatioLabels, `${what}/${model.id}: Aspect Ratio options`);
			assert.deepEqual(await u.readOptions('resolution'), model.resolutionLabelsByDuration[model.defaultDuration], `${what}/${model.id}: Resolution options`);
			reads += 4;
			switches.push(`${target}:${model.id}${picked}`);
		}
		assert.notDeepEqual(before.duration, catalog.find((p) => p.id === 'evolink').models[0].latest.durationLabels, 'sanity: gccai and evolink differ');
		await shot('after-switching', page.locator('[data-test-id="ndv"]'));

		// Save (close the panel, Ctrl+S): the node keeps provider yutoaiLegacy and only the YutoAI credential.
		await page.locator('[data-test-id="ndv"] [data-test-id="ndv-close-button"]').click();
		await page.locator('[data-test-id="ndv"]').waitFor({ state: 'hidden', timeout: UI_TIMEOUT_MS });
		await page.keyboard.press('Control+s');
		const legacyCred = credentialFor(catalog.find((p) => p.id === 'yutoaiLegacy').credentialType);
		let saved;
		const deadline = Date.now() + UI_TIMEOUT_MS;
		for (;;) {
			const wf = await rest.getJson(baseUrl, `/rest/workflows/${workflowId}`, cookie);
			saved = (wf.data || wf).nodes.find((n) => n.id === switchNodeId);
			if (saved.parameters.provider === 'yutoaiLegacy' || Date.now() > deadline) break;
			await new Promise((r) => setTimeout(r, 300));
		}
		assert.equal(saved.parameters.provider, 'yutoaiLegacy', 'saved: provider yutoaiLegacy');
		assert.deepEqual(saved.credentials, { [legacyCred.type]: { id: legacyCred.id, name: legacyCred.name } }, 'saved: only the YutoAI credential');

		return {
			checked,
			screenshots,
			summary: `${checked} provider × model panels, ${reads} dropdown reads equal the catalog; Provider dropdown shown with ${providerNames.length} providers, one credential selector of the provider's type; switched ${switches.join(', ')}; saved as yutoaiLegacy + ${legacyCred.type}; screenshots: ${screenshots.map((f) => path.basename(f)).join(', ')}`,
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

/**
 * The editions' panels (test/e2e/editions.e2e.js, on the server where the editions are installed next to
 * the full package): for each edition one node at its defaults (a freshly added node), opened in the
 * editor. The panel shows no Provider dropdown for a one-provider edition (two endpoints for YutoAI), the
 * provider's newest model selected, a Model list of that provider's models only, Duration / Aspect Ratio /
 * Resolution equal to the catalog, and one credential selector offering only the edition's credential type.
 * @param {object} o
 * @param {string} o.version
 * @param {string} o.baseUrl
 * @param {string} o.cookie  REST session of the owner
 * @param {{email:string,password:string}} o.owner
 * @param {Array<{id:string, nodeType:string, displayName:string, providers:string[], credential:{id:string,name:string,type:string}}>} o.editions
 * @param {string} o.packageDir  built full package (its dist/ catalog is the editions' catalog)
 * @param {string} o.artifactsDir
 */
async function runEditionsEditorCheck({ version, baseUrl, cookie, owner, editions, packageDir, artifactsDir }) {
	await ensureChromium();
	const { chromium } = require('playwright-core');
	const catalog = loadCatalog(packageDir);
	const typesById = await credentialTypesById(baseUrl, cookie);
	const nodes = editions.map((edition, index) => ({
		id: nodeIdFor(900 + index),
		name: edition.displayName,
		type: edition.nodeType,
		typeVersion: 2,
		position: [index * 260, 0],
		parameters: {},
		credentials: { [edition.credential.type]: { id: edition.credential.id, name: edition.credential.name } },
	}));
	const workflowId = await createWorkflow(baseUrl, cookie, {
		name: `Editions editor check (${version}) ${new Date().toISOString()}`,
		nodes,
		connections: {},
		settings: { executionOrder: 'v1' },
	});
	fs.mkdirSync(artifactsDir, { recursive: true });
	const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sora-editions-chromium-'));
	const browser = await chromium.launchPersistentContext(userDataDir, {
		executablePath: '/usr/bin/chromium',
		headless: true,
		args: CHROMIUM_ARGS,
		viewport: { width: 1440, height: 1000 },
		timeout: NAV_TIMEOUT_MS,
	});
	const screenshots = [];
	try {
		const page = browser.pages()[0] || (await browser.newPage());
		page.setDefaultTimeout(UI_TIMEOUT_MS);
		page.on('dialog', (d) => d.accept().catch(() => {}));
		await login(page, baseUrl, owner);
		const u = ui(page);
		for (const [index, edition] of editions.entries()) {
			const what = `${version} ${edition.displayName}`;
			const providers = edition.providers.map((id) => ({ ...catalog.find((p) => p.id === id), credentialType: edition.credential.type }));
			const [provider] = providers;
			const model = provider.models[0];
			await openNode(page, baseUrl, workflowId, nodes[index].id);
			if (providers.length === 1) {
				assert.equal(await u.isShown('provider'), false, `${what}: no Provider dropdown`);
			} else {
				assert.deepEqual(await u.readOptions('provider'), providers.map((p) => p.displayName), `${what}: Provider options (the service's endpoints)`);
				assert.equal(await u.selected('provider'), provider.displayName, `${what}: first endpoint selected`);
			}
			assert.equal(await assertCredentialSelector(u, provider, typesById, what), edition.credential.name, `${what}: its credential shown`);
			assert.deepEqual(await u.readOptions('model'), provider.modelOptions[2].map(([name]) => name), `${what}: Model options`);
			assert.equal(await u.selected('model'), model.displayName, `${what}: the newest model selected`);
			assert.deepEqual(await u.readOptions('duration'), model.durationLabels, `${what}/${model.id}: Duration options`);
			assert.deepEqual(await u.readOptions('aspectRatio'), model.aspectRatioLabels, `${what}/${model.id}: Aspect Ratio options`);
			assert.deepEqual(await u.readOptions('resolution'), model.resolutionLabelsByDuration[model.defaultDuration], `${what}/${model.id}: Resolution options`);
			const file = path.join(artifactsDir, `editor-${version}-edition-${edition.id}.png`);
			await page.locator('[data-test-id="ndv"]').screenshot({ path: file });
			screenshots.push(file);
		}
		return {
			checked: editions.length,
			screenshots,
			summary: `${editions.length} edition panels (${editions.map((e) => e.displayName).join(', ')}): own models and credential only; screenshots: ${screenshots.map((f) => path.basename(f)).join(', ')}`,
		};
	} catch (err) {
		const pages = browser.pages();
		if (pages[0]) await pages[0].screenshot({ path: path.join(artifactsDir, `editor-${version}-editions-FAILED.png`) }).catch(() => {});
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

module.exports = { runEditorCheck, runEditionsEditorCheck, loadCatalog, CHROMIUM_ARGS };

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
