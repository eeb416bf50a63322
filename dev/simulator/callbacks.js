'use strict';

// Provider callbacks: a task created with `notify_hook` (yutoai) or `callback_url` (evolink) gets the
// provider's status body POSTed to that URL once it ends (completed or failed), like the real services.
//
// - Time lifecycle (or a `[render-ms=N]` task): a timer fires when the task's end time passes.
// - Polls lifecycle: nothing advances a task but status polls, so the callback goes out when a
//   served poll first sees the task ended.
// - `[stuck]` / `[unknown-status]` tasks never end, so they never call back.
// - Loopback only (127.0.0.0/8, localhost, [::1]) and plain http: anything else is refused and logged,
//   never sent. The real EvoLink insists on public HTTPS; the simulator deliberately does not.
// - Bounded retries, EvoLink's documented policy: 10 s timeout per attempt, up to 3 retries after
//   1 s / 2 s / 4 s; any 2xx answer counts as delivered.

const http = require('http');

const CALLBACK_FIELDS = { yutoai: 'notify_hook', evolink: 'callback_url' };
const ATTEMPT_TIMEOUT_MS = 10000;
const RETRY_DELAYS_MS = Object.freeze([1000, 2000, 4000]);
const MAX_URL_LENGTH = 2048;
const MAX_RESPONSE_BYTES = 64 * 1024;

/** The callback URL a create body asks for (only for providers that document one), else null. */
function callbackUrlOf(providerId, body) {
  const field = CALLBACK_FIELDS[providerId];
  if (!field || !body || typeof body[field] !== 'string' || body[field].trim() === '') return null;
  return body[field].trim();
}

function isLoopbackHost(hostname) {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/** Why the simulator will not call `raw` (string), or null when it may. */
function refusal(raw) {
  if (raw.length > MAX_URL_LENGTH) return `callback URL longer than ${MAX_URL_LENGTH} characters`;
  let url;
  try {
    url = new URL(raw);
  } catch {
    return 'callback URL is not a valid absolute URL';
  }
  if (url.protocol !== 'http:') return `only http:// callbacks are sent by the simulator (got ${url.protocol})`;
  if (!isLoopbackHost(url.hostname)) return `callback host ${url.hostname} is not loopback; the simulator only calls 127.0.0.1/localhost/[::1]`;
  return null;
}

class CallbackDispatcher {
  /**
   * @param {object} o
   * @param {(task: object, view: object) => object} o.bodyFor  the provider's status body for a task
   * @param {number[]} [o.retryDelaysMs]
   * @param {number} [o.attemptTimeoutMs]
   */
  constructor({ bodyFor, retryDelaysMs = RETRY_DELAYS_MS, attemptTimeoutMs = ATTEMPT_TIMEOUT_MS }) {
    this.bodyFor = bodyFor;
    this.retryDelaysMs = retryDelaysMs;
    this.attemptTimeoutMs = attemptTimeoutMs;
    /** Public log, one entry per task that asked for a callback. */
    this.log = [];
    this.byTask = new Map();
    this.timers = new Set();
    this.requests = new Set();
    this.generation = 0;
  }

  /** Called right after a create. Registers the callback and, in time mode, schedules it. */
  register(task) {
    const url = callbackUrlOf(task.provider, task.body);
    if (url === null) return;
    const entry = { taskId: task.id, provider: task.provider, url, state: 'pending', attempts: [] };
    const why = refusal(url);
    if (why) {
      entry.state = 'refused';
      entry.reason = why;
    }
    this.log.push(entry);
    this.byTask.set(task.id, { entry, task });
    if (why || task.lifecycle.mode !== 'time') return;
    const { queuedMs, renderMs } = task.lifecycle;
    // A hair after the end so that the status body the hook carries is the terminal one.
    this.schedule(Math.max(0, task.createdAt + queuedMs + renderMs + 5 - Date.now()), () => this.fire(task.id));
  }

  /** Called after every served status poll (polls mode ends tasks only through polls). */
  polled(task, view) {
    if (task.lifecycle.mode === 'time') return;
    if (view.state === 'completed' || view.state === 'failed') this.fire(task.id);
  }

  fire(taskId) {
    const record = this.byTask.get(taskId);
    if (!record || record.entry.state !== 'pending') return;
    const view = record.task.peek();
    if (view.state !== 'completed' && view.state !== 'failed') {
      // Outcome changed to stuck/unknown meanwhile: it never ends, so it never calls back.
      record.entry.state = 'not-ended';
      return;
    }
    record.entry.state = 'sending';
    record.entry.taskState = view.state;
    record.entry.body = this.bodyFor(record.task, view);
    this.attempt(record, 0, this.generation);
  }

  attempt(record, index, generation) {
    if (generation !== this.generation) return;
    const { entry } = record;
    const started = Date.now();
    const payload = Buffer.from(JSON.stringify(entry.body));
    const done = (result) => {
      if (generation !== this.generation) return;
      entry.attempts.push({ at: started, ms: Date.now() - started, ...result });
      if (result.status !== undefined && result.status >= 200 && result.status < 300) {
        entry.state = 'delivered';
        return;
      }
      if (index >= this.retryDelaysMs.length) {
        entry.state = 'failed';
        return;
      }
      this.schedule(this.retryDelaysMs[index], () => this.attempt(record, index + 1, generation));
    };
    let req;
    try {
      req = http.request(entry.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'content-length': String(payload.length),
          'user-agent': `sora-simulator-callback/${entry.provider}`,
        },
        timeout: this.attemptTimeoutMs,
      });
    } catch (error) {
      done({ error: error.message });
      return;
    }
    this.requests.add(req);
    let settled = false;
    const finish = (result) => {
      if (settled) return;
      settled = true;
      this.requests.delete(req);
      done(result);
    };
    req.on('response', (res) => {
      let received = 0;
      const chunks = [];
      res.on('data', (chunk) => {
        received += chunk.length;
        if (received <= MAX_RESPONSE_BYTES) chunks.push(chunk);
      });
      res.on('end', () => finish({ status: res.statusCode, response: Buffer.concat(chunks).toString('utf8').slice(0, 2000) }));
      res.on('error', (error) => finish({ status: res.statusCode, error: error.message }));
    });
    req.on('timeout', () => req.destroy(new Error(`no answer within ${this.attemptTimeoutMs} ms`)));
    req.on('error', (error) => finish({ error: error.message }));
    req.end(payload);
  }

  schedule(ms, fn) {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      fn();
    }, ms);
    this.timers.add(timer);
  }

  /** Forget everything (simulator reset/close): pending timers stop, in-flight requests are aborted. */
  clear() {
    this.generation += 1;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    for (const req of this.requests) req.destroy();
    this.requests.clear();
    this.byTask.clear();
    this.log.length = 0;
  }
}

module.exports = { CallbackDispatcher, callbackUrlOf, CALLBACK_FIELDS, RETRY_DELAYS_MS, ATTEMPT_TIMEOUT_MS };
