'use strict';

// APIMart format, white-labelled at gccai (providers.md §2).
const { FAILURE_REASON } = require('../tasks');
const { CROCKFORD, MYSTERY_STATE, randomChars, unixSeconds, requireFields, optionalArray } = require('./shared');
const { MODELS, LOOSE, UNCATALOGUED, checkModelBody, listedModelIds } = require('./gccaiModels');
const { apimartUpload, apimartRemix } = require('./imageUpload');

const ERROR_TYPES = {
  400: 'invalid_request_error',
  401: 'authentication_error',
  402: 'payment_required',
  403: 'permission_error',
  404: 'not_found_error',
  429: 'rate_limit_error',
  500: 'server_error',
  502: 'bad_gateway',
  503: 'service_unavailable',
};

const STATUS_WORDS = {
  queued: 'pending',
  processing: 'processing',
  completed: 'completed',
  failed: 'failed',
  unknown: MYSTERY_STATE,
};

const URL_LIFETIME_SECONDS = 86400;

function error(status, message, param) {
  const type = ERROR_TYPES[status] || (status >= 500 ? 'server_error' : 'invalid_request_error');
  return { error: { code: status, message, type, ...(param ? { param } : {}) } };
}

// [I] APIMart does not document how it refuses a model it does not sell (or no longer routes); this is
// its documented error envelope with the usual gateway wording, naming `param: "model"`.
function modelUnavailable(model) {
  return { message: `Model '${model}' is not available: no channel serves it (unknown or retired model)`, param: 'model' };
}

// [T] APIMart reports what a task cost as `cost` and `credits_cost`; the simulator bills per second.
function billed(task) {
  const seconds = Number.isInteger(task.body && task.body.duration) ? task.body.duration : 5;
  const cost = Math.round(seconds * 0.05 * 10000) / 10000;
  return { cost, credits_cost: Math.round(cost * 1000) };
}

module.exports = {
  id: 'gccai',
  defaultModel: 'sora-2',
  routes: [
    { method: 'POST', path: /^\/v1\/videos\/generations$/, route: 'create' },
    { method: 'GET', path: /^\/v1\/tasks\/([^/]+)$/, route: 'status' },
    { method: 'GET', path: /^\/v1\/balance$/, route: 'credentialTest' },
    { method: 'GET', path: /^\/v1\/models$/, route: 'modelList' },
    { method: 'POST', path: /^\/v1\/uploads\/images$/, route: 'upload' },
    { method: 'POST', path: /^\/v1\/videos\/([^/]+)\/remix$/, route: 'remix' },
  ],

  handlers: { upload: apimartUpload, remix: apimartRemix },

  newTaskId() {
    return `task_${randomChars(26, CROCKFORD)}`;
  },

  validateCreate(body) {
    const missing = requireFields(body, ['model', 'prompt']);
    if (missing) return missing;
    if (LOOSE.has(body.model)) return optionalArray(body, 'image_urls', 1);
    if (UNCATALOGUED.includes(body.model)) return null;
    const spec = MODELS[body.model];
    return spec ? checkModelBody(spec, body) : modelUnavailable(body.model);
  },

  createAnswer(task) {
    const spec = MODELS[task.model];
    if (spec && spec.answer === 'object') {
      return { code: 200, data: { id: task.id, status: 'submitted', progress: 0, created: unixSeconds(task.createdAt), type: 'video' } };
    }
    return { code: 200, data: [{ status: 'submitted', task_id: task.id }] };
  },

  // APIMart's client contract: `{data:[{id,…}]}`, every kind of model in one list.
  modelListAnswer() {
    return { object: 'list', data: listedModelIds().map((id) => ({ id, object: 'model', owned_by: 'apimart' })) };
  },

  statusAnswer(task, view, ctx) {
    const data = {
      id: task.id,
      status: STATUS_WORDS[view.state],
      progress: view.progress,
      created: unixSeconds(task.createdAt),
      estimated_time: task.estimatedSeconds,
    };
    if (view.state === 'completed') {
      const completed = unixSeconds(view.finishedAt);
      data.completed = completed;
      data.actual_time = Math.max(0, completed - data.created);
      data.result = {
        videos: view.hasVideo ? [{ url: [ctx.videoUrl], expires_at: completed + URL_LIFETIME_SECONDS }] : [],
      };
      Object.assign(data, billed(task));
    }
    if (view.state === 'failed') {
      data.error = { code: 400, message: FAILURE_REASON, type: 'content_policy_violation' };
    }
    return { code: 200, data };
  },

  credentialAnswer() {
    return { success: true, remain_balance: 10.5, used_balance: 4.5, unlimited_quota: false };
  },

  // APIMart's balance endpoint reports a bad token inside a 200 answer, unlike every other route.
  authFailure(route) {
    if (route === 'credentialTest') return { status: 200, body: { success: false, message: 'Failed to get token info' } };
    return { status: 401, body: error(401, 'Invalid API key') };
  },

  error,
};
