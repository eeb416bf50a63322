import { NodeOperationError, type IExecuteFunctions, type INodeExecutionData } from 'n8n-workflow';

import type { ProviderSpec } from '../providers/types';
import { executeCreate } from './create.operation';
import { executeDeleteVideo } from './deleteVideo.operation';
import { executeGetStatus } from './getStatus.operation';
import { executeListModels } from './listModels.operation';
import { executeListVideos } from './listVideos.operation';
import { executeRemix } from './remix.operation';
import { executeWait } from './wait.operation';

const operations: Record<string, (context: IExecuteFunctions, provider: ProviderSpec) => Promise<INodeExecutionData[]>> = {
	create: executeCreate,
	getStatus: executeGetStatus,
	wait: executeWait,
	listModels: executeListModels,
	remix: executeRemix,
	listVideos: executeListVideos,
	deleteVideo: executeDeleteVideo,
};

/** Runs the chosen operation with the chosen provider, which must be one of the node's own providers. */
export async function route(context: IExecuteFunctions, providers: readonly ProviderSpec[]): Promise<INodeExecutionData[]> {
	const providerId = context.getNodeParameter('provider', 0) as string;
	const provider = providers.find((candidate) => candidate.id === providerId);
	if (!provider) {
		const allowed = providers.map((candidate) => candidate.id).join(', ');
		throw new NodeOperationError(context.getNode(), `Unknown provider "${providerId}"; allowed: ${allowed}`);
	}
	const operationName = context.getNodeParameter('operation', 0) as string;
	const operation = operations[operationName];
	if (!operation) {
		throw new NodeOperationError(context.getNode(), `Unknown operation "${operationName}"; allowed: ${Object.keys(operations).join(', ')}`);
	}
	return await operation(context, provider);
}
