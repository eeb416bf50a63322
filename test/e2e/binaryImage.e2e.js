'use strict';
/**
 * Binary reference images on real n8n (2.8.4 and 2.41.1; N8N_E2E_VERSIONS narrows it), filesystem binary
 * mode as n8n runs by default: Code → Convert to File puts a PNG into n8n's binary store, then Sora
 * Create (Image Source: Binary Data) sends it the way each provider documents — OpenAI-compatible as a
 * multipart file, gccai through its upload endpoint, YutoAI as a base64 data URL — and an image of the
 * wrong pixel size is refused before any request. Proves getBinaryMetadata/getBinaryStream work in both
 * n8n versions with the packed package.
 *
 *   npm run build && node --test test/e2e/binaryImage.e2e.js
 *   N8N_E2E_PACKAGE_DIR=<built copy> N8N_E2E_VERSIONS=2.41.1 node --test test/e2e/binaryImage.e2e.js
 */
const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');
const H = require('./harness');
const start = require('../../scripts/start');

const API_KEY = 'sk-e2e-binary-image';
// N8N_E2E_PACKAGE_DIR: test a built copy of the package elsewhere (default: this repo).
const PACKAGE_DIR = path.resolve(process.env.N8N_E2E_PACKAGE_DIR || H.E.REPO_ROOT);
const NODE_FILE = path.join(PACKAGE_DIR, 'dist', 'nodes', 'Sora', 'Sora.node.js');
const NODE_TYPE = 'n8n-nodes-sora.sora';
const WORKFLOW_ID = 'soraE2eBinImg001';
// Our broker port range (5780-5789): one per n8n version, so both versions may run at once.
const BROKER_PORTS = { '2.8.4': 5781, '2.41.1': 5782 };

function png(width, height) {
	const chunk = (type, data) => {
		const length = Buffer.alloc(4);
		length.writeUInt32BE(data.length);
		const crc = Buffer.alloc(4);
		crc.writeUInt32BE(zlib.crc32 ? zlib.crc32(Buffer.concat([Buffer.from(type), data])) : 0);
		return Buffer.concat([length, Buffer.from(type), data, crc]);
	};
	const header = Buffer.alloc(13);
	header.writeUInt32BE(width, 0);
	header.writeUInt32BE(height, 4);
	header.set([8, 2, 0, 0, 0], 8);
	return Buffer.concat([
		Buffer.from('89504e470d0a1a0a', 'hex'),
		chunk('IHDR', header),
		chunk('IDAT', zlib.deflateSync(Buffer.alloc((width * 3 + 1) * height))),
		chunk('IEND', Buffer.alloc(0)),
	]);
}

const IMAGE = png(1280, 720);
const WRONG_SIZE = png(1024, 1024);
const sha256 = (bytes) => crypto.createHash('sha256').update(bytes).digest('hex');

const credential = (type) => {
	const c = start.DEMO_CREDENTIALS.find((entry) => entry.type === type);
	return { [type]: { id: c.id, name: c.name } };
};

function sora(name, y, provider, credentialType, parameters, onError) {
	return {
		id: `e2e-${name}`,
		name,
		type: NODE_TYPE,
		typeVersion: 2,
		position: [720, y],
		...(onError ? { onError } : {}),
		credentials: credential(credentialType),
		parameters: { provider, operation: 'create', prompt: `e2e binary ${provider}`, imageSource: 'binary', ...parameters },
	};
}

function workflow() {
	const image = (name, bytes, y) => ({
		id: `e2e-${name}`,
		name,
		type: 'n8n-nodes-base.code',
		typeVersion: 2,
		position: [220, y],
		parameters: { jsCode: `return [{ json: { b64: '${bytes.toString('base64')}' } }];` },
	});
	const toFile = (name, y) => ({
		id: `e2e-${name}`,
		name,
		type: 'n8n-nodes-base.convertToFile',
		typeVersion: 1.1,
		position: [460, y],
		parameters: { operation: 'toBinary', sourceProperty: 'b64', binaryPropertyName: 'data', options: { fileName: 'frame.png', mimeType: 'image/png' } },
	});
	const nodes = [
		{ id: 'e2e-trigger', name: 'Manual Trigger', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
		image('Image', IMAGE, 0),
		toFile('To File', 0),
		image('Square Image', WRONG_SIZE, 400),
		toFile('Square To File', 400),
		sora('Sora openai', 0, 'openai', 'soraOpenAiApi', { model: 'sora-2', duration: 4, resolution: '720p', aspectRatio: '16:9' }),
		sora('Sora gccai', 130, 'gccai', 'gccaiApi', { model: 'sora-2', duration: 8, resolution: '720p', aspectRatio: '16:9' }),
		sora('Sora yutoai', 260, 'yutoai', 'yutoAiApi', { model: 'sora-2', duration: 10, resolution: '720p', aspectRatio: '16:9' }),
		sora('Sora evolink wrong size', 400, 'evolink', 'evoLinkApi', { model: 'sora-2-preview', duration: 4, resolution: '720p', aspectRatio: '16:9' }, 'continueRegularOutput'),
	];
	const to = (...names) => ({ main: [names.map((node) => ({ node, type: 'main', index: 0 }))] });
	return {
		id: WORKFLOW_ID,
		name: 'Sora e2e: binary images',
		active: false,
		nodes,
		connections: {
			'Manual Trigger': to('Image', 'Square Image'),
			Image: to('To File'),
			'To File': to('Sora openai', 'Sora gccai', 'Sora yutoai'),
			'Square Image': to('Square To File'),
			'Square To File': to('Sora evolink wrong size'),
		},
		settings: { executionOrder: 'v1' },
		pinData: {},
	};
}

const skip = fs.existsSync(NODE_FILE) ? false : 'dist/nodes/Sora/Sora.node.js missing (run npm run build)';
for (const version of H.versionsUnderTest()) {
	describe(`binary images on real n8n ${version}`, { timeout: 20 * 60 * 1000, skip: skip || H.skipReason(version) || false }, () => {
		let h;
		let sim;

		before(async () => {
			sim = await start.startSimulator(0, { apiKey: API_KEY, renderMs: 1000 });
			assert.ok(sim, 'simulator started');
			h = await H.prepareInstance({ version, packageDir: PACKAGE_DIR, label: 'binimg' });
			await h.importCredentials(start.demoCredentials(sim.origin, API_KEY));
			await h.importWorkflow([workflow()]);
		});

		after(async () => {
			if (h) {
				console.log(`[binary ${version}] timings: ${H.formatTimings(h.timings)}`);
				await h.cleanup();
			}
			if (sim) await sim.stop();
		});

		it('a PNG from the filesystem binary store reaches each provider in its documented form; a wrong size is refused', async () => {
			const { exitCode, result, stderr } = await h.execute(WORKFLOW_ID, { timeoutMs: 5 * 60 * 1000, brokerPort: BROKER_PORTS[version] });
			assert.equal(exitCode, 0, `${JSON.stringify(H.cli.runError(result))}\n${stderr.slice(-2000)}`);
			const requests = (await H.httpJson(`${sim.origin}/__control/requests`)).json;
			const creates = requests.filter((r) => r.route === 'create');
			const by = (provider) => creates.filter((r) => r.provider === provider);

			const [openai] = by('openai');
			assert.match(openai.headers['content-type'], /^multipart\/form-data; boundary=/);
			assert.deepEqual(openai.body.input_reference, {
				filename: 'frame.png',
				contentType: 'image/png',
				bytes: IMAGE.length,
				head: IMAGE.subarray(0, 16).toString('hex'),
				sha256: sha256(IMAGE),
			});

			const uploads = requests.filter((r) => r.route === 'upload');
			assert.equal(uploads.length, 1, 'one gccai upload');
			assert.equal(uploads[0].body.file.sha256, sha256(IMAGE));
			assert.deepEqual(by('gccai')[0].body.image_urls, [`${sim.origin}/files/uploads/${sha256(IMAGE).slice(0, 24)}.png`]);

			assert.deepEqual(by('yutoai')[0].body.images, [`data:image/png;base64,${IMAGE.toString('base64')}`]);

			assert.equal(by('evolink').length, 0, 'no EvoLink request for the wrong-size image');
			const refused = H.cli.nodeOutput(result, 'Sora evolink wrong size');
			assert.match(JSON.stringify(refused), /1024×1024 pixels.*needs exactly 1280×720 pixels/);
		});
	});
}
