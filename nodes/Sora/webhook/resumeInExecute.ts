import type { IExecuteData, IWebhookFunctions } from 'n8n-workflow';

import { parkMetadataOf } from '../waiter/parkMetadata';

/**
 * Makes n8n run the parked node's `execute()` on the items the webhook returns, instead of handing
 * them on unprocessed. n8n's waiting-webhook route disables the parked node before it calls
 * `webhook()` (n8n `WaitingWebhooks.getWebhookExecutionData` → `disableNode`), and a disabled node
 * only forwards its input (n8n-core `WorkflowExecute.runNode` → `handleDisabledNode`). The webhook
 * context's `executeData` is that very stack entry (n8n-core `WebhookContext` constructor:
 * `runExecutionData.executionData.nodeExecutionStack[0]`), and `prepareExecutionData` later sets
 * its input to the returned `workflowData`; so the node is enabled again here and marked, and
 * `execute()` settles the batch with the node's On Error setting (actions/parkResume.ts).
 * Checked in n8n 2.8.4 and 2.41.1; `executeData` is public on n8n-core's NodeExecutionContext.
 * Returns false when the entry is not there (the node then leaves the execution parked).
 */
export function resumeInExecute(context: IWebhookFunctions): boolean {
	const entry = (context as unknown as { executeData?: IExecuteData }).executeData;
	if (!entry?.node || entry.node.name !== context.getNode().name) return false;
	entry.node.disabled = false;
	const metadata = { ...parkMetadataOf(entry), soraParkResume: true };
	// Left in place, n8n ≥ 2.27 would fail the resumed node with the deadline's error.
	delete metadata.resumeError;
	entry.metadata = metadata;
	return true;
}
