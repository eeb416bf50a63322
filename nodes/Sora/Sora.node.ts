import {
	NodeConnectionTypes,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
	type IWebhookFunctions,
	type IWebhookResponseData,
} from 'n8n-workflow';

import { outputsExpression, splitByStatus, wantsRouting } from './actions/routeByStatus';
import { route } from './actions/router';
import { buildCredentials, buildProperties } from './description';
import { providers } from './providers';
import { handleParkCallback } from './webhook/parkCallback';
import { parkWebhookDescription, parkWebhookMethods } from './webhook/parkWebhooks';

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
		// Get Status with Route by Status has three outputs; everything else one.
		outputs: outputsExpression,
		credentials: buildCredentials(providers),
		properties: buildProperties(providers),
		// A literal list, so @n8n/community-nodes/webhook-lifecycle-complete checks it (and finds webhookMethods).
		webhooks: [parkWebhookDescription],
	};

	webhookMethods = parkWebhookMethods;

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const items = await route(this);
		return wantsRouting(this) ? splitByStatus(items) : [items];
	}

	/** A provider's callback for a Create parked with Wait Mode "park". */
	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		return await handleParkCallback.call(this);
	}
}
