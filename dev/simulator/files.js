'use strict';

// The CDN that result URLs of gccai/yutoai/evolink/xingchao point at: no auth, S3-style errors.
const { sendText } = require('./faults');
const { sendBytes, thumbnailLayout } = require('./video');

const FILE_PATH = /^\/files\/([^/]+)\.(mp4|jpg)$/;
const CODES = { 403: 'AccessDenied', 404: 'NoSuchKey', 405: 'MethodNotAllowed', 429: 'SlowDown', 503: 'ServiceUnavailable' };

function escapeXml(text) {
  return String(text).replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function sendError(res, status, message, headers = {}) {
  const code = CODES[status] || (status >= 500 ? 'InternalError' : 'InvalidRequest');
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${escapeXml(message)}</Message></Error>`;
  sendText(res, status, 'application/xml', xml, headers);
}

function safeDecode(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function match(method, pathname) {
  const found = FILE_PATH.exec(pathname);
  if (!found) return { host: 'files', route: 'other' };
  if (method !== 'GET' && method !== 'HEAD') return { host: 'files', route: 'other', methodNotAllowed: true };
  return { host: 'files', route: 'download', taskId: safeDecode(found[1]), ext: found[2] };
}

function handle({ req, res, match: route, task, fault, mp4Layout }) {
  if (route.route !== 'download') {
    if (route.methodNotAllowed) sendError(res, 405, 'The specified method is not allowed against this resource.');
    else sendError(res, 404, 'The specified key does not exist.');
    return;
  }
  const view = task && task.peek();
  if (!view || view.state !== 'completed' || !view.hasVideo) {
    sendError(res, 404, 'The specified key does not exist.');
    return;
  }
  const isVideo = route.ext === 'mp4';
  sendBytes(req, res, {
    layout: isVideo ? mp4Layout : thumbnailLayout(),
    contentType: isVideo ? 'video/mp4' : 'image/jpeg',
    truncate: Boolean(fault && fault.type === 'truncate'),
  });
}

module.exports = { match, handle, sendError, safeDecode };
