import { createServer } from 'node:net';

import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { startSimulator, type FaultRule, type ProviderId, type SimulatorHandle } from '../../dev/simulator';
import { runWorkflow, type WorkflowNode, type WorkflowRunResult } from '../support/engine';
import { fastWait, providerCases } from '../workflow/cases';

/**
 * The key every fault and bad-input run uses. Deliberately not shaped like any known key format
 * (no `sk-` prefix), so only redaction of the exact value can hide it.
 */
export const KEY = 'Zt9Qw4Lm7Xc2Vb8Nk5Rj3Hp6';

export type RequestKind = 'create' | 'status' | 'download';

export const credentialTypes: Record<ProviderId, string> = Object.fromEntries(
	providerCases.map((testCase) => [testCase.provider, testCase.credentialType]),
) as Record<ProviderId, string>;

/** A create that every provider accepts: the representative parameters of test/workflow/cases.ts. */
export function validCreateParameters(provider: ProviderId): IDataObject {
	const testCase = providerCases.find((entry) => entry.provider === provider);
	if (!testCase) throw new Error(`no provider case for ${provider}`);
	return { provider, operation: 'create', prompt: 'A red kite over a green hill', ...testCase.parameters };
}

export function soraNode(name: string, parameters: IDataObject, settings: Partial<WorkflowNode> = {}): WorkflowNode {
	return { name, type: 'n8n-nodes-sora.sora', parameters: parameters as INodeParameters, ...settings };
}

export function credentialsFor(provider: ProviderId, baseUrl: string, apiKey = KEY) {
	return { [credentialTypes[provider]]: { apiKey, baseUrl } };
}

/** A port nothing listens on, so a connection is refused before any byte is sent. */
export async function closedPort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	await new Promise<void>((resolve) => server.close(() => resolve()));
	if (address === null || typeof address === 'string') throw new Error('no port');
	return address.port;
}

/**
 * A simulator of its own for one test, so rows can run concurrently (most of their time is spent
 * in retry backoff) without taking each other's faults.
 */
export async function withSimulator<T>(run: (simulator: SimulatorHandle) => Promise<T>): Promise<T> {
	const simulator = await startSimulator({ apiKey: KEY });
	try {
		return await run(simulator);
	} finally {
		await simulator.close();
	}
}

/** Requests of one kind that reached the simulator. */
export function requestsOf(simulator: SimulatorHandle, kind: RequestKind) {
	return simulator.requests.filter((request) => request.route === kind);
}

/** Stringifies anything, errors included (their message, stack and own fields). */
export function dump(value: unknown): string {
	return JSON.stringify(value, (_key, entry: unknown) => {
		if (entry instanceof Error) {
			return { ...entry, name: entry.name, message: entry.message, stack: entry.stack, cause: (entry as { cause?: unknown }).cause };
		}
		if (typeof entry === 'bigint') return entry.toString();
		return entry;
	});
}

export interface RunOptions {
	/** Input items (default 1). */
	items?: number;
	/** Continue On Fail on the node under test. */
	continueOnFail?: boolean;
}

export interface ScenarioRun {
	result: WorkflowRunResult;
	/** The node that meets the fault or the bad input. */
	nodeName: string;
}

/** Runs nodes behind an Items node that emits `items` items, each `{ item: i }` plus `extra(i)`. */
export async function runNodes(
	nodes: WorkflowNode[],
	credentials: Record<string, IDataObject>,
	itemCount: number,
	extra: (index: number) => IDataObject = () => ({}),
): Promise<WorkflowRunResult> {
	const input = Array.from({ length: itemCount }, (_unused, index) => ({ item: index, ...extra(index) }));
	return await runWorkflow({ nodes, credentials: credentials as never, input });
}

export const waitOptions = (extra: IDataObject = {}): IDataObject => ({ ...fastWait, ...extra });

/** Fault rules for one provider only, so a rule never lands on another provider's request. */
export function forProvider(provider: ProviderId, rules: readonly FaultRule[]): FaultRule[] {
	return rules.map((rule) => ({ ...rule, provider }) as FaultRule);
}
