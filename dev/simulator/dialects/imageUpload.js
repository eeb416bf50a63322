'use strict';

// Image uploads (APIMart /v1/uploads/images, EvoLink's files API) and remix routes the node uses.
const { sendJson } = require('../control');
const { isObject, nonEmptyString } = require('./shared');

const MAGIC = { 'image/png': '89504e47', 'image/jpeg': 'ffd8ff', 'image/webp': '52494646', 'image/gif': '47494638' };

/** The uploaded file when it is one image of an allowed type whose bytes match that type; else `{ problem }`. */
function receiveImage(parsed, field, maxBytes) {
  const file = isObject(parsed.body) ? parsed.body[field] : undefined;
  if (!isObject(file) || file.filename === undefined) return { problem: `multipart field '${field}' with an image file is required` };
  const magic = MAGIC[file.contentType];
  if (!magic) return { problem: `unsupported file type ${file.contentType}: JPEG, PNG, GIF or WebP` };
  if (!file.head.startsWith(magic)) return { problem: `the file content is not ${file.contentType}` };
  if (file.bytes > maxBytes) return { problem: `file too large: ${file.bytes} bytes (max ${maxBytes})` };
  return { file };
}

function uploadedUrl(origin, file) {
  const extension = file.contentType.split('/')[1];
  return `${origin}/files/uploads/${file.sha256.slice(0, 24)}.${extension}`;
}

/** A remix source must exist for this provider and be finished. */
function remixSource({ res, match, task, dialect }) {
  if (!task || task.provider !== dialect.id) {
    sendJson(res, 404, dialect.error(404, `Task not found: ${match.taskId}`));
    return undefined;
  }
  if (task.peek().state !== 'completed') {
    sendJson(res, 400, dialect.error(400, `Task ${task.id} is not completed; only completed videos can be remixed`));
    return undefined;
  }
  return task;
}

function apimartUpload({ res, parsed, dialect, sim }) {
  // APIMart's upload page states no size limit (second provider audit), so none is enforced here.
  const { file, problem } = receiveImage(parsed, 'file', Infinity);
  if (problem) {
    sendJson(res, 400, dialect.error(400, problem, 'file'));
    return;
  }
  sendJson(res, 200, {
    url: uploadedUrl(sim.origin, file),
    filename: file.filename,
    content_type: file.contentType,
    bytes: file.bytes,
    created_at: Math.floor(Date.now() / 1000),
  });
}

// [D] `POST /v1/videos/{task_id}/remix` with `{model, prompt, duration, aspect_ratio}`.
function apimartRemix(context) {
  const { res, parsed, dialect, sim } = context;
  const source = remixSource(context);
  if (!source) return;
  const body = parsed.body;
  if (!isObject(body) || !nonEmptyString(body.prompt)) {
    sendJson(res, 400, dialect.error(400, 'prompt is required', 'prompt'));
    return;
  }
  // Veo 3.1 extend (row 14): the source task's model, {model, prompt, aspect_ratio?, resolution?, raw?}, 15 s.
  if (['veo3.1-fast', 'veo3.1-quality'].includes(body.model)) {
    const allowed = ['model', 'prompt', 'aspect_ratio', 'resolution', 'raw'];
    const extra = Object.keys(body).find((key) => !allowed.includes(key));
    if (extra || (body.aspect_ratio !== undefined && !['16:9', '9:16'].includes(body.aspect_ratio))) {
      sendJson(res, 400, dialect.error(400, extra ? `${extra} is not a parameter of Veo extend` : 'aspect_ratio must be 16:9 or 9:16', extra || 'aspect_ratio'));
      return;
    }
    if (source.model !== undefined && source.model !== body.model) {
      sendJson(res, 400, dialect.error(400, `model must equal the source task's model (${source.model})`, 'model'));
      return;
    }
    const extension = sim.startTask({ ...body, remix_of: source.id }, body.model);
    sendJson(res, 200, dialect.createAnswer(extension, sim.answerContext(extension, extension.peek())));
    return;
  }
  if (!['sora-2', 'sora-2-pro'].includes(body.model)) {
    sendJson(res, 400, dialect.error(400, `remix supports sora-2 and sora-2-pro, not ${body.model}`, 'model'));
    return;
  }
  if (!Number.isInteger(body.duration) || !['16:9', '9:16'].includes(body.aspect_ratio)) {
    sendJson(res, 400, dialect.error(400, 'duration (integer) and aspect_ratio (16:9 or 9:16) are required', 'duration'));
    return;
  }
  const remix = sim.startTask({ ...body, remix_of: source.id }, body.model);
  sendJson(res, 200, dialect.createAnswer(remix, sim.answerContext(remix, remix.peek())));
}


module.exports = { receiveImage, uploadedUrl, remixSource, apimartUpload, apimartRemix };
