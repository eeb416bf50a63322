'use strict';
// Renders the provider catalog as the README's "Parameters per provider" table, from the built
// package, so the README cannot drift from what the node offers (a test compares the two).
const path = require('path');

function loadProviders() {
	return require(path.join(__dirname, '..', 'dist', 'nodes', 'Sora', 'providers')).providers;
}

function resolutionCell(model) {
	const overrides = model.resolutionsByDuration ?? {};
	const base = model.resolutions.join(', ');
	const notes = Object.entries(overrides).map(([seconds, list]) => `${seconds} s: ${list.join(', ')} only`);
	return notes.length ? `${base} (${notes.join('; ')})` : base;
}

function renderCatalogTable(providers = loadProviders()) {
	const rows = [
		'| Provider (`provider`) | Model (`model`) | Durations (s) | Resolutions | Aspect ratios | Provider-only options |',
		'|---|---|---|---|---|---|',
	];
	for (const provider of providers) {
		for (const model of provider.models) {
			const extras = provider.extraFields
				.filter((field) => !field.models || field.models.includes(model.id))
				.map((field) => `\`${field.name}\``)
				.join(', ');
			rows.push(
				`| ${provider.displayName} (\`${provider.id}\`) | \`${model.id}\`${model.legacy ? ' (legacy)' : ''} | ${model.durations.join(', ')} | ${resolutionCell(model)} | ${model.aspectRatios.join(', ')} | ${extras || '—'} |`,
			);
		}
	}
	return rows.join('\n');
}

const START = '<!-- catalog:start -->';
const END = '<!-- catalog:end -->';

/** The README with the text between the catalog markers replaced by the current table. */
function withCatalogTable(readme, table = renderCatalogTable()) {
	const start = readme.indexOf(START);
	const end = readme.indexOf(END);
	if (start < 0 || end < start) throw new Error('README.md lacks the catalog markers');
	return `${readme.slice(0, start + START.length)}\n${table}\n${readme.slice(end)}`;
}

module.exports = { renderCatalogTable, withCatalogTable };

if (require.main === module) {
	const fs = require('fs');
	const readmePath = path.join(__dirname, '..', 'README.md');
	fs.writeFileSync(readmePath, withCatalogTable(fs.readFileSync(readmePath, 'utf8')));
	process.stdout.write('README.md catalog table updated\n');
}
