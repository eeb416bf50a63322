/**
 * n8n checks only that a parked execution is not `running` before it calls the webhook, so two
 * callbacks that arrive together could both see every task ended and both resume the execution.
 * Within one n8n process, the first one to get here claims the resume; later ones are duplicates.
 */
const claimed = new Set<string>();
const remembered: string[] = [];
const MAX_REMEMBERED = 5000;

export function claimResume(executionId: string, nodeId: string): boolean {
	const key = `${executionId}:${nodeId}`;
	if (claimed.has(key)) return false;
	claimed.add(key);
	remembered.push(key);
	if (remembered.length > MAX_REMEMBERED) claimed.delete(remembered.shift() as string);
	return true;
}
