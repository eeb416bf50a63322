import { evolink } from '../../../nodes/Sora/providers/evolink';
import { gccai } from '../../../nodes/Sora/providers/gccai';
import { providers } from '../../../nodes/Sora/providers';
import { validateTaskId } from '../../../nodes/Sora/validation/taskId';
import { invalid } from './helpers';

describe('validateTaskId', () => {
	test.each(['', '   ', '\n\t', null, undefined, {}])('%p is refused as missing', (value) => {
		const error = invalid(() => validateTaskId(gccai, value));
		expect(error.field).toBe('Task ID');
		expect(error.message).toMatch(/^Invalid Task ID .*required/s);
	});

	test.each(['task/../../v1/models', 'a/b', 'task?x=1', 'task#frag', '..', 'task..1', 'a\\b', 'two words'])(
		'%p is refused: it would change the request path',
		(value) => {
			for (const provider of providers) {
				const error = invalid(() => validateTaskId(provider, value));
				expect(error.field).toBe('Task ID');
				expect(error.message).toContain(`"${value}"`);
				expect(error.message).toContain('cannot contain');
			}
		},
	);

	test('documented ids pass and are trimmed', () => {
		expect(validateTaskId(gccai, ' task_01K8SGYNNNVBQTXNR4MM964S7K ')).toBe('task_01K8SGYNNNVBQTXNR4MM964S7K');
		expect(validateTaskId(gccai, 'veo3:1756693796-YQVHH4A3Lg')).toBe('veo3:1756693796-YQVHH4A3Lg');
		expect(validateTaskId(gccai, 12345)).toBe('12345');
	});

	test('evolink ids must start with task-unified-', () => {
		expect(validateTaskId(evolink, 'task-unified-1757169743-7cvnl5zw')).toBe('task-unified-1757169743-7cvnl5zw');
		for (const value of ['task_01K8SGYNNNVBQTXNR4MM964S7K', 'sora_abc123def456', 'TASK-UNIFIED-1', 'x-task-unified-1']) {
			const error = invalid(() => validateTaskId(evolink, value));
			expect(error.message).toContain('task-unified-');
			expect(error.message).toContain(value);
		}
	});

	test('the evolink prefix rule applies to evolink only', () => {
		for (const provider of providers.filter((p) => p.id !== 'evolink')) {
			expect(validateTaskId(provider, 'sora_abc123def456')).toBe('sora_abc123def456');
		}
	});
});
