'use strict';
/**
 * Binary reference images on the shared real n8n server (test/e2e/shared.e2e.js), filesystem binary mode
 * as n8n runs by default: Code → Convert to File puts a PNG into n8n's binary store, then Sora Create
 * (Image Source: Binary Data) sends it the way each provider documents — OpenAI-compatible as a multipart
 * file, gccai through its upload endpoint, YutoAI as a base64 data URL — and an image of the wrong pixel
 * size is refused before any request. Proves getBinaryMetadata/getBinaryStream work in both n8n versions
 * with the packed package.
 */
const { it } = require('node:test');
const assert = require('node:assert/strict');
const crypto = require('node:crypto');
const zlib = require('node:zlib');
const H = require('../harness');
const start = require('../../../scripts/start');

const NODE_TYPE = 'n8n-nodes-sora.sora';
const WORKFLOW_ID = 'soraE2eBinImg001';

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

function register(ctx) {
	it('a PNG from the filesystem binary store reaches each provider in its documented form; a wrong size is refused', async () => {
		const { status, result } = await ctx.run(WORKFLOW_ID);
		assert.equal(status, 'success', JSON.stringify(H.cli.runError(result)));
		const requests = await ctx.simGet('/__control/requests');
		// The simulator is shared with the other suites: this workflow's creates are the ones with its prompts.
		const creates = requests.filter((r) => r.route === 'create' && r.body && typeof r.body.prompt === 'string' && r.body.prompt.startsWith('e2e binary '));
		const by = (provider) => creates.filter((r) => r.provider === provider && r.body.prompt === `e2e binary ${provider}`);

		const [openai] = by('openai');
		assert.match(openai.headers['content-type'], /^multipart\/form-data; boundary=/);
		assert.deepEqual(openai.body.input_reference, {
			filename: 'frame.png',
			contentType: 'image/png',
			bytes: IMAGE.length,
			head: IMAGE.subarray(0, 16).toString('hex'),
			sha256: sha256(IMAGE),
		});

		assert.equal(by('openai').length, 1, 'one OpenAI create');
		const uploads = requests.filter((r) => r.route === 'upload' && r.body && r.body.file && r.body.file.sha256 === sha256(IMAGE));
		assert.equal(uploads.length, 1, 'one gccai upload of the image');
		assert.deepEqual(by('gccai')[0].body.image_urls, [`${ctx.sim.origin}/files/uploads/${sha256(IMAGE).slice(0, 24)}.png`]);

		assert.deepEqual(by('yutoai')[0].body.images, [`data:image/png;base64,${IMAGE.toString('base64')}`]);

		assert.equal(by('evolink').length, 0, 'no EvoLink request for the wrong-size image');
		const refused = H.cli.nodeOutput(result, 'Sora evolink wrong size');
		assert.match(JSON.stringify(refused), /1024×1024 pixels.*needs exactly 1280×720 pixels/);
	});
}

module.exports = { name: 'binaryImage', workflows: () => [workflow()], register };
