import {
	NodeConnectionTypes,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';

import { route } from './actions/router';
import { buildCredentials, buildProperties } from './description';
import { providers } from './providers';

export class Sora implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Sora',
		name: 'sora',
		icon: { light: 'file:sora.svg', dark: 'file:sora.dark.svg' },
		group: ['transform'],
		// Version 2 only changes defaults (the newest model); version 1 keeps what its saved workflows rely on.
		version: [1, 2],
		defaultVersion: 2,
		subtitle: '={{ $parameter["operation"] + ": " + $parameter["provider"] }}',
		description: 'Create Sora 2 videos through several API providers, check their status, wait for them and download the MP4',
		defaults: { name: 'Sora' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: buildCredentials(providers),
		properties: buildProperties(providers),
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return [await route(this)];
	}
}
