'use strict';
/**
 * The verification checks an edition must pass besides the scanner's lint (scan.mjs), as pure
 * functions that return a list of problems (empty = pass), so each can be shown to fail on a bad input.
 * What they follow: n8n's verification guidelines (no runtime dependencies, n8n-workflow the only
 * peer, no environment or file-system access, English, repository/author matching) and the package.json
 * rules of @n8n/eslint-plugin-community-nodes.
 */
const espree = require('espree');

/** Modules a verified node may import (community-nodes no-restricted-imports), besides relative ones. */
const ALLOWED_IMPORTS = ['n8n-workflow', 'ai-node-sdk', '@n8n/ai-node-sdk', 'lodash', 'moment', 'p-limit', 'luxon', 'zod', 'crypto', 'node:crypto'];
const LIFECYCLE_SCRIPTS = ['preinstall', 'install', 'postinstall', 'prepare', 'prepublish', 'preprepare', 'postprepare', 'prepack', 'postpack'];
/** Globals that reach the environment, the file system or the process. */
const FORBIDDEN_GLOBALS = ['process', '__dirname', '__filename', 'globalThis', 'global'];
/** Letters outside the Latin script: CJK, kana, hangul, Cyrillic, Arabic, Hebrew, Thai, Devanagari. */
const NON_ENGLISH = /[\u0400-\u04ff\u0590-\u06ff\u0900-\u097f\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/u;

/** package.json of an edition against the full package's. */
function checkManifest(pkg, rootPkg) {
	const problems = [];
	if (!/^(@[a-z0-9-]+\/)?n8n-nodes-[a-z0-9-]+$/.test(pkg.name ?? '')) problems.push(`name "${pkg.name}" is not n8n-nodes-…`);
	if (!(pkg.keywords ?? []).includes('n8n-community-node-package')) problems.push('keyword n8n-community-node-package missing');
	if (Object.keys(pkg.dependencies ?? {}).length > 0) problems.push(`runtime dependencies: ${Object.keys(pkg.dependencies).join(', ')}`);
	for (const field of ['optionalDependencies', 'bundleDependencies', 'bundledDependencies', 'overrides']) {
		if (pkg[field] !== undefined) problems.push(`${field} must not be set`);
	}
	const peers = pkg.peerDependencies ?? {};
	if (JSON.stringify(peers) !== JSON.stringify({ 'n8n-workflow': '*' })) problems.push(`peerDependencies must be exactly {"n8n-workflow":"*"}, not ${JSON.stringify(peers)}`);
	const scripts = Object.keys(pkg.scripts ?? {}).filter((name) => LIFECYCLE_SCRIPTS.includes(name));
	if (scripts.length > 0) problems.push(`lifecycle scripts: ${scripts.join(', ')}`);
	if (pkg.version !== rootPkg.version) problems.push(`version ${pkg.version} is not ${rootPkg.version} (lockstep)`);
	for (const field of ['license', 'homepage', 'author']) {
		if (JSON.stringify(pkg[field]) !== JSON.stringify(rootPkg[field])) problems.push(`${field} differs from ${rootPkg.name}'s`);
	}
	if (pkg.repository?.url !== rootPkg.repository?.url) problems.push(`repository.url ${pkg.repository?.url} is not ${rootPkg.repository?.url}`);
	if (pkg.license !== 'MIT') problems.push('license must be MIT');
	const n8n = pkg.n8n ?? {};
	if (n8n.strict !== true) problems.push('n8n.strict must be true (as @n8n/node-cli scaffolds)');
	if (!Number.isInteger(n8n.n8nNodesApiVersion) || n8n.n8nNodesApiVersion < 1) problems.push('n8n.n8nNodesApiVersion missing');
	if ((n8n.nodes ?? []).length !== 1) problems.push(`exactly one node expected, found ${(n8n.nodes ?? []).length}`);
	if ((n8n.credentials ?? []).length !== 1) problems.push(`exactly one credential type expected, found ${(n8n.credentials ?? []).length}`);
	for (const file of [...(n8n.nodes ?? []), ...(n8n.credentials ?? [])]) {
		if (!file.startsWith('dist/')) problems.push(`${file} does not start with dist/`);
	}
	return problems;
}

/** Shipped JavaScript: imports only from the allow-list, no process/env/file-system access. */
function checkShippedCode(files) {
	const problems = [];
	for (const { path: file, content } of files) {
		let tokens;
		try {
			tokens = espree.tokenize(content, { ecmaVersion: 'latest', sourceType: 'script', loc: true });
		} catch (error) {
			problems.push(`${file}: does not parse (${error.message})`);
			continue;
		}
		tokens.forEach((token, index) => {
			const previous = tokens[index - 1];
			const isProperty = previous?.type === 'Punctuator' && (previous.value === '.' || previous.value === '?.');
			const next = tokens[index + 1];
			const isKey = next?.type === 'Punctuator' && next.value === ':' && tokens[index - 1]?.value !== '?';
			if (token.type === 'Identifier' && FORBIDDEN_GLOBALS.includes(token.value) && !isProperty && !isKey) {
				problems.push(`${file}:${token.loc?.start.line ?? '?'}: uses ${token.value}`);
			}
			if ((token.value === 'require' || token.value === 'import') && ['Identifier', 'Keyword'].includes(token.type) && !isProperty) {
				const argument = tokens[index + 2];
				if (tokens[index + 1]?.value !== '(' || argument?.type !== 'String') return;
				const specifier = argument.value.slice(1, -1);
				if (!specifier.startsWith('.') && !ALLOWED_IMPORTS.includes(specifier)) {
					problems.push(`${file}: imports "${specifier}", which n8n does not allow in verified nodes`);
				}
			}
		});
	}
	return problems;
}

/** Every string a user reads: values of display fields, recursively. */
function userFacingStrings(value, key = '', found = []) {
	const shown = ['displayName', 'description', 'name', 'placeholder', 'hint', 'action', 'subtitle', 'message', 'alias', 'categories'];
	if (typeof value === 'string') {
		if (shown.includes(key)) found.push(value);
	} else if (Array.isArray(value)) {
		for (const entry of value) userFacingStrings(entry, key, found);
	} else if (value && typeof value === 'object') {
		for (const [childKey, child] of Object.entries(value)) userFacingStrings(child, childKey, found);
	}
	return found;
}

/** English only: no letters of another script in what the user reads. */
function checkEnglish(sources) {
	const problems = [];
	for (const [label, texts] of Object.entries(sources)) {
		for (const text of Array.isArray(texts) ? texts : [texts]) {
			const match = NON_ENGLISH.exec(text);
			if (match) problems.push(`${label}: non-English text "${text.slice(Math.max(0, match.index - 20), match.index + 20)}"`);
		}
	}
	return problems;
}

/**
 * The loaded node and credential (as n8n loads them): usable as a tool, light and dark icons that
 * exist, a credential test, one credential referenced by the node.
 * `iconExists(iconUrl)` says whether an icon n8n rewrote to icons/<package>/… is in the package.
 */
function checkLoadedTypes({ node, credential }, iconExists) {
	const problems = [];
	const description = node.description;
	if (description.usableAsTool !== true) problems.push('node: usableAsTool is not true');
	const themed = (owner, iconUrl) => {
		if (!iconUrl || typeof iconUrl !== 'object' || !iconUrl.light || !iconUrl.dark) {
			problems.push(`${owner}: needs a light and a dark icon`);
			return;
		}
		if (iconUrl.light === iconUrl.dark) problems.push(`${owner}: light and dark icon are the same file`);
		for (const url of [iconUrl.light, iconUrl.dark]) {
			if (!/\.svg$/.test(url)) problems.push(`${owner}: icon ${url} is not an SVG`);
			if (!iconExists(url)) problems.push(`${owner}: icon ${url} is not in the package`);
		}
	};
	themed('node', description.iconUrl);
	themed('credential', credential.iconUrl);
	if (!credential.test?.request) problems.push('credential: no test request');
	const credentialNames = (description.credentials ?? []).map((entry) => entry.name);
	if (credentialNames.length !== 1 || credentialNames[0] !== credential.name) {
		problems.push(`node: must use exactly its own credential ${credential.name}, uses ${credentialNames.join(', ') || 'none'}`);
	}
	if (!description.codex?.categories?.length) problems.push('node: no codex categories');
	return problems;
}

module.exports = { checkManifest, checkShippedCode, checkEnglish, checkLoadedTypes, userFacingStrings, ALLOWED_IMPORTS };
