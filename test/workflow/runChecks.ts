import type { IDataObject } from 'n8n-workflow';

import type { SimulatorHandle } from '../../dev/simulator';
import type { WorkflowRunResult } from '../support/engine';

/** `node` failed its item with a message matching `message`, and no request reached the provider (nothing billed). */
export function expectRefusedBeforeRequest(result: WorkflowRunResult, simulator: SimulatorHandle, node: string, message: RegExp | string): void {
	expect(result.status).toBe('error');
	expect(result.errorOf(node)?.message).toMatch(message);
	expect(simulator.requests).toHaveLength(0);
}

/** `node` ran without an error, and the provider received exactly these create bodies, in this order. */
export function expectCreateBodies(result: WorkflowRunResult, simulator: SimulatorHandle, node: string, bodies: IDataObject[]): void {
	expect(result.errorOf(node)?.message).toBeUndefined();
	expect(simulator.requests.filter((request) => request.route === 'create').map((request) => request.body)).toEqual(bodies);
}
