#!/usr/bin/env node
'use strict';
/**
 * Writes each edition as a packable folder editions/<id>/ from the one tsc build in dist/ (run
 * `npm run build` first; `npm run build:editions` does both):
 *   dist/   the edition's entry files and exactly the compiled modules they require, copied unchanged
 *           from dist/ (same relative paths, so every relative require still resolves), plus the
 *           icons the node and credential name and the codex;
 *   README.md, LICENSE.md, CHANGELOG.md.
 * No module is copied in git: the committed editions/<id>/ holds only the few generated lines of
 * scripts/editions/generate.js.
 *
 *   node scripts/editions/build.js [id …]
 */
const fs = require('node:fs');
const path = require('node:path');
const { editions } = require('./list');
const { familiesOf, loadProviderSpecs } = require('./generate');
const { editionReadme, editionChangelog } = require('./readme');

const REPO_ROOT = path.resolve(__dirname, '..', '..');
const DIST = path.join(REPO_ROOT, 'dist');

/** `require("x")` calls in compiled CommonJS (tsc emits double quotes). */
function requiredSpecifiers(code) {
	return [...code.matchAll(/\brequire\("([^"]+)"\)/g)].map((match) => match[1]);
}

/**
 * Every file under dist/ that the entry files need: the entries, each relatively required module
 * (transitively) and the JSON they require. Bare specifiers (n8n-workflow, zod) are returned apart.
 */
function moduleClosure(entries) {
	const files = new Set();
	const bare = new Set();
	const queue = [...entries];
	while (queue.length > 0) {
		const file = queue.pop();
		if (files.has(file)) continue;
		files.add(file);
		if (!file.endsWith('.js')) continue;
		for (const specifier of requiredSpecifiers(fs.readFileSync(file, 'utf8'))) {
			if (!specifier.startsWith('.')) {
				bare.add(specifier);
				continue;
			}
			const base = path.resolve(path.dirname(file), specifier);
			const resolved = [base, `${base}.js`, `${base}.json`, path.join(base, 'index.js')].find(
				(candidate) => fs.existsSync(candidate) && fs.statSync(candidate).isFile(),
			);
			if (!resolved) throw new Error(`${path.relative(REPO_ROOT, file)} requires "${specifier}", which is not in dist/`);
			if (!resolved.startsWith(DIST + path.sep)) throw new Error(`${specifier} resolves outside dist/`);
			queue.push(resolved);
		}
	}
	return { files: [...files].sort(), bare: [...bare].sort() };
}

/** The `file:` icons of a loaded node or credential, as absolute paths under dist/. */
function iconFiles(icon, ownerFile) {
	const values = typeof icon === 'string' ? [icon] : [icon?.light, icon?.dark];
	return values.filter((value) => typeof value === 'string' && value.startsWith('file:')).map((value) => path.resolve(path.dirname(ownerFile), value.slice('file:'.length)));
}

function copyInto(editionDir, distFile) {
	const target = path.join(editionDir, 'dist', path.relative(DIST, distFile));
	fs.mkdirSync(path.dirname(target), { recursive: true });
	fs.copyFileSync(distFile, target);
}

function buildEdition(edition, rootPkg) {
	const editionDir = path.join(REPO_ROOT, 'editions', edition.id);
	const pkg = JSON.parse(fs.readFileSync(path.join(editionDir, 'package.json'), 'utf8'));
	if (pkg.version !== rootPkg.version) throw new Error(`${edition.packageName} is at ${pkg.version}, not ${rootPkg.version}: run npm run editions:generate`);
	fs.rmSync(path.join(editionDir, 'dist'), { recursive: true, force: true });

	const [nodeEntry] = pkg.n8n.nodes.map((file) => path.join(editionDir, file).replace(path.join(editionDir, 'dist'), DIST));
	const [credentialEntry] = pkg.n8n.credentials.map((file) => path.join(editionDir, file).replace(path.join(editionDir, 'dist'), DIST));
	for (const entry of [nodeEntry, credentialEntry]) {
		if (!fs.existsSync(entry)) throw new Error(`${path.relative(REPO_ROOT, entry)} is missing: run npm run build`);
	}
	const { files, bare } = moduleClosure([nodeEntry, credentialEntry]);

	const NodeClass = require(nodeEntry)[edition.node.className];
	const CredentialClass = require(credentialEntry)[edition.credential.className];
	const icons = [...iconFiles(new NodeClass().description.icon, nodeEntry), ...iconFiles(new CredentialClass().icon, credentialEntry)];
	const sourceCodex = path.join(editionDir, 'nodes', edition.node.className, `${edition.node.className}.node.json`);

	for (const file of [...files, ...icons]) copyInto(editionDir, file);
	// n8n reads the codex from `<node file>on`, i.e. X.node.json next to X.node.js.
	fs.copyFileSync(sourceCodex, `${path.join(editionDir, 'dist', path.relative(DIST, nodeEntry))}on`);

	const families = familiesOf(loadProviderSpecs(edition));
	fs.writeFileSync(path.join(editionDir, 'README.md'), editionReadme(edition, rootPkg, families, loadProviderSpecs(edition)));
	fs.copyFileSync(path.join(REPO_ROOT, 'LICENSE.md'), path.join(editionDir, 'LICENSE.md'));
	fs.writeFileSync(path.join(editionDir, 'CHANGELOG.md'), editionChangelog(edition, rootPkg, fs.readFileSync(path.join(REPO_ROOT, 'CHANGELOG.md'), 'utf8')));
	return { id: edition.id, modules: files.length, bare };
}

function main() {
	const only = process.argv.slice(2);
	const rootPkg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
	for (const edition of editions.filter((candidate) => only.length === 0 || only.includes(candidate.id))) {
		const { modules, bare } = buildEdition(edition, rootPkg);
		console.log(`editions/${edition.id}: ${edition.packageName}@${rootPkg.version}, ${modules} modules from dist/, requires ${bare.join(', ')}`);
	}
}

if (require.main === module) main();

module.exports = { moduleClosure, requiredSpecifiers };
