import type { IExecuteData, IExecuteFunctions, ITaskMetadata } from 'n8n-workflow';

/**
 * What rides on the parked node's stack entry (`executeData.metadata`, saved with the execution):
 * - `soraParkedAt`: when this park began; a callback claims the resume of one park only once.
 * - `soraParkResume`: set by the webhook when it hands the batch back to `execute()`.
 * - `soraParkToken`: the callback URL's token (waiter/parkToken.ts); kept across re-parks, since the
 *   provider's tasks keep calling the URL they were created with. Absent on parks made by 0.2.0.
 * - `resumeError` (n8n ≥ 2.27, n8n-core `WorkflowExecute.runNode` / `handleWaitingState`): the error
 *   n8n fails the node with when the deadline passes. Older versions ignore the key.
 */
export type SoraParkMetadata = ITaskMetadata & {
	soraParkedAt?: number;
	soraParkResume?: boolean;
	soraParkToken?: string;
};

export function parkMetadataOf(executeData: IExecuteData | undefined): SoraParkMetadata {
	return (executeData?.metadata ?? {}) as SoraParkMetadata;
}

/** True when n8n runs `execute()` because a callback resumed a park (see webhook/resumeInExecute.ts). */
export function isParkResume(context: IExecuteFunctions): boolean {
	return parkMetadataOf(context.getExecuteData()).soraParkResume === true;
}
