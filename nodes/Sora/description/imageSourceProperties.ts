import type { INodeProperties } from 'n8n-workflow';

import type { ProviderSpec } from '../providers/types';

const binaryWays = {
	multipart: 'sent as a file with the request',
	dataUrl: 'sent as base64 in the request',
	upload: "uploaded to the provider's file storage first",
	none: '',
} as const;

/**
 * Image Source: a URL (as before) or n8n binary data from a previous node, for the reference image
 * and, on models that take one, the last frame. Shown wherever the provider has an image model.
 */
export function imageSourceProperties(provider: ProviderSpec): INodeProperties[] {
	const imageModels = provider.models.filter((model) => model.supportsImage).map((model) => model.id);
	if (imageModels.length === 0) return [];
	const lastFrameModels = provider.models.filter((model) => model.supportsImage && model.supportsLastFrame).map((model) => model.id);
	const show = (models: string[], extra: Record<string, string[]> = {}) => ({
		show: { operation: ['create'], provider: [provider.id], model: models, ...extra },
	});
	const way = provider.imageInput ? binaryWays[provider.imageInput.binary] : '';
	const binaryNote = way
		? `Binary Data: the image from a previous node, checked and ${way}`
		: `${provider.displayName} takes only an image URL${provider.imageInput?.accepts ? ` (${provider.imageInput.accepts})` : ''}`;
	const properties: INodeProperties[] = [
		{
			displayName: 'Image Source',
			name: 'imageSource',
			type: 'options',
			default: 'url',
			description: `Where the reference image comes from. ${binaryNote}.`,
			displayOptions: show(imageModels),
			options: [
				{ name: 'URL', value: 'url', description: 'A public image URL' },
				{ name: 'Binary Data', value: 'binary', description: 'An image in the binary data of the input item' },
			],
		},
		{
			displayName: 'Image Binary Property',
			name: 'imageBinaryProperty',
			type: 'string',
			default: 'data',
			required: true,
			description: 'Name of the binary property that holds the reference image (PNG, JPEG or WebP)',
			displayOptions: show(imageModels, { imageSource: ['binary'] }),
		},
	];
	if (lastFrameModels.length > 0) {
		properties.push({
			displayName: 'Last Frame Binary Property',
			name: 'lastFrameBinaryProperty',
			type: 'string',
			default: '',
			description: 'Optional binary property with the image the video ends on (first + last frame mode); leave empty for none',
			displayOptions: show(lastFrameModels, { imageSource: ['binary'] }),
		});
	}
	return properties;
}
