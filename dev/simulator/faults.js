'use strict';

const { isObject, defaultMessage } = require('./dialects/shared');

const FAULT_TYPES = ['http', 'reset', 'hang', 'html', 'malformed-json', 'truncate', 'create-then-5xx', 'expired'];
const FAULT_ROUTES = ['create', 'status', 'download', 'credentialTest', 'modelList', 'list', 'delete', 'remix', 'upload', 'any'];
// Only these two need the route handler's cooperation (a real create, real bytes).
const IN_HANDLER = new Set(['create-then-5xx', 'truncate']);
const ONLY_ON = { truncate: 'download', expired: 'download', 'create-then-5xx': 'create' };
const MAX_TIMES = 10000;
const MAX_HANG_MS = 10 * 60 * 1000;
const MAX_PENDING = 1000;

const GATEWAY_HTML =
  '<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head>' +
  '<body><h1>502 Bad Gateway</h1><p>The upstream server did not answer in time. Please try again later.</p>' +
  '<hr><address>nginx</address></body></html>\n';
/** In an `http` fault body: replaced by the request's Authorization header, verbatim. */
const ECHO_AUTHORIZATION = '{{authorization}}';
const BROKEN_JSON = '{"code":200,"data":{"id":"task_simulated","status":"process';

function int(value, name, min, max) {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new TypeError(`${name} must be an integer between ${min} and ${max}`);
  }
  return value;
}

function normaliseFault(fault) {
  if (!isObject(fault) || !FAULT_TYPES.includes(fault.type)) {
    throw new TypeError(`fault.type must be one of ${FAULT_TYPES.join(', ')}`);
  }
  switch (fault.type) {
    case 'http': {
      const out = { type: 'http', status: int(fault.status, 'fault.status', 400, 599) };
      if (fault.retryAfterSeconds !== undefined) {
        out.retryAfterSeconds = int(fault.retryAfterSeconds, 'fault.retryAfterSeconds', 0, 86400);
      }
      if (fault.body !== undefined) {
        if (typeof fault.body !== 'string') throw new TypeError('fault.body must be a string');
        out.body = fault.body;
      }
      return out;
    }
    case 'hang':
      return { type: 'hang', ms: int(fault.ms, 'fault.ms', 0, MAX_HANG_MS) };
    case 'create-then-5xx':
      return { type: 'create-then-5xx', status: int(fault.status ?? 502, 'fault.status', 500, 599) };
    default:
      return { type: fault.type };
  }
}

function normaliseRule(spec, providers) {
  if (!isObject(spec)) throw new TypeError('a fault rule must be an object');
  const { provider, route = 'any', times = 1 } = spec;
  if (provider !== undefined && !providers.includes(provider)) {
    throw new TypeError(`provider must be one of ${providers.join(', ')}`);
  }
  if (!FAULT_ROUTES.includes(route)) throw new TypeError(`route must be one of ${FAULT_ROUTES.join(', ')}`);
  const fault = normaliseFault(spec.fault);
  const only = ONLY_ON[fault.type];
  if (only && route !== only && route !== 'any') throw new TypeError(`a '${fault.type}' fault only applies to route '${only}'`);
  return { provider, route, remaining: int(times, 'times', 1, MAX_TIMES), fault };
}

class FaultQueue {
  constructor(providers) {
    this.providers = providers;
    this.rules = [];
  }

  /** Adds one rule or an array of rules; an array is validated in full before any is added. */
  add(spec) {
    const rules = (Array.isArray(spec) ? spec : [spec]).map((one) => normaliseRule(one, this.providers));
    if (this.rules.length + rules.length > MAX_PENDING) {
      throw new RangeError(`at most ${MAX_PENDING} fault rules may be pending`);
    }
    this.rules.push(...rules);
  }

  /** Consumes one use of the first pending rule that matches, in insertion order. */
  take(provider, route) {
    const index = this.rules.findIndex(
      (rule) =>
        (rule.provider === undefined || rule.provider === provider) &&
        (rule.route === 'any' || rule.route === route) &&
        (ONLY_ON[rule.fault.type] === undefined || ONLY_ON[rule.fault.type] === route),
    );
    if (index === -1) return null;
    const rule = this.rules[index];
    rule.remaining -= 1;
    if (rule.remaining === 0) this.rules.splice(index, 1);
    return rule.fault;
  }

  list() {
    return this.rules.map(({ provider, route, remaining, fault }) => ({ provider, route, times: remaining, fault: { ...fault } }));
  }

  clear() {
    this.rules.length = 0;
  }
}

function sendText(res, status, contentType, text, headers = {}) {
  res.writeHead(status, { 'content-type': contentType, 'content-length': String(Buffer.byteLength(text)), ...headers });
  res.end(text);
}

/**
 * Misbehaves on behalf of the server for faults that need no handler.
 * ctx: { req, res, host: 'api' | 'files', timers: Set, sendError(status, message, headers) }.
 */
function applyFault(fault, ctx) {
  const { req, res } = ctx;
  switch (fault.type) {
    case 'http': {
      const headers = fault.retryAfterSeconds === undefined ? {} : { 'retry-after': String(fault.retryAfterSeconds) };
      if (fault.body === undefined) {
        ctx.sendError(fault.status, defaultMessage(fault.status), headers);
        return;
      }
      // Echoes what the client sent, the way careless gateways do, so redaction can be tested for real.
      const body = fault.body.split(ECHO_AUTHORIZATION).join(req.headers.authorization ?? '');
      let json = true;
      try {
        JSON.parse(body);
      } catch {
        json = false;
      }
      sendText(res, fault.status, json ? 'application/json' : 'text/plain; charset=utf-8', body, headers);
      return;
    }
    case 'reset':
      req.socket.destroy();
      return;
    case 'hang': {
      const timer = setTimeout(() => {
        ctx.timers.delete(timer);
        req.socket.destroy();
      }, fault.ms);
      ctx.timers.add(timer);
      req.socket.once('close', () => {
        clearTimeout(timer);
        ctx.timers.delete(timer);
      });
      return;
    }
    case 'html':
      sendText(res, 200, 'text/html; charset=utf-8', GATEWAY_HTML);
      return;
    case 'malformed-json':
      sendText(res, 200, 'application/json', BROKEN_JSON);
      return;
    case 'expired':
      if (ctx.host === 'files') {
        sendText(
          res,
          403,
          'application/xml',
          '<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>AccessDenied</Code><Message>Request has expired</Message></Error>',
        );
      } else {
        ctx.sendError(404, 'The video content has expired and is no longer available.');
      }
      return;
    default:
      throw new Error(`fault '${fault.type}' must be handled by the route`);
  }
}

module.exports = { FaultQueue, applyFault, sendText, IN_HANDLER, FAULT_TYPES, FAULT_ROUTES, ECHO_AUTHORIZATION };
