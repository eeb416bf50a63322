import { createServer, type IncomingMessage, type Server } from 'http';
import type { AddressInfo } from 'net';

import { credentialTest } from '../support/engine';

// The Xingchao credential test asks the documented, read-only asset list. The answer to a wrong key is
// not documented; the asset-list page documents a failure as HTTP 200 `{"code":1001,"msg":"Query
// failed","data":null}`, which the test must not report as a working connection.
const documentedFailure = { code: 1001, msg: 'Query failed', data: null };
const documentedEmptyList = { code: 0, msg: null, data: { records: [], total: 0, size: 10, current: 1, pages: 0 } };

let server: Server;
let answer: unknown;
const received: Array<{ method?: string; url?: string; authorization?: string; body: unknown }> = [];

async function readJson(req: IncomingMessage): Promise<unknown> {
	const chunks: Buffer[] = [];
	for await (const chunk of req) chunks.push(chunk as Buffer);
	const text = Buffer.concat(chunks).toString('utf8');
	return text === '' ? undefined : (JSON.parse(text) as unknown);
}

beforeAll(async () => {
	server = createServer((req, res) => {
		void readJson(req).then((body) => {
			received.push({ method: req.method, url: req.url, authorization: req.headers.authorization, body });
			res.writeHead(200, { 'content-type': 'application/json' });
			res.end(JSON.stringify(answer));
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
});

afterAll(async () => await new Promise<void>((resolve) => server.close(() => resolve())));

beforeEach(() => {
	received.length = 0;
});

const baseUrl = () => `http://127.0.0.1:${(server.address() as AddressInfo).port}/kyyReactApiServer`;

test('sends POST /kyyVideo2/asset/list with a one-item page and the key; the documented list passes', async () => {
	answer = documentedEmptyList;
	expect(await credentialTest('xingchaoApi', { apiKey: 'sk-xc-1', baseUrl: `${baseUrl()}/` })).toMatchObject({ status: 'OK' });
	expect(received).toEqual([
		{
			method: 'POST',
			url: '/kyyReactApiServer/kyyVideo2/asset/list',
			authorization: 'Bearer sk-xc-1',
			body: { page: 1, pageSize: 1, status: [], assetType: [] },
		},
	]);
});

test('the documented failure body (HTTP 200, data null) fails the test with a clear message', async () => {
	answer = documentedFailure;
	expect(await credentialTest('xingchaoApi', { apiKey: 'sk-xc-2', baseUrl: baseUrl() })).toMatchObject({
		status: 'Error',
		message: 'GlobalAI OPC refused the request: check the API key and the base URL',
	});
});
