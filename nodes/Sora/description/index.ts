import type { INodeCredentialDescription, INodeProperties } from 'n8n-workflow';

import type { ProviderSpec } from '../providers/types';
import { providerDetailProperties } from './createProperties';
import { customModelFieldProperties, customModelIdProperties } from './customModelProperties';
import { modelProperties } from './modelProperty';
import {
	promptProperty,
	providerProperty,
	retryOnFailNotice,
	taskIdProperty,
	waitForCompletionProperty,
} from './operationProperties';
import { waitModeProperties, routeByStatusProperty } from './waitModeProperties';
import { operationProperties, videoOperationProperties } from './videoOperations';
import { waitOptionsProperties } from './waitOptions';

/** The whole parameter list, generated from the provider catalog. */
export function buildProperties(providers: readonly ProviderSpec[]): INodeProperties[] {
	return [
		providerProperty(providers),
		...operationProperties(providers),
		retryOnFailNotice,
		...providers.flatMap(modelProperties),
		...customModelIdProperties,
		promptProperty,
		...providers.flatMap(providerDetailProperties),
		...providers.flatMap(customModelFieldProperties),
		waitForCompletionProperty,
		...waitModeProperties(providers),
		taskIdProperty,
		...videoOperationProperties(providers),
		routeByStatusProperty,
		...waitOptionsProperties,
	];
}

/**
 * One credential type per provider; providers of one vendor may share it. Expressed with `hide`
 * rather than `show`: n8n's editor treats a field that every credential's `show` covers as the
 * node's "main auth field", hides it and derives it from the chosen credential, which would hide
 * the Provider dropdown and make providers that share a credential (YutoAI and its legacy
 * endpoint) impossible to choose.
 */
export function buildCredentials(providers: readonly ProviderSpec[]): INodeCredentialDescription[] {
	const byType = new Map<string, string[]>();
	for (const provider of providers) {
		byType.set(provider.credentialType, [...(byType.get(provider.credentialType) ?? []), provider.id]);
	}
	// One credential type needs no display rule (an edition's node).
	if (byType.size === 1) return [...byType.keys()].map((name) => ({ name, required: true }));
	return [...byType].map(([name, ids]) => ({
		name,
		required: true,
		displayOptions: { hide: { provider: providers.map((provider) => provider.id).filter((id) => !ids.includes(id)) } },
	}));
}
