/* eslint-disable @n8n/community-nodes/no-restricted-globals */
import { spawnSync, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { NodeHelpers, type INodeProperties, type INodePropertyOptions, type INodeTypeDescription } from 'n8n-workflow';

import { providers as allProviders } from '../../nodes/Sora/providers';
import type { ProviderSpec } from '../../nodes/Sora/providers/types';
import { loadPackage, REPO_ROOT, type LoadedPackage } from '../support/engine';

// Every edition (scripts/editions/list.js), built by `npm run build:editions`, is packed with npm and
// checked the way n8n's verification does: the scanner's own lint on the source and on the tarball
// (scripts/editions/scan.mjs), the package rules (scripts/editions/verify.js), and loading through
// n8n-core's PackageDirectoryLoader. The last describe block shows each check failing on a bad input.

interface Edition {
	id: string;
	service: string;
	packageName: string;
	node: { className: string; name: string; displayName: string };
	credential: { className: string; name: string; displayName: string };
	providers: Array<{ id: string; exportName: string; module: string }>;
}
type PackageJson = Record<string, unknown> & { name: string; version: string; description?: string };
interface ScanResult {
	leg: string;
	directory: string;
	passed: boolean;
	details?: string;
}
type Problems = string[];
interface LoadedTypes {
	node: { description: INodeTypeDescription };
	credential: { name: string; iconUrl?: unknown; test?: { request?: unknown } };
}

const { editions } = require('../../scripts/editions/list') as { editions: Edition[] };
const { editionFiles, loadProviderSpecs } = require('../../scripts/editions/generate') as {
	editionFiles: (edition: Edition, rootPkg: PackageJson, specs: ProviderSpec[]) => Record<string, string>;
	loadProviderSpecs: (edition: Edition) => ProviderSpec[];
};
const verify = require('../../scripts/editions/verify') as {
	checkManifest: (pkg: PackageJson, rootPkg: PackageJson) => Problems;
	checkShippedCode: (files: Array<{ path: string; content: string }>) => Problems;
	checkEnglish: (sources: Record<string, string | string[]>) => Problems;
	checkLoadedTypes: (types: LoadedTypes, iconExists: (iconUrl: string) => boolean) => Problems;
	userFacingStrings: (value: unknown) => string[];
};

const WORK = path.join(REPO_ROOT, 'test-artifacts', 'editions');
const rootPkg = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as PackageJson;
const FULL_CREDENTIAL_TYPES = [...new Set(allProviders.map((provider) => provider.credentialType))];

function filesUnder(directory: string): string[] {
	return readdirSync(directory).flatMap((entry) => {
		const full = path.join(directory, entry);
		return statSync(full).isDirectory() ? filesUnder(full) : [full];
	});
}

function unpackedDir(edition: Edition): string {
	return path.join(WORK, edition.id, 'package');
}

/** `npm pack` the built edition folder and unpack the tarball under test-artifacts/ (inside the repo, so n8n-workflow resolves). */
function packEdition(edition: Edition): string[] {
	const editionDir = path.join(REPO_ROOT, 'editions', edition.id);
	if (!existsSync(path.join(editionDir, 'dist'))) {
		throw new Error(`editions/${edition.id}/dist is missing: run \`npm run build:editions\` first`);
	}
	const destination = path.join(WORK, edition.id);
	rmSync(destination, { recursive: true, force: true });
	mkdirSync(unpackedDir(edition), { recursive: true });
	const packed = JSON.parse(
		execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', destination], {
			cwd: editionDir,
			encoding: 'utf8',
			env: { ...process.env, npm_config_update_notifier: 'false', npm_config_loglevel: 'error' },
		}),
	) as Array<{ filename: string; files: Array<{ path: string }> }>;
	execFileSync('tar', ['-xzf', path.join(destination, packed[0].filename), '-C', unpackedDir(edition), '--strip-components=1']);
	return packed[0].files.map((file) => file.path);
}

/** Known-bad packages for the scanner legs: a console.log behind an eslint-disable comment. */
function writeBadPackages(): { badSource: string; badTarball: string } {
	const badSource = path.join(WORK, 'bad-source');
	const badTarball = path.join(WORK, 'bad-tarball');
	rmSync(badSource, { recursive: true, force: true });
	rmSync(badTarball, { recursive: true, force: true });
	const manifest = JSON.stringify({ ...JSON.parse(readFileSync(path.join(REPO_ROOT, 'editions', 'apimart', 'package.json'), 'utf8')), name: 'n8n-nodes-bad-edition' });
	mkdirSync(path.join(badSource, 'nodes', 'Bad'), { recursive: true });
	writeFileSync(path.join(badSource, 'package.json'), manifest);
	writeFileSync(
		path.join(badSource, 'nodes', 'Bad', 'Bad.node.ts'),
		"// eslint-disable-next-line no-console\nconsole.log('debug');\nexport const bad = 1;\n",
	);
	mkdirSync(path.join(badTarball, 'dist'), { recursive: true });
	writeFileSync(path.join(badTarball, 'package.json'), manifest);
	writeFileSync(path.join(badTarball, 'dist', 'bad.js'), "'use strict';\n/* eslint-disable */\nsetTimeout(() => undefined, 10);\n");
	return { badSource, badTarball };
}

const packedFiles = new Map<string, string[]>();
const scans = new Map<string, ScanResult>();
const loaded = new Map<string, LoadedPackage>();

beforeAll(async () => {
	for (const edition of editions) packedFiles.set(edition.id, packEdition(edition));
	const { badSource, badTarball } = writeBadPackages();
	const targets = [
		...editions.flatMap((edition) => [`source:${path.join(REPO_ROOT, 'editions', edition.id)}`, `tarball:${unpackedDir(edition)}`]),
		`source:${badSource}`,
		`tarball:${badTarball}`,
	];
	// One process for every leg: loading the scanner's rules is what takes the time.
	const run = spawnSync(process.execPath, [path.join(REPO_ROOT, 'scripts', 'editions', 'scan.mjs'), ...targets], { encoding: 'utf8', cwd: REPO_ROOT });
	if (!run.stdout.trim().startsWith('[')) throw new Error(`scan.mjs failed: ${run.stderr}`);
	for (const result of JSON.parse(run.stdout) as ScanResult[]) scans.set(`${result.leg}:${result.directory}`, result);
	for (const edition of editions) loaded.set(edition.id, await loadPackage(unpackedDir(edition)));
}, 180_000);

function scanOf(leg: string, directory: string): { passed: boolean; details?: string } {
	const result = scans.get(`${leg}:${directory}`);
	if (!result) throw new Error(`no ${leg} scan for ${directory}`);
	return { passed: result.passed, details: result.details };
}

function typesOf(edition: Edition): LoadedTypes & { description: INodeTypeDescription } {
	const pkg = loaded.get(edition.id) as LoadedPackage;
	const node = NodeHelpers.getVersionedNodeType(pkg.nodeTypes[edition.node.name]);
	const credential = pkg.credentialTypes[edition.credential.name] as unknown as LoadedTypes['credential'];
	return { node, credential, description: node.description };
}

function optionValues(property: INodeProperties | undefined): string[] {
	return ((property?.options ?? []) as INodePropertyOptions[]).map((option) => String(option.value));
}

describe.each(editions.map((edition) => [edition.packageName, edition] as const))('%s', (_name, edition) => {
	const editionDir = path.join(REPO_ROOT, 'editions', edition.id);
	const specs = () => loadProviderSpecs(edition);

	it('has committed exactly the files scripts/editions/generate.js writes', () => {
		for (const [file, content] of Object.entries(editionFiles(edition, rootPkg, specs()))) {
			expect({ file, content: readFileSync(path.join(REPO_ROOT, file), 'utf8') }).toEqual({ file, content });
		}
	});

	it("passes the scanner's lint on the source (the package root the scanner finds by name)", () => {
		expect(scanOf('source', editionDir)).toEqual({ passed: true, details: undefined });
		// The scanner finds the package in the attested source by package.json name: it must be committed there.
		const tracked = execFileSync('git', ['ls-files', '--', 'editions/*/package.json', 'package.json'], { cwd: REPO_ROOT, encoding: 'utf8' })
			.split('\n')
			.filter(Boolean)
			.filter((file) => (JSON.parse(readFileSync(path.join(REPO_ROOT, file), 'utf8')) as PackageJson).name === edition.packageName);
		expect(tracked).toEqual([`editions/${edition.id}/package.json`]);
	});

	it("passes the scanner's lint on the npm pack tarball", () => {
		expect(scanOf('tarball', unpackedDir(edition))).toEqual({ passed: true, details: undefined });
	});

	it('packs only dist/, README, LICENSE, CHANGELOG and package.json', () => {
		const files = packedFiles.get(edition.id) ?? [];
		expect(files.filter((file) => !file.startsWith('dist/')).sort()).toEqual(['CHANGELOG.md', 'LICENSE.md', 'README.md', 'package.json']);
	});

	it('has no runtime dependencies, n8n-workflow as the only peer, strict mode and the full package’s repository, author, license and version', () => {
		const pkg = JSON.parse(readFileSync(path.join(unpackedDir(edition), 'package.json'), 'utf8')) as PackageJson;
		expect(verify.checkManifest(pkg, rootPkg)).toEqual([]);
	});

	it('ships code without environment, process or file-system access, importing only what n8n allows', () => {
		const js = filesUnder(path.join(unpackedDir(edition), 'dist')).filter((file) => file.endsWith('.js'));
		expect(js.length).toBeGreaterThan(10);
		expect(verify.checkShippedCode(js.map((file) => ({ path: path.relative(WORK, file), content: readFileSync(file, 'utf8') })))).toEqual([]);
	});

	it('ships the modules of the one tsc build unchanged (same code as the full package)', () => {
		const ownDir = path.join(unpackedDir(edition), 'dist', 'editions', edition.id);
		const shared = filesUnder(path.join(unpackedDir(edition), 'dist')).filter((file) => !file.startsWith(ownDir));
		expect(shared.length).toBeGreaterThan(10);
		for (const file of shared) {
			const fromBuild = path.join(REPO_ROOT, 'dist', path.relative(path.join(unpackedDir(edition), 'dist'), file));
			expect({ file, same: existsSync(fromBuild) && readFileSync(fromBuild).equals(readFileSync(file)) }).toEqual({ file, same: true });
		}
		// No other provider's module is shipped.
		const providerDirs = readdirSync(path.join(unpackedDir(edition), 'dist', 'nodes', 'Sora', 'providers')).map((entry) => entry.replace(/\.js$/, ''));
		const others = allProviders.map((provider): string => provider.id).filter((id) => !edition.providers.some((own) => own.id === id));
		expect(providerDirs.filter((entry) => others.includes(entry))).toEqual([]);
	});

	it('loads in n8n as one node and one credential, usable as a tool, with light/dark icons and a credential test', () => {
		const pkg = loaded.get(edition.id) as LoadedPackage;
		expect(pkg.packageName).toBe(edition.packageName);
		expect(Object.keys(pkg.loader.known.nodes)).toEqual([edition.node.name]);
		expect(Object.keys(pkg.credentialTypes)).toEqual([edition.credential.name]);
		const iconExists = (iconUrl: string) => pkg.icons.some((icon) => icon.iconUrl === iconUrl && existsSync(icon.filePath));
		expect(verify.checkLoadedTypes(typesOf(edition), iconExists)).toEqual([]);
		// Installable next to the full package: no type name in common.
		expect(FULL_CREDENTIAL_TYPES).not.toContain(edition.credential.name);
		expect(edition.node.name).not.toBe('sora');
		expect(edition.packageName).not.toBe(rootPkg.name);
	});

	it("offers only its provider's models and every operation and wait mode that provider has in the full package", () => {
		const { description } = typesOf(edition);
		const own = specs().map((spec) => spec.id);
		const full = allProviders.filter((provider) => own.includes(provider.id));
		// The provider parameter: hidden with the one provider, or a choice between the service's endpoints.
		const providerProperty = description.properties.find((property) => property.name === 'provider');
		expect(own.length === 1 ? [providerProperty?.type, providerProperty?.default] : optionValues(providerProperty)).toEqual(own.length === 1 ? ['hidden', own[0]] : own);
		const models = description.properties.filter((property) => property.name === 'model').flatMap(optionValues);
		const ownModels = new Set([...full.flatMap((provider) => provider.models.map((model) => model.id)), 'custom']);
		expect(models.filter((id) => !ownModels.has(id))).toEqual([]);
		expect(new Set(models)).toEqual(ownModels);
		const fullNode = NodeHelpers.getVersionedNodeType((loadSora() as { nodeTypes: LoadedPackage['nodeTypes'] }).nodeTypes.sora).description;
		for (const provider of full) {
			const operationsFor = (properties: INodeProperties[]) =>
				properties.filter((property) => property.name === 'operation' && (property.displayOptions?.show?.provider as string[]).includes(provider.id)).map(optionValues);
			expect(operationsFor(description.properties)).toEqual(operationsFor(fullNode.properties));
		}
		const waitModes = (properties: INodeProperties[]) => properties.filter((property) => property.name === 'waitMode').map(optionValues);
		expect(waitModes(description.properties)).toEqual(full.some((provider) => provider.callback) ? waitModes(fullNode.properties) : []);
		expect(description.webhooks?.length ?? 0).toBe(full.some((provider) => provider.callback) ? 1 : 0);
	});

	it('is found in the nodes panel for "video" and its model families, and names its provider and "video"', () => {
		const { description } = typesOf(edition);
		expect(description.displayName).toMatch(new RegExp(`^${edition.service}.* Video$`));
		const aliases = (description.codex as { alias?: string[] }).alias ?? [];
		expect(aliases).toContain('video');
		const families = [...new Set(specs().flatMap((spec) => spec.models.map((model) => model.family ?? 'sora')))];
		for (const family of families) expect(aliases.map((alias) => alias.toLowerCase())).toContain(family);
	});

	it('is in English: node, credential, codex, package description and README', () => {
		const { description, credential } = typesOf(edition);
		const pkg = JSON.parse(readFileSync(path.join(unpackedDir(edition), 'package.json'), 'utf8')) as PackageJson;
		expect(
			verify.checkEnglish({
				node: verify.userFacingStrings(description),
				credential: verify.userFacingStrings(credential),
				package: String(pkg.description),
				readme: readFileSync(path.join(unpackedDir(edition), 'README.md'), 'utf8'),
			}),
		).toEqual([]);
	});
});

let soraPackage: Promise<LoadedPackage> | undefined;
let soraLoaded: LoadedPackage | undefined;
beforeAll(async () => {
	soraPackage ??= loadPackage();
	soraLoaded = await soraPackage;
});
function loadSora(): LoadedPackage {
	if (!soraLoaded) throw new Error('full package not loaded');
	return soraLoaded;
}

describe('each check fails on a known-bad input', () => {
	const good = () => JSON.parse(readFileSync(path.join(REPO_ROOT, 'editions', 'apimart', 'package.json'), 'utf8')) as PackageJson;

	it("the scanner's lint fails a console.log on the source and a setTimeout in the tarball, eslint-disable or not", () => {
		expect(scanOf('source', path.join(WORK, 'bad-source')).passed).toBe(false);
		expect(scanOf('source', path.join(WORK, 'bad-source')).details).toMatch(/no-console/);
		expect(scanOf('tarball', path.join(WORK, 'bad-tarball')).passed).toBe(false);
		expect(scanOf('tarball', path.join(WORK, 'bad-tarball')).details).toMatch(/no-restricted-globals/);
	});

	it.each([
		['a runtime dependency', { dependencies: { axios: '1.0.0' } }, /runtime dependencies: axios/],
		['a second peer', { peerDependencies: { 'n8n-workflow': '*', 'n8n-core': '*' } }, /peerDependencies/],
		['another author', { author: { name: 'someone', email: 'a@b.c' } }, /author differs/],
		['another repository', { repository: { type: 'git', url: 'git+https://github.com/x/y.git' } }, /repository.url/],
		['a version out of lockstep', { version: '9.9.9' }, /lockstep/],
		['no strict mode', { n8n: { ...(good().n8n as object), strict: false } }, /strict/],
		['an install script', { scripts: { postinstall: 'node x.js' } }, /lifecycle scripts: postinstall/],
		['two nodes', { n8n: { ...(good().n8n as object), nodes: ['dist/a.node.js', 'dist/b.node.js'] } }, /exactly one node/],
	])('the manifest check fails %s', (_label, change, message) => {
		expect(verify.checkManifest({ ...good(), ...change } as PackageJson, rootPkg).join('\n')).toMatch(message);
	});

	it.each([
		['process.env', "const key = process.env.API_KEY;", /uses process/],
		['require("fs")', "const fs = require('fs');", /imports "fs"/],
		['require("node:fs")', 'const fs = require("node:fs");', /imports "node:fs"/],
		['__dirname', 'const here = __dirname;', /uses __dirname/],
		['globalThis', 'globalThis.fetch("x");', /uses globalThis/],
		['a dynamic import of child_process', "import('child_process');", /imports "child_process"/],
	])('the shipped-code check fails %s', (_label, code, message) => {
		expect(verify.checkShippedCode([{ path: 'bad.js', content: code }]).join('\n')).toMatch(message);
	});

	it('the shipped-code check passes what n8n allows (a property named process, n8n-workflow, crypto)', () => {
		const code = "const n8n = require('n8n-workflow'); const c = require('crypto'); const o = { process: 1 }; o.process = 2;";
		expect(verify.checkShippedCode([{ path: 'ok.js', content: code }])).toEqual([]);
	});

	it('the English check fails Chinese text', () => {
		expect(verify.checkEnglish({ node: ['Camera commands like [推进]'] })).toEqual([expect.stringMatching(/non-English/)]);
	});

	it('the loaded-type check fails a node not usable as a tool, one icon only, and a credential without test', () => {
		const edition = editions[0];
		const { node, credential } = typesOf(edition);
		const broken: LoadedTypes = {
			node: { description: { ...node.description, usableAsTool: undefined, iconUrl: 'icons/x/a.svg' } },
			credential: { ...credential, name: credential.name, iconUrl: credential.iconUrl, test: undefined },
		};
		const problems = verify.checkLoadedTypes(broken, () => true).join('\n');
		expect(problems).toMatch(/usableAsTool/);
		expect(problems).toMatch(/node: needs a light and a dark icon/);
		expect(problems).toMatch(/credential: no test request/);
		expect(verify.checkLoadedTypes(typesOf(edition), () => false).join('\n')).toMatch(/is not in the package/);
	});

	it('the generated-files check sees a committed file that is out of date', () => {
		const edition = editions[0];
		const files = editionFiles(edition, { ...rootPkg, version: '9.9.9' }, loadProviderSpecs(edition));
		const manifest = `editions/${edition.id}/package.json`;
		expect(files[manifest]).not.toBe(readFileSync(path.join(REPO_ROOT, manifest), 'utf8'));
	});
});
