import { NodeOperationError, type IExecuteFunctions } from 'n8n-workflow';

import type { CallbackSpec, ProviderSpec } from '../providers/types';
import { PARK_TOKEN_PARAM } from './parkToken';

/** The suffix after `/webhook-waiting/<executionId>` that n8n routes to this node's restart webhook. */
export const PARK_WEBHOOK_PATH = 'sora-callback';

/**
 * The URL the provider calls for every task of this execution: n8n's resume URL (with its own
 * `signature` token from n8n 2.14 on, kept as is), our webhook's path and our token.
 */
export function parkCallbackUrl(context: IExecuteFunctions, provider: ProviderSpec, callback: CallbackSpec, token: string): string {
	// Read from the data proxy, not evaluated as an expression: n8n 2.41 runs expressions in an isolate.
	const resumeUrl = String((context.getWorkflowDataProxy(0).$execution as { resumeUrl?: unknown } | undefined)?.resumeUrl ?? '');
	let url: URL;
	try {
		url = new URL(resumeUrl);
	} catch {
		throw new NodeOperationError(context.getNode(), `n8n gave no usable resume URL ("${resumeUrl}"), so the execution cannot be parked`);
	}
	url.pathname = `${url.pathname.replace(/\/+$/, '')}/${PARK_WEBHOOK_PATH}`;
	url.searchParams.set(PARK_TOKEN_PARAM, token);
	if (callback.httpsOnly && url.protocol !== 'https:' && !isLoopback(url.hostname)) {
		throw new NodeOperationError(
			context.getNode(),
			`${provider.displayName} only calls https:// URLs, but n8n's resume URL is ${url.protocol}//${url.host}`,
			{
				description:
					'Set WEBHOOK_URL to the public https:// address of this n8n instance, or use Wait Mode "Poll (This Execution)".',
			},
		);
	}
	return url.toString();
}

function isLoopback(hostname: string): boolean {
	const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
	return host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/** The callback URL resumes this execution: it, our token and n8n's own token never show up in output (some providers echo it). */
export function parkSecrets(keys: readonly string[], url: string, token: string): string[] {
	const signature = new URL(url).searchParams.get('signature');
	return [...keys, url, token, ...(signature ? [signature] : [])];
}
