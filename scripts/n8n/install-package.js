#!/usr/bin/env node
'use strict';
/**
 * Pack a community-node package and install the tarball into an n8n user folder the way n8n's
 * community-package installer lays it out: `<userFolder>/.n8n/nodes/node_modules/<name>/`, with
 * `<userFolder>/.n8n/nodes/package.json` listing it. n8n then loads it as `<name>.<node>` (for this
 * repo: `n8n-nodes-sora.sora`).
 *
 *   npm run build && node scripts/n8n/install-package.js 2.8.4
 *   node scripts/n8n/install-package.js 2.41.1 --package-dir test/e2e/fixtures/probe-package
 *   node scripts/n8n/install-package.js 2.8.4 --demo            # persistent demo user folder
 *   node scripts/n8n/install-package.js 2.8.4 --user-folder /tmp/x --mode tar
 *
 * After installing, every bare require() in the package must resolve from the package itself or from
 * n8n's own tree (what n8n puts on NODE_PATH); anything else fails the install (auditRequires).
 *
 * Options:
 *   --package-dir DIR   package to pack (default: the repo root)
 *   --tarball FILE      install this .tgz instead of packing
 *   --user-folder DIR   N8N_USER_FOLDER (default <USER_ROOT>/n8n-user-<version>, wiped first; USER_ROOT is
 *                       $N8N_SORA_USER_ROOT or <tmp>/n8n-nodes-sora: user folders must be outside the repo, see env.js)
 *   --demo              use the persistent <USER_ROOT>/n8n-demo-<version> (not wiped; the package is replaced)
 *   --keep              do not wipe the user folder
 *   --mode npm|tar      `npm install --omit=dev --omit=peer --ignore-scripts <tgz>` (default) or a plain tar extract
 */
const fs = require('node:fs');
const path = require('node:path');
const E = require('./env');
const { runOk, fmtMs } = require('./proc');

const NPM_TIMEOUT_MS = 5 * 60 * 1000;

function readJson(file) {
	return JSON.parse(fs.readFileSync(file, 'utf8'));
}

/** Fail early (and clearly) if the files package.json → n8n points at were not built. */
function assertBuilt(packageDir) {
	const pkg = readJson(path.join(packageDir, 'package.json'));
	const n8n = pkg.n8n || {};
	const files = [...(n8n.nodes || []), ...(n8n.credentials || [])];
	if (files.length === 0) throw new Error(`${packageDir}/package.json has no n8n.nodes / n8n.credentials`);
	const missing = files.filter((f) => !fs.existsSync(path.join(packageDir, f)));
	if (missing.length) {
		throw new Error(`Package not built: missing ${missing.join(', ')} in ${packageDir}. Run \`npm run build\` first.`);
	}
	return pkg;
}

/**
 * `npm pack` a package directory into .cache/pack/<pid>/: one folder per process, because the e2e jobs
 * run side by side (scripts/test-all.js) and would otherwise overwrite each other's same-named tarball
 * while the other one installs it. The folder is removed when the process exits.
 * @returns {Promise<{tarball:string, name:string, version:string, files:string[], ms:number}>}
 */
async function packPackage(packageDir = E.REPO_ROOT) {
	packageDir = path.resolve(packageDir);
	assertBuilt(packageDir);
	const dest = path.join(E.CACHE_DIR, 'pack', String(process.pid));
	if (!fs.existsSync(dest)) {
		fs.mkdirSync(dest, { recursive: true });
		process.once('exit', () => fs.rmSync(dest, { recursive: true, force: true }));
	}
	const started = Date.now();
	const res = await runOk('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dest], {
		cwd: packageDir,
		env: { ...process.env, npm_config_update_notifier: 'false', npm_config_loglevel: 'error' },
		timeoutMs: NPM_TIMEOUT_MS,
	});
	// npm prints the JSON array on stdout; be tolerant of anything before it.
	const json = JSON.parse(res.stdout.slice(res.stdout.indexOf('[')));
	const info = json[0];
	return {
		tarball: path.join(dest, info.filename),
		name: info.name,
		version: info.version,
		files: info.files.map((f) => f.path),
		ms: Date.now() - started,
	};
}

function nodesDirOf(userFolder) {
	return path.join(userFolder, '.n8n', 'nodes');
}

/** Read name/version from a tarball's package/package.json (tar is always there on Debian). */
async function tarballManifest(tarball) {
	const res = await runOk('tar', ['-xzOf', tarball, 'package/package.json'], { timeoutMs: 60000 });
	return JSON.parse(res.stdout);
}

/**
 * Install a tarball into `<userFolder>/.n8n/nodes`.
 * @param {object} o
 * @param {string} o.version  n8n version (decides which Node runs npm)
 * @param {string} o.userFolder
 * @param {string} o.tarball
 * @param {'npm'|'tar'} [o.mode]
 * @param {boolean} [o.fresh]  wipe the user folder first
 * @returns {Promise<{name:string, packageVersion:string, installDir:string, ms:number}>}
 */
async function installTarball({ version, userFolder, tarball, mode = 'npm', fresh = false }) {
	E.versionConfig(version);
	const started = Date.now();
	userFolder = path.resolve(userFolder);
	E.assertIsolatedUserFolder(userFolder);
	if (fresh) fs.rmSync(userFolder, { recursive: true, force: true });
	const nodesDir = nodesDirOf(userFolder);
	fs.mkdirSync(nodesDir, { recursive: true });
	const manifest = await tarballManifest(tarball);
	const installDir = path.join(nodesDir, 'node_modules', manifest.name);
	const nodesPkgFile = path.join(nodesDir, 'package.json');
	if (!fs.existsSync(nodesPkgFile)) {
		fs.writeFileSync(nodesPkgFile, JSON.stringify({ name: 'installed-nodes', private: true, dependencies: {} }, null, 2) + '\n');
	}
	// Replace any previous install of the same package (demo folder keeps the rest of its state).
	fs.rmSync(installDir, { recursive: true, force: true });

	if (mode === 'npm') {
		await runOk(
			'npm',
			['install', '--omit=dev', '--omit=peer', '--ignore-scripts', '--no-audit', '--no-fund', '--no-package-lock', '--bin-links=false', tarball],
			{
				cwd: nodesDir,
				env: E.npmEnvFor(version),
				timeoutMs: NPM_TIMEOUT_MS,
			},
		);
	} else if (mode === 'tar') {
		fs.mkdirSync(installDir, { recursive: true });
		await runOk('tar', ['-xzf', tarball, '-C', installDir, '--strip-components=1'], { timeoutMs: 60000 });
		const nodesPkg = readJson(nodesPkgFile);
		nodesPkg.dependencies = { ...(nodesPkg.dependencies || {}), [manifest.name]: `file:${tarball}` };
		fs.writeFileSync(nodesPkgFile, JSON.stringify(nodesPkg, null, 2) + '\n');
	} else {
		throw new Error(`Unknown mode ${mode} (npm|tar)`);
	}
	if (!fs.existsSync(path.join(installDir, 'package.json'))) {
		throw new Error(`Install finished but ${installDir}/package.json is missing`);
	}
	// With --omit=peer n8n-workflow must NOT be inside the package: it has to come from n8n itself
	// (a second copy breaks instanceof checks such as NodeApiError).
	const strayWorkflow = path.join(installDir, 'node_modules', 'n8n-workflow');
	if (fs.existsSync(strayWorkflow)) throw new Error(`${strayWorkflow} exists: the package would use its own n8n-workflow copy`);
	const ms = Date.now() - started;
	let requires = null;
	if (E.isInstalled(version)) {
		requires = auditRequires(installDir, version);
		if (requires.missing.length) {
			throw new Error(
				`${manifest.name} requires ${requires.missing.join(', ')}, which neither its own dependencies nor n8n ${version} provide. ` +
					'Declare them under "dependencies" (community packages should avoid runtime dependencies) or drop them.',
			);
		}
	}
	return { name: manifest.name, packageVersion: manifest.version, installDir, ms, requires };
}

function packageNameOf(spec) {
	const parts = spec.split('/');
	return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

function listJsFiles(dir, out = []) {
	for (const ent of fs.readdirSync(dir, { withFileTypes: true })) {
		if (ent.name === 'node_modules') continue;
		const p = path.join(dir, ent.name);
		if (ent.isDirectory()) listJsFiles(p, out);
		else if (/\.(c?js)$/.test(ent.name)) out.push(p);
	}
	return out;
}

/**
 * Check every bare `require('x')` / `import('x')` in the installed package resolves the way it will for a
 * user: from the package's own node_modules or from n8n's tree (n8n puts its module paths on NODE_PATH).
 * Only folders inside the installs are consulted, never the repo's dev node_modules.
 * @returns {{fromPackage:string[], fromN8n:Record<string,string>, missing:string[]}}
 */
function auditRequires(installDir, version) {
	const { builtinModules } = require('node:module');
	const builtins = new Set(builtinModules);
	const n8nRoot = path.join(E.n8nDir(version), 'node_modules');
	const pkgRoots = [path.join(installDir, 'node_modules'), path.dirname(installDir)];
	const n8nRoots = [path.join(n8nRoot, 'n8n', 'dist', 'node_modules'), path.join(n8nRoot, 'n8n', 'node_modules'), n8nRoot];
	const names = new Set();
	const re = /\b(?:require|import)\(\s*['"]([^'"./][^'"]*)['"]\s*\)/g;
	for (const file of listJsFiles(installDir)) {
		const src = fs.readFileSync(file, 'utf8');
		for (const m of src.matchAll(re)) {
			const spec = m[1];
			if (spec.startsWith('node:') || builtins.has(spec) || builtins.has(packageNameOf(spec))) continue;
			names.add(packageNameOf(spec));
		}
	}
	const self = readJson(path.join(installDir, 'package.json')).name;
	const out = { fromPackage: [], fromN8n: {}, missing: [] };
	for (const name of [...names].sort()) {
		if (name === self) continue;
		const inPkg = pkgRoots.find((r) => fs.existsSync(path.join(r, name, 'package.json')));
		if (inPkg) {
			out.fromPackage.push(name);
			continue;
		}
		const inN8n = n8nRoots.find((r) => fs.existsSync(path.join(r, name, 'package.json')));
		if (inN8n) out.fromN8n[name] = readJson(path.join(inN8n, name, 'package.json')).version;
		else out.missing.push(name);
	}
	return out;
}

/** pack + install in one go. */
async function installPackage({ version, userFolder, packageDir = E.REPO_ROOT, tarball, mode = 'npm', fresh = true }) {
	let pack = null;
	if (!tarball) {
		pack = await packPackage(packageDir);
		tarball = pack.tarball;
	}
	const inst = await installTarball({ version, userFolder, tarball, mode, fresh });
	return { ...inst, tarball, packMs: pack ? pack.ms : 0, files: pack ? pack.files : undefined };
}

function parseArgs(argv) {
	const out = { version: undefined, packageDir: E.REPO_ROOT, tarball: undefined, userFolder: undefined, demo: false, keep: false, mode: 'npm' };
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		const next = () => {
			if (i + 1 >= argv.length) throw new Error(`${a} needs a value`);
			return argv[++i];
		};
		if (a === '--package-dir') out.packageDir = path.resolve(next());
		else if (a === '--tarball') out.tarball = path.resolve(next());
		else if (a === '--user-folder') out.userFolder = path.resolve(next());
		else if (a === '--demo') out.demo = true;
		else if (a === '--keep') out.keep = true;
		else if (a === '--mode') out.mode = next();
		else if (a.startsWith('--')) throw new Error(`Unknown option ${a}`);
		else if (!out.version) out.version = a;
		else throw new Error(`Unexpected argument ${a}`);
	}
	out.version = out.version || E.DEFAULT_VERSION;
	return out;
}

async function main() {
	const o = parseArgs(process.argv.slice(2));
	E.versionConfig(o.version);
	const userFolder = o.userFolder || E.userFolderFor(o.version, o.demo ? 'demo' : 'test');
	const fresh = !(o.demo || o.keep);
	const res = await installPackage({ version: o.version, userFolder, packageDir: o.packageDir, tarball: o.tarball, mode: o.mode, fresh });
	console.log(`[install-package] ${res.name}@${res.packageVersion} (${path.relative(E.REPO_ROOT, res.tarball)}) → ${res.installDir}`);
	if (res.files) {
		const top = [...new Set(res.files.map((f) => (f.includes('/') ? `${f.split('/')[0]}/` : f)))];
		console.log(`[install-package] tarball: ${res.files.length} files (${top.join(', ')})`);
	}
	if (res.requires) {
		const fromN8n = Object.entries(res.requires.fromN8n).map(([n, v]) => `${n}@${v}`);
		console.log(`[install-package] runtime requires resolved from n8n ${o.version}: ${fromN8n.join(', ') || '(none)'}; from the package: ${res.requires.fromPackage.join(', ') || '(none)'}`);
	} else {
		console.log(`[install-package] n8n ${o.version} not installed: skipped the require audit`);
	}
	console.log(`[install-package] pack ${fmtMs(res.packMs)}, install (${o.mode}) ${fmtMs(res.ms)}; N8N_USER_FOLDER=${userFolder}`);
}

module.exports = { packPackage, installTarball, installPackage, assertBuilt, nodesDirOf, auditRequires };

if (require.main === module) {
	main().catch((err) => {
		console.error(`[install-package] FAILED: ${err.message}`);
		process.exit(1);
	});
}
