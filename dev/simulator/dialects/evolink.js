'use strict';

// EvoLink unified task API (providers.md §4).
const { FAILURE_REASON } = require('../tasks');
const { LOWER_ALNUM, MYSTERY_STATE, randomChars, unixSeconds, requireFields, optionalArray } = require('./shared');

const TASK_ID_PREFIX = 'task-unified-';

const STATUS_WORDS = {
  queued: 'pending',
  processing: 'processing',
  completed: 'completed',
  failed: 'failed',
  unknown: MYSTERY_STATE,
};

// The 2026 docs use string business codes.
const ERRORS = {
  400: ['invalid_request', 'invalid_request_error'],
  401: ['unauthorized', 'authentication_error'],
  402: ['insufficient_quota', 'insufficient_quota_error'],
  403: ['model_access_denied', 'permission_error'],
  404: ['task_not_found', 'not_found_error'],
  429: ['rate_limit_exceeded', 'rate_limit_error'],
  500: ['internal_error', 'api_error'],
  502: ['upstream_error', 'api_error'],
  503: ['service_unavailable', 'api_error'],
};

function error(status, message, param) {
  const [code, type] = ERRORS[status] || (status >= 500 ? ['internal_error', 'api_error'] : ['invalid_request', 'invalid_request_error']);
  const body = { error: { code, message, type } };
  if (param) body.error.param = param;
  if (status === 429) body.error.fallback_suggestion = 'retry after 60 seconds';
  return body;
}

function taskObject(task, view) {
  const running = view.state === 'queued' || view.state === 'processing' || view.state === 'unknown';
  const taskInfo = { can_cancel: running };
  if (running) taskInfo.estimated_time = task.estimatedSeconds;
  return {
    created: unixSeconds(task.createdAt),
    id: task.id,
    model: task.model,
    object: 'video.generation.task',
    progress: view.progress,
    status: STATUS_WORDS[view.state],
    task_info: taskInfo,
    type: 'video',
  };
}

module.exports = {
  id: 'evolink',
  defaultModel: 'sora-2',
  routes: [
    { method: 'POST', path: /^\/v1\/videos\/generations$/, route: 'create' },
    { method: 'GET', path: /^\/v1\/tasks\/([^/]+)$/, route: 'status' },
    { method: 'GET', path: /^\/v1\/credits$/, route: 'credentialTest' },
  ],

  newTaskId(now) {
    return `${TASK_ID_PREFIX}${unixSeconds(now)}-${randomChars(8, LOWER_ALNUM)}`;
  },

  validateCreate(body) {
    return requireFields(body, ['model', 'prompt']) || optionalArray(body, 'image_urls', 1);
  },

  checkTaskId(id) {
    if (id.startsWith(TASK_ID_PREFIX)) return null;
    return {
      status: 400,
      body: { error: { code: 'invalid_task_id', message: `Invalid task ID format: ${id}`, type: 'invalid_request_error' } },
    };
  },

  createAnswer(task, ctx) {
    return {
      ...taskObject(task, ctx.view),
      progress: 0,
      status: 'pending',
      usage: { billing_rule: 'per_call', credits_reserved: 7, user_group: 'default' },
    };
  },

  statusAnswer(task, view, ctx) {
    const body = taskObject(task, view);
    if (view.state === 'completed') body.results = view.hasVideo ? [ctx.videoUrl] : [];
    if (view.state === 'failed') {
      body.error = { code: 'content_policy_violation', message: FAILURE_REASON, type: 'task_error' };
    }
    return body;
  },

  credentialAnswer() {
    return { object: 'credits', total_credits: 1000, used_credits: 7, remaining_credits: 993 };
  },

  error,
};
