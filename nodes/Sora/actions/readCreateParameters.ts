import type { IExecuteFunctions } from 'n8n-workflow';

import type { ProviderSpec } from '../providers/types';
import type { RawCreateParameters } from '../validation/createInput';
import { isCustomModel } from '../validation/customModel';
import { binaryPropertyNames } from './binaryPropertyNames';

/** Reads the create parameters of one item exactly as n8n resolved them, without judging them. */
export function readCreateParameters(
	context: IExecuteFunctions,
	provider: ProviderSpec,
	itemIndex: number,
): RawCreateParameters {
	// null marks a parameter the current provider and model do not show.
	const read = (name: string): unknown => context.getNodeParameter(name, itemIndex, null);
	const extras: Record<string, unknown> = {};
	for (const field of provider.extraFields) extras[field.name] = read(field.name);
	const model = read('model');
	return {
		model,
		prompt: read('prompt'),
		duration: read('duration'),
		aspectRatio: read('aspectRatio'),
		resolution: read('resolution'),
		imageUrl: read('imageUrl'),
		lastFrameUrl: read('lastFrameUrl'),
		generateAudio: read('generateAudio'),
		negativePrompt: read('negativePrompt'),
		seed: read('seed'),
		startImageFromBinary: read('imageSource') === 'binary',
		references: { images: read('referenceImageUrls'), videos: read('referenceVideoUrls'), audios: read('referenceAudioUrls'), elements: read('elementIds') },
		referenceImagesFromBinary: binaryPropertyNames(read('referenceImageBinaryProperties')).length,
		extras,
		nodeVersion: context.getNode().typeVersion,
		...(isCustomModel(model)
			? {
					custom: {
						modelId: read('customModelId'),
						duration: read('customDuration'),
						resolution: read('customResolution'),
						aspectRatio: read('customAspectRatio'),
						extraBodyJson: read('extraBodyJson'),
					},
				}
			: {}),
	};
}
