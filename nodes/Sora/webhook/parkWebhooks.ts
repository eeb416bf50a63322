import type { IHookFunctions, IWebhookDescription } from 'n8n-workflow';

import { PARK_WEBHOOK_PATH } from '../waiter/parkCallbackUrl';

/**
 * A restart webhook: n8n routes `POST /webhook-waiting/<executionId>/sora-callback` to the node an
 * execution is parked at. It is never registered on activation (n8n skips restart webhooks there),
 * so the lifecycle methods below have nothing to create or delete.
 */
export const parkWebhookDescription: IWebhookDescription = {
	name: 'default',
	httpMethod: 'POST',
	path: PARK_WEBHOOK_PATH,
	restartWebhook: true,
	isFullPath: true,
	responseMode: 'onReceived',
	// Unset, n8n would answer the literal default 'firstEntryJson'; empty, it answers webhook()'s
	// webhookResponse (n8n webhook-on-received-response-extractor.js, 2.8.4 and 2.41.1).
	responseData: '',
};

export const parkWebhookMethods = {
	default: {
		async checkExists(this: IHookFunctions): Promise<boolean> {
			return true;
		},
		async create(this: IHookFunctions): Promise<boolean> {
			return true;
		},
		async delete(this: IHookFunctions): Promise<boolean> {
			return true;
		},
	},
};
