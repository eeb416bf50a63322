'use strict';

// EvoLink unified task API (providers.md §4; video-models.md §3): one create path for every video
// model, bodies checked per model (evolinkModels.js), cost only at create (`usage.credits_reserved`).
const { FAILURE_REASON } = require('../tasks');
const { LOWER_ALNUM, MYSTERY_STATE, randomChars, unixSeconds, requireFields } = require('./shared');
const { MODELS, checkModelBody, modelList } = require('./evolinkModels');

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

// A deterministic estimate per model (the real numbers are EvoLink's price list): Sora keeps the seed's
// per-call 7 credits; the others are billed per second of video.
function reservedCredits(task) {
  const body = task.body || {};
  const family = (MODELS[body.model] && MODELS[body.model].family) || 'sora';
  if (family === 'sora') return { billing_rule: 'per_call', credits_reserved: 7, user_group: 'default' };
  const seconds = Number.isInteger(body.duration) ? body.duration : 8;
  return { billing_rule: 'per_second', credits_reserved: seconds * 10, user_group: 'default' };
}

module.exports = {
  id: 'evolink',
  defaultModel: 'sora-2',
  routes: [
    { method: 'POST', path: /^\/v1\/videos\/generations$/, route: 'create' },
    { method: 'GET', path: /^\/v1\/tasks\/([^/]+)$/, route: 'status' },
    { method: 'GET', path: /^\/v1\/credits$/, route: 'credentialTest' },
    { method: 'GET', path: /^\/v1\/models$/, route: 'modelList' },
  ],

  newTaskId(now) {
    return `${TASK_ID_PREFIX}${unixSeconds(now)}-${randomChars(8, LOWER_ALNUM)}`;
  },

  validateCreate(body) {
    const missing = requireFields(body, ['model', 'prompt']);
    if (missing) return missing;
    if (/^sora-2(-pro)?-remix$/.test(body.model)) return require('./evolinkFiles').checkRemix(body);
    // A model EvoLink does not serve: 404 model_not_found (integration-guide/pi.mdx).
    const problem = checkModelBody(body);
    if (problem && problem.unavailable) {
      return {
        status: 404,
        body: {
          error: {
            code: 'model_not_found',
            message: `Model '${body.model}' is not available for this API key. Call GET /v1/models to list the models you can use.`,
            type: 'invalid_request_error',
          },
        },
      };
    }
    if (problem) return problem;
    // `[no-channel]`: a served id that has no upstream channel right now (the 503 of the suno page).
    if (/\[no-channel\]/i.test(body.prompt)) {
      return { status: 503, body: { error: { code: 'service_unavailable', message: 'No available channel for the requested model', type: 'api_error' } } };
    }
    return null;
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
      usage: reservedCredits(task),
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

  // `{"data":[{"id":…}]}` (integration-guide/comfyui.mdx); the rest of each entry is [I].
  modelListAnswer() {
    return { object: 'list', data: modelList(1764633600) };
  },

  credentialAnswer() {
    return { object: 'credits', total_credits: 1000, used_credits: 7, remaining_credits: 993 };
  },

  error,
};
