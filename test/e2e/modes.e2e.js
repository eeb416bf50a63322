'use strict';
/**
 * References and video edit on real n8n (each version in N8N_E2E_VERSIONS, default 2.8.4 and 2.41.1),
 * one `n8n start` server per version, the execution started by a production webhook (no `n8n execute`).
 * One workflow, end to end against the EvoLink simulator (which refuses any key, count or value EvoLink's
 * docs do not allow):
 *
 *   Webhook → Code (a PNG) → Convert to File → Sora "Reference": Seedance 2.0 reference-to-video with the
 *   PNG from binary data (uploaded to EvoLink's files API first) and a reference video URL, wait + MP4 →
 *   Sora "Edit": Seedance 2.5 video edit of that MP4's URL (duration -1, adaptive), wait + MP4 → Code
 *   "Summary", whose JSON the webhook answers with.
 *
 *   npm run build && node --test test/e2e/modes.e2e.js
 *   N8N_E2E_VERSIONS=2.8.4 node --test test/e2e/modes.e2e.js
 */
const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');
const H = require('./harness');
const start = require('../../scripts/start');

const API_KEY = 'sk-e2e-modes-simulator';
const NODE_TYPE = 'n8n-nodes-sora.sora';
const NODE_FILE = path.join(H.E.REPO_ROOT, 'dist', 'nodes', 'Sora', 'Sora.node.js');
const WORKFLOW_ID = 'soraE2eModes0001';
const WEBHOOK_PATH = 'sora-e2e-modes';
const CREDENTIAL = { id: 'soraE2eModesEvo1', name: 'Sora e2e modes - EvoLink (simulator)' };
const REFERENCE_VIDEO = 'https://cdn.example/motion.mp4';
// Task-runner broker ports 5790-5791 (one per version, so both versions may run at once).
const BROKER_PORTS = { '2.8.4': 5790, '2.41.1': 5791 };

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

const IMAGE = png(800, 600);
const sha256 = (bytes) => crypto.createHash('sha256').update(bytes).digest('hex');

function sora(name, x, parameters) {
	return {
		id: `e2e-${name}`,
		name,
		type: NODE_TYPE,
		typeVersion: 2,
		position: [x, 0],
		credentials: { evoLinkApi: CREDENTIAL },
		parameters: {
			provider: 'evolink',
			operation: 'create',
			resolution: '720p',
			waitForCompletion: true,
			waitMode: 'poll',
			options: { download: true, binaryPropertyName: 'video', pollIntervalSeconds: 1, timeoutSeconds: 120 },
			...parameters,
		},
	};
}

const summaryCode = `
const mp4 = (item) => (item.binary && item.binary.video ? { mimeType: item.binary.video.mimeType, fileName: item.binary.video.fileName } : null);
const reference = $('Reference').first();
const edit = $('Edit').first();
return [{ json: { reference: { ...reference.json, mp4: mp4(reference) }, edit: { ...edit.json, mp4: mp4(edit) } } }];
`;

function workflow() {
	const nodes = [
		{
			id: 'e2e-webhook',
			name: 'Webhook',
			type: 'n8n-nodes-base.webhook',
			typeVersion: 2,
			position: [0, 0],
			webhookId: 'b1f0c2a4-9d1e-4c55-8f7a-5e2d3c4b6a71',
			parameters: { httpMethod: 'POST', path: WEBHOOK_PATH, responseMode: 'lastNode', options: {} },
		},
		{
			id: 'e2e-image',
			name: 'Image',
			type: 'n8n-nodes-base.code',
			typeVersion: 2,
			position: [220, 0],
			parameters: { jsCode: `return [{ json: { b64: '${IMAGE.toString('base64')}' } }];` },
		},
		{
			id: 'e2e-to-file',
			name: 'To File',
			type: 'n8n-nodes-base.convertToFile',
			typeVersion: 1.1,
			position: [440, 0],
			parameters: { operation: 'toBinary', sourceProperty: 'b64', binaryPropertyName: 'character', options: { fileName: 'character.png', mimeType: 'image/png' } },
		},
		sora('Reference', 660, {
			model: 'seedance-2.0-reference-to-video',
			prompt: 'e2e modes: @image1 dances like @video1',
			duration: 5,
			aspectRatio: 'adaptive',
			referenceImageBinaryProperties: 'character',
			referenceVideoUrls: REFERENCE_VIDEO,
		}),
		sora('Edit', 880, {
			model: 'seedance-2.5-video-edit',
			prompt: 'e2e modes: Edit the video: make it snow @video1',
			duration: -1,
			aspectRatio: 'adaptive',
			referenceVideoUrls: '={{ $json.videoUrl }}',
		}),
		{ id: 'e2e-summary', name: 'Summary', type: 'n8n-nodes-base.code', typeVersion: 2, position: [1100, 0], parameters: { jsCode: summaryCode } },
	];
	const chain = ['Webhook', 'Image', 'To File', 'Reference', 'Edit', 'Summary'];
	const connections = Object.fromEntries(chain.slice(0, -1).map((name, i) => [name, { main: [[{ node: chain[i + 1], type: 'main', index: 0 }]] }]));
	return { id: WORKFLOW_ID, name: 'Sora e2e: reference and edit', active: false, nodes, connections, settings: { executionOrder: 'v1' }, pinData: {} };
}

/** n8n 2.41 registers production webhooks shortly after it reports ready: a 404 is retried for 60 s. */
async function startByWebhook(url) {
	const deadline = Date.now() + 60000;
	for (;;) {
		const answer = await H.httpJson(url, { method: 'POST', body: {}, timeoutMs: 5 * 60 * 1000 });
		if (answer.status !== 404 || Date.now() > deadline) return answer;
		await new Promise((resolve) => setTimeout(resolve, 1000));
	}
}

const skip = fs.existsSync(NODE_FILE) ? false : 'dist/nodes/Sora/Sora.node.js missing (run npm run build)';
for (const version of H.versionsUnderTest()) {
	describe(`references and edit on real n8n ${version}`, { timeout: 20 * 60 * 1000, skip: skip || H.skipReason(version) || false }, () => {
		let h;
		let sim;
		let server;

		before(async () => {
			sim = await start.startSimulator(0, { apiKey: API_KEY, renderMs: 1000 });
			assert.ok(sim, 'simulator started');
			h = await H.prepareInstance({ version, label: 'modes' });
			await h.importCredentials([
				{
					...CREDENTIAL,
					type: 'evoLinkApi',
					data: { apiKey: API_KEY, baseUrl: `${sim.origin}/evolink`, filesBaseUrl: `${sim.origin}/evolink-files` },
				},
			]);
			await h.importWorkflow([workflow()]);
			await h.publishWorkflow(WORKFLOW_ID);
			server = await h.startServer(0, { brokerPort: BROKER_PORTS[version] });
		});

		after(async () => {
			if (h) console.log(`[modes ${version}] timings: ${H.formatTimings(h.timings)}`);
			if (server) await server.stop();
			if (sim) await sim.stop();
			if (h) await h.cleanup();
		});

		it('a binary reference image and a reference video URL make a video; its URL is then edited; both end as MP4s', async () => {
			const answer = await startByWebhook(`${server.url}/webhook/${WEBHOOK_PATH}`);
			assert.equal(answer.status, 200, answer.text.slice(0, 2000));
			const { reference, edit } = answer.json;
			for (const [name, output] of [['Reference', reference], ['Edit', edit]]) {
				assert.equal(output.status, 'completed', `${name}: ${JSON.stringify(output).slice(0, 500)}`);
				assert.deepEqual(output.mp4 && output.mp4.mimeType, 'video/mp4', `${name} downloaded an MP4`);
			}

			const requests = (await H.httpJson(`${sim.origin}/__control/requests`)).json;
			const uploads = requests.filter((r) => r.route === 'upload');
			assert.equal(uploads.length, 1, 'one upload: the binary reference image');
			assert.equal(uploads[0].body.file.sha256, sha256(IMAGE));
			const creates = requests.filter((r) => r.route === 'create');
			assert.equal(creates.length, 2, 'one create per Sora node, none repeated');
			assert.deepEqual(creates[0].body, {
				model: 'seedance-2.0-reference-to-video',
				prompt: 'e2e modes: @image1 dances like @video1',
				duration: 5,
				quality: '720p',
				aspect_ratio: 'adaptive',
				generate_audio: true,
				image_urls: [`${sim.origin}/files/uploads/${sha256(IMAGE).slice(0, 24)}.png`],
				video_urls: [REFERENCE_VIDEO],
			});
			assert.deepEqual(creates[1].body, {
				model: 'seedance-2.5-video-edit',
				prompt: 'e2e modes: Edit the video: make it snow @video1',
				duration: -1,
				quality: '720p',
				aspect_ratio: 'adaptive',
				generate_audio: true,
				video_urls: [reference.videoUrl],
			});
			assert.ok(creates.every((r) => r.status === 200), 'the simulator accepted both bodies');
		});
	});
}
