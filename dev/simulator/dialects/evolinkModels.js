'use strict';

// What EvoLink's pages document for each video model's create body (/work/shared/video-models.md §3,
// providers.md §4.2; OpenAPI files of Pharmacist9527/mintlify-docs at a301c93, 2026-08-21), written for
// the simulator independently of the node's catalog. Every documented key is accepted (also those the
// node never sends); anything else, a wrong type or value is refused like EvoLink's 400.
const { int, intRange, str, bool, text, url, urls, any, count, problem, fieldProblem, required, textUpTo, checkBody } = require('./bodyCheck');

const common = { model: text, prompt: text, callback_url: text };
const atMost = (key, max, what) => (body) => (count(body, key) > max ? problem(key, `takes at most ${max} ${what} for ${body.model}`) : null);
const imagesBetween = (min, max) => (body) =>
  count(body, 'image_urls') < min || count(body, 'image_urls') > max ? problem('image_urls', `takes ${min} to ${max} image(s) for ${body.model}`) : null;

// Sora (providers.md §4.2): the seed-era and archived ids plus the 2026 previews.
const soraSeed = {
  family: 'sora',
  fields: { ...common, aspect_ratio: str(['16:9', '9:16']), duration: int([10, 15]), image_urls: urls(1), remove_watermark: bool },
};
const sora = {
  'sora-2': soraSeed,
  'sora-2-beta': soraSeed,
  'sora-2-pro': {
    family: 'sora',
    fields: { ...soraSeed.fields, duration: int([15, 25]), quality: str(['standard', 'high']) },
    rules: [
      (body) => (body.duration === 15 && body.quality === 'standard' ? problem('quality', 'must be high at 15 seconds') : null),
      (body) => (body.duration === 25 && body.quality === 'high' ? problem('quality', 'must be standard at 25 seconds') : null),
    ],
  },
  'sora-2-preview': {
    family: 'sora',
    fields: { ...common, aspect_ratio: str(['16:9', '9:16', '1280x720', '720x1280']), duration: int([4, 8, 12]), image_urls: urls(1) },
  },
  'sora-2-pro-preview': {
    family: 'sora',
    fields: { ...common, aspect_ratio: str(['16:9', '9:16']), duration: int([4, 8, 12]), quality: str(['720p', '1080p']), image_urls: urls(1) },
  },
};

// Veo 3.1 (§3.2): generation_type TEXT takes no image, FIRST&LAST 1–2, REFERENCE up to 3 (16:9 only;
// on the previews also 8 s).
const veoModeRule = (body) => {
  const images = count(body, 'image_urls');
  if (body.generation_type === 'TEXT' && images > 0) return problem('generation_type', 'TEXT takes no image_urls');
  if (body.generation_type === 'FIRST&LAST' && (images < 1 || images > 2)) return problem('image_urls', 'FIRST&LAST takes 1 or 2 images');
  if (body.generation_type === 'REFERENCE' && body.aspect_ratio !== undefined && body.aspect_ratio !== '16:9') {
    return problem('aspect_ratio', 'REFERENCE supports 16:9 only');
  }
  return null;
};
const veoPreview = {
  family: 'veo',
  fields: {
    ...common,
    image_urls: urls(3),
    generation_type: str(['TEXT', 'FIRST&LAST', 'REFERENCE']),
    aspect_ratio: str(['auto', '16:9', '9:16']),
    generate_audio: bool,
    duration: int([4, 6, 8]),
    n: intRange(1, 4),
    quality: str(['720p', '1080p', '4k']),
    seed: intRange(1, 4294967295),
    negative_prompt: text,
    person_generation: str(['allow_adult', 'dont_allow']),
    resize_mode: str(['pad', 'crop']),
  },
  rules: [veoModeRule, (body) => (body.generation_type === 'REFERENCE' && body.duration !== undefined && body.duration !== 8 ? problem('duration', 'REFERENCE is 8 seconds') : null)],
};
const veoBeta = (modes, maxImages) => ({
  family: 'veo',
  fields: {
    ...common,
    aspect_ratio: str(['auto', '16:9', '9:16']),
    image_urls: urls(maxImages),
    quality: str(['720p']),
    generation_type: str(modes),
    enhance_prompt: bool,
  },
  rules: [veoModeRule],
});
const veo = {
  'veo-3.1-generate-preview': veoPreview,
  'veo-3.1-fast-generate-preview': veoPreview,
  'veo3.1-fast-beta': veoBeta(['TEXT', 'FIRST&LAST', 'REFERENCE'], 3),
  'veo3.1-fast': veoBeta(['TEXT', 'FIRST&LAST', 'REFERENCE'], 3),
  'veo3.1-pro-beta': veoBeta(['TEXT', 'FIRST&LAST'], 2),
  'veo3.1-pro': veoBeta(['TEXT', 'FIRST&LAST'], 2),
};

// Seedance (§3.4).
const seedance20Ratios = ['16:9', '9:16', '1:1', '4:3', '3:4', '21:9', 'adaptive'];
const seedance20 = (qualities, mode) => ({
  family: 'seedance',
  fields: {
    ...common,
    duration: intRange(4, 15),
    quality: str(qualities),
    aspect_ratio: str(seedance20Ratios),
    generate_audio: bool,
    content_filter: bool,
    ...(mode === 'text' ? { model_params: any } : {}),
    ...(mode === 'image' ? { image_urls: urls(2) } : {}),
    ...(mode === 'reference' ? { image_urls: urls(9), video_urls: urls(3), audio_urls: urls(3) } : {}),
  },
  rules: mode === 'image' ? [imagesBetween(1, 2)] : mode === 'reference' ? [audioNeedsVisual] : [],
});
// Row 5: audio needs at least one image or video.
function audioNeedsVisual(body) {
  return count(body, 'audio_urls') > 0 && count(body, 'image_urls') + count(body, 'video_urls') === 0
    ? problem('audio_urls', 'needs at least one image or video')
    : null;
}

// Seedance 2.5 (video-modes-and-callbacks.md §2 rows 17, 21–24): 4–30 s or -1, no 4k; edit takes
// only -1 and adaptive; image-to-video, edit and extend only adaptive.
const seedance25Ratios = ['16:9', '9:16', '1:1', '4:3', '3:4', '21:9', 'adaptive'];
const seedance25Duration = { kind: 'integer', values: [...Array.from({ length: 27 }, (_u, i) => i + 4), -1] };
const seedance25 = (mode) => ({
  family: 'seedance',
  fields: {
    ...common,
    duration: mode === 'edit' ? int([-1]) : seedance25Duration,
    quality: str(['480p', '720p', '1080p']),
    aspect_ratio: str(mode === 'text' || mode === 'reference' ? seedance25Ratios : ['adaptive']),
    generate_audio: bool,
    content_filter: bool,
    output_format: str(['mp4', 'mov']),
    ...(mode === 'text' ? { model_params: any } : {}),
    ...(mode === 'image' ? { image_urls: urls(2) } : {}),
    ...(mode === 'reference' || mode === 'edit' || mode === 'extend' ? { image_urls: urls(30), video_urls: urls(10), audio_urls: urls(10) } : {}),
  },
  rules: [
    ...(mode === 'image' ? [imagesBetween(1, 2)] : []),
    ...(mode === 'edit' || mode === 'extend' ? [required('video_urls')] : []),
    ...(mode === 'reference'
      ? [(body) => (count(body, 'image_urls') + count(body, 'video_urls') + count(body, 'audio_urls') === 0 ? problem('image_urls', 'at least one reference is required') : null)]
      : []),
  ],
});
const full = ['480p', '720p', '1080p', '4k'];
const light = ['480p', '720p'];
const seedance = {
  'seedance-2.0-text-to-video': seedance20(full, 'text'),
  'seedance-2.0-image-to-video': seedance20(full, 'image'),
  'seedance-2.0-reference-to-video': seedance20(full, 'reference'),
  'seedance-2.0-fast-text-to-video': seedance20(light, 'text'),
  'seedance-2.0-fast-image-to-video': seedance20(light, 'image'),
  'seedance-2.0-fast-reference-to-video': seedance20(light, 'reference'),
  'seedance-2.0-mini-text-to-video': seedance20(light, 'text'),
  'seedance-2.0-mini-image-to-video': seedance20(light, 'image'),
  'seedance-2.0-mini-reference-to-video': seedance20(light, 'reference'),
  'seedance-2.5-text-to-video': seedance25('text'),
  'seedance-2.5-image-to-video': seedance25('image'),
  'seedance-2.5-reference-to-video': seedance25('reference'),
  'seedance-2.5-video-edit': seedance25('edit'),
  'seedance-2.5-video-extend': seedance25('extend'),
  'seedance-1.5-pro': {
    family: 'seedance',
    fields: {
      ...common,
      image_urls: urls(2),
      duration: intRange(4, 12),
      quality: str(['480p', '720p', '1080p']),
      aspect_ratio: str(['16:9', '9:16', '1:1', '4:3', '3:4', '21:9', 'adaptive']),
      generate_audio: bool,
    },
  },
};

// Kling (§3.3): frames in image_start / image_end, sound "on"/"off", 3–15 s.
const endNeedsStart = (body) => (body.image_end !== undefined && body.image_start === undefined ? problem('image_end', 'needs image_start') : null);
const kling = (fields, rules = []) => ({
  family: 'kling',
  fields: { ...common, duration: intRange(3, 15), model_params: any, ...fields },
  rules: [endNeedsStart, ...rules],
  promptMax: 2500,
});
const sound = str(['on', 'off']);
const klingRatios = str(['16:9', '9:16', '1:1']);
// Row 10: elements made by kling-custom-element, sent as model_params.element_list [{element_id: string}].
// Row 8: ≤ 3 elements with image_start, images (image_start included) + elements ≤ 7; rows 9 and 20:
// image_urls + elements ≤ 4. Other documented model_params keys pass unchecked.
function elementList(paramKeys, maxWithImages, maxWithStart) {
  return (body) => {
    const params = body.model_params;
    if (params === undefined) return null;
    if (typeof params !== 'object' || params === null || Array.isArray(params)) return problem('model_params', 'must be an object');
    const other = Object.keys(params).find((key) => !paramKeys.includes(key));
    if (other !== undefined) return problem('model_params', `.${other} is not a parameter of ${body.model}`);
    const list = params.element_list;
    if (list === undefined) return null;
    if (!Array.isArray(list) || list.length === 0) return problem('model_params', 'element_list must be a non-empty array');
    for (const item of list) {
      const keys = typeof item === 'object' && item !== null && !Array.isArray(item) ? Object.keys(item) : [];
      if (keys.length !== 1 || keys[0] !== 'element_id' || typeof item.element_id !== 'string' || item.element_id.trim() === '') {
        return problem('model_params', 'element_list items must be {"element_id": "<id>"}');
      }
    }
    const start = body.image_start !== undefined ? 1 : 0;
    if (maxWithStart !== undefined && start === 1 && list.length > maxWithStart) return problem('model_params', `element_list takes at most ${maxWithStart} elements with image_start`);
    if (start + count(body, 'image_urls') + list.length > maxWithImages) return problem('model_params', `images + elements must be at most ${maxWithImages}`);
    return null;
  };
}
// Rows 9 and 20: one video_url (a string), images + elements ≤ 4.
const klingVideoFields = { ...common, video_url: text, keep_original_sound: bool, image_urls: urls(4), model_params: any, quality: str(['720p', '1080p']) };
const videoElements = elementList(['element_list', 'watermark_info'], 4);
const klingModels = {
  'kling-v3-text-to-video': kling({ negative_prompt: text, aspect_ratio: klingRatios, quality: str(['720p', '1080p', '4k']), sound }),
  'kling-v3-image-to-video': kling(
    { image_start: text, image_end: text, negative_prompt: text, quality: str(['720p', '1080p', '4k']), sound },
    [required('image_start')],
  ),
  'kling-o3-text-to-video': kling({ aspect_ratio: klingRatios, quality: str(['720p', '1080p', '4k']), sound }),
  // Row 8: image_start optional; image_end not with more than 2 images in total.
  'kling-o3-image-to-video': kling({ image_start: text, image_end: text, image_urls: urls(7), aspect_ratio: klingRatios, quality: str(['720p', '1080p', '4k']), sound }, [
    (body) => (body.image_end !== undefined && count(body, 'image_urls') + 1 > 2 ? problem('image_end', 'is not allowed with more than 2 images') : null),
    elementList(['element_list', 'multi_shot', 'shot_type', 'multi_prompt', 'watermark_info'], 7, 3),
  ]),
  // Row 20: one source video, no duration or ratio.
  'kling-o3-video-edit': {
    family: 'kling',
    fields: klingVideoFields,
    rules: [required('video_url'), videoElements],
    promptMax: 2500,
  },
  // Row 9: a reference video (required by the page's purpose), 3–10 s, three ratios, no sound field.
  'kling-o3-reference-to-video': {
    family: 'kling',
    fields: { ...klingVideoFields, duration: intRange(3, 10), aspect_ratio: klingRatios },
    rules: [required('video_url'), videoElements],
    promptMax: 2500,
  },
  'kling-v3-turbo-text-to-video': kling({ aspect_ratio: klingRatios, quality: str(['720p', '1080p']) }),
  'kling-v3-turbo-image-to-video': kling({ image_start: text, quality: str(['720p', '1080p']) }, [required('image_start')]),
};

// Wan (§3.5).
const wanRatios = str(['16:9', '9:16', '1:1', '4:3', '3:4']);
const wan26 = (fields, rules = []) => ({
  family: 'wan',
  fields: { ...common, duration: intRange(2, 15), quality: str(['720p', '1080p']), prompt_extend: bool, model_params: any, audio_url: text, ...fields },
  rules,
  promptMax: 1500,
});
const wan27Fields = {
  ...common,
  negative_prompt: text,
  audio_urls: urls(1),
  quality: str(['720p', '1080p']),
  duration: intRange(2, 15),
  seed: intRange(1, 2147483647),
  prompt_extend: bool,
};
const negativeUpTo500 = textUpTo('negative_prompt', 500);
const wan27ModeRule = (body) => {
  const mode = body.generation_mode;
  if (mode === 'first_frame' && (body.image_start === undefined || body.image_end !== undefined)) {
    return problem('generation_mode', 'first_frame takes image_start and no image_end');
  }
  if (mode === 'first_last_frame' && (body.image_start === undefined || body.image_end === undefined)) {
    return problem('generation_mode', 'first_last_frame needs image_start and image_end');
  }
  if (mode === 'video_continuation' && (body.video_urls === undefined || body.image_start !== undefined)) {
    return problem('generation_mode', 'video_continuation needs video_urls and takes no image_start');
  }
  return null;
};
// Row 18: exactly one video, ≤ 4 images, duration 0 (keep) or 2–10.
const wan27Edit = {
  family: 'wan',
  fields: {
    ...common,
    video_urls: urls(1),
    image_urls: urls(4),
    negative_prompt: text,
    keep_original_sound: bool,
    quality: str(['720p', '1080p']),
    aspect_ratio: wanRatios,
    duration: int([0, 2, 3, 4, 5, 6, 7, 8, 9, 10]),
    seed: intRange(1, 2147483647),
    prompt_extend: bool,
  },
  rules: [negativeUpTo500, required('video_urls')],
  promptMax: 5000,
};
// Row 12 voices: model_params.voice_bindings {"image1" | "video2": url}, at most 5, each naming a
// reference that is in image_urls / video_urls (the page's validation errors, worded as it words them).
function voiceBindings(body) {
  const params = body.model_params;
  if (params === undefined) return null;
  if (typeof params !== 'object' || params === null || Array.isArray(params)) return problem('model_params', 'must be an object');
  const other = Object.keys(params).find((key) => key !== 'voice_bindings');
  if (other !== undefined) return problem('model_params', `.${other} is not a parameter of ${body.model}`);
  const bindings = params.voice_bindings;
  if (typeof bindings !== 'object' || bindings === null || Array.isArray(bindings)) return problem('model_params', 'voice_bindings must be an object');
  const entries = Object.entries(bindings);
  if (entries.length === 0 || entries.length > 5) return problem('model_params', 'voice_bindings takes 1 to 5 bindings');
  for (const [key, value] of entries) {
    const match = /^(image|video)([1-9]\d*)$/.exec(key);
    if (!match) return problem('model_params', `voice_bindings key "${key}" invalid`);
    if (Number(match[2]) > count(body, `${match[1]}_urls`)) return problem('model_params', `voice_bindings.${key} out of range`);
    if (fieldProblem(url(), value)) return problem('model_params', `voice_bindings.${key} must be a URL`);
  }
  return null;
}
// Row 12: images + videos 1–5; ≤ 10 s with videos.
const wan27Reference = {
  family: 'wan',
  fields: { ...wan27Fields, image_start: text, image_urls: urls(5), video_urls: urls(5), audio_urls: urls(5), aspect_ratio: wanRatios, model_params: any },
  rules: [
    negativeUpTo500,
    voiceBindings,
    (body) => {
      const visual = count(body, 'image_urls') + count(body, 'video_urls');
      return visual < 1 || visual > 5 ? problem('image_urls', 'image_urls + video_urls must hold 1 to 5 entries') : null;
    },
    (body) => (count(body, 'video_urls') > 0 && body.duration > 10 ? problem('duration', 'is at most 10 with video_urls') : null),
  ],
  promptMax: 5000,
};
const wan = {
  'wan2.7-video-edit': wan27Edit,
  'wan2.7-reference-video': wan27Reference,
  'wan2.6-text-to-video': wan26({ aspect_ratio: wanRatios }),
  'wan2.6-image-to-video': wan26({ image_urls: urls(1) }, [imagesBetween(1, 1)]),
  'wan2.6-image-to-video-flash': wan26({ image_urls: urls(1), generate_audio: bool }, [imagesBetween(1, 1)]),
  'wan2.7-text-to-video': { family: 'wan', fields: { ...wan27Fields, aspect_ratio: wanRatios }, rules: [negativeUpTo500], promptMax: 5000 },
  'wan2.7-image-to-video': {
    family: 'wan',
    fields: {
      ...wan27Fields,
      generation_mode: str(['first_frame', 'first_last_frame', 'video_continuation']),
      image_start: text,
      image_end: text,
      video_urls: urls(1),
    },
    rules: [negativeUpTo500, wan27ModeRule],
    promptMax: 5000,
  },
};

// Hailuo (§3.6): 1080p only at 6 s; 512p (Hailuo 02) only from one image.
const hailuoRule = (body) => (body.quality === '1080p' && body.duration === 10 ? problem('duration', '10 seconds is not available at 1080p') : null);
const hailuo = (qualities, maxImages, rules = []) => ({
  family: 'hailuo',
  fields: { ...common, image_urls: urls(maxImages), quality: str(qualities), duration: int([6, 10]), model_params: any },
  rules: [hailuoRule, ...rules],
  promptMax: 2000,
});
const hailuoModels = {
  'MiniMax-Hailuo-2.3': hailuo(['768p', '1080p'], 1),
  'MiniMax-Hailuo-2.3-Fast': hailuo(['768p', '1080p'], 1, [imagesBetween(1, 1)]),
  'MiniMax-Hailuo-02': hailuo(['512p', '768p', '1080p'], 2, [
    (body) => (body.quality === '512p' && count(body, 'image_urls') !== 1 ? problem('quality', '512p is image-to-video (one image) only') : null),
  ]),
};

// Grok Imagine (§3.7).
const grokBetaRatios = str(['16:9', '9:16', '1:1', '3:2', '2:3']);
const grok10Ratios = str(['16:9', '9:16', '1:1', '3:2', '2:3', '4:3', '3:4']);
const grok = {
  'grok-imagine-text-to-video-beta': {
    family: 'grok',
    fields: { ...common, duration: intRange(6, 30), mode: str(['fun', 'normal', 'spicy']), aspect_ratio: grokBetaRatios, quality: str(['480p', '720p']) },
  },
  'grok-imagine-image-to-video-beta': {
    family: 'grok',
    fields: { ...common, image_urls: urls(7), duration: intRange(6, 30), mode: str(['fun', 'normal', 'spicy']), aspect_ratio: grokBetaRatios, quality: str(['480p', '720p']) },
    rules: [imagesBetween(1, 7)],
  },
  'grok-imagine-video-1.0-t2v': {
    family: 'grok',
    fields: { ...common, duration: intRange(1, 15), aspect_ratio: grok10Ratios, quality: str(['480p', '720p']) },
  },
  'grok-imagine-video-1.0-i2v': {
    family: 'grok',
    fields: { ...common, image_urls: urls(7), duration: intRange(1, 15), aspect_ratio: grok10Ratios, quality: str(['480p', '720p']) },
    rules: [imagesBetween(1, 7)],
  },
  'grok-imagine-video-1.5-preview': {
    family: 'grok',
    fields: { ...common, image_urls: urls(7), duration: intRange(1, 15), quality: str(['480p', '720p', '1080p']), aspect_ratio: str(['auto', '16:9', '9:16', '1:1', '3:2', '2:3']) },
    rules: [(body) => (body.quality === '1080p' && count(body, 'image_urls') >= 2 ? problem('quality', '1080p is not available with 2 or more images') : null)],
    promptMax: 4096,
  },
};
// Old names EvoLink still maps to the beta ids.
grok['grok-imagine-text-to-video'] = grok['grok-imagine-text-to-video-beta'];
grok['grok-imagine-image-to-video'] = grok['grok-imagine-image-to-video-beta'];

const MODELS = { ...veo, ...seedance, ...klingModels, ...wan, ...hailuoModels, ...grok, ...sora };

/** `{ unavailable: true }` for an id EvoLink does not serve, a `{ message, param }` refusal, or null. */
function checkModelBody(body) {
  const model = MODELS[body.model];
  if (!model) return { unavailable: true };
  return checkBody(body, model);
}

/** The `GET /v1/models` list: every simulated video id, and two non-video ids as the real list has. */
function modelList(created) {
  return [...Object.keys(MODELS), 'gpt-image-2', 'gemini-2.5-flash'].map((id) => ({ id, object: 'model', created, owned_by: 'evolink' }));
}

module.exports = { MODELS, checkModelBody, modelList };
