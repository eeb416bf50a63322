import type { INodeProperties } from 'n8n-workflow';

import { customBodyMap } from '../catalog/customModelMap';
import type { BodyMap, ProviderSpec } from '../providers/types';
import { customModelValue } from '../validation/customModel';

const onCustom = { operation: ['create'], model: [customModelValue] };

/** The model dropdown's last entry: any model id, for models the catalog does not know yet. */
export const customModelOption = {
	name: 'Custom Model ID (Unvalidated)',
	value: customModelValue,
	description: 'Any model ID your provider serves; its fields are sent as you type them, without the node\'s checks',
};

/** Right below the model dropdown: the id itself, and a notice that nothing is validated. */
export const customModelIdProperties: INodeProperties[] = [
	{
		displayName:
			'Custom model: the node does not know this model\'s durations, resolutions or options, so it sends what you type unvalidated. Check the provider\'s documentation; List Models shows the IDs your key can use.',
		name: 'customModelNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: onCustom },
	},
	{
		displayName: 'Custom Model ID',
		name: 'customModelId',
		type: 'string',
		// Not `required`: with the model set by an expression n8n cannot tell whether this field is shown,
		// and would refuse every such workflow. An empty ID is refused at run time, before any request.
		default: '',
		placeholder: 'e.g. veo3.1-fast',
		description: 'The provider\'s own model ID, sent as typed (unvalidated)',
		displayOptions: { show: onCustom },
	},
];

function keyOf(entry: { key: string } | undefined, fallback: string): string {
	return `"${entry?.key ?? fallback}"`;
}

/** Free duration, resolution, aspect ratio, image and extra JSON, each saying where it goes for this provider. */
export function customModelFieldProperties(provider: ProviderSpec): INodeProperties[] {
	const map: BodyMap = customBodyMap(provider);
	const show = { show: { ...onCustom, provider: [provider.id] } };
	const durationType = map.duration?.type === 'string' ? 'text' : 'a whole number';
	return [
		{
			displayName: 'Custom Duration',
			name: 'customDuration',
			type: 'string',
			default: '',
			placeholder: 'e.g. 8',
			description: `Seconds, sent as ${keyOf(map.duration, 'duration')} (${durationType}); leave empty to let the provider pick`,
			displayOptions: show,
		},
		{
			displayName: 'Custom Resolution',
			name: 'customResolution',
			type: 'string',
			default: '',
			placeholder: 'e.g. 720p',
			description: `Sent as ${keyOf(map.resolution, 'resolution')}, as typed; leave empty to let the provider pick`,
			displayOptions: show,
		},
		{
			displayName: 'Custom Aspect Ratio',
			name: 'customAspectRatio',
			type: 'string',
			default: '',
			placeholder: 'e.g. 16:9',
			description: `Sent as ${keyOf(map.aspectRatio, 'aspect_ratio')}, as typed; leave empty to let the provider pick`,
			displayOptions: show,
		},
		{
			displayName: 'Reference Image URL',
			name: 'imageUrl',
			type: 'string',
			default: '',
			placeholder: 'https://example.com/first-frame.png',
			description: `Optional start image, sent as ${keyOf(map.image, 'image_urls')}; leave empty for text-to-video`,
			displayOptions: show,
		},
		{
			displayName: 'Extra Body JSON',
			name: 'extraBodyJson',
			type: 'json',
			default: '{}',
			description: 'One JSON object merged into the request body last, for any field the model takes (it can override the fields above)',
			displayOptions: show,
		},
	];
}
