'use strict';
/**
 * An edition's README and CHANGELOG, generated from its list entry, the built catalog and the full
 * package's files, so they always name exactly the models, operations and credential it ships.
 */

const REPO_URL = 'https://github.com/n8n-nodes-sora/n8n-nodes-sora';

function operationsOf(providerSpecs) {
	const some = (hook) => providerSpecs.some((spec) => spec[hook]);
	return [
		['Create', 'start a video task from a prompt (and a start image where the model takes one); optionally wait for it and download the MP4'],
		['Get Status', 'read a task once; optionally route items to Completed / Failed / Still Running outputs'],
		['Wait', 'poll tasks until they finish; optionally download the MP4 into binary data'],
		['List Models', 'the video models your key can use right now'],
		...(some('buildRemixRequest') ? [['Remix', 'a new video from a finished task and a new prompt']] : []),
		...(some('videoList') ? [['List Videos', 'the videos stored under your key']] : []),
		...(some('buildDeleteRequest') ? [['Delete Video', 'delete a finished or failed video']] : []),
	];
}

function modelRows(providerSpecs) {
	return providerSpecs.flatMap((spec) =>
		spec.models.map((model) => {
			const cells = [
				model.displayName,
				`\`${model.id}\``,
				model.durations.map((seconds) => `${seconds} s`).join(', '),
				model.resolutions.join(', ') || '—',
				model.supportsImage ? 'yes' : 'no',
			];
			if (providerSpecs.length > 1) cells.unshift(spec.displayName);
			return `| ${cells.join(' | ')} |`;
		}),
	);
}

function editionReadme(edition, rootPkg, families, providerSpecs) {
	const { node, credential, packageName, service } = edition;
	const parks = providerSpecs.some((spec) => spec.callback);
	const endpointColumn = providerSpecs.length > 1 ? '| Endpoint ' : '';
	const endpointRule = providerSpecs.length > 1 ? '|---' : '';
	return `# ${packageName}

Generate AI videos (${families.join(', ')}) in [n8n](https://n8n.io) with your **${service}** API key. One
**${node.displayName}** node creates a video task, checks its status, waits for it and downloads the MP4,
with the durations, resolutions and options each model really accepts.

This package is the ${service} edition of [\`${rootPkg.name}\`](${REPO_URL}): the same code and the same
tests, with only ${service}'s models and its own credential type (\`${credential.name}\`), so it can be
installed next to \`${rootPkg.name}\` and is eligible for n8n's verification (one service per package).

## Installation

- **n8n Cloud and any n8n with the nodes panel**: once n8n has verified the package, search the nodes panel
  for "${node.displayName}" (or "video", or a model name) and install it from there.
- **Self-hosted n8n**: *Settings → Community Nodes → Install*, enter \`${packageName}\`. Before n8n has
  verified it, n8n 3.0 needs \`N8N_UNVERIFIED_PACKAGES_ENABLED=true\` for that.

The package has no runtime dependencies; it uses \`n8n-workflow\` (and \`zod\`) from n8n itself.

## Credentials

Create a **${credential.displayName}** credential with your ${service} **API Key** (sent as
\`Authorization: Bearer <key>\`) and the **Base URL** of the API. The *Test* button checks the key against
${service}. See [Credentials](${REPO_URL}#credentials) in the main README for the details.

## Operations

| Operation | What it does |
|---|---|
${operationsOf(providerSpecs)
	.map(([name, what]) => `| ${name} | ${what} |`)
	.join('\n')}

Create with **Wait for Completion** polls inside the execution${parks ? `, or, with **Wait Mode: Park Until
the Provider Calls Back**, saves the execution in n8n's database until ${service} calls back (n8n must be
reachable from ${service})` : ''}. Every input item gives one output item. Do not turn on *Retry On Fail*
for Create: a retry would start, and bill, every video again; the node retries what is safe itself.

## Models

${endpointColumn}| Model | ID | Durations | Resolutions | Start image |
${endpointRule}|---|---|---|---|---|
${modelRows(providerSpecs).join('\n')}

A model newer than the node can be used by choosing **Custom Model ID**.

## Compatibility

Tested in real n8n 2.8.4 and 2.41.1 (installed the way n8n's community-package installer does, next to
\`${rootPkg.name}\`). Node.js ${rootPkg.engines?.node ?? '20.19 or newer'}.

## More

The full documentation (waiting and parking, output fields, errors, performance) is the
[${rootPkg.name} README](${REPO_URL}#readme); issues go to ${REPO_URL}/issues.

## License

MIT
`;
}

function editionChangelog(edition, rootPkg, rootChangelog) {
	const body = rootChangelog.replace(/^# Changelog\s*/, '');
	return `# Changelog

\`${edition.packageName}\` is released in lockstep with \`${rootPkg.name}\` (same version, same source, same
tag). The entries below are \`${rootPkg.name}\`'s; those about other providers do not apply to this edition.

${body}`;
}

module.exports = { editionReadme, editionChangelog };
