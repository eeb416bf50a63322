import type { INodeProperties } from 'n8n-workflow';

import type { ElementSpec, ModelSpec, ProviderSpec, ReferenceKind, ReferenceKindSpec, ReferenceSpec } from '../providers/types';
import { groupByValue } from './groupByValue';

const fieldNames: Record<ReferenceKind, string> = {
	images: 'referenceImageUrls',
	videos: 'referenceVideoUrls',
	audios: 'referenceAudioUrls',
};

const nouns: Record<ReferenceKind, string> = { images: 'image', videos: 'video', audios: 'audio file' };

/**
 * Reference images, videos and audio (and the video an edit or extension starts from): one field per
 * kind, with the counts, formats, prompt tags and rules of exactly the models shown, from their catalog.
 */
export function referenceProperties(provider: ProviderSpec): INodeProperties[] {
	const models = provider.models.filter((model) => model.references);
	const properties: INodeProperties[] = [];
	for (const kind of ['images', 'videos', 'audios'] as ReferenceKind[]) {
		const taking = models.filter((model) => model.references?.[kind]);
		const groups = groupByValue(taking, (model) => fieldText(kind, model.references as ReferenceSpec));
		for (const { keys, value } of groups) {
			properties.push({
				displayName: value.displayName,
				name: fieldNames[kind],
				type: 'string',
				default: '',
				placeholder: value.placeholder,
				description: value.description,
				typeOptions: { rows: 2 },
				displayOptions: showFor(provider, keys),
			});
		}
	}
	const elementModels = models.filter((model) => model.references?.elements);
	for (const { keys, value } of groupByValue(elementModels, (model) => elementText(model))) {
		properties.push({
			displayName: value.displayName,
			name: 'elementIds',
			type: 'string',
			default: '',
			placeholder: '123456',
			description: value.description,
			typeOptions: { rows: 2 },
			displayOptions: showFor(provider, keys),
		});
	}
	const uploadModels = models.filter((model) => model.references?.images);
	if (uploadModels.length > 0 && provider.imageInput?.binary === 'upload') {
		properties.push({
			displayName: 'Reference Image Binary Properties',
			name: 'referenceImageBinaryProperties',
			type: 'string',
			default: '',
			placeholder: 'data, character',
			description: `Optional binary properties (comma-separated) holding more reference images (PNG, JPEG or WebP), checked and uploaded to ${provider.displayName}'s file storage first. They count after the Reference Image URLs, in this order.`,
			displayOptions: showFor(provider, uploadModels),
		});
	}
	return properties;
}

function showFor(provider: ProviderSpec, models: ModelSpec[]) {
	return { show: { operation: ['create'], provider: [provider.id], model: models.map((model) => model.id) } };
}

const placeholders: Record<ReferenceKind, string> = {
	images: 'https://example.com/character.png',
	videos: 'https://example.com/clip.mp4',
	audios: 'https://example.com/voice.mp3',
};

function fieldText(kind: ReferenceKind, spec: ReferenceSpec): { displayName: string; description: string; placeholder: string } {
	const kindSpec = spec[kind] as ReferenceKindSpec;
	const source = kind === 'videos' && spec.mode !== 'reference';
	const displayName = source
		? `Video URLs (First Is ${spec.mode === 'edit' ? 'Edited' : 'Extended'})`
		: { images: 'Reference Image URLs', videos: 'Reference Video URLs', audios: 'Reference Audio URLs' }[kind];
	const count = countText(kindSpec, nouns[kind], spec.startImageIsFirst && kind === 'images');
	const listing = kindSpec.boundTo
		? 'one per line as image1=URL or video1=URL, naming the reference image or video it belongs to (each at most once)'
		: 'one URL per line';
	const parts = [
		`${count}, ${listing}${kindSpec.extensions ? ` (${kindSpec.extensions.join(', ')})` : ''}`,
		source ? `the first is the video to ${spec.mode}` : '',
		kindSpec.limits ?? '',
		`In the prompt: ${spec.promptTags}, counted in this order`,
		rulesText(spec),
		source ? (spec.note ?? '') : '',
	];
	const placeholder = kindSpec.boundTo ? `image1=${placeholders[kind]}` : placeholders[kind];
	return { displayName, description: parts.filter((part) => part !== '').join('. '), placeholder };
}

function countText(spec: ReferenceKindSpec, noun: string, startImageIsFirst: boolean | undefined): string {
	const plural = spec.max === 1 ? noun : `${noun}s`;
	const range = spec.min ? (spec.min === spec.max ? `Exactly ${spec.max} ${plural}` : `${spec.min}–${spec.max} ${plural}`) : `Up to ${spec.max} ${plural}`;
	return startImageIsFirst ? `${range}, counting the Reference Image URL above as the first` : range;
}

function rulesText(spec: ReferenceSpec): string {
	const rules = [
		spec.maxVisual !== undefined ? `at most ${spec.maxVisual} images and videos together` : '',
		spec.needsOne ? 'at least one reference of any kind' : '',
		spec.audioNeedsVisual ? 'audio only with an image or video' : '',
		spec.exclusiveWithFrames ? 'not together with a start or last frame' : '',
	].filter((rule) => rule !== '');
	return rules.length > 0 ? `Rules: ${rules.join('; ')}` : '';
}

/** The element field of the models that declare elements: its label, counts and prompt tags from the catalog. */
function elementText(model: ModelSpec): { displayName: string; description: string } {
	const elements = model.references?.elements as ElementSpec;
	const images = model.supportsImage ? 'images (a start image included)' : 'images';
	const parts = [
		`IDs of elements made beforehand (one per line, or a list from an expression), sent as ${elements.parent}.${elements.key} in this order; the node does not create elements`,
		`At most ${elements.maxWithImages} ${images} and elements together${elements.maxWithStartImage !== undefined ? `, and at most ${elements.maxWithStartImage} elements with a start image` : ''}`,
		elements.limits ?? '',
		`In the prompt: ${elements.promptTags}`,
	];
	return { displayName: elements.displayName, description: parts.filter((part) => part !== '').join('. ') };
}
