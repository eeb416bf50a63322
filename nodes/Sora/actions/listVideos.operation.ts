import { NodeOperationError, type IDataObject, type IExecuteFunctions, type INodeExecutionData } from 'n8n-workflow';

import type { ProviderSpec } from '../providers/types';
import { openConnection } from '../transport/connection';
import { redactJson } from '../transport/redact';
import { sendProviderRequest } from '../transport/sendRequest';
import { InvalidParameterError } from '../validation/invalidParameter';
import { toNumber } from '../validation/numbers';

// The spec's page size limit.
const maxPageSize = 100;

/** The provider's stored videos, newest first, one output item each in the node's task shape. */
export async function executeListVideos(context: IExecuteFunctions, provider: ProviderSpec): Promise<INodeExecutionData[]> {
	const { videoList } = provider;
	if (!videoList) {
		throw new NodeOperationError(context.getNode(), `${provider.displayName} offers no video list; List Videos needs the OpenAI-compatible provider`);
	}
	const returnAll = context.getNodeParameter('returnAll', 0, false) === true;
	const limit = returnAll ? Number.POSITIVE_INFINITY : readLimit(context);
	const connection = await openConnection(context, provider, 0);
	const signal = context.getExecutionCancelSignal();
	const videos: unknown[] = [];
	let after: string | undefined;
	for (;;) {
		const pageSize = Math.min(maxPageSize, limit - videos.length);
		const body = await sendProviderRequest(context, connection, videoList.request(after, pageSize), { kind: 'idempotent', signal });
		const page = videoList.parse(body);
		videos.push(...page.videos.slice(0, limit - videos.length));
		// A cursor that does not move would loop for ever.
		if (!page.hasMore || videos.length >= limit || !page.lastId || page.lastId === after) break;
		after = page.lastId;
	}
	return videos.map((video) => {
		const id = String((video as { id?: unknown }).id ?? '');
		const task = provider.parseStatusResponse(video, { taskId: id, baseUrl: connection.baseUrl });
		return { json: redactJson(task, connection.secrets) as unknown as IDataObject, pairedItem: { item: 0 } };
	});
}

function readLimit(context: IExecuteFunctions): number {
	const value = context.getNodeParameter('limit', 0, 50);
	const limit = toNumber(value);
	if (limit === undefined || !Number.isInteger(limit) || limit < 1) {
		throw new InvalidParameterError('limit', value, 'a whole number, at least 1');
	}
	return limit;
}
