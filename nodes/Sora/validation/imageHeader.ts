import type { ImageFormat } from '../providers/types';

export interface ImageHeader {
	format: ImageFormat;
	width: number;
	height: number;
}

/** What the first bytes say: an image header, "read more", or not an image we know. */
export type HeaderReading = ImageHeader | 'needMoreBytes' | 'unknown';

/** A JPEG's size can sit behind large metadata (EXIF, ICC); past this we give up rather than read on. */
export const maxHeaderBytes = 1024 * 1024;

/**
 * Reads the real format and pixel size from the first bytes of a file (PNG IHDR, JPEG SOFn,
 * WebP VP8/VP8L/VP8X, GIF screen descriptor), whatever the file name or MIME type claims.
 */
export function readImageHeader(bytes: Buffer): HeaderReading {
	if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return readPng(bytes);
	if (startsWith(bytes, [0xff, 0xd8, 0xff])) return readJpeg(bytes);
	if (bytes.length >= 12 && bytes.toString('latin1', 0, 4) === 'RIFF' && bytes.toString('latin1', 8, 12) === 'WEBP') {
		return readWebp(bytes);
	}
	if (/^GIF8[79]a/.test(bytes.toString('latin1', 0, 6))) return readGif(bytes);
	// Too few bytes to tell yet, when what we have is a prefix of a known signature.
	return bytes.length < 12 ? 'needMoreBytes' : 'unknown';
}

function startsWith(bytes: Buffer, signature: number[]): boolean {
	return bytes.length >= signature.length && signature.every((byte, index) => bytes[index] === byte);
}

function readPng(bytes: Buffer): HeaderReading {
	if (bytes.length < 24) return 'needMoreBytes';
	if (bytes.toString('latin1', 12, 16) !== 'IHDR') return 'unknown';
	return sized('png', bytes.readUInt32BE(16), bytes.readUInt32BE(20));
}

// Start-of-frame markers carry the size; C4 (DHT), C8 (JPG) and CC (DAC) share the range but do not.
const startOfFrame = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);

function readJpeg(bytes: Buffer): HeaderReading {
	let offset = 2;
	for (;;) {
		if (offset + 4 > bytes.length) return 'needMoreBytes';
		if (bytes[offset] !== 0xff) return 'unknown';
		const marker = bytes[offset + 1];
		// Fill bytes, and markers without a length (TEM, RSTn).
		if (marker === 0xff) {
			offset += 1;
			continue;
		}
		if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
			offset += 2;
			continue;
		}
		if (marker === 0xd9 || marker === 0xda) return 'unknown';
		const length = bytes.readUInt16BE(offset + 2);
		if (length < 2) return 'unknown';
		if (startOfFrame.has(marker)) {
			if (offset + 9 > bytes.length) return 'needMoreBytes';
			return sized('jpeg', bytes.readUInt16BE(offset + 7), bytes.readUInt16BE(offset + 5));
		}
		offset += 2 + length;
	}
}

function readWebp(bytes: Buffer): HeaderReading {
	if (bytes.length < 30) return 'needMoreBytes';
	const chunk = bytes.toString('latin1', 12, 16);
	if (chunk === 'VP8 ') {
		// Key frame: 3-byte frame tag, start code 9D 01 2A, then 14-bit width and height.
		if (bytes[23] !== 0x9d || bytes[24] !== 0x01 || bytes[25] !== 0x2a) return 'unknown';
		return sized('webp', bytes.readUInt16LE(26) & 0x3fff, bytes.readUInt16LE(28) & 0x3fff);
	}
	if (chunk === 'VP8L') {
		if (bytes[20] !== 0x2f) return 'unknown';
		const bits = bytes.readUInt32LE(21);
		return sized('webp', (bits & 0x3fff) + 1, ((bits >>> 14) & 0x3fff) + 1);
	}
	if (chunk === 'VP8X') return sized('webp', bytes.readUIntLE(24, 3) + 1, bytes.readUIntLE(27, 3) + 1);
	return 'unknown';
}

function readGif(bytes: Buffer): HeaderReading {
	if (bytes.length < 10) return 'needMoreBytes';
	return sized('gif', bytes.readUInt16LE(6), bytes.readUInt16LE(8));
}

function sized(format: ImageFormat, width: number, height: number): HeaderReading {
	return width > 0 && height > 0 ? { format, width, height } : 'unknown';
}

export const formatNames: Record<ImageFormat, string> = { png: 'PNG', jpeg: 'JPEG', webp: 'WebP', gif: 'GIF' };
export const formatMimeTypes: Record<ImageFormat, string> = { png: 'image/png', jpeg: 'image/jpeg', webp: 'image/webp', gif: 'image/gif' };
