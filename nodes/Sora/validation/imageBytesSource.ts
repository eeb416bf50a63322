import type { IBinaryData, IExecuteFunctions } from 'n8n-workflow';

import { maxHeaderBytes, readImageHeader } from './imageHeader';
import type { ImageFacts } from './imageBytes';
import { InvalidParameterError } from './invalidParameter';

/** A binary image as found on the input item: its facts, and a way to open its bytes again. */
export interface BinaryImage {
	facts: ImageFacts;
	fileName?: string;
	open(): Promise<Buffer | NodeJS.ReadableStream>;
}

/**
 * Finds the binary property on the input item and reads only its header bytes. In filesystem,
 * database or S3 mode the data stays in n8n's store: its size comes from the metadata and its
 * bytes are streamed when sent; in memory mode n8n already holds it as base64.
 */
export async function readBinaryImage(
	context: IExecuteFunctions,
	itemIndex: number,
	property: string,
	field: string,
): Promise<BinaryImage> {
	const binary = findBinary(context, itemIndex, property, field);
	const declaredType = binary.mimeType || undefined;
	if (binary.id) {
		const id = binary.id;
		const { fileSize } = await context.helpers.getBinaryMetadata(id);
		const head = await readHead(await context.helpers.getBinaryStream(id));
		return {
			facts: { property, header: readImageHeader(head), byteLength: fileSize, declaredType, firstBytes: head },
			fileName: binary.fileName,
			open: async () => await context.helpers.getBinaryStream(id),
		};
	}
	const bytes = Buffer.from(binary.data, 'base64');
	return {
		facts: { property, header: readImageHeader(bytes), byteLength: bytes.length, declaredType, firstBytes: bytes.subarray(0, 16) },
		fileName: binary.fileName,
		open: async () => bytes,
	};
}

function findBinary(context: IExecuteFunctions, itemIndex: number, property: string, field: string): IBinaryData {
	const binaries = context.getInputData()[itemIndex]?.binary ?? {};
	const binary = binaries[property];
	if (binary) return binary;
	const present = Object.keys(binaries);
	throw new InvalidParameterError(
		`${field} (binary property)`,
		property,
		present.length > 0
			? `the input item has no binary property of that name; it has ${present.map((name) => `"${name}"`).join(', ')}`
			: 'the input item carries no binary data; connect a node that outputs the image as binary (HTTP Request, Read Files, Google Drive …)',
	);
}

/** Reads until the header is known, then stops the stream: the rest of the file is never loaded here. */
async function readHead(stream: NodeJS.ReadableStream): Promise<Buffer> {
	const chunks: Buffer[] = [];
	let length = 0;
	try {
		for await (const chunk of stream as AsyncIterable<Buffer | string>) {
			const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
			chunks.push(buffer);
			length += buffer.length;
			if (length >= maxHeaderBytes || readImageHeader(Buffer.concat(chunks)) !== 'needMoreBytes') break;
		}
	} finally {
		(stream as { destroy?: () => void }).destroy?.();
	}
	return Buffer.concat(chunks).subarray(0, maxHeaderBytes);
}
