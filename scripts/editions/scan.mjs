#!/usr/bin/env node
/**
 * n8n's scanner lint, with the scanner's own code: `analyzePackage()` and its ESLint config from
 * `@n8n/scan-community-package` (scanner/scanner.mjs), i.e. the community `recommended` rules,
 * `no-console`, the n8n-nodes-base community/credentials/nodes rulesets and `allowInlineConfig: false`.
 * Only its npm download and provenance/attested-source fetch are left out.
 *
 *   node scripts/editions/scan.mjs source:<package root in the source tree> tarball:<unpacked tarball> …
 *
 * Prints one `{ leg, directory, passed, message, details }` per argument as a JSON array; exit code 0
 * when all passed, 1 when not. One process for all legs: loading the rules is the slow part.
 */
import path from 'node:path';

import { analyzePackage, SOURCE_FILE_PATTERNS } from '@n8n/scan-community-package/scanner/scanner.mjs';

// The patterns scanner.mjs `analyzePackageByName()` passes for each leg.
const LEGS = { source: SOURCE_FILE_PATTERNS, tarball: ['**/*.js', 'package.json'] };

const targets = process.argv.slice(2).map((argument) => {
	const [leg, ...rest] = argument.split(':');
	const directory = rest.join(':');
	if (!LEGS[leg] || !directory) {
		console.error(`usage: scan.mjs source:<dir>|tarball:<dir> …  (got "${argument}")`);
		process.exit(2);
	}
	return { leg, directory: path.resolve(directory) };
});

const results = [];
for (const { leg, directory } of targets) {
	const result = await analyzePackage(directory, LEGS[leg]);
	results.push({ leg, directory, passed: result.passed, message: result.message, details: result.details });
}
console.log(JSON.stringify(results));
process.exit(results.every((result) => result.passed) ? 0 : 1);
