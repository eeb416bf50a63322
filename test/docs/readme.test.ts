import { readdirSync, readFileSync } from 'fs';
import path from 'path';

import { findProvider } from '../../nodes/Sora/providers';
import { validateCreateInput } from '../../nodes/Sora/validation/createInput';

const { withCatalogTable } = require('../../scripts/catalog-table') as { withCatalogTable: (readme: string) => string };

const readme = readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf8');

interface ExampleNode {
	type: string;
	parameters: Record<string, unknown>;
	credentials?: Record<string, unknown>;
}

describe('README', () => {
	it('lists exactly the providers, models, durations and resolutions the node offers', () => {
		// Regenerate with `node scripts/catalog-table.js` after changing the catalog.
		expect(readme).toBe(withCatalogTable(readme));
	});

	it('says per model which family it belongs to and how its contract is known', () => {
		const { providers } = require('../../dist/nodes/Sora/providers') as typeof import('../../nodes/Sora/providers');
		const table = readme.slice(readme.indexOf('<!-- catalog:start -->'), readme.indexOf('<!-- catalog:end -->'));
		const rows = table.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| Provider'));
		expect(rows).toHaveLength(providers.reduce((count, provider) => count + provider.models.length, 0));
		for (const row of rows) {
			const [, , family, evidence] = row.split(' | ');
			expect(['Sora', 'Veo', 'Seedance', 'Kling', 'Wan', 'Hailuo', 'Grok', 'Vidu']).toContain(family);
			expect(evidence).toMatch(/^(documented|third-party|inferred)(: .+)?$/);
		}
		for (const provider of providers) {
			for (const model of provider.models.filter((entry) => (entry.evidence?.level ?? 'documented') !== 'documented')) {
				expect(rows.some((row) => row.includes(`\`${model.id}\``) && /third-party|inferred/.test(row))).toBe(true);
			}
		}
	});

	it('documents List Models, the custom model, the model-not-available error and the new output fields', () => {
		for (const heading of ['### List Models', '### Custom model', '### Model not available', 'Sora retired upstream on 2026-09-24']) {
			expect(readme).toContain(heading);
		}
		expect(readme).toMatch(/filter is a \*\*heuristic\*\*/);
		for (const field of ['customModelId', 'customDuration', 'customResolution', 'customAspectRatio', 'extraBodyJson']) expect(readme).toContain(`\`${field}\``);
		expect(readme).toMatch(/\| `model` \| string/);
		expect(readme).toMatch(/\| `cost` \| `\{amount, unit\}`/);
	});

	it('has a minimal example workflow whose Sora nodes the node itself would accept', () => {
		const block = /Minimal example[^\n]*\n\n```json\n([\s\S]*?)\n```/.exec(readme);
		expect(block).not.toBeNull();
		const workflow = JSON.parse(block![1]) as { nodes: ExampleNode[]; connections: object };
		const soraNodes = workflow.nodes.filter((node) => node.type === 'n8n-nodes-sora.sora');
		expect(soraNodes.map((node) => node.parameters.operation)).toEqual(['create', 'wait']);
		for (const node of soraNodes) {
			const provider = findProvider(String(node.parameters.provider));
			expect(provider).toBeDefined();
			expect(Object.keys(node.credentials ?? {})).toEqual([provider!.credentialType]);
			if (node.parameters.operation !== 'create') continue;
			const { model, prompt, duration, aspectRatio, resolution } = node.parameters;
			expect(() =>
				validateCreateInput(provider!, { model, prompt, duration, aspectRatio, resolution, imageUrl: null, extras: {} }),
			).not.toThrow();
		}
	});

	it('documents every example workflow shipped in examples/', () => {
		const files = readdirSync(path.join(__dirname, '..', '..', 'examples'));
		for (const file of files.filter((name) => name.endsWith('.json'))) expect(readme).toContain(`examples/${file}`);
	});
});
