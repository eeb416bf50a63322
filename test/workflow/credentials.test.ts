import type { ProviderId } from '../../dev/simulator';
import { useSimulator } from '../support/useSimulator';
import { credentialTest } from '../support/engine';
import { API_KEY } from './cases';

const credentialProviders: Array<{ type: string; provider: ProviderId }> = [
	{ type: 'gccaiApi', provider: 'gccai' },
	{ type: 'yutoAiApi', provider: 'yutoai' },
	{ type: 'evoLinkApi', provider: 'evolink' },
	{ type: 'xingchaoApi', provider: 'xingchao' },
	{ type: 'soraOpenAiApi', provider: 'openai' },
];

const simulator = useSimulator({ apiKey: API_KEY });

describe.each(credentialProviders)('credential $type', ({ type, provider }) => {
	it('passes its test with the right key, with or without a trailing slash on the base URL', async () => {
		for (const baseUrl of [simulator.baseUrl(provider), `${simulator.baseUrl(provider)}/`]) {
			const result = await credentialTest(type, { apiKey: API_KEY, baseUrl });
			expect(result).toMatchObject({ status: 'OK' });
		}
		const checks = simulator.requests.filter((request) => request.route === 'credentialTest');
		expect(checks).toHaveLength(2);
		for (const check of checks) {
			expect(check.headers.authorization).toBe(`Bearer ${API_KEY}`);
			expect(check.path).not.toContain('//');
		}
	});

	it('fails its test with a wrong key', async () => {
		const result = await credentialTest(type, { apiKey: 'sk-not-the-key-1234', baseUrl: simulator.baseUrl(provider) });
		expect(result.status).toBe('Error');
		expect(result.message).not.toContain('sk-not-the-key-1234');
	});
});
