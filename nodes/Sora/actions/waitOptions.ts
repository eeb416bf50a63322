import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { waitDefaults } from '../description/waitOptions';
import { InvalidParameterError } from '../validation/invalidParameter';

export interface WaitOptions {
	ceilingMs: number;
	timeoutMs: number;
	download: boolean;
	binaryPropertyName: string;
	maxConcurrentRequests: number;
	downloadTimeoutMs: number;
}

/** The Options collection, defaulted and checked (expressions can put anything there). */
export function readWaitOptions(context: IExecuteFunctions, itemIndex: number): WaitOptions {
	const raw = context.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const positive = (name: keyof typeof waitDefaults, min: number): number => {
		const value = raw[name] ?? waitDefaults[name];
		const numeric = typeof value === 'string' ? Number(value) : value;
		if (typeof numeric !== 'number' || !Number.isFinite(numeric) || numeric < min) {
			throw new InvalidParameterError(name, value, `must be a number of at least ${min}`);
		}
		return numeric;
	};
	const binaryPropertyName = String(raw.binaryPropertyName ?? waitDefaults.binaryPropertyName).trim();
	if (binaryPropertyName === '') {
		throw new InvalidParameterError('binaryPropertyName', raw.binaryPropertyName, 'a binary field name is required');
	}
	return {
		ceilingMs: positive('pollIntervalSeconds', 0.1) * 1000,
		timeoutMs: positive('timeoutSeconds', 0.1) * 1000,
		download: (raw.download ?? waitDefaults.download) === true,
		binaryPropertyName,
		maxConcurrentRequests: Math.floor(positive('maxConcurrentRequests', 1)),
		downloadTimeoutMs: positive('downloadTimeoutSeconds', 1) * 1000,
	};
}

/** Create without waiting still sends its requests through the same concurrency bound. */
export function createConcurrency(context: IExecuteFunctions): number {
	const waitForCompletion = context.getNodeParameter('waitForCompletion', 0, false) === true;
	return waitForCompletion ? readWaitOptions(context, 0).maxConcurrentRequests : waitDefaults.maxConcurrentRequests;
}
