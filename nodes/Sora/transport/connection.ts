import { NodeOperationError, type IExecuteFunctions } from 'n8n-workflow';

import type { ProviderSpec } from '../providers/types';

/** Where and as whom we talk to one provider; the key is kept only to scrub it from what we show. */
export interface ProviderConnection {
	provider: ProviderSpec;
	baseUrl: string;
	secrets: string[];
}

export async function openConnection(
	context: IExecuteFunctions,
	provider: ProviderSpec,
	itemIndex: number,
): Promise<ProviderConnection> {
	const credentials = await context.getCredentials<{ apiKey?: string; baseUrl?: string }>(provider.credentialType, itemIndex);
	const apiKey = typeof credentials.apiKey === 'string' ? credentials.apiKey : '';
	const baseUrl = normalizeBaseUrl(String(credentials.baseUrl ?? ''));
	if (!baseUrl) {
		throw new NodeOperationError(
			context.getNode(),
			`The ${provider.credentialDisplayName} credential needs a Base URL that starts with http:// or https://`,
			{ itemIndex },
		);
	}
	return { provider, baseUrl, secrets: apiKey ? [apiKey] : [] };
}

/** With or without a trailing slash; undefined unless http(s). */
export function normalizeBaseUrl(value: string): string | undefined {
	const trimmed = value.trim().replace(/\/+$/, '');
	try {
		const url = new URL(trimmed);
		return url.protocol === 'http:' || url.protocol === 'https:' ? trimmed : undefined;
	} catch {
		return undefined;
	}
}
