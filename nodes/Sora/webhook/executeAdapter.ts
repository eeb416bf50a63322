import type { IExecuteFunctions, IWebhookFunctions } from 'n8n-workflow';

/**
 * The transport and waiter take an execute context; a webhook context has the same helpers
 * (credentials, authenticated requests, binary storage) but reads parameters without an item
 * index and has no cancel signal. Everything else is inherited from the webhook context itself.
 */
export function asExecuteContext(webhook: IWebhookFunctions): IExecuteFunctions {
	const overrides = {
		getNodeParameter: (name: string, _itemIndex: number, fallback?: unknown) => webhook.getNodeParameter(name, fallback),
		getExecutionCancelSignal: () => undefined,
		continueOnFail: () => false,
	};
	return Object.assign(Object.create(webhook) as object, overrides) as IExecuteFunctions;
}
