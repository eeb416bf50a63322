'use strict';

const http = require('http');
const { TaskStore } = require('./tasks');
const { FaultQueue, applyFault, IN_HANDLER } = require('./faults');
const { readRaw, parseBody, BodyTooLarge } = require('./body');
const { checkVideoBytes, mp4Layout, thumbnailLayout, sendBytes } = require('./video');
const files = require('./files');
const { CallbackDispatcher } = require('./callbacks');
const { handleControl, sendJson } = require('./control');
const { defaultMessage, nonEmptyString } = require('./dialects/shared');
const gccai = require('./dialects/gccai');
const yutoai = require('./dialects/yutoai');
const yutoaiLegacy = require('./dialects/yutoaiLegacy');
const evolink = require('./dialects/evolink');
const evolinkFiles = require('./dialects/evolinkFiles');
const xingchao = require('./dialects/xingchao');
const openai = require('./dialects/openai');

const HOST = '127.0.0.1';
// yutoai and yutoaiLegacy share one credential, hence one prefix; their paths do not overlap.
const MOUNTS = [
  { prefix: '/gccai', dialects: [gccai] },
  { prefix: '/yutoai', dialects: [yutoai, yutoaiLegacy] },
  { prefix: '/evolink-files', dialects: [evolinkFiles] },
  { prefix: '/evolink', dialects: [evolink] },
  { prefix: '/xingchao/kyyReactApiServer', dialects: [xingchao] },
  { prefix: '/openai/v1', dialects: [openai] },
];
const BASE_PATHS = Object.freeze({
  gccai: '/gccai',
  yutoai: '/yutoai',
  yutoaiLegacy: '/yutoai',
  evolink: '/evolink',
  xingchao: '/xingchao/kyyReactApiServer',
  openai: '/openai/v1',
});
const PROVIDER_IDS = Object.freeze(Object.keys(BASE_PATHS));
const DIALECTS = Object.freeze(Object.fromEntries([gccai, yutoai, yutoaiLegacy, evolink, xingchao, openai].map((d) => [d.id, d])));
const MAX_LOG_ENTRIES = 100000;

function resolveApi(method, pathname) {
  for (const mount of MOUNTS) {
    if (pathname !== mount.prefix && !pathname.startsWith(`${mount.prefix}/`)) continue;
    const rest = pathname.slice(mount.prefix.length) || '/';
    let pathOwner = null;
    for (const dialect of mount.dialects) {
      for (const spec of dialect.routes) {
        const found = spec.path.exec(rest);
        if (!found) continue;
        pathOwner = pathOwner || dialect;
        if (spec.method !== method) continue;
        const taskId = found[1] === undefined ? undefined : files.safeDecode(found[1]);
        return { host: 'api', dialect, route: spec.route, taskId, rest };
      }
    }
    return { host: 'api', dialect: pathOwner || mount.dialects[0], route: 'other', rest };
  }
  return { host: 'none', route: 'other' };
}

function resolve(method, pathname) {
  if (pathname === '/files' || pathname.startsWith('/files/')) return files.match(method, pathname);
  return resolveApi(method, pathname);
}

function bearerToken(header) {
  const match = typeof header === 'string' ? /^Bearer\s+(.+)$/i.exec(header.trim()) : null;
  return match ? match[1].trim() : null;
}

function checkOptions(options) {
  if (!options || !nonEmptyString(options.apiKey)) throw new TypeError('startSimulator: options.apiKey is required');
  const host = options.host ?? HOST;
  if (host !== HOST) throw new TypeError(`startSimulator: host must be ${HOST} (the simulator only serves loopback)`);
  const port = options.port ?? 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new TypeError('startSimulator: port must be 0..65535');
  return { host, port, apiKey: options.apiKey, videoBytes: checkVideoBytes(options.videoBytes) };
}

class Simulator {
  constructor(options) {
    const checked = checkOptions(options);
    this.apiKey = checked.apiKey;
    this.host = checked.host;
    this.port = checked.port;
    this.mp4Layout = mp4Layout(checked.videoBytes);
    this.store = new TaskStore({ lifecycle: options.lifecycle, estimatedSeconds: options.estimatedSeconds });
    this.faults = new FaultQueue([...PROVIDER_IDS, 'files']);
    this.requests = [];
    this.pollCounts = new Map();
    this.timers = new Set();
    this.callbacks = new CallbackDispatcher({
      bodyFor: (task, view) => DIALECTS[task.provider].statusAnswer(task, view, this.answerContext(task, view)),
    });
    this.origin = '';
    this.server = http.createServer((req, res) => this.onRequest(req, res));
    this.closing = null;
  }

  listen() {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(this.port, this.host, () => {
        this.server.off('error', reject);
        this.port = this.server.address().port;
        this.origin = `http://${this.host}:${this.port}`;
        resolve();
      });
    });
  }

  close() {
    if (!this.closing) {
      this.closing = new Promise((resolve) => {
        for (const timer of this.timers) clearTimeout(timer);
        this.timers.clear();
        this.callbacks.clear();
        this.server.close(() => resolve());
        this.server.closeAllConnections();
      });
    }
    return this.closing;
  }

  reset() {
    this.store.clear();
    this.faults.clear();
    this.requests.length = 0;
    this.pollCounts.clear();
    this.callbacks.clear();
  }

  record(entry) {
    if (this.requests.length >= MAX_LOG_ENTRIES) this.requests.splice(0, MAX_LOG_ENTRIES / 10);
    this.requests.push(entry);
  }

  fileUrl(taskId, ext) {
    return `${this.origin}/files/${encodeURIComponent(taskId)}.${ext}`;
  }

  answerContext(task, view) {
    return { view, videoUrl: this.fileUrl(task.id, 'mp4'), thumbnailUrl: this.fileUrl(task.id, 'jpg') };
  }

  onRequest(req, res) {
    readRaw(req).then(
      (raw) => this.dispatchSafely(req, res, parseBody(raw, req.headers['content-type'])),
      (error) => {
        if (!(error instanceof BodyTooLarge) || res.headersSent) return;
        res.on('finish', () => req.destroy());
        res.setHeader('connection', 'close');
        sendJson(res, 413, { error: { message: error.message } });
      },
    );
  }

  dispatchSafely(req, res, parsed) {
    try {
      this.dispatch(req, res, parsed);
    } catch (error) {
      // A simulator bug must surface in the test that hit it, not hang it.
      if (!res.headersSent) sendJson(res, 500, { error: { message: `simulator error: ${error.message}` } });
      else res.destroy(error);
    }
  }

  dispatch(req, res, parsed) {
    const url = new URL(req.url, this.origin);
    if (url.pathname.startsWith('/__control/')) {
      handleControl(this.handle, req, res, url, parsed);
      return;
    }
    const match = resolve(req.method, url.pathname);
    const task = match.taskId === undefined ? undefined : this.store.get(match.taskId);
    const provider =
      match.host === 'files' ? (task ? task.provider : 'files') : match.dialect ? match.dialect.id : 'unknown';
    const entry = {
      provider,
      route: match.route,
      method: req.method,
      path: req.url,
      headers: { ...req.headers },
      body: parsed.body,
      at: Date.now(),
    };
    if (match.taskId !== undefined) entry.taskId = match.taskId;
    this.record(entry);
    res.on('finish', () => {
      entry.status = res.statusCode;
    });
    if (match.route === 'status' && match.taskId !== undefined) {
      this.pollCounts.set(match.taskId, (this.pollCounts.get(match.taskId) || 0) + 1);
    }

    const sendError = (status, message, headers = {}) => {
      if (match.host === 'files') files.sendError(res, status, message, headers);
      else if (match.dialect) sendJsonWith(res, status, match.dialect.error(status, message), headers);
      else sendJsonWith(res, status, { error: { message } }, headers);
    };
    const fault = this.faults.take(provider, match.route);
    if (fault) {
      entry.fault = fault.type;
      if (!IN_HANDLER.has(fault.type)) {
        applyFault(fault, { req, res, host: match.host, timers: this.timers, sendError });
        return;
      }
    }

    if (match.host === 'files') {
      files.handle({ req, res, match, task, fault, mp4Layout: this.mp4Layout });
      return;
    }
    if (match.host === 'none') {
      sendError(404, `No simulated provider serves ${url.pathname}`);
      return;
    }
    const { dialect } = match;
    if (bearerToken(req.headers.authorization) !== this.apiKey) {
      const failure = dialect.authFailure
        ? dialect.authFailure(match.route)
        : { status: 401, body: dialect.error(401, 'Invalid API key') };
      sendJson(res, failure.status, failure.body);
      return;
    }
    const context = { req, res, url, match, task, dialect, parsed, entry, fault, sendError };
    switch (match.route) {
      case 'create':
        this.create(context);
        return;
      case 'status':
        this.status(context);
        return;
      case 'download':
        this.download(context);
        return;
      case 'credentialTest':
        sendJson(res, 200, dialect.credentialAnswer());
        return;
      case 'modelList':
        sendJson(res, 200, dialect.modelListAnswer());
        return;
      default:
        // Routes only one dialect serves (remix, list, delete, uploads) are handled by that dialect.
        if (dialect.handlers && dialect.handlers[match.route]) {
          dialect.handlers[match.route]({ ...context, sim: this.dialectServices(dialect, entry) });
          return;
        }
        sendJson(
          res,
          404,
          dialect.notFound ? dialect.notFound(req.method, match.rest) : dialect.error(404, `Unknown route: ${req.method} ${match.rest}`),
        );
    }
  }

  /** What a dialect's own route handler may use: the task store and a way to start a task. */
  dialectServices(dialect, entry) {
    return {
      store: this.store,
      origin: this.origin,
      answerContext: (task, view) => this.answerContext(task, view),
      startTask: (body, model) => {
        const now = Date.now();
        const task = this.store.create({ id: dialect.newTaskId(now, body), provider: dialect.id, body, model, now });
        entry.taskId = task.id;
        this.callbacks.register(task);
        return task;
      },
    };
  }

  create({ res, match, dialect, parsed, entry, fault, sendError }) {
    if (parsed.invalid) {
      sendJson(res, 400, dialect.error(400, 'Request body is not valid JSON'));
      return;
    }
    // The path tells a dialect with one create path per model family (xingchao) what to check.
    const problem = dialect.validateCreate(parsed.body, match.rest);
    if (problem) {
      // A dialect may answer a refusal in its own form (e.g. 404 model_not_found); 400 otherwise.
      sendJson(res, problem.status || 400, problem.body || dialect.error(400, problem.message, problem.param));
      return;
    }
    const now = Date.now();
    const body = parsed.body;
    const task = this.store.create({
      id: dialect.newTaskId(now, body, match.rest),
      provider: dialect.id,
      body,
      model: nonEmptyString(body.model) ? body.model : dialect.defaultModel,
      now,
    });
    entry.taskId = task.id;
    task.createPath = match.rest;
    this.callbacks.register(task);
    if (fault && fault.type === 'create-then-5xx') {
      sendError(fault.status, defaultMessage(fault.status));
      return;
    }
    sendJson(res, 200, dialect.createAnswer(task, this.answerContext(task, task.peek(now))));
  }

  status({ res, match, task, dialect }) {
    const invalid = dialect.checkTaskId && dialect.checkTaskId(match.taskId);
    if (invalid) {
      sendJson(res, invalid.status, invalid.body);
      return;
    }
    if (!task || task.provider !== dialect.id) {
      sendJson(res, 404, dialect.error(404, `Task not found: ${match.taskId}`));
      return;
    }
    const view = task.poll();
    sendJson(res, 200, dialect.statusAnswer(task, view, this.answerContext(task, view)));
    this.callbacks.polled(task, view);
  }

  download({ req, res, url, match, task, dialect, fault }) {
    if (!task || task.provider !== dialect.id) {
      sendJson(res, 404, dialect.error(404, `No video found with id '${match.taskId}'.`));
      return;
    }
    const unavailable = dialect.contentUnavailable(task, task.peek());
    if (unavailable) {
      sendJson(res, unavailable.status, unavailable.body);
      return;
    }
    const variant = url.searchParams.get('variant') || 'video';
    if (!['video', 'thumbnail', 'spritesheet'].includes(variant)) {
      sendJson(res, 400, dialect.error(400, `Invalid value for 'variant': ${variant}.`, 'variant'));
      return;
    }
    const isVideo = variant === 'video';
    sendBytes(req, res, {
      layout: isVideo ? this.mp4Layout : thumbnailLayout(),
      contentType: isVideo ? 'video/mp4' : 'image/jpeg',
      truncate: Boolean(fault && fault.type === 'truncate'),
    });
  }

  get handle() {
    if (!this.publicHandle) this.publicHandle = createHandle(this);
    return this.publicHandle;
  }
}

function sendJsonWith(res, status, body, headers) {
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  sendJson(res, status, body);
}

function createHandle(sim) {
  return {
    get origin() {
      return sim.origin;
    },
    get port() {
      return sim.port;
    },
    apiKey: sim.apiKey,
    requests: sim.requests,
    tasks: sim.store.tasks,
    callbacks: sim.callbacks.log,
    baseUrl(providerId) {
      if (!PROVIDER_IDS.includes(providerId)) throw new RangeError(`unknown provider id: ${providerId}`);
      return `${sim.origin}${BASE_PATHS[providerId]}`;
    },
    fileUrl(taskId, ext = 'mp4') {
      return sim.fileUrl(taskId, ext);
    },
    statusPollsFor(taskId) {
      return sim.pollCounts.get(taskId) || 0;
    },
    injectFault(rule) {
      sim.faults.add(rule);
    },
    pendingFaults() {
      return sim.faults.list();
    },
    setTaskOutcome(taskId, outcome) {
      sim.store.setOutcome(taskId, outcome);
    },
    reset() {
      sim.reset();
    },
    close() {
      return sim.close();
    },
  };
}

async function startSimulator(options) {
  const sim = new Simulator(options);
  await sim.listen();
  return sim.handle;
}

module.exports = { startSimulator, PROVIDER_IDS, BASE_PATHS };
