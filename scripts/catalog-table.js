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

module.exports = { renderCatalogTable };

if (require.main === module) process.stdout.write(`${renderCatalogTable()}\n`);
