import { existsSync } from 'node:fs';
import path from 'node:path';

import { NodeHelpers } from 'n8n-workflow';

import type { LoadedPackage } from './engine';
import { loadPackage, REPO_ROOT } from './engine';

// Proves the built package (dist/) loads the way n8n loads an installed community package:
// n8n-core's PackageDirectoryLoader reads package.json#n8n, instantiates each class by file name,
// attaches the codex and rewrites file: icons, and validates the node descriptions.
// `npm test` builds first; when running jest alone, run `npm run build` beforehand.

const CREDENTIAL_TYPES = ['gccaiApi', 'yutoAiApi', 'evoLinkApi', 'xingchaoApi', 'soraOpenAiApi'];
const BUILT_NODE = path.join(REPO_ROOT, 'dist', 'nodes', 'Sora', 'Sora.node.js');

let pkg: LoadedPackage;

beforeAll(async () => {
	if (!existsSync(BUILT_NODE)) {
		throw new Error(`${path.relative(REPO_ROOT, BUILT_NODE)} is missing: run \`npm run build\` first`);
	}
	pkg = await loadPackage();
});

describe('built package loads through PackageDirectoryLoader', () => {
	it('registers the sora node from dist/ under the package name', () => {
		expect(pkg.packageName).toBe('n8n-nodes-sora');
		expect(Object.keys(pkg.loader.known.nodes)).toEqual(['sora']);
		const known = pkg.loader.known.nodes.sora;
		expect(known.className).toBe('Sora');
		// n8n keeps the package-relative path from package.json#n8n.nodes.
		expect(known.sourcePath).toBe('dist/nodes/Sora/Sora.node.js');
		expect(existsSync(path.join(REPO_ROOT, known.sourcePath))).toBe(true);
		expect(pkg.nodeTypes['n8n-nodes-sora.sora']).toBe(pkg.nodeTypes.sora);
	});

	it('registers exactly the five credential types, each usable by the sora node', () => {
		expect(Object.keys(pkg.credentialTypes).sort()).toEqual([...CREDENTIAL_TYPES].sort());
		for (const name of CREDENTIAL_TYPES) {
			const known = pkg.loader.known.credentials[name];
			expect(known.sourcePath).toMatch(/^dist\/credentials\/\w+\.credentials\.js$/);
			expect(known.supportedNodes).toContain('sora');
		}
		const latest = NodeHelpers.getVersionedNodeType(pkg.nodeTypes.sora);
		expect((latest.description.credentials ?? []).map((c) => c.name).sort()).toEqual(
			[...CREDENTIAL_TYPES].sort(),
		);
	});

	it('attaches the codex from Sora.node.json', () => {
		const { codex } = pkg.nodeTypes.sora.description;
		expect(codex?.categories?.length).toBeGreaterThan(0);
		expect(codex?.resources?.primaryDocumentation?.[0]?.url).toMatch(/^https:\/\//);
	});

	it('rewrites every file: icon to icons/n8n-nodes-sora/dist/… and each file exists', () => {
		const owners = new Set(pkg.icons.map((icon) => icon.owner.replace(/@.*$/, '')));
		expect(owners).toEqual(
			new Set(['node:sora', ...CREDENTIAL_TYPES.map((name) => `credential:${name}`)]),
		);
		for (const icon of pkg.icons) {
			expect(icon.iconUrl).toMatch(/^icons\/n8n-nodes-sora\/dist\//);
			expect({ icon: icon.iconUrl, exists: existsSync(icon.filePath) }).toEqual({
				icon: icon.iconUrl,
				exists: true,
			});
		}
	});

	it('validated the node descriptions it registered', () => {
		expect(pkg.loader.types.nodes.length).toBeGreaterThan(0);
		expect(pkg.loader.types.nodes.every((description) => description.name === 'sora')).toBe(true);
		expect(pkg.loader.types.credentials.map((c) => c.name).sort()).toEqual([...CREDENTIAL_TYPES].sort());
	});
});
