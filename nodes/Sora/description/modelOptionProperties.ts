import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import type { ModelSpec, ProviderSpec } from '../providers/types';
import { groupByValue } from './groupByValue';

/** Inputs only some models take: each is shown exactly for the models of this provider that take it. */
export function modelOptionProperties(provider: ProviderSpec): INodeProperties[] {
	const onCreateFor = (models: ModelSpec[]) => ({
		show: { operation: ['create'], provider: [provider.id], model: models.map((model) => model.id) },
	});
	const taking = (predicate: (model: ModelSpec) => boolean) => provider.models.filter(predicate);
	const properties: INodeProperties[] = [];

	const lastFrameModels = taking((model) => model.supportsLastFrame === true);
	if (lastFrameModels.length > 0) {
		properties.push({
			displayName: 'Last Frame Image URL',
			name: 'lastFrameUrl',
			type: 'string',
			default: '',
			placeholder: 'https://example.com/last-frame.png',
			description: 'Optional image the video ends on; needs a start image above (first + last frame mode)',
			displayOptions: { show: { ...onCreateFor(lastFrameModels).show, imageSource: ['url'] } },
		});
	}

	// Three states with a neutral default: with the model set by an expression, n8n hands over the
	// default of whichever audio property it finds, so that default must mean "this model's default".
	const audioProperty = (models: ModelSpec[], defaultOn: boolean): INodeProperties => ({
		displayName: 'Generate Audio',
		name: 'generateAudio',
		type: 'options',
		default: 'modelDefault',
		description: 'Whether the video gets a generated soundtrack (dialogue, effects, music); audio may cost more',
		options: audioChoices(defaultOn),
		displayOptions: onCreateFor(models),
	});
	const audioOff = taking((model) => model.audio?.default === false);
	const audioOn = taking((model) => model.audio?.default === true);
	if (audioOff.length > 0) properties.push(audioProperty(audioOff, false));
	if (audioOn.length > 0) properties.push(audioProperty(audioOn, true));

	const negativeModels = taking((model) => model.supportsNegativePrompt === true);
	if (negativeModels.length > 0) {
		properties.push({
			displayName: 'Negative Prompt',
			name: 'negativePrompt',
			type: 'string',
			default: '',
			description: 'What the video should not show; leave empty for none',
			typeOptions: { rows: 2 },
			displayOptions: onCreateFor(negativeModels),
		});
	}

	const seedModels = taking((model) => model.seed !== undefined);
	for (const { keys: models, value: range } of groupByValue(seedModels, (model) => model.seed)) {
		properties.push({
			displayName: 'Seed',
			name: 'seed',
			type: 'number',
			default: -1,
			description: `Same seed and inputs give a similar video; -1 lets the provider pick (${range?.min}–${range?.max})`,
			typeOptions: { minValue: -1, maxValue: range?.max },
			displayOptions: onCreateFor(models),
		});
	}
	return properties;
}

function audioChoices(defaultOn: boolean): INodePropertyOptions[] {
	return [
		{ name: defaultOn ? 'Model Default (On)' : 'Model Default (Off)', value: 'modelDefault' },
		{ name: 'On', value: 'on' },
		{ name: 'Off', value: 'off' },
	];
}
