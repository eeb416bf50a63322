import { NodeOperationError, type IDataObject, type IExecuteFunctions } from 'n8n-workflow';

import { waitDefaults } from '../description/waitOptions';
import type { ProviderSpec } from '../providers/types';
import { describeValue } from '../validation/invalidParameter';
import { redactText } from './redact';

/** Where and as whom we talk to one provider; the key is kept only to scrub it from what we show. */
export interface ProviderConnection {
	provider: ProviderSpec;
	baseUrl: string;
	secrets: string[];
	/** Per request attempt (create, status); the node's Request Timeout option. */
	requestTimeoutMs: number;
	/** Where a provider serves image uploads on another host (EvoLink's files API), when the credential names it. */
	filesBaseUrl?: string;
}

const defaultRequestTimeoutSeconds = waitDefaults.requestTimeoutSeconds;

export async function openConnection(
	context: IExecuteFunctions,
	provider: ProviderSpec,
	itemIndex: number,
): Promise<ProviderConnection> {
	const requestTimeoutMs = readRequestTimeoutMs(context, itemIndex);
	const credentials = await context.getCredentials<{ apiKey?: string; baseUrl?: string; filesBaseUrl?: string }>(
		provider.credentialType,
		itemIndex,
	);
	const apiKey = typeof credentials.apiKey === 'string' ? credentials.apiKey : '';
	const secrets = apiKey ? [apiKey] : [];
	const rawBaseUrl = String(credentials.baseUrl ?? '');
	const baseUrl = normalizeBaseUrl(rawBaseUrl);
	if (!baseUrl) {
		throw new NodeOperationError(
			context.getNode(),
			`Invalid Base URL ${redactText(describeValue(rawBaseUrl), secrets)} in the ${provider.credentialDisplayName} credential: it must start with http:// or https://`,
			{ itemIndex },
		);
	}
	const filesBaseUrl = normalizeBaseUrl(String(credentials.filesBaseUrl ?? ''));
	return { provider, baseUrl, secrets, requestTimeoutMs, ...(filesBaseUrl ? { filesBaseUrl } : {}) };
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

function readRequestTimeoutMs(context: IExecuteFunctions, itemIndex: number): number {
	const options = context.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const value = options.requestTimeoutSeconds ?? defaultRequestTimeoutSeconds;
	const seconds = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
	if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds < 1) {
		throw new NodeOperationError(
			context.getNode(),
			`Invalid Request Timeout ${describeValue(value)}: must be a number of seconds, at least 1`,
			{ itemIndex },
		);
	}
	return seconds * 1000;
}
