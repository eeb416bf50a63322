import type { AspectRatio, ImageInputSpec, ModelSpec, ProviderSpec } from '../providers/types';
import { formatNames, type HeaderReading, type ImageHeader } from './imageHeader';
import { InvalidParameterError } from './invalidParameter';

/** What the node learned about one binary image before sending anything. */
export interface ImageFacts {
	/** The n8n binary property it came from. */
	property: string;
	header: HeaderReading;
	byteLength: number;
	/** The MIME type n8n recorded, which may not match the bytes. */
	declaredType?: string;
	/** The first bytes, shown when they are not an image. */
	firstBytes: Buffer;
}

/**
 * Checks a binary image against what this provider and model document: the real format (from the
 * bytes), the file size limit and an exact pixel size where one is required. The message names the
 * field, what arrived and what is allowed.
 */
export function checkImageFacts(
	provider: ProviderSpec,
	spec: ImageInputSpec,
	model: ModelSpec,
	aspectRatio: AspectRatio,
	field: string,
	facts: ImageFacts,
): ImageHeader {
	const refuse = (reason: string) => new InvalidParameterError(`${field} (binary property)`, facts.property, reason);
	// A model's page may list fewer image types than its provider takes (APIMart Kling 3.0 Turbo: no WebP).
	const formats = model.imageFormats ? spec.formats.filter((format) => model.imageFormats?.includes(format)) : spec.formats;
	const taker = model.imageFormats ? `${provider.displayName} model "${model.id}"` : provider.displayName;
	const allowed = formats.map((format) => formatNames[format]).join(', ');
	const { header } = facts;
	if (header === 'unknown' || header === 'needMoreBytes') {
		const declared = facts.declaredType ? `, declared as ${facts.declaredType}` : '';
		throw refuse(
			`the file is not a ${allowed} image (its first bytes are ${hex(facts.firstBytes)}${declared}); ${taker} takes ${allowed}`,
		);
	}
	const arrived = `a ${formatNames[header.format]} image of ${header.width}×${header.height} pixels, ${sizeText(facts.byteLength)}`;
	if (!formats.includes(header.format)) {
		throw refuse(`it is ${arrived}; ${taker} takes ${allowed}`);
	}
	if (spec.maxBytes !== undefined && facts.byteLength > spec.maxBytes) {
		throw refuse(`it is ${arrived}; ${provider.displayName} takes at most ${sizeText(spec.maxBytes)}`);
	}
	const sizes = spec.pixelSizes?.(model, aspectRatio);
	if (sizes && !sizes.some((size) => size.width === header.width && size.height === header.height)) {
		const wanted = sizes.map((size) => `${size.width}×${size.height}`).join(' or ');
		throw refuse(`it is ${arrived}; ${provider.displayName} model "${model.id}" at ${aspectRatio} needs exactly ${wanted} pixels`);
	}
	return header;
}

function hex(bytes: Buffer): string {
	return bytes.length === 0 ? '(none: the file is empty)' : bytes.subarray(0, 8).toString('hex').replace(/(..)(?=.)/g, '$1 ');
}

export function sizeText(bytes: number): string {
	if (bytes < 1024) return `${bytes} bytes`;
	if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
	return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
