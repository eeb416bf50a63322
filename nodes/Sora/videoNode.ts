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
import type { ProviderSpec } from './providers/types';
import { handleParkCallback } from './webhook/parkCallback';
import { parkWebhookDescription, parkWebhookMethods } from './webhook/parkWebhooks';

/** What differs between the full package's node and an edition's: names, looks and the providers. */
export interface VideoNodeSpec {
	displayName: string;
	/** The node type's own name; the package name prefixes it. */
	name: string;
	description: string;
	/** Light and dark SVGs; both are required for verification. */
	icon: { light: `file:${string}.svg`; dark: `file:${string}.svg` };
	subtitle: string;
	version: number | number[];
	defaultVersion?: number;
	/** The providers offered, in dropdown order; the description, credentials and runtime use only these. */
	providers: readonly ProviderSpec[];
}

/**
 * The node class for a set of providers. The full package and every edition extend the class this
 * returns, so they run the same code; only the provider set (and the names) differ.
 */
export function videoNodeClass(spec: VideoNodeSpec): new () => INodeType {
	const { providers } = spec;
	const parksExecutions = providers.some((provider) => provider.callback);
	return class VideoNode implements INodeType {
		description: INodeTypeDescription = {
			displayName: spec.displayName,
			name: spec.name,
			icon: spec.icon,
			group: ['transform'],
			version: spec.version,
			...(spec.defaultVersion === undefined ? {} : { defaultVersion: spec.defaultVersion }),
			subtitle: spec.subtitle,
			description: spec.description,
			defaults: { name: spec.displayName },
			usableAsTool: true,
			inputs: [NodeConnectionTypes.Main],
			// Get Status with Route by Status has three outputs; everything else one.
			outputs: outputsExpression,
			credentials: buildCredentials(providers),
			properties: buildProperties(providers),
			// Only nodes whose providers call back can park an execution and need the restart webhook.
			webhooks: parksExecutions ? [parkWebhookDescription] : [],
		};

		webhookMethods = parkWebhookMethods;

		async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
			const items = await route(this, providers);
			return wantsRouting(this) ? splitByStatus(items) : [items];
		}

		/** A provider's callback for a Create parked with Wait Mode "park". */
		async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
			return await handleParkCallback.call(this, providers);
		}
	};
}

/** An edition's providers: the same specs, authenticated with the edition's own credential type. */
export function withCredentialType(providers: readonly ProviderSpec[], credentialType: string): ProviderSpec[] {
	return providers.map((provider) => ({ ...provider, credentialType }));
}
