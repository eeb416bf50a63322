import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

/** Output order of Get Status with Route by Status on. */
export const routedOutputNames = ['Completed', 'Failed', 'Still Running'] as const;

export function wantsRouting(context: IExecuteFunctions): boolean {
	return context.getNodeParameter('operation', 0) === 'getStatus' && context.getNodeParameter('routeByStatus', 0, false) === true;
}

/** Completed, Failed (a failed task, or a lookup that failed under Continue On Fail), Still Running. */
export function splitByStatus(items: INodeExecutionData[]): INodeExecutionData[][] {
	const outputs: INodeExecutionData[][] = [[], [], []];
	for (const item of items) {
		const { status, error } = item.json;
		if (status === 'completed') outputs[0].push(item);
		else if (status === 'failed' || (error !== null && error !== undefined)) outputs[1].push(item);
		else outputs[2].push(item);
	}
	return outputs;
}

/** The editor's outputs for a node with these parameters (evaluated by n8n as an expression). */
const routedOutputs = JSON.stringify(routedOutputNames.map((displayName) => ({ type: 'main', displayName })));
export const outputsExpression: `={{${string}}}` = `={{ $parameter.operation === "getStatus" && $parameter.routeByStatus === true ? ${routedOutputs} : ["main"] }}`;
