import { NodeOperationError, type IDataObject, type IExecuteFunctions, type INodeExecutionData } from 'n8n-workflow';

import { findModel } from '../catalog/lookup';
import { videoFamilyOf } from '../catalog/videoModelIds';
import type { ProviderSpec } from '../providers/types';
import { openConnection, type ProviderConnection } from '../transport/connection';
import { previewBody } from '../transport/redact';
import { sendProviderRequest } from '../transport/sendRequest';
import { errorMessage, toNodeError } from './itemResult';
import { UnreadableAnswerError } from '../transport/errors';

/**
 * The provider's live model list, reduced to video models: one output item per model, saying whether
 * the node's catalog knows it (and so offers its own parameters) or it needs the Custom model option.
 * The list is fetched once and paired with every input item.
 */
export async function executeListModels(context: IExecuteFunctions, provider: ProviderSpec): Promise<INodeExecutionData[]> {
	const items = context.getInputData();
	const { modelList } = provider;
	if (!modelList) {
		throw new NodeOperationError(
			context.getNode(),
			`${provider.displayName} publishes no model list, so List Models cannot ask it which models your key can use`,
			{ description: 'Pick a model from the Model list of the Create operation, or use "Custom Model ID" with an id from the provider\'s documentation.' },
		);
	}
	const connection = await openConnection(context, provider, 0);
	let ids: string[];
	try {
		ids = await fetchModelIds(context, connection);
	} catch (error) {
		if (!context.continueOnFail()) throw toNodeError(context, error, 0, connection.secrets);
		return items.map((_item, itemIndex) => ({
			json: { provider: provider.id, error: { code: 'model_list_failed', message: errorMessage(error) } },
			pairedItem: { item: itemIndex },
		}));
	}
	const models = videoModels(provider, ids);
	return items.flatMap((_item, itemIndex) => models.map((json) => ({ json: { ...json }, pairedItem: { item: itemIndex } })));
}

async function fetchModelIds(context: IExecuteFunctions, connection: ProviderConnection): Promise<string[]> {
	const body = await sendProviderRequest(context, connection, connection.provider.modelList!.request, {
		kind: 'idempotent',
		signal: context.getExecutionCancelSignal(),
	});
	const ids = parseIds(connection, body);
	if (ids instanceof Error) throw ids;
	return ids;
}

function parseIds(connection: ProviderConnection, body: unknown): string[] | Error {
	const { provider, secrets } = connection;
	try {
		return provider.modelList!.parse(body);
	} catch (error) {
		return new UnreadableAnswerError(
			`${provider.displayName} answered the model list request in a form the node cannot read: ${errorMessage(error)}.`,
			`The provider answered: ${previewBody(body, secrets)}`,
		);
	}
}

function videoModels(provider: ProviderSpec, ids: string[]): IDataObject[] {
	const seen = new Set<string>();
	const models: IDataObject[] = [];
	for (const id of ids) {
		if (seen.has(id)) continue;
		seen.add(id);
		const known = findModel(provider, id);
		if (!known && !videoFamilyOf(id)) continue;
		models.push({
			provider: provider.id,
			id,
			known: known !== undefined,
			family: known ? (known.family ?? 'sora') : null,
			displayName: known ? known.displayName : null,
		});
	}
	return models;
}
