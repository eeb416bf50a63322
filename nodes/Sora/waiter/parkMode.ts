import { NodeOperationError, type IExecuteFunctions } from 'n8n-workflow';

import type { WaitMode } from '../description/waitModeProperties';
import type { CallbackSpec, ProviderSpec } from '../providers/types';

/** Which way Create + Wait for Completion waits; park is checked here because expressions skip the editor. */
export function readWaitMode(context: IExecuteFunctions, provider: ProviderSpec): { mode: 'poll' } | { mode: 'park'; callback: CallbackSpec } {
	const value = context.getNodeParameter('waitMode', 0, 'poll') as WaitMode | string;
	if (value === 'poll') return { mode: 'poll' };
	if (value !== 'park') {
		throw new NodeOperationError(context.getNode(), `Invalid Wait Mode "${String(value)}": use "poll" or "park"`);
	}
	if (!provider.callback) {
		throw new NodeOperationError(
			context.getNode(),
			`${provider.displayName} does not call back per task, so Wait Mode "park" is not available; use "poll", or loop Get Status (Route by Status) through a Wait node`,
		);
	}
	return { mode: 'park', callback: provider.callback };
}
