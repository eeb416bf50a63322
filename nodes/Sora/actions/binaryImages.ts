import type { IExecuteFunctions } from 'n8n-workflow';

import type { CreateInput, ImageFile, ImageInputSpec, ProviderSpec } from '../providers/types';
import { checkImageFacts } from '../validation/imageBytes';
import { readBinaryImage } from '../validation/imageBytesSource';
import { formatMimeTypes } from '../validation/imageHeader';
import { InvalidParameterError } from '../validation/invalidParameter';
import { checkReferenceRules } from '../validation/references';
import { binaryPropertyNames } from './binaryPropertyNames';

const extensions = { png: 'png', jpeg: 'jpg', webp: 'webp', gif: 'gif' } as const;

/**
 * With Image Source "Binary Data": finds and checks the item's images (format, size, pixels) before
 * any request, then hands them over the way the provider takes them: as files (multipart, or an
 * upload right before the create) or as base64 data URLs in the JSON body.
 */
export async function attachBinaryImages(
	context: IExecuteFunctions,
	provider: ProviderSpec,
	itemIndex: number,
	input: CreateInput,
): Promise<CreateInput> {
	const withStart = await attachStartImages(context, provider, itemIndex, input);
	return await attachReferenceImages(context, provider, itemIndex, withStart);
}

async function attachStartImages(
	context: IExecuteFunctions,
	provider: ProviderSpec,
	itemIndex: number,
	input: CreateInput,
): Promise<CreateInput> {
	const source = context.getNodeParameter('imageSource', itemIndex, 'url');
	if (source === 'url' || source === null) return input;
	if (source !== 'binary') throw new InvalidParameterError('image source', source, 'allowed: "url", "binary"');
	const spec = provider.imageInput;
	if (!input.model.supportsImage) {
		throw new InvalidParameterError('image source', source, `${provider.displayName} model "${input.model.id}" takes no image`);
	}
	if (!spec || spec.binary === 'none') {
		throw new InvalidParameterError(
			'image source',
			source,
			`${provider.displayName} does not take an image as binary data; it takes ${spec?.accepts ?? 'a public image URL'}. Set Image Source to URL`,
		);
	}
	const imageFile = await checkedFile(context, provider, spec, itemIndex, input, 'reference image', readProperty(context, itemIndex, 'imageBinaryProperty', 'data'));
	const lastProperty = readProperty(context, itemIndex, 'lastFrameBinaryProperty', '');
	let lastFrameFile: ImageFile | undefined;
	if (lastProperty !== '') {
		if (!input.model.supportsLastFrame) {
			throw new InvalidParameterError('last frame (binary property)', lastProperty, `${provider.displayName} model "${input.model.id}" takes no last frame`);
		}
		lastFrameFile = await checkedFile(context, provider, spec, itemIndex, input, 'last frame image', lastProperty);
	}
	if (spec.binary === 'dataUrl') {
		return { ...input, imageUrl: await dataUrl(context, imageFile), ...(lastFrameFile ? { lastFrameUrl: await dataUrl(context, lastFrameFile) } : {}) };
	}
	return { ...input, imageFile, ...(lastFrameFile ? { lastFrameFile } : {}) };
}

/**
 * Reference images from binary data (comma-separated property names), checked like the start image and
 * uploaded right before the create, where the provider documents an upload (APIMart, EvoLink).
 */
async function attachReferenceImages(
	context: IExecuteFunctions,
	provider: ProviderSpec,
	itemIndex: number,
	input: CreateInput,
): Promise<CreateInput> {
	const field = 'reference image binary properties';
	const raw = context.getNodeParameter('referenceImageBinaryProperties', itemIndex, '');
	if (raw === null || raw === '') return input;
	if (typeof raw !== 'string') throw new InvalidParameterError(field, raw, 'must be binary property names separated by commas');
	const properties = binaryPropertyNames(raw);
	if (properties.length === 0) return input;
	if (!input.model.references?.images) {
		throw new InvalidParameterError(field, raw, `${provider.displayName} model "${input.model.id}" takes no reference images`);
	}
	const spec = provider.imageInput;
	if (!spec || spec.binary !== 'upload') {
		throw new InvalidParameterError(field, raw, `${provider.displayName} takes reference images only as URLs; set Reference Image URLs`);
	}
	const files: ImageFile[] = [];
	for (const [index, property] of properties.entries()) {
		files.push(await checkedFile(context, provider, spec, itemIndex, input, `reference image ${index + 1}`, property));
	}
	const withFiles = { ...input, referenceImageFiles: files };
	checkReferenceRules(provider, withFiles);
	return withFiles;
}

function readProperty(context: IExecuteFunctions, itemIndex: number, name: string, fallback: string): string {
	const value = context.getNodeParameter(name, itemIndex, fallback);
	if (typeof value !== 'string') throw new InvalidParameterError(name, value, 'must be the name of a binary property');
	return value.trim();
}

async function checkedFile(
	context: IExecuteFunctions,
	provider: ProviderSpec,
	spec: ImageInputSpec,
	itemIndex: number,
	input: CreateInput,
	field: string,
	property: string,
): Promise<ImageFile> {
	if (property === '') throw new InvalidParameterError(`${field} (binary property)`, property, 'name the binary property that holds the image, e.g. "data"');
	const image = await readBinaryImage(context, itemIndex, property, field);
	const header = checkImageFacts(provider, spec, input.model, input.aspectRatio, field, image.facts);
	const extension = extensions[header.format];
	const baseName = (image.fileName ?? 'image').replace(/\.[^.]*$/, '') || 'image';
	return {
		// The name and type follow the bytes, not what the previous node claimed.
		fileName: `${baseName}.${extension}`,
		mimeType: formatMimeTypes[header.format],
		format: header.format,
		byteLength: image.facts.byteLength,
		width: header.width,
		height: header.height,
		open: image.open,
	};
}

// A JSON body cannot stream: this provider documents base64, so the (size-checked) image is read whole.
async function dataUrl(context: IExecuteFunctions, file: ImageFile): Promise<string> {
	const content = await file.open();
	const bytes = Buffer.isBuffer(content) ? content : await context.helpers.binaryToBuffer(content as unknown as Buffer);
	return `data:${file.mimeType};base64,${bytes.toString('base64')}`;
}
