'use strict';

// Out-of-process control (a real n8n in another process, the demo, the benchmark). No auth:
// the server only listens on loopback.

function sendJson(res, status, body) {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': String(Buffer.byteLength(text)) });
  res.end(text);
}

function taskSummary(task) {
  const view = task.peek();
  return {
    id: task.id,
    provider: task.provider,
    model: task.model,
    prompt: task.prompt,
    outcome: task.outcome,
    state: view.state,
    progress: view.progress,
    statusPolls: task.statusPolls,
    createdAt: task.createdAt,
    body: task.body,
  };
}

function filterRequests(requests, params) {
  const provider = params.get('provider');
  const route = params.get('route');
  const taskId = params.get('taskId');
  return requests.filter(
    (entry) =>
      (provider === null || entry.provider === provider) &&
      (route === null || entry.route === route) &&
      (taskId === null || entry.taskId === taskId),
  );
}

/** `sim` is the handle plus `faults`; returns nothing, always answers. */
function handleControl(sim, req, res, url, parsed) {
  const key = `${req.method} ${url.pathname}`;
  try {
    switch (key) {
      case 'GET /__control/health':
        return sendJson(res, 200, { ok: true, origin: sim.origin });
      case 'POST /__control/faults':
        if (parsed.invalid || parsed.body === null) return sendJson(res, 400, { error: 'a JSON fault rule is required' });
        sim.injectFault(parsed.body);
        return sendJson(res, 201, { ok: true, pending: sim.pendingFaults() });
      case 'GET /__control/faults':
        return sendJson(res, 200, sim.pendingFaults());
      case 'POST /__control/reset':
        sim.reset();
        return sendJson(res, 200, { ok: true });
      case 'GET /__control/requests':
        return sendJson(res, 200, filterRequests(sim.requests, url.searchParams));
      case 'GET /__control/callbacks': {
        const taskId = url.searchParams.get('taskId');
        return sendJson(res, 200, sim.callbacks.filter((entry) => taskId === null || entry.taskId === taskId));
      }
      case 'GET /__control/tasks':
        return sendJson(res, 200, [...sim.tasks.values()].map(taskSummary));
      case 'POST /__control/outcome': {
        const body = parsed.body || {};
        sim.setTaskOutcome(body.taskId, body.outcome);
        return sendJson(res, 200, { ok: true });
      }
      default:
        return sendJson(res, 404, { error: `unknown control route ${key}` });
    }
  } catch (error) {
    return sendJson(res, 400, { error: error.message });
  }
}

module.exports = { handleControl, sendJson };
