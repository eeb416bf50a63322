'use strict';

// OpenAI Videos API (providers.md §1): no URL in the object, bytes come from /content with the key.
const { HEX, MYSTERY_STATE, randomChars, unixSeconds, isObject, nonEmptyString } = require('./shared');
const { FAILURE_REASON } = require('../tasks');
const { sendJson } = require('../control');

const STATUS_WORDS = {
  queued: 'queued',
  processing: 'in_progress',
  completed: 'completed',
  failed: 'failed',
  unknown: MYSTERY_STATE,
};

// The spec's VideoSeconds plus the guide's 16/20 s, which a compatible endpoint may accept.
const SECONDS = ['4', '8', '12', '16', '20'];
// VideoSize plus the guide's 1080p pair; everything beyond 720p is Pro-only.
const SIZES = ['720x1280', '1280x720', '1024x1792', '1792x1024', '1920x1080', '1080x1920'];
const STANDARD_SIZES = ['720x1280', '1280x720'];
const IMAGE_TYPES = { 'image/png': '89504e47', 'image/jpeg': 'ffd8ff', 'image/webp': '52494646' };
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
    remixed_from_video_id: task.remixedFrom || null,
    error: view.state === 'failed' ? { code: 'moderation_blocked', message: FAILURE_REASON } : null,
  };
}

/** `input_reference`: JSON `{image_url}` | `{file_id}`, or a multipart file whose bytes are an image of its stated type. */
function checkReference(ref) {
  if (ref === undefined) return null;
  const invalid = (message) => ({ message, param: 'input_reference' });
  if (!isObject(ref)) return invalid("Invalid type for 'input_reference'.");
  if (ref.filename !== undefined) {
    const magic = IMAGE_TYPES[ref.contentType];
    if (!magic) return invalid(`Invalid file type '${ref.contentType}': expected image/jpeg, image/png or image/webp.`);
    if (!ref.head.startsWith(magic)) return invalid(`The file content is not a ${ref.contentType} image.`);
    return null;
  }
  if (nonEmptyString(ref.image_url) || nonEmptyString(ref.file_id)) return null;
  return invalid("'input_reference' needs image_url or file_id.");
}

function listVideos({ res, url, sim }) {
  const limit = url.searchParams.has('limit') ? Number(url.searchParams.get('limit')) : 20;
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) {
    sendJson(res, 400, error(400, "Invalid 'limit': an integer from 1 to 100.", 'limit'));
    return;
  }
  const order = url.searchParams.get('order') || 'desc';
  const all = [...sim.store.tasks.values()].filter((task) => task.provider === 'openai');
  all.sort((a, b) => (order === 'asc' ? a.createdAt - b.createdAt : b.createdAt - a.createdAt));
  const after = url.searchParams.get('after');
  const start = after ? all.findIndex((task) => task.id === after) + 1 : 0;
  if (after && start === 0) {
    sendJson(res, 400, error(400, `Invalid 'after': no video '${after}'.`, 'after'));
    return;
  }
  const page = all.slice(start, start + limit).map((task) => videoObject(task, task.peek()));
  sendJson(res, 200, {
    object: 'list',
    data: page,
    first_id: page.length ? page[0].id : null,
    last_id: page.length ? page[page.length - 1].id : null,
    has_more: start + limit < all.length,
  });
}

function deleteVideo({ res, match, task, sim }) {
  if (!task || task.provider !== 'openai') {
    sendJson(res, 404, error(404, `No video found with id '${match.taskId}'.`));
    return;
  }
  const { state } = task.peek();
  if (state !== 'completed' && state !== 'failed') {
    sendJson(res, 400, error(400, `Video '${task.id}' cannot be deleted while ${STATUS_WORDS[state]}.`));
    return;
  }
  sim.store.tasks.delete(task.id);
  sendJson(res, 200, { id: task.id, object: 'video.deleted', deleted: true });
}

function remixVideo({ res, match, task, parsed, sim }) {
  if (!task || task.provider !== 'openai') {
    sendJson(res, 404, error(404, `No video found with id '${match.taskId}'.`));
    return;
  }
  if (task.peek().state !== 'completed') {
    sendJson(res, 400, error(400, `Video '${task.id}' is not completed; only completed videos can be remixed.`));
    return;
  }
  const body = parsed.body;
  if (!isObject(body) || !nonEmptyString(body.prompt)) {
    sendJson(res, 400, error(400, "Missing required parameter: 'prompt'.", 'prompt'));
    return;
  }
  const extra = Object.keys(body).filter((key) => key !== 'prompt');
  if (extra.length) {
    sendJson(res, 400, error(400, `Unrecognized request argument supplied: ${extra[0]}`, extra[0]));
    return;
  }
  const remix = sim.startTask({ ...task.body, prompt: body.prompt, input_reference: undefined }, task.model);
  remix.remixedFrom = task.id;
  sendJson(res, 200, videoObject(remix, remix.peek()));
}

module.exports = {
  id: 'openai',
  defaultModel: 'sora-2',
  routes: [
    { method: 'POST', path: /^\/videos$/, route: 'create' },
    { method: 'GET', path: /^\/videos\/([^/]+)$/, route: 'status' },
    { method: 'GET', path: /^\/videos\/([^/]+)\/content$/, route: 'download' },
    { method: 'GET', path: /^\/models$/, route: 'credentialTest' },
    { method: 'GET', path: /^\/videos$/, route: 'list' },
    { method: 'DELETE', path: /^\/videos\/([^/]+)$/, route: 'delete' },
    { method: 'POST', path: /^\/videos\/([^/]+)\/remix$/, route: 'remix' },
  ],

  handlers: { list: listVideos, delete: deleteVideo, remix: remixVideo },

  newTaskId() {
    return `video_${randomChars(32, HEX)}`;
  },

  validateCreate(body) {
    if (!isObject(body)) return { message: 'Request body must be a JSON object', param: null };
    if (!nonEmptyString(body.prompt)) return { message: "Missing required parameter: 'prompt'.", param: 'prompt' };
    if (body.model !== undefined && !nonEmptyString(body.model)) return { message: "Invalid 'model'.", param: 'model' };
    // OpenAI's /videos serves only the sora-2 family; any other id gets its 404 model_not_found.
    if (body.model !== undefined && !/^sora-2/.test(body.model)) {
      return {
        status: 404,
        body: error(404, `The model '${body.model}' does not exist or you do not have access to it.`, null, 'model_not_found'),
      };
    }
    if (body.seconds !== undefined && !SECONDS.includes(body.seconds)) {
      return {
        message: `Invalid value for 'seconds': expected one of ${SECONDS.map((s) => `'${s}'`).join(', ')} (a string).`,
        param: 'seconds',
      };
    }
    if (body.size !== undefined && !SIZES.includes(body.size)) {
      return { message: `Invalid value for 'size': expected one of ${SIZES.join(', ')}.`, param: 'size' };
    }
    const model = body.model === undefined ? 'sora-2' : body.model;
    if (body.size !== undefined && !model.includes('pro') && !STANDARD_SIZES.includes(body.size)) {
      return { message: `Size ${body.size} is only available for sora-2-pro.`, param: 'size' };
    }
    return checkReference(body.input_reference);
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
