import { NodeOperationError, type IExecuteFunctions } from 'n8n-workflow';

/**
 * n8n's Retry On Fail re-runs the whole node after an error, so every item of the batch is created
 * (and billed) again, including the ones that succeeded. Refused before any request.
 */
export function refuseRetryOnFail(context: IExecuteFunctions): void {
	const node = context.getNode();
	if (node.retryOnFail !== true) return;
	throw new NodeOperationError(
		node,
		'Invalid node setting "Retry On Fail" (on): it must be off for Create, because a retried Create starts (and bills) every video of the batch again',
		{
			description:
				'Open the node\'s Settings and turn off "Retry On Fail". Safe retries are built in: a create is sent again only when the provider answered 429 or the connection was refused (nothing was created), and status checks and downloads are retried on their own. Retry On Fail is fine on Get Status and Wait.',
		},
	);
}
