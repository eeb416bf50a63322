'use strict';

// YutoAI "unified" /v2 format (providers.md §3), a new-api task relay.
const crypto = require('crypto');
const { FAILURE_REASON } = require('../tasks');
const { LOWER_ALNUM, MYSTERY_STATE, randomChars, unixSeconds, requireFields, optionalArray } = require('./shared');
const { familyOf, checkModelBody, modelList } = require('./yutoaiModels');

const STATUS_WORDS = {
  queued: 'NOT_START',
  processing: 'IN_PROGRESS',
  completed: 'SUCCESS',
  failed: 'FAILURE',
  unknown: MYSTERY_STATE,
};

const ERROR_CODES = {
  400: 'invalid_request',
  401: 'invalid_api_key',
  403: 'access_denied',
  404: 'task_not_exist',
  429: 'rate_limit_exceeded',
};

// new-api's string error code for a status (the legacy format shares it).
function errorCode(status) {
  return ERROR_CODES[status] || (status >= 500 ? 'upstream_error' : 'bad_request');
}

// The error body is undocumented; new-api relays answer with this OpenAI-like envelope.
function error(status, message) {
  const code = errorCode(status);
  return { error: { message, type: 'new_api_error', param: '', code } };
}

// new-api's answer when no channel serves a model (HTTP 503, code model_not_found) [I].
function modelUnavailable(model) {
  return {
    status: 503,
    body: {
      error: { message: `当前分组 default 下对于模型 ${model} 无可用渠道`, type: 'new_api_error', param: '', code: 'model_not_found' },
    },
  };
}

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

function compactTime(ms) {
  return new Date(ms).toISOString().replace(/[-:T]/g, '').slice(0, 14);
}

/** Task ids as the docs print them per family: `veo3:<ts>-<rand>`, `grok:<uuid>`, `cgt-<time>-<rand>`. */
function taskIdFor(family, now) {
  if (family === 'veo') return `veo3:${unixSeconds(now)}-${randomChars(10, ALNUM)}`;
  if (family === 'grok') return `grok:${crypto.randomUUID()}`;
  if (family === 'seedance') return `cgt-${compactTime(now)}-${randomChars(5, LOWER_ALNUM)}`;
  return crypto.randomUUID();
}

const PLATFORMS = {
  sora: { platform: 'openai', action: 'sora-video' },
  veo: { platform: 'google', action: 'google-videos' },
  seedance: { platform: 'bytedance', action: 'seedance-video' },
  // Grok and Wan query bodies are not documented: the same envelope is assumed [I].
  grok: { platform: 'xai', action: 'grok-video' },
  wan: { platform: 'ali', action: 'wan-video' },
};

/** The Seedance answer's extra facts (all strings, as documented), next to `output`. */
function seedanceData(task) {
  const body = task.body;
  return {
    duration: String(body.duration ?? 5),
    framespersecond: '24',
    last_frame_url: '',
    ratio: String(body.ratio ?? '16:9'),
    resolution: String(body.resolution ?? '480p'),
    seed: String(body.seed ?? 55335),
    usage: { completion_tokens: 49005, total_tokens: 49005 },
  };
}

/** Progress as the "NN%" string this family uses. */
function percent(progress) {
  return `${progress}%`;
}

/** Fields shared with the legacy endpoint's `data` object. */
function taskTimes(task, view) {
  return {
    submit_time: unixSeconds(task.createdAt),
    start_time: view.startedAt === null ? 0 : unixSeconds(view.startedAt),
    finish_time: view.finishedAt === null ? 0 : unixSeconds(view.finishedAt),
  };
}

module.exports = {
  id: 'yutoai',
  defaultModel: 'sora-2',
  STATUS_WORDS,
  errorCode,
  percent,
  taskTimes,
  routes: [
    { method: 'POST', path: /^\/v2\/videos\/generations$/, route: 'create' },
    { method: 'GET', path: /^\/v2\/videos\/generations\/([^/]+)$/, route: 'status' },
    { method: 'GET', path: /^\/v1\/models$/, route: 'credentialTest' },
  ],

  newTaskId(now, body) {
    return taskIdFor(familyOf(body && body.model), now);
  },

  validateCreate(body) {
    const missing = requireFields(body, ['prompt', 'model']) || optionalArray(body, 'images', 4);
    if (missing) return missing;
    const problem = checkModelBody(body);
    if (problem && problem.unavailable) return modelUnavailable(body.model);
    return problem;
  },

  createAnswer(task) {
    return { task_id: task.id };
  },

  statusAnswer(task, view, ctx) {
    const family = familyOf(task.model) || 'sora';
    let data = null;
    if (view.state === 'completed') {
      const output = view.hasVideo ? ctx.videoUrl : '';
      // `[outputs]` in the prompt answers with the `outputs` array other clients of this format read.
      data = /\[outputs\]/i.test(task.prompt) ? { outputs: output ? [output] : [] } : { output };
      if (family === 'seedance') Object.assign(data, seedanceData(task));
    }
    return {
      task_id: task.id,
      ...PLATFORMS[family],
      status: STATUS_WORDS[view.state],
      fail_reason: view.state === 'failed' ? FAILURE_REASON : '',
      ...taskTimes(task, view),
      progress: percent(view.progress),
      data,
      search_item: '',
    };
  },

  // The credential test and List Models both read GET /v1/models.
  credentialAnswer() {
    return { object: 'list', success: true, data: modelList() };
  },

  error,
};
