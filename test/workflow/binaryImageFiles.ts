import { deflateSync } from 'zlib';
import { createHash } from 'crypto';
import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';

import { loadPackage, type TypeRegistry } from '../support/engine';

/** A real, decodable RGB PNG of this size (all black). */
export function pngImage(width: number, height: number): Buffer {
	const chunk = (type: string, data: Buffer) => {
		const length = Buffer.alloc(4);
		length.writeUInt32BE(data.length);
		const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
		const crc = Buffer.alloc(4);
		crc.writeUInt32BE(crc32(body));
		return Buffer.concat([length, body, crc]);
	};
	const header = Buffer.alloc(13);
	header.writeUInt32BE(width, 0);
	header.writeUInt32BE(height, 4);
	header.set([8, 2, 0, 0, 0], 8);
	const rows = Buffer.alloc((width * 3 + 1) * height);
	return Buffer.concat([
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
		chunk('IHDR', header),
		chunk('IDAT', deflateSync(rows)),
		chunk('IEND', Buffer.alloc(0)),
	]);
}

function crc32(bytes: Buffer): number {
	let crc = 0xffffffff;
	for (const byte of bytes) {
		crc ^= byte;
		for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
	}
	return (crc ^ 0xffffffff) >>> 0;
}

/** A JPEG header (SOI, an APP0 segment, SOF0 with the size) followed by filler: enough for any header check. */
export function jpegImage(width: number, height: number, fillerBytes = 2048): Buffer {
	const app0 = Buffer.from([0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00]);
	const sof0 = Buffer.from([0xff, 0xc0, 0x00, 0x11, 0x08, height >> 8, height & 0xff, width >> 8, width & 0xff, 0x03, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]);
	return Buffer.concat([Buffer.from([0xff, 0xd8]), app0, sof0, Buffer.alloc(fillerBytes, 0x55), Buffer.from([0xff, 0xd9])]);
}

export function gifImage(width: number, height: number): Buffer {
	const bytes = Buffer.alloc(64);
	bytes.write('GIF89a', 0, 'latin1');
	bytes.writeUInt16LE(width, 6);
	bytes.writeUInt16LE(height, 8);
	return bytes;
}

/** A RIFF/WEBP header with a VP8X chunk carrying the canvas size, then filler: enough for any header check. */
export function webpImage(width: number, height: number): Buffer {
	const bytes = Buffer.alloc(64);
	bytes.write('RIFF', 0, 'latin1');
	bytes.writeUInt32LE(bytes.length - 8, 4);
	bytes.write('WEBPVP8X', 8, 'latin1');
	bytes.writeUInt32LE(10, 16);
	bytes.writeUIntLE(width - 1, 24, 3);
	bytes.writeUIntLE(height - 1, 27, 3);
	return bytes;
}

export function sha256(bytes: Buffer): string {
	return createHash('sha256').update(bytes).digest('hex');
}

export interface ImageFixture {
	property: string;
	bytes: Buffer;
	fileName: string;
	mimeType: string;
}

const fixtures = new Map<string, ImageFixture[]>();

/** Registers images under a key; a "Binary Image" node with that key puts them on every item. */
/** One image for provideImages, its file named after the property (`character.png`, `prop.jpg`). */
export function imageFile(property: string, bytes: Buffer, format: 'png' | 'jpeg'): ImageFixture {
	return { property, bytes, fileName: `${property}.${format === 'png' ? 'png' : 'jpg'}`, mimeType: `image/${format}` };
}

export function provideImages(key: string, images: ImageFixture[]): string {
	fixtures.set(key, images);
	return key;
}

/** Like a Read Files or HTTP Request node: puts images into n8n's binary store (filesystem mode in these tests). */
class BinaryImageNode implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Binary Image (test)',
		name: 'test.binaryImage',
		group: ['input'],
		version: 1,
		description: 'Adds fixed images as binary data',
		defaults: { name: 'Binary Image' },
		inputs: ['main'],
		outputs: ['main'],
		properties: [{ displayName: 'Fixture', name: 'fixture', type: 'string', default: '' }],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const images = fixtures.get(this.getNodeParameter('fixture', 0) as string) ?? [];
		const items = this.getInputData();
		return [
			await Promise.all(
				items.map(async (item, index) => {
					const binary: INodeExecutionData['binary'] = {};
					for (const image of images) {
						binary[image.property] = await this.helpers.prepareBinaryData(image.bytes, image.fileName, image.mimeType);
					}
					return { json: item.json, binary, pairedItem: { item: index } };
				}),
			),
		];
	}
}

export const BINARY_IMAGE_TYPE = 'test.binaryImage';

export async function typesWithBinaryImages(): Promise<TypeRegistry> {
	const packaged = await loadPackage();
	return {
		nodeTypes: { ...packaged.nodeTypes, [BINARY_IMAGE_TYPE]: new BinaryImageNode() },
		credentialTypes: packaged.credentialTypes,
	};
}
