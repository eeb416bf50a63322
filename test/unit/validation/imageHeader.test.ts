import { openai } from '../../../nodes/Sora/providers/openai';
import type { ImageInputSpec } from '../../../nodes/Sora/providers/types';
import { checkImageFacts, type ImageFacts } from '../../../nodes/Sora/validation/imageBytes';
import { readImageHeader } from '../../../nodes/Sora/validation/imageHeader';
import { gifImage, jpegImage, pngImage } from '../../workflow/binaryImageFiles';

function webpVp8(width: number, height: number): Buffer {
	const bytes = Buffer.alloc(40);
	bytes.write('RIFF', 0, 'latin1');
	bytes.writeUInt32LE(32, 4);
	bytes.write('WEBPVP8 ', 8, 'latin1');
	bytes.writeUInt32LE(20, 16);
	bytes.set([0x9d, 0x01, 0x2a], 23);
	bytes.writeUInt16LE(width, 26);
	bytes.writeUInt16LE(height, 28);
	return bytes;
}

function webpVp8l(width: number, height: number): Buffer {
	const bytes = Buffer.alloc(30);
	bytes.write('RIFF', 0, 'latin1');
	bytes.write('WEBPVP8L', 8, 'latin1');
	bytes[20] = 0x2f;
	bytes.writeUInt32LE(((width - 1) & 0x3fff) | (((height - 1) & 0x3fff) << 14), 21);
	return bytes;
}

function webpVp8x(width: number, height: number): Buffer {
	const bytes = Buffer.alloc(30);
	bytes.write('RIFF', 0, 'latin1');
	bytes.write('WEBPVP8X', 8, 'latin1');
	bytes.writeUIntLE(width - 1, 24, 3);
	bytes.writeUIntLE(height - 1, 27, 3);
	return bytes;
}

describe('readImageHeader: format and pixel size from the bytes', () => {
	test.each([
		['PNG IHDR', pngImage(1280, 720), { format: 'png', width: 1280, height: 720 }],
		['JPEG SOF0 behind APP0', jpegImage(720, 1280), { format: 'jpeg', width: 720, height: 1280 }],
		['WebP VP8 (lossy)', webpVp8(1792, 1024), { format: 'webp', width: 1792, height: 1024 }],
		['WebP VP8L (lossless)', webpVp8l(1024, 1792), { format: 'webp', width: 1024, height: 1792 }],
		['WebP VP8X (extended, 24-bit size)', webpVp8x(4000, 3000), { format: 'webp', width: 4000, height: 3000 }],
		['GIF', gifImage(640, 480), { format: 'gif', width: 640, height: 480 }],
	])('%s', (_label, bytes, expected) => {
		expect(readImageHeader(bytes)).toEqual(expected);
	});

	test('a JPEG whose size sits behind a large EXIF segment, and progressive SOF2', () => {
		const exif = Buffer.concat([Buffer.from([0xff, 0xe1, 0x80, 0x00]), Buffer.alloc(0x8000 - 2)]);
		const sof2 = Buffer.from([0xff, 0xc2, 0x00, 0x11, 0x08, 0x02, 0xd0, 0x05, 0x00, 0x03, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]);
		const bytes = Buffer.concat([Buffer.from([0xff, 0xd8]), exif, sof2]);
		expect(readImageHeader(bytes)).toEqual({ format: 'jpeg', width: 1280, height: 720 });
		expect(readImageHeader(bytes.subarray(0, 5000))).toBe('needMoreBytes');
	});

	test('DHT (C4) is not mistaken for a frame header', () => {
		const dht = Buffer.from([0xff, 0xc4, 0x00, 0x04, 0x00, 0x00]);
		const sof0 = Buffer.from([0xff, 0xc0, 0x00, 0x11, 0x08, 0x00, 0x10, 0x00, 0x20, 0x03]);
		expect(readImageHeader(Buffer.concat([Buffer.from([0xff, 0xd8]), dht, sof0]))).toEqual({ format: 'jpeg', width: 32, height: 16 });
	});

	test('a cut-off header asks for more; text, HTML, MP4 and zero sizes are unknown', () => {
		expect(readImageHeader(pngImage(10, 10).subarray(0, 20))).toBe('needMoreBytes');
		expect(readImageHeader(Buffer.from([0x89, 0x50]))).toBe('needMoreBytes');
		expect(readImageHeader(Buffer.from('<!doctype html><html>'))).toBe('unknown');
		expect(readImageHeader(Buffer.concat([Buffer.from('000000186674797069736f6d', 'hex'), Buffer.alloc(20)]))).toBe('unknown');
		expect(readImageHeader(pngImage(0, 10))).toBe('unknown');
	});
});

describe('checkImageFacts: the message names the field, what arrived and what is allowed', () => {
	const model = openai.models[0];
	const facts = (bytes: Buffer, byteLength = bytes.length): ImageFacts => ({
		property: 'data',
		header: readImageHeader(bytes),
		byteLength,
		declaredType: 'image/png',
		firstBytes: bytes.subarray(0, 16),
	});
	const spec: ImageInputSpec = {
		binary: 'upload',
		formats: ['png', 'jpeg'],
		maxBytes: 10 * 1024 * 1024,
		pixelSizes: (_model, ratio) => (ratio === '16:9' ? [{ width: 1280, height: 720 }] : [{ width: 720, height: 1280 }]),
	};

	test('a matching image passes and its header is returned', () => {
		expect(checkImageFacts(openai, spec, model, '16:9', 'reference image', facts(pngImage(1280, 720)))).toEqual({ format: 'png', width: 1280, height: 720 });
	});
	test('format', () => {
		expect(() => checkImageFacts(openai, spec, model, '16:9', 'reference image', facts(webpVp8(1280, 720)))).toThrow(
			'Invalid reference image (binary property) "data": it is a WebP image of 1280×720 pixels, 40 bytes; OpenAI-Compatible (/v1/videos) takes PNG, JPEG',
		);
	});
	test('size limit', () => {
		expect(() => checkImageFacts(openai, spec, model, '16:9', 'last frame image', facts(pngImage(1280, 720), 12 * 1024 * 1024))).toThrow(
			/^Invalid last frame image \(binary property\) "data": it is a PNG image of 1280×720 pixels, 12\.0 MB; .* takes at most 10\.0 MB$/,
		);
	});
	test('exact pixel size for the ratio', () => {
		expect(() => checkImageFacts(openai, spec, model, '9:16', 'reference image', facts(pngImage(1280, 720)))).toThrow(
			/model "sora-2" at 9:16 needs exactly 720×1280 pixels/,
		);
	});
	test('not an image: the first bytes and the declared type', () => {
		expect(() => checkImageFacts(openai, spec, model, '16:9', 'reference image', facts(Buffer.from('{"error":"expired"}')))).toThrow(
			/not a PNG, JPEG image \(its first bytes are 7b 22 65 72 72 6f 72 22, declared as image\/png\)/,
		);
	});
});
