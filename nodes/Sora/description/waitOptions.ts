import type { INodeProperties } from 'n8n-workflow';

export const waitDefaults = {
	pollIntervalSeconds: 15,
	timeoutSeconds: 1200,
	download: false,
	binaryPropertyName: 'data',
	maxConcurrentRequests: 5,
	downloadTimeoutSeconds: 600,
	requestTimeoutSeconds: 30,
} as const;

const { binaryPropertyName, downloadTimeoutSeconds, maxConcurrentRequests, pollIntervalSeconds, requestTimeoutSeconds, timeoutSeconds } =
	waitDefaults;

const waitOptionFields: INodeProperties[] = [
	{
		displayName: 'Binary Property',
		name: 'binaryPropertyName',
		type: 'string',
		default: binaryPropertyName,
		description: 'Name of the binary field that receives the MP4',
		displayOptions: { show: { download: [true] } },
	},
	{
		displayName: 'Download Timeout (Seconds)',
		name: 'downloadTimeoutSeconds',
		type: 'number',
		default: downloadTimeoutSeconds,
		typeOptions: { minValue: 10 },
		description: 'How long one MP4 download may take; large Pro videos need minutes on slow links',
		displayOptions: { show: { download: [true] } },
	},
	{
		displayName: 'Download Video',
		name: 'download',
		type: 'boolean',
		default: false,
		description: 'Whether to download the finished MP4 into the item as binary data (streamed, not held in memory)',
	},
	{
		displayName: 'Max Concurrent Requests',
		name: 'maxConcurrentRequests',
		type: 'number',
		default: maxConcurrentRequests,
		typeOptions: { minValue: 1, maxValue: 50 },
		description: 'How many requests to the provider may run at once across all items (creates, status polls, downloads)',
	},
	{
		displayName: 'Max Poll Interval (Seconds)',
		name: 'pollIntervalSeconds',
		type: 'number',
		default: pollIntervalSeconds,
		typeOptions: { minValue: 1 },
		description: 'Longest time between two status checks of a task; a check comes sooner when the provider\'s estimate or progress says the video is about to finish',
	},
	{
		displayName: 'Request Timeout (Seconds)',
		name: 'requestTimeoutSeconds',
		type: 'number',
		default: requestTimeoutSeconds,
		typeOptions: { minValue: 1 },
		description:
			'How long one request to the provider (the create, each status check) may take. A status check that times out is retried; a create is not, because it may have gone through.',
	},
	{
		displayName: 'Timeout (Seconds)',
		name: 'timeoutSeconds',
		type: 'number',
		default: timeoutSeconds,
		typeOptions: { minValue: 1 },
		description: 'How long to wait for each task before failing; the task keeps running at the provider and can be looked up later by its ID',
	},
];

function waitOptionsFor(show: Record<string, Array<string | boolean>>): INodeProperties {
	return {
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: { show },
		options: waitOptionFields,
	};
}

export const waitOptionsProperties: INodeProperties[] = [
	waitOptionsFor({ operation: ['wait'] }),
	waitOptionsFor({ operation: ['create'], waitForCompletion: [true] }),
];
