'use strict';

// YutoAI "unified" /v2 format (providers.md §3), a new-api task relay.
const crypto = require('crypto');
const { FAILURE_REASON } = require('../tasks');
const { MYSTERY_STATE, unixSeconds, requireFields, optionalArray } = require('./shared');

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

// The error body is undocumented; new-api relays answer with this OpenAI-like envelope.
function error(status, message) {
  const code = ERROR_CODES[status] || (status >= 500 ? 'upstream_error' : 'bad_request');
  return { error: { message, type: 'new_api_error', param: '', code } };
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
  percent,
  taskTimes,
  routes: [
    { method: 'POST', path: /^\/v2\/videos\/generations$/, route: 'create' },
    { method: 'GET', path: /^\/v2\/videos\/generations\/([^/]+)$/, route: 'status' },
    { method: 'GET', path: /^\/v1\/models$/, route: 'credentialTest' },
  ],

  newTaskId() {
    return crypto.randomUUID();
  },

  validateCreate(body) {
    return requireFields(body, ['prompt', 'model']) || optionalArray(body, 'images', 4);
  },

  createAnswer(task) {
    return { task_id: task.id };
  },

  statusAnswer(task, view, ctx) {
    let data = null;
    if (view.state === 'completed') data = view.hasVideo ? { output: ctx.videoUrl } : { output: '' };
    return {
      task_id: task.id,
      platform: 'openai',
      action: 'sora-video',
      status: STATUS_WORDS[view.state],
      fail_reason: view.state === 'failed' ? FAILURE_REASON : '',
      ...taskTimes(task, view),
      progress: percent(view.progress),
      data,
      search_item: '',
    };
  },

  credentialAnswer() {
    return {
      object: 'list',
      data: [
        { id: 'sora-2', object: 'model', owned_by: 'openai' },
        { id: 'sora-2-pro', object: 'model', owned_by: 'openai' },
      ],
    };
  },

  error,
};
