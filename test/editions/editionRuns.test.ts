import { existsSync } from 'node:fs';
import path from 'node:path';

import { startSimulator, type ProviderId, type SimulatorHandle } from '../../dev/simulator';
import { credentialTest, loadPackage, REPO_ROOT, runWorkflow } from '../support/engine';
import { API_KEY, fastWait } from '../workflow/cases';

// Each built edition (editions/<id>/, `npm run build:editions`) loaded through n8n-core's
// PackageDirectoryLoader and run in n8n's real execution engine against the simulator: Create + Wait +
// download with the edition's own node and credential type, on each of its providers; and the
// credential's test. The real-n8n counterpart is test/e2e/editions.e2e.js.

interface Edition {
	id: string;
	packageName: string;
	node: { name: string };
	credential: { name: string };
	providers: Array<{ id: ProviderId }>;
}
const { editions } = require('../../scripts/editions/list') as { editions: Edition[] };

let simulator: SimulatorHandle;

beforeAll(async () => {
	simulator = await startSimulator({ apiKey: API_KEY });
});
afterEach(() => simulator.reset());
afterAll(async () => await simulator.close());

const cases = editions.flatMap((edition) => edition.providers.map((provider) => [`${edition.packageName} on ${provider.id}`, edition, provider.id] as const));

describe.each(cases)('%s', (_name, edition, provider) => {
	const editionDir = path.join(REPO_ROOT, 'editions', edition.id);

	beforeAll(() => {
		if (!existsSync(path.join(editionDir, 'dist'))) throw new Error(`editions/${edition.id}/dist is missing: run \`npm run build:editions\` first`);
	});

	it('creates, waits for and downloads the MP4 with its own node and credential', async () => {
		const types = await loadPackage(editionDir);
		const result = await runWorkflow({
			types,
			nodes: [
				{
					name: 'Video',
					type: `${edition.packageName}.${edition.node.name}`,
					typeVersion: 2,
					parameters: {
						...(edition.providers.length > 1 ? { provider } : {}),
						operation: 'create',
						prompt: 'A paper boat on a rainy street',
						waitForCompletion: true,
						options: { download: true, ...fastWait },
					},
				},
			],
			credentials: { [edition.credential.name]: { apiKey: API_KEY, baseUrl: simulator.baseUrl(provider) } },
		});
		expect(result.errorOf('Video')).toBeUndefined();
		expect(result.status).toBe('success');
		const [item] = result.outputOf('Video');
		expect(item.json).toMatchObject({ provider, status: 'completed' });
		expect(item.binary?.data?.mimeType).toBe('video/mp4');
		const creates = simulator.requests.filter((request) => request.route === 'create');
		expect(creates.map((request) => [request.provider, request.headers.authorization])).toEqual([[provider, `Bearer ${API_KEY}`]]);
	});

	it("passes its credential's test with the right key and fails it with a wrong one", async () => {
		const types = await loadPackage(editionDir);
		expect(await credentialTest(edition.credential.name, { apiKey: API_KEY, baseUrl: simulator.baseUrl(provider) }, { types })).toMatchObject({ status: 'OK' });
		const wrong = await credentialTest(edition.credential.name, { apiKey: 'sk-not-the-key-1234', baseUrl: simulator.baseUrl(provider) }, { types });
		expect(wrong.status).toBe('Error');
	});
});
