'use strict';

// OpenAI Videos API (providers.md §1): no URL in the object, bytes come from /content with the key.
const { HEX, MYSTERY_STATE, randomChars, unixSeconds, isObject, nonEmptyString } = require('./shared');
const { FAILURE_REASON } = require('../tasks');

const STATUS_WORDS = {
  queued: 'queued',
  processing: 'in_progress',
  completed: 'completed',
  failed: 'failed',
  unknown: MYSTERY_STATE,
};

const SECONDS = ['4', '8', '12', '16', '20'];
const ASSET_LIFETIME_SECONDS = 86400;

const ERRORS = {
  400: ['invalid_request_error', null],
  401: ['invalid_request_error', 'invalid_api_key'],
  403: ['invalid_request_error', 'unsupported_country_region_territory'],
  404: ['invalid_request_error', 'not_found'],
  429: ['requests', 'rate_limit_exceeded'],
};

function error(status, message, param, code) {
  const [type, defaultCode] = ERRORS[status] || (status >= 500 ? ['server_error', null] : ['invalid_request_error', null]);
  return { error: { message, type, param: param || null, code: code || defaultCode } };
}

function videoObject(task, view) {
  const completedAt = view.state === 'completed' ? unixSeconds(view.finishedAt) : null;
  return {
    id: task.id,
    object: 'video',
    model: task.model,
    status: STATUS_WORDS[view.state],
    progress: view.progress,
    created_at: unixSeconds(task.createdAt),
    completed_at: completedAt,
    expires_at: completedAt === null ? null : completedAt + ASSET_LIFETIME_SECONDS,
    prompt: task.prompt,
    seconds: typeof task.body.seconds === 'string' ? task.body.seconds : '4',
    size: nonEmptyString(task.body.size) ? task.body.size : '720x1280',
    remixed_from_video_id: null,
    error: view.state === 'failed' ? { code: 'moderation_blocked', message: FAILURE_REASON } : null,
  };
}

module.exports = {
  id: 'openai',
  defaultModel: 'sora-2',
  routes: [
    { method: 'POST', path: /^\/videos$/, route: 'create' },
    { method: 'GET', path: /^\/videos\/([^/]+)$/, route: 'status' },
    { method: 'GET', path: /^\/videos\/([^/]+)\/content$/, route: 'download' },
    { method: 'GET', path: /^\/models$/, route: 'credentialTest' },
  ],

  newTaskId() {
    return `video_${randomChars(32, HEX)}`;
  },

  validateCreate(body) {
    if (!isObject(body)) return { message: 'Request body must be a JSON object', param: null };
    if (!nonEmptyString(body.prompt)) return { message: "Missing required parameter: 'prompt'.", param: 'prompt' };
    if (body.model !== undefined && !nonEmptyString(body.model)) return { message: "Invalid 'model'.", param: 'model' };
    if (body.seconds !== undefined && !SECONDS.includes(body.seconds)) {
      return {
        message: `Invalid value for 'seconds': expected one of ${SECONDS.map((s) => `'${s}'`).join(', ')} (a string).`,
        param: 'seconds',
      };
    }
    if (body.size !== undefined && !(typeof body.size === 'string' && /^\d{3,4}x\d{3,4}$/.test(body.size))) {
      return { message: "Invalid value for 'size'.", param: 'size' };
    }
    const ref = body.input_reference;
    if (ref !== undefined && !(isObject(ref) || typeof ref === 'string')) {
      return { message: "Invalid type for 'input_reference'.", param: 'input_reference' };
    }
    return null;
  },

  createAnswer(task, ctx) {
    return videoObject(task, ctx.view);
  },

  statusAnswer(task, view) {
    return videoObject(task, view);
  },

  /** Returns an error answer when /content cannot serve bytes yet, else null. */
  contentUnavailable(task, view) {
    if (view.state === 'completed' && view.hasVideo) return null;
    const message =
      view.state === 'completed'
        ? 'Video content is not available for this video.'
        : `Video is not ready yet (status: ${STATUS_WORDS[view.state]}).`;
    return { status: 404, body: error(404, message, null, 'video_not_ready') };
  },

  credentialAnswer() {
    return {
      object: 'list',
      data: [
        { id: 'sora-2', object: 'model', created: 1759708800, owned_by: 'system' },
        { id: 'sora-2-pro', object: 'model', created: 1759708800, owned_by: 'system' },
      ],
    };
  },

  authFailure() {
    return {
      status: 401,
      body: error(
        401,
        'Incorrect API key provided. You can find your API key at https://platform.openai.com/account/api-keys.',
      ),
    };
  },

  error,
};
