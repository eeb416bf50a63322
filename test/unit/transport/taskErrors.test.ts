import { gccai } from '../../../nodes/Sora/providers/gccai';
import type { NormalizedTask } from '../../../nodes/Sora/providers/types';
import { taskFailed, taskTimedOut, TaskOutcomeError, videoUrlMissing } from '../../../nodes/Sora/transport/taskErrors';
import { fixture } from '../fixtures';

const ctx = { taskId: 'ctx', baseUrl: 'https://gccai.heqingsong.uk' };

describe('task outcome errors', () => {
	test('videoUrlMissing: completed without a URL names the provider, the task and where to look', () => {
		const body = { code: 200, data: { id: 'task_NOURL', status: 'completed', progress: 100, result: {} } };
		const task = gccai.parseStatusResponse(body, ctx);
		expect(task.videoUrl).toBeNull();
		const error = videoUrlMissing(gccai.displayName, task);
		expect(error).toBeInstanceOf(TaskOutcomeError);
		expect(error.code).toBe('missing_video_url');
		expect(error.task).toBe(task);
		expect(error.message).toBe(
			'gccai (APIMart format) reported task task_NOURL as completed but its answer holds no video URL; see "raw" in the output for what it sent',
		);
	});

	test('taskFailed carries the provider reason and code', () => {
		const task = gccai.parseStatusResponse(fixture('gccai', 'status-failed'), ctx);
		const error = taskFailed(gccai.displayName, task);
		expect(error.code).toBe('400');
		expect(error.message).toContain('task_…');
		expect(error.message).toContain('(failed)');
	});

	test('taskFailed for a cancelled task without a reason still explains itself', () => {
		const task = gccai.parseStatusResponse(fixture('gccai', 'status-cancelled'), ctx);
		const error = taskFailed(gccai.displayName, task);
		expect(error.code).toBe('task_failed');
		expect(error.message).toMatch(/cancelled/);
		expect(error.message).not.toMatch(/undefined|null/);
	});

	test('taskTimedOut tells a known status from an unknown word', () => {
		const task: NormalizedTask = gccai.parseStatusResponse({ code: 200, data: { id: 't9', status: 'weird_state' } }, ctx);
		expect(taskTimedOut(gccai.displayName, task, 1200, false).message).toContain('unknown status "weird_state"');
		expect(taskTimedOut(gccai.displayName, task, 1200, true).message).toContain('last status was "weird_state"');
		expect(taskTimedOut(gccai.displayName, task, 1200, true).code).toBe('timeout');
	});
});
