'use strict';

// A small schema check for create bodies, shared by the YutoAI and GlobalAI OPC model tables: every
// key must be one the model documents, with the documented type and value. Returns
// `{ message, param }` for the first problem, or null.

const int = (values) => ({ kind: 'integer', values });
const intRange = (min, max) => ({ kind: 'integer', min, max });
const str = (values) => ({ kind: 'string', values });
const bool = { kind: 'boolean' };
const text = { kind: 'string' };
const url = (options = {}) => ({ kind: 'url', ...options });
const urls = (max, options = {}) => ({ kind: 'urls', max, ...options });
const any = { kind: 'any' };

function isUrl(value, spec) {
  if (typeof value !== 'string') return false;
  if (spec.dataUrl && /^data:image\/[a-z+.-]+;base64,/i.test(value)) return true;
  if (spec.asset && /^asset:\/\/\S+$/.test(value)) return true;
  return /^https?:\/\/\S+$/i.test(value);
}

function checkField(key, spec, value) {
  const wrong = (what) => ({ message: `${key} ${what}`, param: key });
  switch (spec.kind) {
    case 'integer':
      if (typeof value !== 'number' || !Number.isInteger(value)) return wrong('must be an integer (a JSON number, not a string)');
      if (spec.values && !spec.values.includes(value)) return wrong(`must be one of ${spec.values.join(', ')}`);
      if (spec.min !== undefined && value < spec.min) return wrong(`must be at least ${spec.min}`);
      if (spec.max !== undefined && value > spec.max) return wrong(`must be at most ${spec.max}`);
      return null;
    case 'string':
      if (typeof value !== 'string' || value.trim() === '') return wrong('must be a non-empty string');
      if (spec.values && !spec.values.includes(value)) return wrong(`must be one of ${spec.values.join(', ')}`);
      return null;
    case 'boolean':
      return typeof value === 'boolean' ? null : wrong('must be true or false');
    case 'url':
      return isUrl(value, spec) ? null : wrong('must be a URL');
    case 'urls':
      if (!Array.isArray(value)) return wrong('must be an array');
      if (value.length === 0) return wrong('must not be empty');
      if (value.length > spec.max) return wrong(`takes at most ${spec.max} item(s)`);
      return value.every((item) => isUrl(item, spec)) ? null : wrong('must hold URLs only');
    default:
      return null;
  }
}

/** `model` = `{ fields, rules?, promptMax? }`; `prompt` may live outside the body (content arrays). */
function checkBody(body, model, prompt = body.prompt) {
  for (const key of Object.keys(body)) {
    if (!(key in model.fields)) return { message: `${key} is not a parameter of ${body.model}`, param: key };
    const problem = checkField(key, model.fields[key], body[key]);
    if (problem) return problem;
  }
  if (model.promptMax && typeof prompt === 'string' && prompt.length > model.promptMax) {
    return { message: `prompt is longer than ${model.promptMax} characters`, param: 'prompt' };
  }
  for (const rule of model.rules || []) {
    const problem = rule(body);
    if (problem) return problem;
  }
  return null;
}

const range = (min, max) => Array.from({ length: max - min + 1 }, (_unused, i) => min + i);

module.exports = { int, intRange, str, bool, text, url, urls, any, range, checkBody };
