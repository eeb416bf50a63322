'use strict';

// GlobalAI OPC, white-labelled as 星潮/xingchao (providers.md §5). No progress field exists.
const { FAILURE_REASON } = require('../tasks');
const { LOWER_ALNUM, MYSTERY_STATE, randomChars, unixSeconds, requireFields, optionalArray } = require('./shared');

const STATUS_WORDS = {
  queued: 'queued',
  processing: 'processing',
  completed: 'completed',
  failed: 'failed',
  unknown: MYSTERY_STATE,
};

// Undocumented; modelled on the `{code,msg,data}` envelope other endpoints of this backend use.
function error(status, message) {
  return { code: String(status), msg: message, data: null };
}

module.exports = {
  id: 'xingchao',
  defaultModel: 'openAiSora2Plus',
  routes: [
    { method: 'POST', path: /^\/v1\/sora\/videos$/, route: 'create' },
    { method: 'GET', path: /^\/v1\/result\/([^/]+)$/, route: 'status' },
    { method: 'GET', path: /^\/v1\/models$/, route: 'credentialTest' },
  ],

  newTaskId() {
    return `sora_${randomChars(12, LOWER_ALNUM)}`;
  },

  validateCreate(body) {
    return (
      requireFields(body, ['model', 'prompt']) ||
      optionalArray(body, 'input_reference', 1) ||
      optionalArray(body, 'image_urls', 1)
    );
  },

  createAnswer(task) {
    return {
      id: task.id,
      object: 'video.generation',
      created: unixSeconds(task.createdAt),
      model: task.model,
      status: 'queued',
    };
  },

  statusAnswer(task, view, ctx) {
    const body = {
      id: task.id,
      object: 'video.generation',
      created: unixSeconds(task.createdAt),
      model: task.model,
      status: STATUS_WORDS[view.state],
      video_url: view.state === 'completed' && view.hasVideo ? ctx.videoUrl : null,
      error: view.state === 'failed' ? FAILURE_REASON : null,
    };
    if (view.state === 'completed') {
      const seconds = Number(task.body.seconds ?? task.body.duration);
      body.actualDuration = Number.isFinite(seconds) && seconds > 0 ? seconds : 8;
    }
    return body;
  },

  credentialAnswer() {
    return {
      object: 'list',
      data: [
        { id: 'openAiSora2Plus', object: 'model', owned_by: 'globalaiopc' },
        { id: 'openAiSora2Pro', object: 'model', owned_by: 'globalaiopc' },
      ],
    };
  },

  // A Spring backend answers unknown paths this way rather than in its API envelope.
  notFound(method, path) {
    return { message: `No handler found for ${method} /kyyReactApiServer${path}` };
  },

  error,
};
