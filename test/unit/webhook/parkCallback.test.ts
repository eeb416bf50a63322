import { findProvider } from '../../../nodes/Sora/providers';
import type { ProviderSpec } from '../../../nodes/Sora/providers/types';
import { keyDerivedParkToken, newParkToken, tokenMatches } from '../../../nodes/Sora/waiter/parkToken';
import { callbackClaimsRunning, callbackTaskId } from '../../../nodes/Sora/webhook/callbackTaskId';
import { claimResume } from '../../../nodes/Sora/webhook/resumeOnce';

const provider = (id: string) => findProvider(id) as ProviderSpec;

describe('callback task id', () => {
	it('reads the id where each calling-back provider puts it in its status body', () => {
		expect(callbackTaskId(provider('yutoai'), { task_id: 'task_01abc', status: 'SUCCESS' }, 'http://x')).toBe('task_01abc');
		expect(callbackTaskId(provider('evolink'), { id: 'task-unified-1', status: 'completed', object: 'video.generation.task' }, 'http://x')).toBe(
			'task-unified-1',
		);
	});

	it('gives null for a body that names no task', () => {
		expect(callbackTaskId(provider('yutoai'), { hello: 'world' }, 'http://x')).toBeNull();
		expect(callbackTaskId(provider('evolink'), 'not json', 'http://x')).toBeNull();
	});

	it('is offered only by providers that call back per task', () => {
		expect(['yutoai', 'evolink'].map((id) => provider(id).callback?.field)).toEqual(['notifyHook', 'callbackUrl']);
		expect(['gccai', 'yutoaiLegacy', 'xingchao', 'openai'].map((id) => provider(id).callback)).toEqual([undefined, undefined, undefined, undefined]);
	});
});

describe('park token', () => {
	it('is random per park: 40 hex characters, never the same twice', () => {
		const tokens = Array.from({ length: 200 }, () => newParkToken());
		for (const token of tokens) expect(token).toMatch(/^[0-9a-f]{40}$/);
		expect(new Set(tokens).size).toBe(tokens.length);
	});

	it('of a park made by 0.2.0 depends on the key, the execution and the node, and never contains the key', () => {
		const token = keyDerivedParkToken('sk-key-1', '42', 'node-a');
		expect(token).toMatch(/^[0-9a-f]{40}$/);
		expect(token).not.toContain('sk-key-1');
		expect(keyDerivedParkToken('sk-key-1', '42', 'node-a')).toBe(token);
		expect(new Set([keyDerivedParkToken('sk-key-2', '42', 'node-a'), keyDerivedParkToken('sk-key-1', '43', 'node-a'), keyDerivedParkToken('sk-key-1', '42', 'node-b')]).has(token)).toBe(false);
	});

	it('matches only the same token', () => {
		const token = newParkToken();
		expect(tokenMatches(token, token)).toBe(true);
		expect(tokenMatches(token, token.slice(1))).toBe(false);
		expect(tokenMatches(token, `${token.slice(0, -1)}0` === token ? `${token.slice(0, -1)}1` : `${token.slice(0, -1)}0`)).toBe(false);
		expect(tokenMatches(token, undefined)).toBe(false);
		expect(tokenMatches(token, [token])).toBe(false);
	});
});

describe('a callback that only reports progress', () => {
	it('is told apart from a final one, per provider dialect; an unreadable body counts as final (the resumed run re-reads)', () => {
		expect(callbackClaimsRunning(provider('yutoai'), { task_id: 't1', status: 'IN_PROGRESS', progress: '40%' }, 'http://x')).toBe(true);
		expect(callbackClaimsRunning(provider('yutoai'), { task_id: 't1', status: 'SUCCESS', progress: '100%' }, 'http://x')).toBe(false);
		expect(callbackClaimsRunning(provider('yutoai'), { task_id: 't1', status: 'FAILURE' }, 'http://x')).toBe(false);
		expect(callbackClaimsRunning(provider('evolink'), { id: 't2', status: 'processing', object: 'video.generation.task' }, 'http://x')).toBe(true);
		expect(callbackClaimsRunning(provider('evolink'), { id: 't2', status: 'completed', object: 'video.generation.task' }, 'http://x')).toBe(false);
		expect(callbackClaimsRunning(provider('yutoai'), 'not json', 'http://x')).toBe(false);
	});
});

describe('one resume per park', () => {
	it('lets the first callback of a park resume it, and a re-park (new parkedAt) be resumed again', () => {
		expect(claimResume('exec-1', 'node-1', 1000)).toBe(true);
		expect(claimResume('exec-1', 'node-1', 1000)).toBe(false);
		expect(claimResume('exec-1', 'node-1', 2000)).toBe(true);
		expect(claimResume('exec-2', 'node-1', 1000)).toBe(true);
	});
});
