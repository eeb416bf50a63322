'use strict';

// What APIMart's docs say each video model takes (/work/shared/video-models.md §1), written for the
// simulator independently of the node's catalog. A body with a key, type or value outside this is
// refused the way APIMart refuses bad input (400 invalid_request_error naming the parameter).

const { int, intRange, str, bool, text, url, urls, array, range, count, problem, required, textUpTo, checkBody } = require('./bodyCheck');

// APIMart names the parameter in its own words (400 invalid_request_error).
const APIMART_WORDING = {
  field: (key, what) => `Invalid parameter ${key}: ${what}`,
  unknown: (key) => `Unknown parameter: ${key}`,
  promptMax: (max) => `prompt exceeds ${max} characters`,
};

const common = { model: text, prompt: text };

const veoFields = {
  ...common,
  duration: int([8]),
  aspect_ratio: str(['16:9', '9:16']),
  resolution: str(['720p', '1080p', '4k']),
  generation_type: str(['frame', 'reference']),
  image_urls: urls(3),
  enable_gif: bool,
  official_fallback: bool,
};
const veoFrameRule = (body) =>
  body.generation_type === 'frame' && count(body, 'image_urls') !== 2
    ? { message: 'generation_type frame needs exactly 2 image_urls (first and last frame)', param: 'generation_type' }
    : null;

const veoOfficial = {
  fields: {
    ...common,
    negative_prompt: text,
    duration: int([4, 6, 8]),
    aspect_ratio: str(['16:9', '9:16']),
    resolution: str(['720p', '1080p', '4K']),
    first_frame_image: url(),
    last_frame_image: url(),
    seed: intRange(0, 4294967295),
    sample_count: intRange(1, 4),
    generate_audio: bool,
    person_generation: str(['allow_adult', 'disallow']),
    resize_mode: text,
  },
  rules: [(body) => (body.last_frame_image && !body.first_frame_image ? { message: 'last_frame_image needs first_frame_image', param: 'last_frame_image' } : null)],
};

// Third-party lists only (§1.4 [T]): the official fields, no 4K, and 1080p or a last frame at 8 s only.
const veoLiteOfficial = {
  fields: { ...veoOfficial.fields, resolution: str(['720p', '1080p']) },
  rules: [
    ...veoOfficial.rules,
    (body) => (body.resolution === '1080p' && body.duration !== undefined && body.duration !== 8 ? { message: '1080p supports 8 seconds only', param: 'duration' } : null),
    (body) => (body.last_frame_image && body.duration !== undefined && body.duration !== 8 ? { message: 'first + last frame supports 8 seconds only', param: 'duration' } : null),
  ],
};

// Rows 6 and 13: image_with_roles entries are {url, role} with one of the model's roles (on wan2.7-r2v
// the role may be left out: reference_image is its default).
const rolesRule = (allowed, roleOptional = false) => (body) => {
  const roles = body.image_with_roles;
  if (roles === undefined) return null;
  const roleOk = (role) => allowed.includes(role) || (roleOptional && role === undefined);
  const ok = Array.isArray(roles) && roles.every((entry) => entry && typeof entry.url === 'string' && /^https?:\/\//.test(entry.url) && roleOk(entry.role));
  return ok ? null : { message: `image_with_roles must hold {url, role: ${allowed.join('|')}}`, param: 'image_with_roles' };
};
const firstFrames = (body) => (Array.isArray(body.image_with_roles) ? body.image_with_roles.filter((entry) => entry.role === 'first_frame').length : 0);
// Row 13: reference images + videos ≤ 5, at least one of image_with_roles / video_urls, one first frame at most.
const wan27ReferenceRules = [
  rolesRule(['reference_image', 'first_frame'], true),
  (body) => (body.image_with_roles === undefined && body.video_urls === undefined ? problem('image_with_roles', 'or video_urls is required') : null),
  (body) => (firstFrames(body) > 1 ? problem('image_with_roles', 'takes at most one first_frame') : null),
  (body) => (count(body, 'image_with_roles') - firstFrames(body) + count(body, 'video_urls') > 5 ? problem('image_with_roles', 'reference images + video_urls take at most 5 entries') : null),
  textUpTo('negative_prompt', 500),
];
const seedance2 = (fullHd) => ({
  fields: {
    ...common,
    duration: int(range(4, 15)),
    size: str(['16:9', '9:16', '1:1', '4:3', '3:4', '21:9', 'adaptive']),
    resolution: str(fullHd ? ['480p', '720p', '1080p'] : ['480p', '720p']),
    seed: intRange(-1, 4294967295),
    camera_fixed: bool,
    generate_audio: bool,
    return_last_frame: bool,
    image_urls: urls(2),
    image_with_roles: array,
    video_urls: urls(3),
    audio_urls: urls(3),
    tools: array,
  },
  rules: [rolesRule(['first_frame', 'last_frame', 'reference_image'])],
});

const klingMode = str(['std', 'pro', '4k']);
const klingV3Fields = { ...common, negative_prompt: text, mode: klingMode, duration: int(range(3, 15)), aspect_ratio: str(['16:9', '9:16', '1:1']), audio: bool };

const hailuo23 = {
  fields: {
    ...common,
    duration: int([6, 10]),
    resolution: str(['768p', '1080p']),
    first_frame_image: url({ dataUrl: true }),
    prompt_optimizer: bool,
    fast_pretreatment: bool,
    watermark: bool,
  },
  rules: [(body) => (body.resolution === '1080p' && body.duration !== undefined && body.duration !== 6 ? { message: '1080p supports 6 seconds only', param: 'duration' } : null)],
  promptMax: 2000,
};

const grokFields = (maxImages) => ({
  ...common,
  size: str(['16:9', '9:16', '1:1', '3:2', '2:3']),
  duration: int(range(6, 30)),
  quality: str(['480p', '720p']),
  image_urls: urls(maxImages),
});

const MODELS = {
  'veo3.1-fast': { fields: veoFields, rules: [veoFrameRule] },
  'veo3.1-quality': {
    fields: veoFields,
    rules: [veoFrameRule, (body) => (body.generation_type === 'reference' ? { message: 'veo3.1-quality does not support reference mode', param: 'generation_type' } : null)],
  },
  'veo3.1-lite': {
    fields: veoFields,
    rules: [(body) => (body.image_urls !== undefined ? { message: 'veo3.1-lite does not accept image_urls', param: 'image_urls' } : null)],
  },
  'veo3.1-fast-official': veoOfficial,
  'veo3.1-quality-official': veoOfficial,
  'veo3.1-lite-official': veoLiteOfficial,
  'doubao-seedance-2.0': seedance2(true),
  'doubao-seedance-2.0-face': seedance2(true),
  'doubao-seedance-2.0-fast': seedance2(false),
  'doubao-seedance-2.0-fast-face': seedance2(false),
  'doubao-seedance-1-5-pro': {
    fields: {
      ...common,
      duration: int(range(4, 12)),
      aspect_ratio: str(['16:9', '9:16', '1:1', '4:3', '3:4', '21:9']),
      resolution: str(['480p', '720p', '1080p']),
      seed: intRange(-1, 4294967295),
      audio: bool,
      camerafixed: bool,
      image_urls: urls(2),
      image_with_roles: array,
    },
    rules: [(body) => (body.image_urls && body.image_with_roles ? { message: 'image_urls and image_with_roles cannot be combined', param: 'image_with_roles' } : null)],
  },
  'kling-v3': {
    fields: {
      ...klingV3Fields,
      image_urls: urls(2),
      last_frame_image: url(),
      watermark: bool,
      multi_shot: bool,
      shot_type: str(['customize', 'intelligence']),
      multi_prompt: array,
    },
  },
  // Row 11 (docs.apimart.ai kling-v3-omni): roles first_frame/last_frame/reference; one reference video
  // under `video_list` (key inferred), no sound with it; negative prompt ≤ 2500.
  'kling-v3-omni': {
    fields: { ...klingV3Fields, image_urls: urls(7), image_with_roles: array, video_list: urls(1) },
    rules: [
      rolesRule(['first_frame', 'last_frame', 'reference']),
      (body) => (body.audio === true && body.video_list !== undefined ? problem('audio', 'is mutually exclusive with video_list') : null),
      textUpTo('negative_prompt', 2500),
    ],
  },
  'kling-v2-6': {
    fields: {
      ...common,
      negative_prompt: text,
      mode: str(['std', 'pro']),
      duration: int([5, 10]),
      aspect_ratio: str(['16:9', '9:16', '1:1']),
      image_urls: urls(2),
      audio: bool,
      watermark: bool,
    },
    rules: [
      (body) => (count(body, 'image_urls') === 2 && body.mode !== 'pro' ? { message: 'a last frame needs mode pro', param: 'mode' } : null),
      (body) => (body.audio === true && body.mode !== 'pro' ? { message: 'audio needs mode pro', param: 'audio' } : null),
      (body) => (body.audio === true && count(body, 'image_urls') === 2 ? { message: 'audio and a last frame are mutually exclusive', param: 'audio' } : null),
    ],
    promptMax: 2500,
  },
  'kling-3.0-turbo': {
    fields: {
      ...common,
      first_frame_image: url({ dataUrl: true }),
      aspect_ratio: str(['16:9', '9:16', '1:1']),
      resolution: str(['720p', '1080p']),
      duration: int(range(3, 15)),
    },
    rules: [
      (body) => (body.first_frame_image && body.aspect_ratio ? { message: 'aspect_ratio is for text-to-video only', param: 'aspect_ratio' } : null),
      // The page lists jpg/jpeg/png for the first frame.
      (body) =>
        typeof body.first_frame_image === 'string' && /(\.webp($|\?)|^data:image\/webp)/i.test(body.first_frame_image)
          ? { message: 'first_frame_image must be jpg, jpeg or png', param: 'first_frame_image' }
          : null,
    ],
    promptMax: 3072,
  },
  'wan2.6': {
    fields: {
      ...common,
      image_urls: urls(1),
      negative_prompt: text,
      aspect_ratio: str(['16:9', '9:16', '1:1', '4:3', '3:4']),
      resolution: str(['720p', '1080p']),
      duration: int([5, 10, 15]),
      seed: intRange(0, 2147483647),
      prompt_extend: bool,
      audio: bool,
      audio_url: url(),
      shot_type: str(['single', 'multi']),
      watermark: bool,
      template: text,
    },
    rules: [(body) => (body.image_urls && body.aspect_ratio ? { message: 'aspect_ratio is not supported in image-to-video', param: 'aspect_ratio' } : null)],
  },
  'wan2.7': {
    fields: {
      ...common,
      image_urls: urls(2),
      image_with_roles: array,
      video_urls: urls(1),
      resolution: str(['720P', '1080P']),
      duration: int(range(2, 15)),
      size: str(['16:9', '9:16', '1:1', '4:3', '3:4']),
      negative_prompt: text,
      seed: intRange(1, 2147483647),
      prompt_extend: bool,
    },
    // With a start image the video takes the image's shape; the page does not take a size with it.
    rules: [(body) => (body.image_urls && body.size ? { message: 'size is for text-to-video only', param: 'size' } : null)],
    promptMax: 5000,
  },
  // Row 13 (docs.apimart.ai wan2.7-r2v): a `first_frame` entry makes `size` ignored (so it is still accepted).
  'wan2.7-r2v': {
    fields: {
      ...common,
      image_with_roles: array,
      video_urls: urls(5),
      negative_prompt: text,
      resolution: str(['720P', '1080P']),
      duration: int(range(2, 15)),
      size: str(['16:9', '9:16', '1:1', '4:3', '3:4']),
    },
    rules: wan27ReferenceRules,
    promptMax: 5000,
  },
  // Row 19 (docs.apimart.ai wan2.7-videoedit): the video to edit (only the first is used, so the node
  // sends one), ≤ 4 reference images and the ratio under `size` (both keys inferred), 0 or 2–10 s.
  'wan2.7-videoedit': {
    fields: {
      ...common,
      video_urls: urls(1),
      image_urls: urls(4),
      negative_prompt: text,
      resolution: str(['720P', '1080P']),
      duration: int([0, ...range(2, 10)]),
      size: str(['16:9', '9:16', '1:1', '4:3', '3:4']),
    },
    rules: [required('video_urls'), textUpTo('negative_prompt', 500)],
    promptMax: 5000,
  },
  'MiniMax-Hailuo-2.3': hailuo23,
  // [T] No APIMart page: Hailuo 2.3's fields, and image to video only as other resellers document it.
  'MiniMax-Hailuo-2.3-Fast': {
    ...hailuo23,
    rules: [
      ...hailuo23.rules,
      (body) => (body.first_frame_image === undefined ? { message: 'MiniMax-Hailuo-2.3-Fast needs first_frame_image (image to video only)', param: 'first_frame_image' } : null),
    ],
  },
  // The newer English grok-imagine page (480p default, array-form answer); the image key is [T].
  'grok-imagine-1.5-video-apimart': { fields: grokFields(1) },
  'grok-imagine-1.0-video-apimart': {
    fields: grokFields(7),
    // The Grok page documents the object form of the create answer.
    answer: 'object',
  },
  'viduq3-pro': {
    fields: {
      ...common,
      duration: int(range(1, 16)),
      resolution: str(['540p', '720p', '1080p']),
      aspect_ratio: str(['16:9', '9:16', '4:3', '3:4', '1:1']),
      image_urls: urls(2),
      audio: bool,
      seed: intRange(0, 2147483647),
    },
    rules: [(body) => (body.image_urls && body.aspect_ratio ? { message: 'aspect_ratio cannot be used with image_urls', param: 'aspect_ratio' } : null)],
    promptMax: 2000,
  },
};

// Sora stays as loose as before (model + prompt, at most one image), so saved workflows keep working.
const LOOSE = new Set(['sora-2', 'sora-2-pro']);

// Ids APIMart sells that the node has no parameters for: served (any body) so Custom Model and
// List Models have something real to meet.
const UNCATALOGUED = ['doubao-seedance-1-0-pro-fast', 'doubao-seedance-1-0-pro-quality'];

// /v1/models mixes every kind of model; the simulator lists a few chat and image ids too.
const OTHER_MODELS = ['gpt-4o-mini', 'gemini-2.5-flash-image', 'gpt-image-1'];

/** `{ message, param }` when the body breaks the model's documented contract, else null. */
function checkModelBody(spec, body) {
  return checkBody(body, spec, { wording: APIMART_WORDING });
}

function listedModelIds() {
  return [...Object.keys(MODELS), ...LOOSE, ...UNCATALOGUED, ...OTHER_MODELS];
}

module.exports = { MODELS, LOOSE, UNCATALOGUED, checkModelBody, listedModelIds };
