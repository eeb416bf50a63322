import type { INodeCredentialDescription, INodeProperties } from 'n8n-workflow';

import type { ProviderSpec } from '../providers/types';
import { modelProperty, providerDetailProperties } from './createProperties';
import {
	operationProperty,
	promptProperty,
	providerProperty,
	retryOnFailNotice,
	taskIdProperty,
	waitForCompletionProperty,
} from './operationProperties';
import { waitOptionsProperties } from './waitOptions';

/** The whole parameter list, generated from the provider catalog. */
export function buildProperties(providers: readonly ProviderSpec[]): INodeProperties[] {
	return [
		providerProperty(providers),
		operationProperty,
		retryOnFailNotice,
		...providers.map(modelProperty),
		promptProperty,
		...providers.flatMap(providerDetailProperties),
		waitForCompletionProperty,
		taskIdProperty,
		...waitOptionsProperties,
	];
}

/** One credential type per provider; providers of one vendor may share it. */
export function buildCredentials(providers: readonly ProviderSpec[]): INodeCredentialDescription[] {
	const byType = new Map<string, string[]>();
	for (const provider of providers) {
		byType.set(provider.credentialType, [...(byType.get(provider.credentialType) ?? []), provider.id]);
	}
	return [...byType].map(([name, ids]) => ({ name, required: true, displayOptions: { show: { provider: ids } } }));
}
