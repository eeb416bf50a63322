'use strict';

// YutoAI legacy "Sora official format" (Sora 1 web payload, providers.md §6), same base URL as /v2.
const { FAILURE_REASON } = require('../tasks');
const { LOWER_ALNUM, randomChars, isObject, nonEmptyString } = require('./shared');
const { STATUS_WORDS, errorCode, percent, taskTimes } = require('./yutoai');

// The new-api task relay envelope: a string code instead of "success".
function error(status, message) {
  return { code: errorCode(status), message, data: null };
}

function success(data) {
  return { code: 'success', message: '', data };
}

module.exports = {
  id: 'yutoaiLegacy',
  defaultModel: 'turbo',
  routes: [
    { method: 'POST', path: /^\/sora\/v1\/videos$/, route: 'create' },
    { method: 'GET', path: /^\/sora\/v1\/videos\/([^/]+)$/, route: 'status' },
  ],

  newTaskId() {
    return `task_${randomChars(26, LOWER_ALNUM)}`;
  },

  // Every schema field is optional, but a generation without a prompt is rejected.
  validateCreate(body) {
    if (!isObject(body)) return { message: 'Request body must be a JSON object', param: null };
    if (!nonEmptyString(body.prompt)) return { message: 'prompt is required', param: 'prompt' };
    return null;
  },

  createAnswer(task) {
    return success(task.id);
  },

  statusAnswer(task, view, ctx) {
    let payload = null;
    if (view.state === 'completed') {
      const generations = view.hasVideo
        ? [
            {
              id: `gen_${task.id.slice(5)}`,
              url: ctx.videoUrl,
              encodings: { source: { path: ctx.videoUrl }, thumbnail: { path: ctx.thumbnailUrl } },
            },
          ]
        : [];
      payload = { status: 'succeeded', generations };
    }
    return success({
      task_id: task.id,
      notify_hook: '',
      action: 'sora-video',
      status: STATUS_WORDS[view.state],
      fail_reason: view.state === 'failed' ? FAILURE_REASON : '',
      ...taskTimes(task, view),
      progress: percent(view.progress),
      data: payload,
    });
  },

  error,
};
