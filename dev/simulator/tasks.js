'use strict';

const FAILURE_REASON = 'Simulated content policy violation';
const OUTCOMES = Object.freeze(['complete', 'fail', 'no-url', 'unknown-status', 'stuck']);
const MAX_POLLS = 10000;
const MAX_MS = 24 * 60 * 60 * 1000;
// Polls mode cannot know how long a task "takes"; a small hint keeps clients that honour
// estimated_time from sleeping for minutes in tests.
const DEFAULT_ESTIMATED_SECONDS_POLLS = 5;

function checkInt(value, name, max) {
  if (!Number.isInteger(value) || value < 0 || value > max) {
    throw new TypeError(`${name} must be an integer between 0 and ${max}`);
  }
  return value;
}

function timeLifecycle(renderMs, queuedMs) {
  checkInt(renderMs, 'lifecycle.renderMs', MAX_MS);
  const queued = queuedMs === undefined ? Math.min(1000, Math.round(renderMs / 10)) : queuedMs;
  return { mode: 'time', renderMs, queuedMs: checkInt(queued, 'lifecycle.queuedMs', MAX_MS) };
}

function normaliseLifecycle(input) {
  if (input === undefined || input === null) return { mode: 'polls', queuedPolls: 1, processingPolls: 2 };
  if (input.mode === 'polls') {
    return {
      mode: 'polls',
      queuedPolls: checkInt(input.queuedPolls ?? 1, 'lifecycle.queuedPolls', MAX_POLLS),
      processingPolls: checkInt(input.processingPolls ?? 2, 'lifecycle.processingPolls', MAX_POLLS),
    };
  }
  if (input.mode === 'time') return timeLifecycle(input.renderMs, input.queuedMs);
  throw new TypeError("lifecycle.mode must be 'polls' or 'time'");
}

function checkOutcome(outcome) {
  if (!OUTCOMES.includes(outcome)) throw new TypeError(`outcome must be one of ${OUTCOMES.join(', ')}`);
  return outcome;
}

/** Prompt tags let out-of-process tests (a real n8n) steer a task without the control API. */
function directivesFromPrompt(prompt) {
  const text = typeof prompt === 'string' ? prompt : '';
  let outcome = 'complete';
  if (/\[fail\]/i.test(text)) outcome = 'fail';
  else if (/\[no-url\]/i.test(text)) outcome = 'no-url';
  else if (/\[unknown-status\]/i.test(text)) outcome = 'unknown-status';
  else if (/\[stuck\]/i.test(text)) outcome = 'stuck';
  const render = /\[render-ms=(\d{1,8})\]/i.exec(text);
  return { outcome, renderMs: render ? Math.min(Number(render[1]), MAX_MS) : null };
}

/** The prompt, or the text item of a Volcengine-style `content` array (GlobalAI Seedance 1.5). */
function promptOf(body) {
  if (body && typeof body.prompt === 'string') return body.prompt;
  const text = body && Array.isArray(body.content) ? body.content.find((item) => item && item.type === 'text') : undefined;
  return text && typeof text.text === 'string' ? text.text : '';
}

function phaseAt(lifecycle, polls, elapsedMs) {
  if (lifecycle.mode === 'polls') {
    const q = lifecycle.queuedPolls;
    const p = lifecycle.processingPolls;
    if (polls <= q) return { phase: 'queued', progress: 0 };
    if (polls <= q + p) return { phase: 'processing', progress: Math.round((100 * (polls - q)) / (p + 1)) };
    return { phase: 'done', progress: 100 };
  }
  const { queuedMs, renderMs } = lifecycle;
  if (elapsedMs < queuedMs) return { phase: 'queued', progress: 0 };
  if (elapsedMs < queuedMs + renderMs) {
    const progress = Math.floor((100 * (elapsedMs - queuedMs)) / renderMs);
    return { phase: 'processing', progress: Math.min(99, Math.max(1, progress)) };
  }
  return { phase: 'done', progress: 100 };
}

function stateFor(outcome, phase) {
  if (outcome === 'unknown-status') return { state: 'unknown', progress: Math.min(99, phase.progress), hasVideo: false };
  if (phase.phase !== 'done') return { state: phase.phase, progress: phase.progress, hasVideo: false };
  if (outcome === 'stuck') return { state: 'processing', progress: 99, hasVideo: false };
  if (outcome === 'fail') return { state: 'failed', progress: 100, hasVideo: false };
  return { state: 'completed', progress: 100, hasVideo: outcome !== 'no-url' };
}

class Task {
  constructor({ id, provider, body, prompt, model, createdAt, outcome, renderMs, lifecycle, estimatedSeconds }) {
    this.id = id;
    this.provider = provider;
    this.body = body;
    this.prompt = prompt;
    this.model = model;
    this.createdAt = createdAt;
    this.outcome = outcome;
    this.renderMs = renderMs;
    this.lifecycle = lifecycle;
    this.estimatedSeconds = estimatedSeconds;
    this.statusPolls = 0;
    this.startedAt = null;
    this.finishedAt = null;
  }

  get state() {
    return this.peek().state;
  }

  get progress() {
    return this.peek().progress;
  }

  /** Current view without counting a status poll. */
  peek(now = Date.now()) {
    return this.viewAt(this.statusPolls, now);
  }

  /** Counts one served status poll (polls mode advances on these) and returns the view it reports. */
  poll(now = Date.now()) {
    this.statusPolls += 1;
    const view = this.viewAt(this.statusPolls, now);
    if (this.lifecycle.mode === 'polls') {
      if (view.state !== 'queued' && this.startedAt === null) this.startedAt = now;
      if ((view.state === 'completed' || view.state === 'failed') && this.finishedAt === null) this.finishedAt = now;
      return { ...view, startedAt: this.startedAt, finishedAt: this.finishedAt };
    }
    this.startedAt = view.startedAt;
    this.finishedAt = view.finishedAt;
    return view;
  }

  viewAt(polls, now) {
    const base = stateFor(this.outcome, phaseAt(this.lifecycle, polls, now - this.createdAt));
    if (this.lifecycle.mode === 'polls') return { ...base, startedAt: this.startedAt, finishedAt: this.finishedAt };
    const { queuedMs, renderMs } = this.lifecycle;
    const started = base.state === 'queued' ? null : this.createdAt + queuedMs;
    const terminal = base.state === 'completed' || base.state === 'failed';
    return { ...base, startedAt: started, finishedAt: terminal ? this.createdAt + queuedMs + renderMs : null };
  }
}

class TaskStore {
  constructor({ lifecycle, estimatedSeconds }) {
    this.lifecycle = normaliseLifecycle(lifecycle);
    if (estimatedSeconds !== undefined) checkInt(estimatedSeconds, 'estimatedSeconds', 86400);
    this.estimatedSeconds = estimatedSeconds;
    this.tasks = new Map();
  }

  create({ id, provider, body, model, now = Date.now() }) {
    const prompt = promptOf(body);
    const directives = directivesFromPrompt(prompt);
    const lifecycle =
      directives.renderMs === null
        ? this.lifecycle
        : timeLifecycle(directives.renderMs, this.lifecycle.mode === 'time' ? this.lifecycle.queuedMs : undefined);
    const estimatedSeconds =
      this.estimatedSeconds ??
      (lifecycle.mode === 'time'
        ? Math.max(1, Math.ceil((lifecycle.queuedMs + lifecycle.renderMs) / 1000))
        : DEFAULT_ESTIMATED_SECONDS_POLLS);
    const task = new Task({
      id,
      provider,
      body,
      prompt,
      model,
      createdAt: now,
      outcome: directives.outcome,
      renderMs: directives.renderMs,
      lifecycle,
      estimatedSeconds,
    });
    this.tasks.set(id, task);
    return task;
  }

  get(id) {
    return this.tasks.get(id);
  }

  setOutcome(id, outcome) {
    const task = this.tasks.get(id);
    if (!task) throw new RangeError(`Unknown task id: ${id}`);
    task.outcome = checkOutcome(outcome);
    return task;
  }

  clear() {
    this.tasks.clear();
  }
}

module.exports = { TaskStore, FAILURE_REASON, OUTCOMES, normaliseLifecycle, directivesFromPrompt, promptOf };
