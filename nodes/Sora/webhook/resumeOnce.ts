/**
 * Two callbacks that arrive together could both resume one park. n8n refuses the second resume
 * (ActiveExecutions.add claims the row with `requireStatus: 'waiting'`), but answers that caller
 * 500. Within one n8n process the first callback to get here claims the resume of this park and
 * the others are answered 200 and ignored. A re-park has a new `parkedAt`, so it can be resumed again.
 */
const claimed = new Set<string>();
const remembered: string[] = [];
const MAX_REMEMBERED = 5000;

export function claimResume(executionId: string, nodeId: string, parkedAt: number | undefined): boolean {
	const key = `${executionId}:${nodeId}:${parkedAt ?? 'unknown'}`;
	if (claimed.has(key)) return false;
	claimed.add(key);
	remembered.push(key);
	if (remembered.length > MAX_REMEMBERED) claimed.delete(remembered.shift() as string);
	return true;
}
