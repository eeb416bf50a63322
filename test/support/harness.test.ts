/* eslint-disable @n8n/community-nodes/no-restricted-globals */
import { existsSync, readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

import type { LoadedPackage, WorkflowNode } from './engine';
import { credentialTest, ITEMS_NODE_NAME, loadPackage, runWorkflow, startWorkflow } from './engine';
import { probeLog } from './fixtures/HarnessProbe.node';

const FIXTURE_PACKAGE = path.join(__dirname, 'fixtures');
const GOOD_KEY = 'good-key';
const VIDEO = Buffer.alloc(3 * 1024 * 1024 + 17, 7); // > 3 MiB, sent in chunks
VIDEO.write('MP4DATA', 0);

interface Seen {
	method: string;
	url: string;
	authorization?: string;
}

let server: http.Server;
let baseUrl: string;
let seen: Seen[] = [];
let hangAborted = 0;
let types: LoadedPackage;

beforeAll(async () => {
	server = http.createServer((req, res) => {
		seen.push({ method: req.method ?? '', url: req.url ?? '', authorization: req.headers.authorization });
		const url = new URL(req.url ?? '/', 'http://localhost');
		const authorized = req.headers.authorization === `Bearer ${GOOD_KEY}`;
		const send = (status: number, body: unknown) => {
			res.writeHead(status, { 'content-type': 'application/json' });
			res.end(JSON.stringify(body));
		};

		if (url.pathname === '/me') {
			if (req.headers.authorization === 'Bearer disabled-key') return send(200, { account: { active: false } });
			if (!authorized) return send(401, { error: { message: 'Invalid API key' } });
			return send(200, { account: { active: true } });
		}
		if (url.pathname === '/hang') {
			req.on('close', () => hangAborted++);
			return; // never answers
		}
		if (!authorized) return send(401, { error: { message: 'Invalid API key' } });

		if (url.pathname === '/echo') {
			let raw = '';
			req.on('data', (chunk: Buffer) => (raw += chunk.toString()));
			req.on('end', () =>
				send(200, { ok: true, probe: url.searchParams.get('probe'), received: JSON.parse(raw || '{}') }),
			);
			return;
		}
		if (url.pathname === '/video') {
			res.writeHead(200, { 'content-type': 'video/mp4', 'content-length': String(VIDEO.length) });
			const chunk = 64 * 1024;
			let offset = 0;
			const pump = () => {
				while (offset < VIDEO.length) {
					const ok = res.write(VIDEO.subarray(offset, offset + chunk));
					offset += chunk;
					if (!ok) return res.once('drain', pump);
				}
				res.end();
			};
			return pump();
		}
		send(404, { error: { message: 'not found' } });
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	types = await loadPackage(FIXTURE_PACKAGE);
});

afterAll(async () => {
	server.closeAllConnections();
	await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => {
	seen = [];
});

const probe = (parameters: WorkflowNode['parameters'], extra: Partial<WorkflowNode> = {}): WorkflowNode => ({
	name: 'Probe',
	type: 'harnessProbe',
	parameters,
	...extra,
});

const creds = (apiKey = GOOD_KEY) => ({ harnessProbeApi: { apiKey, baseUrl } });

describe('loadPackage (PackageDirectoryLoader)', () => {
	it('loads node and credential classes through package.json#n8n', () => {
		expect(types.packageName).toBe('n8n-nodes-harness-probe');
		expect(Object.keys(types.loader.known.nodes)).toEqual(['harnessProbe']);
		expect(types.loader.known.nodes.harnessProbe.className).toBe('HarnessProbe');
		expect(types.nodeTypes['harnessProbe']).toBe(types.nodeTypes['n8n-nodes-harness-probe.harnessProbe']);
		expect(Object.keys(types.credentialTypes)).toEqual(['harnessProbeApi']);
		expect(types.credentialTypes.harnessProbeApi.supportedNodes).toEqual(['harnessProbe']);
	});

	it('rewrites file: icons to icons/<package>/… and they point at real files', () => {
		expect(types.icons.map((icon) => icon.owner).sort()).toEqual(['credential:harnessProbeApi', 'node:harnessProbe']);
		for (const icon of types.icons) {
			expect(icon.iconUrl).toBe('icons/n8n-nodes-harness-probe/probe.svg');
			expect(existsSync(icon.filePath)).toBe(true);
		}
	});
});

describe('runWorkflow', () => {
	it('runs Manual Trigger → Items → node with generic auth applied by n8n’s real HTTP helper', async () => {
		const result = await runWorkflow({
			nodes: [probe({ operation: 'request', path: '/echo' })],
			credentials: creds(),
			input: [{ n: 1 }, { n: 2 }],
			types,
		});

		expect(result.status).toBe('success');
		expect(result.executedNodes()).toEqual(expect.arrayContaining([ITEMS_NODE_NAME, 'Probe']));
		const out = result.outputOf('Probe');
		expect(out.map((item) => item.json)).toEqual([
			{ ok: true, probe: String(GOOD_KEY.length), received: { item: { n: 1 } } },
			{ ok: true, probe: String(GOOD_KEY.length), received: { item: { n: 2 } } },
		]);
		expect(out.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		expect(seen).toHaveLength(2);
		expect(seen.every((request) => request.authorization === `Bearer ${GOOD_KEY}`)).toBe(true);
	});

	it('chains several nodes in array order when connections are omitted', async () => {
		const result = await runWorkflow({
			nodes: [
				probe({ operation: 'request', path: '/echo' }, { name: 'First' }),
				probe({ operation: 'request', path: '/echo' }, { name: 'Second' }),
			],
			credentials: creds(),
			types,
		});
		expect(result.status).toBe('success');
		expect(result.outputOf('Second')[0].json.received).toEqual({
			item: { ok: true, probe: '8', received: { item: {} } },
		});
	});

	it('turns a 401 into an errored execution with NodeApiError', async () => {
		const result = await runWorkflow({
			nodes: [probe({ operation: 'request', path: '/echo' })],
			credentials: creds('wrong-key'),
			types,
		});

		expect(result.status).toBe('error');
		// WorkflowExecute stores errors as plain copies ({ ...error, message, stack }), like n8n's DB does,
		// so check the fields instead of using instanceof.
		const error = result.errorOf('Probe');
		expect(error).toMatchObject({ name: 'NodeApiError', httpCode: '401', description: 'Invalid API key' });
		expect(error?.message).toMatch(/Authorization failed/);
		expect(() => result.outputOf('Probe')).toThrow(/failed/);
		expect(seen[0].authorization).toBe('Bearer wrong-key');
	});

	it('honours continueOnFail (onError: continueRegularOutput)', async () => {
		const result = await runWorkflow({
			nodes: [probe({ operation: 'request', path: '/echo' }, { onError: 'continueRegularOutput' })],
			credentials: creds('wrong-key'),
			types,
		});

		expect(result.status).toBe('success');
		expect(result.errorOf('Probe')).toBeUndefined();
		expect(result.outputOf('Probe')).toEqual([
			expect.objectContaining({ json: { error: expect.stringMatching(/Authorization failed/) } }),
		]);
	});

	it('reports a missing test credential clearly', async () => {
		const result = await runWorkflow({
			nodes: [probe({ operation: 'request' }, { credentials: { harnessProbeApi: { id: '1', name: 'x' } } })],
			types,
		});
		expect(result.status).toBe('error');
		expect(result.errorOf('Probe')?.message).toMatch(/no test credentials given for type "harnessProbeApi"/);
	});
});

describe('binary data', () => {
	it("in-memory ('default') mode, when asked for: the streamed download is stored inline as base64", async () => {
		const result = await runWorkflow({
			nodes: [probe({ operation: 'download', path: '/video' })],
			credentials: creds(),
			binaryMode: 'default',
			types,
		});

		expect(result.status).toBe('success');
		const binary = result.outputOf('Probe')[0].binary!.data;
		expect(binary).toMatchObject({ mimeType: 'video/mp4', fileName: 'clip.mp4', fileExtension: 'mp4' });
		expect(binary.id).toBeUndefined();
		expect(binary.bytes).toBe(VIDEO.length);
		expect(Buffer.from(binary.data, 'base64').equals(VIDEO)).toBe(true);
		expect(result.binary.writes).toEqual([expect.objectContaining({ kind: 'stream', mode: 'default' })]);
	});

	it('filesystem mode, the default: the response stream goes straight into the filesystem manager', async () => {
		const result = await runWorkflow({
			nodes: [probe({ operation: 'download', path: '/video' })],
			credentials: creds(),
			types,
		});

		expect(result.status).toBe('success');
		const binary = result.outputOf('Probe')[0].binary!.data;
		expect(binary.data).toBe('filesystem-v2');
		expect(binary.id).toMatch(
			new RegExp(`^filesystem-v2:workflows/[^/]+/executions/${result.executionId}/binary_data/[0-9a-f-]+$`),
		);
		expect(binary.bytes).toBe(VIDEO.length);
		expect(result.binary.writes).toEqual([
			expect.objectContaining({ kind: 'stream', mode: 'filesystem', id: binary.id, bytes: VIDEO.length }),
		]);

		const filePath = result.binary.getPath(binary);
		expect(filePath.startsWith(result.binary.storagePath!)).toBe(true);
		expect(readFileSync(filePath).equals(VIDEO)).toBe(true);
		expect((await result.binary.getBuffer(binary)).equals(VIDEO)).toBe(true);
	});

	it('can switch back to in-memory mode afterwards', async () => {
		const result = await runWorkflow({
			nodes: [probe({ operation: 'download', path: '/video' })],
			credentials: creds(),
			binaryMode: 'default',
			types,
		});
		expect(result.outputOf('Probe')[0].binary!.data.id).toBeUndefined();
	});
});

describe('cancellation', () => {
	it('cancelAfterMs aborts the node’s execution cancel signal', async () => {
		const before = probeLog.abortedSignals;
		const started = Date.now();
		const result = await runWorkflow({
			nodes: [probe({ operation: 'waitForCancel' })],
			credentials: creds(),
			cancelAfterMs: 150,
			types,
		});

		expect(result.status).toBe('canceled');
		expect(Date.now() - started).toBeLessThan(5000);
		// The node's listener runs in the same tick as the abort.
		expect(probeLog.abortedSignals).toBe(before + 1);
	});

	it('handle.cancel() aborts an in-flight HTTP request of the node', async () => {
		const handle = await startWorkflow({
			nodes: [probe({ operation: 'hang', path: '/hang' })],
			credentials: creds(),
			types,
		});
		await waitFor(() => seen.some((request) => request.url.startsWith('/hang')));
		const abortedBefore = hangAborted;
		handle.cancel();
		const result = await handle.result;

		expect(result.status).toBe('canceled');
		await waitFor(() => hangAborted > abortedBefore);
		await waitFor(() => probeLog.requestErrors.length > 0);
		expect(probeLog.requestErrors.at(-1)).toMatch(/cancel|abort/i);
	});
});

describe('credentialTest', () => {
	it('OK when the test request succeeds with the generic auth header', async () => {
		await expect(credentialTest('harnessProbeApi', { apiKey: GOOD_KEY, baseUrl: `${baseUrl}/` }, { types })).resolves.toEqual({
			status: 'OK',
			message: 'Connection successful!',
			httpStatus: 200,
		});
		expect(seen.at(-1)).toMatchObject({ method: 'GET', authorization: `Bearer ${GOOD_KEY}` });
		expect(seen.at(-1)?.url).toMatch(/^\/me\?probe=8$/);
	});

	it('Error on a non-2xx answer', async () => {
		await expect(credentialTest('harnessProbeApi', { apiKey: 'wrong', baseUrl }, { types })).resolves.toEqual({
			status: 'Error',
			message: 'Unauthorized', // the status text, as n8n reports it
			httpStatus: 401,
		});
	});

	it('Error with the rule message when a responseCode rule matches', async () => {
		const base = types.credentialTypes.harnessProbeApi;
		const withCodeRule = {
			...base,
			test: {
				request: base.test!.request,
				rules: [{ type: 'responseCode' as const, properties: { value: 401, message: 'Wrong API key' } }],
			},
		};
		const registry = { ...types, credentialTypes: { harnessProbeApi: withCodeRule } };
		await expect(credentialTest('harnessProbeApi', { apiKey: 'wrong', baseUrl }, { types: registry })).resolves.toEqual({
			status: 'Error',
			message: 'Wrong API key',
			httpStatus: 401,
		});
	});

	it('Error when a responseSuccessBody rule matches', async () => {
		await expect(credentialTest('harnessProbeApi', { apiKey: 'disabled-key', baseUrl }, { types })).resolves.toEqual({
			status: 'Error',
			message: 'The account is disabled',
			httpStatus: 200,
		});
	});

	it('Error when the server is unreachable', async () => {
		const result = await credentialTest('harnessProbeApi', { apiKey: GOOD_KEY, baseUrl: 'http://127.0.0.1:9' }, { types });
		expect(result).toEqual({ status: 'Error', message: 'ECONNREFUSED' });
	});
});

async function waitFor(condition: () => boolean, timeoutMs = 5000) {
	const deadline = Date.now() + timeoutMs;
	while (!condition()) {
		if (Date.now() > deadline) throw new Error('waitFor: condition not met in time');
		await new Promise((resolve) => setTimeout(resolve, 10));
	}
}
