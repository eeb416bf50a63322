import { randomBytes } from 'crypto';

import type { FormField } from '../providers/types';

export interface MultipartBody {
	contentType: string;
	contentLength: number;
	/** A stream when a file comes from n8n's binary store, else the whole body. */
	body: Buffer | NodeJS.ReadableStream;
}

interface ReadableClass {
	from(source: AsyncIterable<Buffer>): NodeJS.ReadableStream;
}

/**
 * multipart/form-data built by hand: community nodes may not import `form-data` or `stream`, and a
 * file from the binary store must flow through without being held whole. Files are opened here,
 * once per attempt, so a retried upload sends the bytes again.
 */
export async function buildMultipartBody(fields: FormField[]): Promise<MultipartBody> {
	const boundary = `----n8nSora${randomBytes(12).toString('hex')}`;
	const parts: Array<Buffer | NodeJS.ReadableStream> = [];
	let contentLength = 0;
	let streamClass: ReadableClass | undefined;
	for (const field of fields) {
		const header = partHeader(boundary, field);
		parts.push(header);
		contentLength += header.length;
		if ('value' in field) {
			const value = Buffer.from(field.value, 'utf8');
			parts.push(value, crlf);
			contentLength += value.length + crlf.length;
			continue;
		}
		const content = await field.file.open();
		if (!Buffer.isBuffer(content)) streamClass ??= readableClassOf(content);
		parts.push(content, crlf);
		contentLength += field.file.byteLength + crlf.length;
	}
	const closing = Buffer.from(`--${boundary}--\r\n`, 'utf8');
	parts.push(closing);
	contentLength += closing.length;
	const contentType = `multipart/form-data; boundary=${boundary}`;
	if (!streamClass) return { contentType, contentLength, body: Buffer.concat(parts as Buffer[]) };
	return { contentType, contentLength, body: streamClass.from(concatenate(parts)) };
}

const crlf = Buffer.from('\r\n', 'utf8');

function partHeader(boundary: string, field: FormField): Buffer {
	const name = quote(field.name);
	const lines =
		'value' in field
			? [`--${boundary}`, `Content-Disposition: form-data; name="${name}"`]
			: [
					`--${boundary}`,
					`Content-Disposition: form-data; name="${name}"; filename="${quote(field.file.fileName)}"`,
					`Content-Type: ${field.file.mimeType}`,
				];
	return Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'utf8');
}

// Quotes and line breaks would end the header early.
function quote(text: string): string {
	return text.replace(/["\r\n\\]/g, '_');
}

async function* concatenate(parts: Array<Buffer | NodeJS.ReadableStream>): AsyncIterable<Buffer> {
	for (const part of parts) {
		if (Buffer.isBuffer(part)) {
			yield part;
			continue;
		}
		for await (const chunk of part as AsyncIterable<Buffer | string>) yield Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
	}
}

// The binary store's stream is a Node Readable; its class (inherited statics included) builds ours.
function readableClassOf(stream: NodeJS.ReadableStream): ReadableClass {
	let prototype: unknown = Object.getPrototypeOf(stream);
	while (prototype) {
		const candidate = (prototype as { constructor?: Partial<ReadableClass> }).constructor;
		if (typeof candidate?.from === 'function') return candidate as ReadableClass;
		prototype = Object.getPrototypeOf(prototype);
	}
	throw new TypeError('The binary data stream cannot be re-streamed');
}
