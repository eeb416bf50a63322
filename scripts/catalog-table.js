'use strict';
// Renders the provider catalog as the README's "Parameters per provider" table, from the built
// package, so the README cannot drift from what the node offers (a test compares the two).
const path = require('path');

function loadProviders() {
	return require(path.join(__dirname, '..', 'dist', 'nodes', 'Sora', 'providers')).providers;
}

// Values only a provider's guide names (not its API spec) are offered by node version 1 only.
function versionOneOnly(beyond) {
	return beyond && beyond.length ? `; node version 1 also ${beyond.join(', ')} (guide only)` : '';
}

function resolutionCell(model) {
	const beyond = (model.beyondSpec && model.beyondSpec.resolutions) || [];
	const overrides = model.resolutionsByDuration ?? {};
	const base = model.resolutions.filter((tier) => !beyond.includes(tier)).join(', ');
	const notes = Object.entries(overrides).map(([seconds, list]) => `${seconds} s: ${list.join(', ')} only`);
	const cell = notes.length ? `${base} (${notes.join('; ')})` : base;
	return `${cell}${versionOneOnly(beyond)}`;
}

const familyNames = { sora: 'Sora', veo: 'Veo', seedance: 'Seedance', kling: 'Kling', wan: 'Wan', hailuo: 'Hailuo', grok: 'Grok', vidu: 'Vidu' };
const evidenceNames = { documented: 'documented', thirdParty: 'third-party', inferred: 'inferred' };

// Long runs of whole seconds (models that take any length in a range) read better as a range.
// -1 (the model decides) and 0 (as long as the input video) are words, not lengths.
function durationCell(model) {
	const beyond = (model.beyondSpec && model.beyondSpec.durations) || [];
	const all = model.durations.filter((seconds) => !beyond.includes(seconds));
	const words = [...(all.includes(0) ? ['same as input'] : []), ...(all.includes(-1) ? ['model decides'] : [])];
	const durations = all.filter((seconds) => seconds > 0);
	if (durations.length === 0) return `${words.join(', ')}${versionOneOnly(beyond)}`;
	return `${[secondsCell(durations), ...words].join(', ')}${versionOneOnly(beyond)}`;
}

function secondsCell(durations) {
	const contiguous = durations.every((seconds, index) => index === 0 || seconds === durations[index - 1] + 1);
	return contiguous && durations.length > 4 ? `${durations[0]}–${durations[durations.length - 1]}` : durations.join(', ');
}

// A row no provider page documents stays in the catalog (saved workflows keep running) but is not listed
// from node version 2; the table says so and why.
function evidenceCell(model) {
	const level = evidenceNames[(model.evidence && model.evidence.level) || 'documented'];
	const notes = [model.evidence && model.evidence.note, model.unlisted && `**not listed from node version 2**: ${model.unlisted}; use a custom model`];
	const note = notes.filter(Boolean).join('; ');
	return note ? `${level}: ${note.replace(/\|/g, '\\|')}` : level;
}

function optionsCell(model) {
	const options = [];
	if (model.supportsImage) options.push(model.supportsLastFrame ? 'first + last frame' : 'image');
	if (model.audio) options.push(`audio (default ${model.audio.default ? 'on' : 'off'})`);
	if (model.supportsNegativePrompt) options.push('negative prompt');
	if (model.seed) options.push('seed');
	if (model.references) options.push(referencesCell(model.references));
	return options.join(', ') || '—';
}

// Kinds, counts and keys of a model's references (or the video an edit or extension starts from).
function referencesCell(spec) {
	const nouns = { images: 'images', videos: 'videos', audios: 'audio' };
	const order = spec.mode === 'reference' ? ['images', 'videos', 'audios'] : ['videos', 'images', 'audios'];
	const kinds = order
		.filter((kind) => spec[kind])
		.map((kind) => {
			const { min, max, key, boundTo } = spec[kind];
			const count = min === max ? `${max}` : min ? `${min}–${max}` : `≤ ${max}`;
			// Bound entries (Wan 2.7 voices) sit inside another object: name the whole path.
			const where = boundTo ? `${boundTo.parent}.${key}` : key;
			return `${count} ${max === 1 ? nouns[kind].replace(/s$/, '') : nouns[kind]} (\`${where}\`)`;
		});
	// Elements made beforehand (Kling custom elements) count with the images: name the nested key and the shared limit.
	if (spec.elements) {
		const { parent, key, maxWithImages } = spec.elements;
		kinds.push(`element IDs (\`${parent}.${key}\`; images + elements ≤ ${maxWithImages})`);
	}
	const what = { reference: 'references', edit: 'video edit', extend: 'video extension' }[spec.mode];
	return `${what}: ${kinds.join(' + ')}`;
}

function renderCatalogTable(providers = loadProviders()) {
	const rows = [
		'| Provider (`provider`) | Model (`model`) | Family | Evidence | Durations (s) | Resolutions | Aspect ratios | Inputs | Provider-only options |',
		'|---|---|---|---|---|---|---|---|---|',
	];
	for (const provider of providers) {
		for (const model of provider.models) {
			const extras = provider.extraFields
				.filter((field) => !field.models || field.models.includes(model.id))
				.map((field) => `\`${field.name}\``)
				.join(', ');
			const family = familyNames[model.family || 'sora'] || model.family;
			rows.push(
				`| ${provider.displayName} (\`${provider.id}\`) | \`${model.id}\`${model.legacy ? ' (legacy)' : ''}${model.unlisted ? ' (not listed)' : ''} | ${family} | ${evidenceCell(model)} | ${durationCell(model)} | ${resolutionCell(model)} | ${model.aspectRatios.join(', ')} | ${optionsCell(model)} | ${extras || '—'} |`,
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
