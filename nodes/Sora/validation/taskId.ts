import type { ProviderSpec } from '../providers/types';
import { InvalidParameterError } from './invalidParameter';

// The id is placed in a URL path; these would change which endpoint is called.
const unsafeInPath = /[/?#\\\s]|\.\./;

export function validateTaskId(provider: ProviderSpec, value: unknown): string {
	const taskId = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
	if (taskId === '') {
		throw new InvalidParameterError('Task ID', value, 'a task ID is required (the "taskId" field that Create returns)');
	}
	if (unsafeInPath.test(taskId)) {
		throw new InvalidParameterError('Task ID', value, 'a task ID cannot contain "/", "?", "#", "\\", "..", or spaces');
	}
	if (provider.taskIdPattern && !provider.taskIdPattern.pattern.test(taskId)) {
		throw new InvalidParameterError('Task ID', value, provider.taskIdPattern.description);
	}
	return taskId;
}
