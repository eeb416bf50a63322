'use strict';

// What YutoAI's /v2 pages document for each non-Sora model (/work/shared/video-models.md §2), written
// for the simulator independently of the node's catalog.
const { int, intRange, str, bool, text, urls, any, count, checkBody } = require('./bodyCheck');

const common = { model: text, prompt: text };

const veo = (maxImages, minImages = 0) => ({
  family: 'veo',
  fields: {
    ...common,
    enhance_prompt: bool,
    enable_upsample: bool,
    aspect_ratio: str(['16:9', '9:16']),
    // "url or base64"
    images: urls(maxImages, { dataUrl: true }),
  },
  rules: [(body) => (count(body, 'images') < minImages ? { message: `images needs ${minImages} to ${maxImages} image(s)`, param: 'images' } : null)],
});

const seedance = (images) => ({
  family: 'seedance',
  fields: {
    ...common,
    duration: int([5, 10]),
    resolution: str(['480p', '720p', '1080p']),
    ratio: str(['21:9', '16:9', '4:3', '1:1', '3:4', '9:16', '9:21', 'keep_ratio', 'adaptive']),
    watermark: bool,
    seed: intRange(0, 2147483647),
    camerafixed: bool,
    generate_audio: bool,
    ...(images.max > 0 ? { images: urls(images.max) } : {}),
    ...(images.lastFrame ? { return_last_frame: bool } : {}),
  },
  rules: images.required ? [(body) => (count(body, 'images') === 0 ? { message: 'images is required for image-to-video', param: 'images' } : null)] : [],
  promptMax: 800,
});

const wanCommon = { ...common, negative_prompt: text, seed: intRange(0, 2147483647), watermark: bool, template: text, prompt_extend: any };
const wanImageToVideo = (tiers, durations, extra = {}) => ({
  family: 'wan',
  fields: { ...wanCommon, duration: int(durations), resolution: str(tiers), images: urls(1), ...extra },
  rules: [(body) => (count(body, 'images') !== 1 ? { message: 'images needs exactly 1 image', param: 'images' } : null)],
  promptMax: 800,
});

const MODELS = {
  'veo3.1': veo(2),
  'veo3.1-pro': veo(2),
  'veo3.1-components': veo(3, 1),
  'doubao-seedance-1-0-pro-250528': seedance({ max: 1 }),
  'doubao-seedance-1-0-lite-t2v-250428': seedance({ max: 0 }),
  'doubao-seedance-1-0-lite-i2v-250428': seedance({ max: 2, required: true, lastFrame: true }),
  'wan2.5-i2v-preview': wanImageToVideo(['480P', '720P', '1080P'], [5, 10], { audio: any, audio_url: text }),
  'wan2.2-i2v-plus': wanImageToVideo(['480P', '1080P'], [5]),
  'wan2.2-i2v-flash': wanImageToVideo(['480P', '720P'], [5]),
  'wan2.2-t2v-plus': {
    family: 'wan',
    // A pixel size; only the default 1920x1080 is documented.
    fields: { ...wanCommon, duration: int([5]), size: text },
    rules: [(body) => (body.size !== undefined && !/^\d+[x*×]\d+$/.test(body.size) ? { message: 'size must be a pixel size such as 1920x1080', param: 'size' } : null)],
    promptMax: 800,
  },
  'grok-video-3': {
    family: 'grok',
    fields: { ...common, ratio: str(['2:3', '3:2', '1:1']), resolution: str(['720P', '1080P']), duration: int([5, 10, 15]), images: urls(4) },
  },
};

// Sora stays as loose as before (model + prompt, at most a few images), so saved workflows keep working.
const SORA = new Set(['sora-2', 'sora-2-pro']);

function familyOf(model) {
  if (SORA.has(model)) return 'sora';
  return MODELS[model] ? MODELS[model].family : null;
}

/** null when the body is fine; `{ unavailable: true }` for a model no channel serves; else the problem. */
function checkModelBody(body) {
  const spec = MODELS[body.model];
  if (!spec) return SORA.has(body.model) ? null : { unavailable: true };
  return checkBody(body, spec);
}

/** GET /v1/models as new-api lists it: video models carry a video endpoint type, chat models do not. */
function modelList() {
  const video = [...Object.keys(MODELS), ...SORA];
  return [
    ...video.map((id) => ({ id, object: 'model', created: 1756684800, owned_by: 'custom', supported_endpoint_types: ['openai-video'] })),
    { id: 'gpt-4o-mini', object: 'model', created: 1756684800, owned_by: 'openai', supported_endpoint_types: ['openai'] },
  ];
}

module.exports = { MODELS, familyOf, checkModelBody, modelList };
