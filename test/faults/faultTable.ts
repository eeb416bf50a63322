import type { IDataObject } from 'n8n-workflow';

import type { FaultRule, HttpFault, HttpFaultStatus, ProviderId, SimulatorHandle } from '../../dev/simulator';
import type { WorkflowNode } from '../support/engine';
import {
	closedPort,
	credentialsFor,
	forProvider,
	runNodes,
	soraNode,
	validCreateParameters,
	waitOptions,
	type RequestKind,
	type RunOptions,
	type ScenarioRun,
} from './scenario';

export type Expectation =
	| {
			outcome: 'retried, then succeeded';
			/** Requests of the faulted kind the simulator saw. */
			requests: number;
			/** Tasks that exist at the simulator afterwards. */
			tasks?: number;
			/** The retry waited at least this long (Retry-After). */
			minGapMs?: number;
			/** Every create attempt carried the same Idempotency-Key. */
			sameIdempotencyKey?: boolean;
	  }
	| {
			outcome: 'error';
			error: 'NodeApiError' | 'NodeOperationError';
			message: RegExp;
			httpCode?: string;
			requests: number | { atLeast: number };
			tasks?: number;
			/** Under Continue On Fail, the error item also carries these fields. */
			item?: IDataObject;
	  };

export interface FaultCase {
	name: string;
	kind: RequestKind;
	provider?: ProviderId;
	faults: FaultRule[];
	/** Status faults meet Get Status unless this is 'wait'. */
	via?: 'getStatus' | 'wait';
	/** Appended to item 0's prompt (simulator tags such as `[no-url]`). */
	promptTag?: string;
	/** Item 0 asks Get Status about this id instead of the created task. */
	unknownTaskId?: string;
	/** Extra Wait options (request/download timeouts, deadline). */
	options?: IDataObject;
	/** Create waits for completion with these options (the only way to set Create's request timeout). */
	createOptions?: IDataObject;
	/** The base URL points at a closed port: the connection is refused. */
	refused?: boolean;
	expect: Expectation;
}

const http = (status: HttpFaultStatus, extra: Partial<Pick<HttpFault, 'retryAfterSeconds' | 'body'>> = {}): HttpFault => ({
	type: 'http',
	status,
	...extra,
});
const on = (route: RequestKind, fault: FaultRule['fault'], times = 1) => ({ route, fault, times }) as FaultRule;

const createMayExist = /The task may still have been created and billed, so it was not sent again\. Check your gccai \(APIMart format\) dashboard or task list before creating it again\.$/;
const anyTask = 'task_[0-9A-Z]+';

/** A gateway that echoes the request's Authorization header in its error body. */
export const leakyBody = JSON.stringify({
	error: { message: 'Invalid request: header Authorization={{authorization}} is not allowed here', type: 'invalid_request_error' },
	request: { headers: { Authorization: '{{authorization}}' } },
});

export const faultCases: FaultCase[] = [
	// ---- create: retried only when nothing was created ----
	{
		name: 'create: 429 without Retry-After',
		kind: 'create',
		faults: [on('create', http(429))],
		expect: { outcome: 'retried, then succeeded', requests: 2, tasks: 1, sameIdempotencyKey: true },
	},
	{
		name: 'create: 429 with Retry-After: 1',
		kind: 'create',
		faults: [on('create', http(429, { retryAfterSeconds: 1 }))],
		expect: { outcome: 'retried, then succeeded', requests: 2, tasks: 1, minGapMs: 1000, sameIdempotencyKey: true },
	},
	{
		name: 'create (EvoLink, no idempotency key): 429',
		kind: 'create',
		provider: 'evolink',
		faults: [on('create', http(429))],
		expect: { outcome: 'retried, then succeeded', requests: 2, tasks: 1 },
	},
	{
		name: 'create: 429 on every attempt',
		kind: 'create',
		faults: [on('create', http(429), 4)],
		expect: {
			outcome: 'error',
			error: 'NodeApiError',
			httpCode: '429',
			message: /kept answering the create request with HTTP 429 \(too many requests\) \(tried 4 times\)\. No task was created/,
			requests: 4,
			tasks: 0,
		},
	},
	{
		name: 'create: connection refused on every attempt',
		kind: 'create',
		faults: [],
		refused: true,
		expect: {
			outcome: 'error',
			error: 'NodeApiError',
			message: /did not answer the create request: the connection was refused \(tried 4 times\)\. No task was created\./,
			requests: 0,
			tasks: 0,
		},
	},
	...([500, 502, 503] as const).map(
		(status): FaultCase => ({
			name: `create: HTTP ${status}`,
			kind: 'create',
			faults: [on('create', http(status))],
			expect: {
				outcome: 'error',
				error: 'NodeApiError',
				httpCode: String(status),
				message: new RegExp(`answered the create request with HTTP ${status}\\. ${createMayExist.source}`),
				requests: 1,
				tasks: 0,
			},
		}),
	),
	{
		name: 'create: task created, then HTTP 502',
		kind: 'create',
		faults: [on('create', { type: 'create-then-5xx', status: 502 })],
		expect: {
			outcome: 'error',
			error: 'NodeApiError',
			httpCode: '502',
			message: new RegExp(`answered the create request with HTTP 502\\. ${createMayExist.source}`),
			requests: 1,
			tasks: 1,
		},
	},
	{
		name: 'create: connection reset',
		kind: 'create',
		faults: [on('create', { type: 'reset' })],
		expect: {
			outcome: 'error',
			error: 'NodeApiError',
			message: new RegExp(`got no answer: the connection was closed before an answer arrived\\. ${createMayExist.source}`),
			requests: 1,
			tasks: 0,
		},
	},
	{
		name: 'create: hangs past the request timeout',
		kind: 'create',
		faults: [on('create', { type: 'hang', ms: 5000 })],
		createOptions: { requestTimeoutSeconds: 1 },
		expect: {
			outcome: 'error',
			error: 'NodeApiError',
			message: new RegExp(`got no answer: no answer within the 1 s request timeout\\. ${createMayExist.source}`),
			requests: 1,
			tasks: 0,
		},
	},
	{
		name: 'create: HTML page with HTTP 200',
		kind: 'create',
		faults: [on('create', { type: 'html' })],
		expect: {
			outcome: 'error',
			error: 'NodeApiError',
			message: new RegExp(`accepted the create request, but its answer holds no task ID we can read \\(it sent an HTML page instead of JSON\\)\\. ${createMayExist.source}`),
			requests: 1,
			tasks: 0,
		},
	},
	{
		name: 'create: malformed JSON with HTTP 200',
		kind: 'create',
		faults: [on('create', { type: 'malformed-json' })],
		expect: {
			outcome: 'error',
			error: 'NodeApiError',
			message: new RegExp(`accepted the create request, but its answer holds no task ID we can read \\(it sent malformed JSON instead of JSON\\)\\. ${createMayExist.source}`),
			requests: 1,
			tasks: 0,
		},
	},
	{
		name: 'create: 401 (key refused)',
		kind: 'create',
		faults: [on('create', http(401))],
		expect: {
			outcome: 'error',
			error: 'NodeApiError',
			httpCode: '401',
			message: /^The API key was refused by gccai \(APIMart format\) \(HTTP 401\)\. Check the Gccai \(APIMart\) API credential\.$/,
			requests: 1,
			tasks: 0,
		},
	},
	{
		name: 'create: 400 whose body echoes the Authorization header',
		kind: 'create',
		faults: [on('create', http(400, { body: leakyBody }))],
		expect: {
			outcome: 'error',
			error: 'NodeApiError',
			httpCode: '400',
			message: /^gccai \(APIMart format\) refused the create request with HTTP 400\.$/,
			requests: 1,
			tasks: 0,
		},
	},

	// ---- status polls: idempotent, retried with backoff and jitter, then a NodeApiError ----
	...[
		['429 without Retry-After', http(429)],
		['500', http(500)],
		['502', http(502)],
		['503', http(503)],
		['connection reset', { type: 'reset' }],
		['HTML page with HTTP 200', { type: 'html' }],
		['malformed JSON with HTTP 200', { type: 'malformed-json' }],
	].map(
		([label, fault]): FaultCase => ({
			name: `status: ${label as string}`,
			kind: 'status',
			faults: [on('status', fault as FaultRule['fault'])],
			expect: { outcome: 'retried, then succeeded', requests: 2, tasks: 1 },
		}),
	),
	{
		name: 'status: 429 with Retry-After: 1',
		kind: 'status',
		faults: [on('status', http(429, { retryAfterSeconds: 1 }))],
		expect: { outcome: 'retried, then succeeded', requests: 2, tasks: 1, minGapMs: 1000 },
	},
	{
		name: 'status (Wait): hangs past the request timeout',
		kind: 'status',
		via: 'wait',
		faults: [on('status', { type: 'hang', ms: 5000 })],
		options: { requestTimeoutSeconds: 1 },
		// Four normal polls take the task to completed; the hung one is asked again.
		expect: { outcome: 'retried, then succeeded', requests: 5, tasks: 1 },
	},
	{
		name: 'status (Wait): hangs on every attempt',
		kind: 'status',
		via: 'wait',
		faults: [on('status', { type: 'hang', ms: 5000 }, 4)],
		options: { requestTimeoutSeconds: 1 },
		expect: {
			outcome: 'error',
			error: 'NodeApiError',
			message: new RegExp(
				`^gccai \\(APIMart format\\) did not answer the status request for task ${anyTask}: no answer within the 1 s request timeout \\(tried 4 times\\)\\. The task itself may still be running`,
			),
			requests: 4,
		},
	},
	{
		name: 'status: HTTP 503 on every attempt',
		kind: 'status',
		faults: [on('status', http(503), 4)],
		expect: {
			outcome: 'error',
			error: 'NodeApiError',
			httpCode: '503',
			message: new RegExp(`answered the status request for task ${anyTask} with HTTP 503 \\(server error\\) \\(tried 4 times\\)\\.`),
			requests: 4,
		},
	},
	{
		name: 'status: connection reset on every attempt',
		kind: 'status',
		faults: [on('status', { type: 'reset' }, 4)],
		expect: {
			outcome: 'error',
			error: 'NodeApiError',
			message: new RegExp(`did not answer the status request for task ${anyTask}: the connection was closed before an answer arrived \\(tried 4 times\\)\\.`),
			requests: 4,
		},
	},
	{
		name: 'status: HTML page on every attempt',
		kind: 'status',
		faults: [on('status', { type: 'html' }, 4)],
		expect: {
			outcome: 'error',
			error: 'NodeApiError',
			message: new RegExp(`answered the status request for task ${anyTask} with an HTML page instead of JSON \\(tried 4 times\\)\\.`),
			requests: 4,
		},
	},
	{
		name: 'status: malformed JSON on every attempt',
		kind: 'status',
		faults: [on('status', { type: 'malformed-json' }, 4)],
		expect: {
			outcome: 'error',
			error: 'NodeApiError',
			message: new RegExp(`answered the status request for task ${anyTask} with malformed JSON instead of JSON \\(tried 4 times\\)\\.`),
			requests: 4,
		},
	},
	{
		name: 'status: 404 unknown task',
		kind: 'status',
		faults: [],
		unknownTaskId: 'task_UNKNOWN404',
		expect: {
			outcome: 'error',
			error: 'NodeApiError',
			httpCode: '404',
			message: /^gccai \(APIMart format\) does not know task task_UNKNOWN404 \(HTTP 404\)\. Check the task ID/,
			requests: 1,
		},
	},
	{
		name: 'status: 401 (key refused)',
		kind: 'status',
		faults: [on('status', http(401))],
		expect: {
			outcome: 'error',
			error: 'NodeApiError',
			httpCode: '401',
			message: /^The API key was refused by gccai \(APIMart format\) \(HTTP 401\)\./,
			requests: 1,
		},
	},
	{
		name: 'status: 400 whose body echoes the Authorization header',
		kind: 'status',
		faults: [on('status', http(400, { body: leakyBody }))],
		expect: {
			outcome: 'error',
			error: 'NodeApiError',
			httpCode: '400',
			message: new RegExp(`refused the status request for task ${anyTask} with HTTP 400\\.$`),
			requests: 1,
		},
	},
	{
		name: 'status (Wait): unknown status word until the deadline',
		kind: 'status',
		via: 'wait',
		faults: [],
		promptTag: '[unknown-status]',
		options: { timeoutSeconds: 2 },
		expect: {
			outcome: 'error',
			error: 'NodeOperationError',
			message: new RegExp(`task ${anyTask} was not done after 2 s; it kept reporting the unknown status "MYSTERY_STATE"`),
			requests: { atLeast: 5 },
			item: { status: 'processing', providerStatus: 'MYSTERY_STATE', error: { code: 'timeout' } },
		},
	},
	{
		name: 'status (Wait): completed without a video URL',
		kind: 'status',
		via: 'wait',
		faults: [],
		promptTag: '[no-url]',
		expect: {
			outcome: 'error',
			error: 'NodeOperationError',
			message: new RegExp(`reported task ${anyTask} as completed but its answer holds no video URL`),
			requests: 4,
			item: { status: 'completed', videoUrl: null, error: { code: 'missing_video_url' } },
		},
	},

	// ---- downloads: idempotent, retried; never a short or wrong file ----
	...[
		['500', http(500)],
		['429', http(429)],
		['503 with Retry-After: 1', http(503, { retryAfterSeconds: 1 })],
		['connection reset', { type: 'reset' }],
		['hangs past the download timeout', { type: 'hang', ms: 5000 }],
		['cut short (Content-Length larger than the bytes sent)', { type: 'truncate' }],
		['HTML page with HTTP 200 instead of the video', { type: 'html' }],
	].map(
		([label, fault]): FaultCase => ({
			name: `download: ${label as string}`,
			kind: 'download',
			faults: [on('download', fault as FaultRule['fault'])],
			options: { downloadTimeoutSeconds: 1 },
			expect: { outcome: 'retried, then succeeded', requests: 2, tasks: 1 },
		}),
	),
	{
		name: 'download: cut short on every attempt',
		kind: 'download',
		faults: [on('download', { type: 'truncate' }, 4)],
		expect: {
			outcome: 'error',
			error: 'NodeApiError',
			message: new RegExp(
				`^Could not download the video of gccai \\(APIMart format\\) task ${anyTask}: (the file arrived incomplete, \\d+ of \\d+ bytes|the transfer broke off before the end) \\(tried 4 times\\)\\.`,
			),
			requests: 4,
		},
	},
	{
		name: 'download: HTTP 502 on every attempt',
		kind: 'download',
		faults: [on('download', http(502), 4)],
		expect: {
			outcome: 'error',
			error: 'NodeApiError',
			httpCode: '502',
			message: new RegExp(`^Could not download the video of gccai \\(APIMart format\\) task ${anyTask}: HTTP 502 \\(tried 4 times\\)\\.$`),
			requests: 4,
		},
	},
	{
		name: 'download: expired link (403 from the file host)',
		kind: 'download',
		faults: [on('download', { type: 'expired' })],
		expect: {
			outcome: 'error',
			error: 'NodeApiError',
			httpCode: '403',
			message: new RegExp(`^Could not download the video of gccai \\(APIMart format\\) task ${anyTask}: HTTP 403\\. The link may have expired`),
			requests: 1,
		},
	},
	{
		name: 'download (OpenAI /content): expired video (404)',
		kind: 'download',
		provider: 'openai',
		faults: [on('download', { type: 'expired' })],
		expect: {
			outcome: 'error',
			error: 'NodeApiError',
			httpCode: '404',
			message: /^Could not download the video of OpenAI-Compatible \(\/v1\/videos\) task video_\w+: HTTP 404\. The link may have expired/,
			requests: 1,
		},
	},
];

/** Which node meets the fault. */
export function faultedNodeName(testCase: FaultCase): string {
	if (testCase.kind === 'create') return 'Create';
	if (testCase.kind === 'download' || testCase.via === 'wait') return 'Wait';
	return 'Get Status';
}

/**
 * Runs one row in the real engine: Items → Create [→ Get Status | Wait]. Item 0 is the one the
 * row is about (its prompt tag, its unknown task id); faults hit whichever request comes first.
 */
export async function runFaultCase(simulator: SimulatorHandle, testCase: FaultCase, options: RunOptions = {}): Promise<ScenarioRun> {
	const provider = testCase.provider ?? 'gccai';
	const itemCount = options.items ?? 1;
	const nodeName = faultedNodeName(testCase);
	const onFault = options.continueOnFail ? { onError: 'continueRegularOutput' as const } : {};
	const create = {
		...validCreateParameters(provider),
		prompt: '={{ "A red kite, item " + $json.item + ($json.item === 0 ? ' + JSON.stringify(` ${testCase.promptTag ?? ''}`) + ' : "") }}',
		...(testCase.createOptions ? { waitForCompletion: true, options: waitOptions(testCase.createOptions) } : {}),
	};
	const nodes: WorkflowNode[] = [soraNode('Create', create, nodeName === 'Create' ? onFault : {})];
	if (nodeName === 'Get Status') {
		const taskId = testCase.unknownTaskId
			? `={{ $itemIndex === 0 ? ${JSON.stringify(testCase.unknownTaskId)} : $json.taskId }}`
			: '={{ $json.taskId }}';
		nodes.push(soraNode('Get Status', { provider, operation: 'getStatus', taskId }, onFault));
	}
	if (nodeName === 'Wait') {
		const download = testCase.kind === 'download';
		nodes.push(soraNode('Wait', { provider, operation: 'wait', options: waitOptions({ download, ...testCase.options }) }, onFault));
	}
	const baseUrl = testCase.refused ? `http://127.0.0.1:${await closedPort()}/gccai` : simulator.baseUrl(provider);
	simulator.injectFault(forProvider(provider, testCase.faults));
	const result = await runNodes(nodes, credentialsFor(provider, baseUrl), itemCount);
	return { result, nodeName };
}
