#!/usr/bin/env node
'use strict';
/**
 * Make sure Debian's chromium is at /usr/bin/chromium for the editor check (test/e2e/editor-check.js).
 *
 *   node scripts/ensure-chromium.js          # installs with apt-get when missing and running as root
 *
 * When it is missing and we are not root, it fails with the command to run instead. playwright-core never
 * downloads a browser here (no network but the npm registry and Debian's mirrors): it drives this one.
 * Debian's package is the only browser source on these machines; apt keeps its own cache, so a warm run
 * costs nothing and a cold install takes ~10-40 s.
 */
const fs = require('node:fs');
const { runOk, fmtMs } = require('./n8n/proc');

const CHROMIUM = '/usr/bin/chromium';
const PACKAGES = ['chromium', 'fonts-dejavu-core'];
const APT_TIMEOUT_MS = 10 * 60 * 1000;

async function ensureChromium({ log = console.log } = {}) {
	if (fs.existsSync(CHROMIUM)) return { path: CHROMIUM, installed: false, ms: 0 };
	const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
	if (!isRoot) {
		throw new Error(
			`${CHROMIUM} is missing and this process is not root, so it cannot install it.\n` +
				`Run: sudo apt-get update && sudo apt-get install -y --no-install-recommends ${PACKAGES.join(' ')}`,
		);
	}
	const started = Date.now();
	log(`[chromium] ${CHROMIUM} missing: apt-get install ${PACKAGES.join(' ')} …`);
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	await runOk('apt-get', ['update'], { env, timeoutMs: APT_TIMEOUT_MS, capture: true });
	await runOk('apt-get', ['install', '-y', '--no-install-recommends', ...PACKAGES], { env, timeoutMs: APT_TIMEOUT_MS, capture: true });
	if (!fs.existsSync(CHROMIUM)) throw new Error(`apt-get installed ${PACKAGES.join(' ')} but ${CHROMIUM} is still missing`);
	const ms = Date.now() - started;
	log(`[chromium] installed in ${fmtMs(ms)}`);
	return { path: CHROMIUM, installed: true, ms };
}

module.exports = { ensureChromium, CHROMIUM };

if (require.main === module) {
	ensureChromium()
		.then((r) => console.log(`[chromium] ${r.path}${r.installed ? ' (installed now)' : ' (already installed)'}`))
		.catch((err) => {
			console.error(`[chromium] FAILED: ${err.message}`);
			process.exit(1);
		});
}
