'use strict';

// EvoLink's files API, another host in production (files-api.evolink.ai); mounted at /evolink-files.
const crypto = require('crypto');
const { sendJson } = require('../control');
const evolink = require('./evolink');
const { receiveImage, uploadedUrl } = require('./imageUpload');

const LIFETIME_SECONDS = 72 * 3600;

function upload({ res, parsed, sim }) {
  const { file, problem } = receiveImage(parsed, 'file', 10 * 1024 * 1024);
  if (problem) {
    sendJson(res, 400, { success: false, code: 400, msg: problem, data: null });
    return;
  }
  const now = Math.floor(Date.now() / 1000);
  const url = uploadedUrl(sim.origin, file);
  sendJson(res, 200, {
    success: true,
    code: 200,
    msg: 'ok',
    data: {
      file_id: `file_${crypto.randomBytes(8).toString('hex')}`,
      file_name: file.filename,
      file_url: url,
      download_url: url,
      mime_type: file.contentType,
      file_size: file.bytes,
      expires_at: new Date((now + LIFETIME_SECONDS) * 1000).toISOString(),
    },
  });
}

/** `[remix]` models: `base_video_task_id` of an EvoLink task, 15/25 s (pro) or 10/15 s, prompt ≤ 2000. */
function checkRemix(body) {
  if (typeof body.base_video_task_id !== 'string' || !body.base_video_task_id.startsWith('task-unified-')) {
    return { message: 'base_video_task_id must be the id of a Sora 2 task (task-unified-…)', param: 'base_video_task_id' };
  }
  const durations = body.model === 'sora-2-pro-remix' ? [15, 25] : [10, 15];
  if (body.duration !== undefined && !durations.includes(body.duration)) {
    return { message: `duration must be one of ${durations.join(', ')}`, param: 'duration' };
  }
  if (body.prompt.length > 2000) return { message: 'prompt must be at most 2000 characters', param: 'prompt' };
  if (body.aspect_ratio !== undefined || body.image_urls !== undefined) {
    return { message: 'a remix takes no aspect_ratio or image_urls', param: body.aspect_ratio !== undefined ? 'aspect_ratio' : 'image_urls' };
  }
  return null;
}

module.exports = {
  id: 'evolink',
  routes: [{ method: 'POST', path: /^\/api\/v1\/files\/upload\/stream$/, route: 'upload' }],
  handlers: { upload },
  error: evolink.error,
  checkRemix,
};
