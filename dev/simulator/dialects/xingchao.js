'use strict';

// GlobalAI OPC, white-labelled as 星潮/xingchao (providers.md §5). No progress field exists.
const { FAILURE_REASON } = require('../tasks');
const { LOWER_ALNUM, MYSTERY_STATE, randomChars, unixSeconds, requireFields, optionalArray } = require('./shared');
const { FAMILIES, SORA_MODELS, checkFamilyBody } = require('./xingchaoModels');
const { promptOf } = require('../tasks');

const SORA_PATH = '/v1/sora/videos';

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

// A refused create is HTTP 200 with `id: null` (documented); the wording for an unknown model is not [I].
function refusal(message) {
  return {
    status: 200,
    body: { id: null, object: 'error', created: unixSeconds(Date.now()), model: null, status: 'failed', error: message },
  };
}

function refuse(problem, model) {
  if (problem.unavailable) return refusal(`Parameter validation failed: model ${model} is not supported on this endpoint`);
  return refusal(`Parameter validation failed: ${problem.message}`);
}

// [T] `amount` next to the result; the simulator bills 0.5 per second.
function amountFor(seconds) {
  return Math.round(seconds * 0.5 * 100) / 100;
}

function secondsOf(task) {
  const family = FAMILIES[task.createPath];
  if (family) return family.seconds(task.body);
  const seconds = Number(task.body.seconds ?? task.body.duration);
  return Number.isFinite(seconds) && seconds > 0 ? seconds : 8;
}

module.exports = {
  id: 'xingchao',
  defaultModel: 'openAiSora2Plus',
  routes: [
    { method: 'POST', path: /^\/v1\/(?:sora|veo|kyyvideo2|seedance|grok|vidu)\/videos$/, route: 'create' },
    { method: 'GET', path: /^\/v1\/result\/([^/]+)$/, route: 'status' },
    // The credential test: a documented read-only call (Seedance 2.0 asset list); there is no /v1/models.
    { method: 'POST', path: /^\/kyyVideo2\/asset\/list$/, route: 'credentialTest' },
  ],

  newTaskId(now, body, path) {
    const family = FAMILIES[path];
    return `${family ? family.idPrefix : 'sora_'}${randomChars(family ? 16 : 12, LOWER_ALNUM)}`;
  },

  validateCreate(body, path = SORA_PATH) {
    // `[refuse-create]` in the prompt: the documented generic refusal, for a body that is otherwise fine.
    if (/\[refuse-create\]/i.test(promptOf(body))) return refusal('Creation failed');
    if (path === SORA_PATH) {
      const problem =
        requireFields(body, ['model', 'prompt']) || optionalArray(body, 'input_reference', 1) || optionalArray(body, 'image_urls', 1);
      if (problem) return problem;
      return SORA_MODELS.has(body.model) ? null : refuse({ unavailable: true }, body.model);
    }
    if (body === null || typeof body !== 'object' || Array.isArray(body)) return refusal('Parameter validation failed: the body must be a JSON object');
    const problem = checkFamilyBody(path, body);
    return problem ? refuse(problem, body.model) : null;
  },

  createAnswer(task) {
    return {
      id: task.id,
      object: task.createPath && task.createPath !== SORA_PATH ? 'video' : 'video.generation',
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
      body.actualDuration = secondsOf(task);
      body.amount = amountFor(body.actualDuration);
    }
    return body;
  },

  credentialAnswer() {
    return { code: 0, msg: null, data: { records: [], total: 0, size: 1, current: 1, pages: 0 } };
  },

  // A Spring backend answers unknown paths this way rather than in its API envelope.
  notFound(method, path) {
    return { message: `No handler found for ${method} /kyyReactApiServer${path}` };
  },

  error,
};
