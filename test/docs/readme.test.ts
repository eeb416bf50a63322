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
