'use strict';

// What GlobalAI OPC's pages document per family and model (/work/shared/video-models.md §4), written
// for the simulator independently of the node's catalog. Each family has its own create path.
const { int, intRange, str, tier, bool, text, url, urls, any, range, checkBody } = require('./bodyCheck');

const common = { model: text, prompt: text };
const has = (body, key) => body[key] !== undefined && body[key] !== null;
const lastNeedsFirst = (body) => (has(body, 'last_image') && !has(body, 'first_image') ? { message: 'last_image needs first_image', param: 'last_image' } : null);

const veo = (tiers, references) => ({
  fields: {
    ...common,
    // Case-insensitive on Veo ("4K" or "4k").
    resolution: tier(tiers),
    aspect_ratio: str(['16:9', '9:16']),
    first_image: url(),
    last_image: url(),
    ...(references ? { input_reference: urls(3), image_urls: urls(3) } : {}),
  },
  rules: [
    lastNeedsFirst,
    (body) =>
      (has(body, 'input_reference') || has(body, 'image_urls')) && has(body, 'first_image')
        ? { message: 'first_image and reference images cannot be used together', param: 'first_image' }
        : null,
    // Row 4: "Choose either this or image_urls".
    (body) =>
      has(body, 'input_reference') && has(body, 'image_urls') ? { message: 'input_reference and image_urls cannot be used together', param: 'image_urls' } : null,
  ],
});

const seedance2 = (needsReferenceVideo) => ({
  fields: {
    ...common,
    duration: intRange(4, 15),
    aspect_ratio: str(['16:9', '4:3', '1:1', '3:4', '9:16', '21:9', 'adaptive']),
    generateAudio: bool,
    first_image: url({ asset: true }),
    last_image: url({ asset: true }),
    referenceImages: urls(9, { asset: true }),
    referenceVideos: urls(3, { asset: true }),
    referenceAudios: urls(3, { asset: true }),
  },
  rules: [
    lastNeedsFirst,
    (body) =>
      needsReferenceVideo && !has(body, 'referenceVideos') ? { message: `${body.model} needs at least one referenceVideos entry`, param: 'referenceVideos' } : null,
    (body) =>
      has(body, 'first_image') && (has(body, 'referenceImages') || has(body, 'referenceVideos'))
        ? { message: 'first_image and referenceImages/referenceVideos cannot be used together', param: 'first_image' }
        : null,
  ],
});

const seedance15 = {
  fields: {
    model: text,
    content: any,
    ratio: str(['16:9', '4:3', '1:1', '3:4', '9:16', '21:9', 'adaptive']),
    duration: int([-1, ...range(4, 12)]),
    generate_audio: bool,
  },
  rules: [checkContent],
};

function checkContent(body) {
  const wrong = (message) => ({ message, param: 'content' });
  if (!Array.isArray(body.content) || body.content.length === 0) return wrong('content is required (an array)');
  const texts = body.content.filter((item) => item && item.type === 'text');
  if (texts.length !== 1 || typeof texts[0].text !== 'string' || texts[0].text.trim() === '') return wrong('content needs one text item');
  const roles = [];
  for (const item of body.content) {
    if (item && item.type === 'text') continue;
    if (!item || item.type !== 'image_url' || !item.image_url || !/^https?:\/\/\S+$/i.test(item.image_url.url)) {
      return wrong('content items are {type:"text",text} or {type:"image_url",image_url:{url},role}');
    }
    const role = item.role === undefined ? 'first_frame' : item.role;
    if (!['first_frame', 'last_frame', 'reference_image'].includes(role)) return wrong(`unknown role ${role}`);
    roles.push(role);
  }
  if (roles.includes('last_frame') && !roles.includes('first_frame')) return wrong('a last_frame needs a first_frame');
  if (roles.includes('reference_image') && roles.some((role) => role !== 'reference_image')) return wrong('reference images and frames cannot be combined');
  return null;
}

const grokFields = (durations, ratios, tiers, maxImages) => ({
  ...common,
  ...(durations ? { duration: durations } : {}),
  aspect_ratio: str(ratios),
  ...(tiers ? { resolution: str(tiers) } : {}),
  image_urls: urls(maxImages),
});

const vidu = {
  fields: {
    ...common,
    duration: intRange(1, 16),
    aspect_ratio: str(['16:9', '9:16', '1:1', '4:3', '3:4']),
    resolution: str(['540p', '720p', '1080p']),
    first_image: url(),
    last_image: url(),
  },
  rules: [lastNeedsFirst],
};

const FAMILIES = {
  '/v1/veo/videos': {
    idPrefix: 'vgen_',
    models: {
      veo_3_1_fast: veo(['720p', '1080p', '4k'], true),
      veo_3_1_pro: veo(['720p', '1080p', '4k'], true),
      veo_3_1_pro_stable: veo(['720p', '1080p'], true),
      veo_3_1_fast_stable: veo(['720p', '1080p'], false),
    },
    seconds: () => 8,
  },
  '/v1/kyyvideo2/videos': {
    idPrefix: 'video_',
    models: {
      seedance_2_0: seedance2(true),
      seedance_2_0_fast: seedance2(true),
      seedance_2_0_pro: seedance2(false),
      seedance_2_0_fast_pro: seedance2(false),
    },
    seconds: (body) => body.duration ?? 5,
  },
  '/v1/seedance/videos': {
    idPrefix: 'video_',
    models: { seedance_1_5_pro_480p: seedance15, seedance_1_5_pro_720p: seedance15, seedance_1_5_pro_1080p: seedance15 },
    seconds: (body) => (body.duration > 0 ? body.duration : 5),
    prompt: (body) => (Array.isArray(body.content) ? (body.content.find((item) => item && item.type === 'text') || {}).text : undefined),
  },
  '/v1/grok/videos': {
    idPrefix: 'video_',
    models: {
      grok_video3: { fields: grokFields(intRange(6, 30), ['16:9', '9:16', '1:1', '3:2', '2:3'], ['480p', '720p'], 7) },
      grok_video3_pro: { fields: grokFields(null, ['16:9', '9:16', '1:1', '3:2', '2:3'], null, 7) },
      grok_video3_max: { fields: grokFields(int([6, 10, 12, 16, 20, 30]), ['16:9', '9:16', '1:1'], ['480p', '720p'], 5) },
      grok_video3_stable: { fields: grokFields(int([6, 10]), ['16:9', '9:16', '3:2', '2:3', '1:1'], ['480p', '720p'], 7) },
    },
    seconds: (body) => body.duration ?? 10,
  },
  '/v1/vidu/videos': {
    idPrefix: 'video_',
    models: { 'viduq3-pro': vidu, 'viduq3-turbo': vidu },
    seconds: (body) => body.duration ?? 5,
  },
};

/** null when fine; `{ unavailable: true }` for a model this path does not serve; else the problem. */
function checkFamilyBody(path, body) {
  const family = FAMILIES[path];
  const spec = family && family.models[body.model];
  if (!spec) return { unavailable: true };
  const prompt = family.prompt ? family.prompt(body) : body.prompt;
  if (typeof prompt !== 'string' || prompt.trim() === '') return { message: 'prompt is required', param: 'prompt' };
  return checkBody(body, spec, { prompt });
}

const SORA_MODELS = new Set(['openAiSora2Plus', 'openAiSora2Pro']);

module.exports = { FAMILIES, SORA_MODELS, checkFamilyBody };
