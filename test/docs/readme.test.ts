import { readFileSync } from 'fs';
import path from 'path';

const { withCatalogTable } = require('../../scripts/catalog-table') as { withCatalogTable: (readme: string) => string };

const readmePath = path.join(__dirname, '..', '..', 'README.md');

describe('README', () => {
	it('lists exactly the providers, models, durations and resolutions the node offers', () => {
		const readme = readFileSync(readmePath, 'utf8');
		// Regenerate with `node scripts/catalog-table.js` after changing the catalog.
		expect(readme).toBe(withCatalogTable(readme));
	});
});
