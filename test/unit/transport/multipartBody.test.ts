import { Readable } from 'stream';

import { evolinkImageInput } from '../../../nodes/Sora/providers/evolink/images';
import { apimartImageInput } from '../../../nodes/Sora/providers/gccai/images';
import type { ImageFile } from '../../../nodes/Sora/providers/types';
import { buildMultipartBody } from '../../../nodes/Sora/transport/multipartBody';

const bytes = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
const file = (open: () => Promise<Buffer | NodeJS.ReadableStream>): ImageFile => ({
	fileName: 'a"b.png',
	mimeType: 'image/png',
	format: 'png',
	byteLength: bytes.length,
	width: 1,
	height: 1,
	open,
});

async function text(body: Buffer | NodeJS.ReadableStream): Promise<Buffer> {
	if (Buffer.isBuffer(body)) return body;
	const chunks: Buffer[] = [];
	for await (const chunk of body as AsyncIterable<Buffer>) chunks.push(chunk);
	return Buffer.concat(chunks);
}

describe('buildMultipartBody', () => {
	test.each([
		['an in-memory file (n8n memory mode)', async () => bytes],
		['a streamed file (filesystem/database mode)', async () => Readable.from([bytes.subarray(0, 5), bytes.subarray(5)])],
	])('%s: fields and file in RFC 7578 form, Content-Length exact', async (_label, open) => {
		const form = await buildMultipartBody([{ name: 'prompt', value: 'a "quoted" prompt' }, { name: 'input_reference', file: file(open) }]);
		const boundary = /boundary=(.+)$/.exec(form.contentType)?.[1];
		expect(boundary).toMatch(/^----n8nSora[0-9a-f]{24}$/);
		const body = await text(form.body);
		expect(body.length).toBe(form.contentLength);
		const expected = Buffer.concat([
			Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="prompt"\r\n\r\na "quoted" prompt\r\n`),
			Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="input_reference"; filename="a_b.png"\r\nContent-Type: image/png\r\n\r\n`),
			bytes,
			Buffer.from(`\r\n--${boundary}--\r\n`),
		]);
		expect(body.equals(expected)).toBe(true);
	});

	test('each call opens the file again, so a retried request resends it', async () => {
		let opened = 0;
		const image = file(async () => {
			opened++;
			return Readable.from([bytes]);
		});
		await text((await buildMultipartBody([{ name: 'file', file: image }])).body);
		await text((await buildMultipartBody([{ name: 'file', file: image }])).body);
		expect(opened).toBe(2);
	});
});

describe('upload endpoints', () => {
	test('APIMart: {Base URL}/v1/uploads/images; the URL from url or data.url', () => {
		expect(apimartImageInput.upload?.url('https://api.apimart.ai')).toBe('https://api.apimart.ai/v1/uploads/images');
		expect(apimartImageInput.upload?.parse({ url: 'https://upload.apimart.ai/f/a.png' })).toBe('https://upload.apimart.ai/f/a.png');
		expect(apimartImageInput.upload?.parse({ data: { url: 'https://u/b.png' } })).toBe('https://u/b.png');
		expect(() => apimartImageInput.upload?.parse({ error: { message: 'too large' } })).toThrow(/no url/);
	});
	test('EvoLink: files-api derived from api.*, the credential\'s Files API URL wins, a proxy needs it', () => {
		const upload = evolinkImageInput.upload!;
		expect(upload.url('https://api.evolink.ai')).toBe('https://files-api.evolink.ai/api/v1/files/upload/stream');
		expect(upload.url('https://proxy.example/evolink', 'https://files.example')).toBe('https://files.example/api/v1/files/upload/stream');
		expect(upload.url('https://proxy.example/evolink')).toBeUndefined();
		expect(upload.url('https://api.example.com/prefix')).toBeUndefined();
		expect(upload.parse({ success: true, code: 200, data: { file_url: 'https://files.evolink.ai/x.png' } })).toBe('https://files.evolink.ai/x.png');
		expect(() => upload.parse({ success: false, code: 400, msg: 'bad' })).toThrow(/data\.file_url/);
	});
	test('EvoLink pixel sizes: only the preview models, per ratio', () => {
		const model = (id: string) => ({ id }) as never;
		expect(evolinkImageInput.pixelSizes?.(model('sora-2-preview'), '9:16')).toEqual([{ width: 720, height: 1280 }]);
		expect(evolinkImageInput.pixelSizes?.(model('sora-2-pro-preview'), '16:9')).toHaveLength(2);
		expect(evolinkImageInput.pixelSizes?.(model('veo3.1-fast-beta'), '16:9')).toBeUndefined();
	});
});
