// ESLint flat config: `npm run lint` (= `eslint .`) is meant to judge the code the way n8n's
// verification scanner does.
//
// What it mirrors: `@n8n/scan-community-package@0.32.0`, `scanner/scanner.mjs` `buildScanConfig()`
// and `analyzePackage()`. The scanner runs ESLint twice, with `allowInlineConfig: false` both times:
//   1. on the attested GitHub source: `package.json` and `{nodes,credentials}/**/*.{js,ts,json}`
//   2. on the published tarball: `**/*.js` and `package.json`. For us that is `dist/**/*.js`
//      (package.json `files: ["dist"]`) plus the `main` entry if it exists, because npm always packs it.
// Its config:
//   - community-nodes `recommended`, with no `files`, so it applies to every linted file
//   - `'no-console': 'error'`, with no `files`
//   - n8n-nodes-base `community` on `package.json`
//   - `credentials` on `**/credentials/**/*.ts`, with 2 rules off
//   - `nodes` on `**/nodes/**/*.ts`, with 3 rules off
//   - `@typescript-eslint/parser` for `**/*.json` and `**/*.ts`; `.js` keeps ESLint's default parser
// So compiled JS gets only the community rules plus no-console. The n8n-nodes-base rules target
// `.ts` only.
//
// The scanner's own dependency is `@n8n/eslint-plugin-community-nodes@0.29.0`; we run 0.32.0.
// 0.32.0 is slightly stricter: it adds `no-unsafe-connection-type-cast`, finds the description
// object in more shapes, and also bans `resolutions`. Passing here therefore implies passing there.
//
// Files that are not shipped (test/, dev/, scripts/, examples/, root config files) get a light
// TS config with no n8n rules.
import { n8nCommunityNodesPlugin } from '@n8n/eslint-plugin-community-nodes';
import tsParser from '@typescript-eslint/parser';
import n8nNodesBase from 'eslint-plugin-n8n-nodes-base';

const parser = tsParser.default ?? tsParser;
const recommended = n8nCommunityNodesPlugin.configs.recommended;

// What the scanner lints: the source leg and the tarball leg.
const SOURCE_FILES = ['package.json', '{nodes,credentials}/**/*.{js,ts,json}'];
const DIST_FILES = ['dist/**/*.js', 'index.js'];
const SHIPPED_FILES = [...SOURCE_FILES, ...DIST_FILES];

// These are the scanner's `**/credentials/**/*.ts` and `**/nodes/**/*.ts`, limited to the
// source roots, so a test/nodes/... folder never picks up node rules.
const CREDENTIAL_TS = ['credentials/**/*.ts', 'nodes/**/credentials/**/*.ts'];
const NODE_TS = ['nodes/**/*.ts', 'credentials/**/nodes/**/*.ts'];

// Not shipped, not scanned: lint lightly.
const DEV_FILES = [
	'{test,dev,scripts,examples}/**/*.{ts,mts,cts,js,mjs,cjs}',
	'*.{ts,mts,cts,js,mjs,cjs}', // root config files: eslint/jest/gulp/... configs
];

export default [
	{
		ignores: [
			'**/node_modules/**',
			'**/.cache/**',
			'coverage/**',
			'test-artifacts/**',
			'bench-results/**',
			// The tarball leg lints only `**/*.js`; declarations, maps and copied JSON in dist are not
			// linted.
			'dist/**/*.{ts,mts,cts,json,map}',
		],
	},

	// Register both plugins for every file. Then an eslint-disable comment in a dev file that names
	// an n8n rule resolves; it no longer errors with "rule not found". No rules are enabled here.
	{
		plugins: {
			'@n8n/community-nodes': recommended.plugins['@n8n/community-nodes'],
			'n8n-nodes-base': n8nNodesBase,
		},
		linterOptions: { reportUnusedDisableDirectives: 'off' },
	},

	// ---- Shipped code: the scanner's config. ----
	// The scanner sets `allowInlineConfig: false`, so eslint-disable comments don't count there and
	// don't count here either.
	{
		files: SHIPPED_FILES,
		linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off' },
	},
	{
		files: SHIPPED_FILES,
		ignores: recommended.ignores, // eslint.config.* (as in the plugin's own preset)
		rules: { ...recommended.rules },
	},
	{
		files: SHIPPED_FILES,
		rules: { 'no-console': 'error' },
	},
	{
		files: ['package.json'],
		rules: { ...n8nNodesBase.configs.community.rules },
	},
	{
		files: CREDENTIAL_TS,
		rules: {
			...n8nNodesBase.configs.credentials.rules,
			// The scanner turns these off: not valid for community nodes, and superseded by
			// community-nodes/credential-password-field.
			'n8n-nodes-base/cred-class-field-documentation-url-miscased': 'off',
			'n8n-nodes-base/cred-class-field-type-options-password-missing': 'off',
		},
	},
	{
		files: NODE_TS,
		rules: {
			...n8nNodesBase.configs.nodes.rules,
			// The scanner turns these off: inputs/outputs may be the NodeConnectionTypes enum, and
			// maxValue is legitimate.
			'n8n-nodes-base/node-class-description-inputs-wrong-regular-node': 'off',
			'n8n-nodes-base/node-class-description-outputs-wrong': 'off',
			'n8n-nodes-base/node-param-type-options-max-value-present': 'off',
		},
	},
	// Parsers, as in the scanner: TS parser for JSON (package.json, *.node.json codex) and TS.
	// dist/**/*.js keeps the default espree parser.
	{
		files: ['package.json', '{nodes,credentials}/**/*.json'],
		languageOptions: { parser },
	},
	{
		files: ['{nodes,credentials}/**/*.ts'],
		languageOptions: { parser },
	},

	// ---- Dev-only code: a light, sane config. ----
	{
		files: DEV_FILES,
		ignores: ['index.js'],
		languageOptions: {
			parser,
			ecmaVersion: 'latest',
			sourceType: 'module',
		},
		rules: {
			'no-debugger': 'error',
			'no-dupe-keys': 'error',
			'no-duplicate-case': 'error',
			'no-self-assign': 'error',
			'no-self-compare': 'error',
			'no-unreachable': 'error',
			'no-unsafe-finally': 'error',
			'no-unsafe-negation': 'error',
			'no-cond-assign': 'error',
			'no-compare-neg-zero': 'error',
			'no-sparse-arrays': 'error',
			'use-isnan': 'error',
			'valid-typeof': 'error',
			'no-var': 'error',
			'prefer-const': 'error',
			eqeqeq: ['error', 'smart'],
		},
	},
	{
		files: ['**/*.cjs'],
		ignores: ['dist/**'],
		languageOptions: { sourceType: 'commonjs' },
	},
];
