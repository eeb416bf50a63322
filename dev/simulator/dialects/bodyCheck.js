'use strict';

// The simulator's one check for create bodies, shared by every dialect's model table (gccaiModels,
// evolinkModels, yutoaiModels, xingchaoModels). A table declares each model's documented fields as
// data (`fields`, built from the kinds below), cross-field limits as `rules` and an optional
// `promptMax`; every key must be one the model documents, with the documented type and value.
// Returns `{ message, param }` for the first problem, or null. Only the wording of the message is
// the dialect's (`wording`), so each provider's refusal reads like that provider's.

const int = (values) => ({ kind: 'integer', values });
const intRange = (min, max) => ({ kind: 'integer', min, max });
const str = (values) => ({ kind: 'string', values });
// A string compared without case ("4K" or "4k").
const tier = (values) => ({ kind: 'string', values, caseless: true });
const bool = { kind: 'boolean' };
const text = { kind: 'string' };
const url = (options = {}) => ({ kind: 'url', ...options });
const urls = (max, options = {}) => ({ kind: 'urls', max, ...options });
const array = { kind: 'array' };
const any = { kind: 'any' };
const KINDS = ['integer', 'string', 'boolean', 'url', 'urls', 'array', 'any'];

const range = (min, max) => Array.from({ length: max - min + 1 }, (_unused, i) => min + i);
const count = (body, key) => (Array.isArray(body[key]) ? body[key].length : 0);
const problem = (param, message) => ({ message: `${param} ${message}`, param });
// Rules shared by several tables: a key the model cannot run without, a text limit in characters.
const required = (key) => (body) => (body[key] === undefined ? problem(key, 'is required for this model') : null);
const textUpTo = (key, max) => (body) => (typeof body[key] === 'string' && body[key].length > max ? problem(key, `is longer than ${max} characters`) : null);

const PLAIN_WORDING = {
  field: (key, what) => `${key} ${what}`,
  unknown: (key, model) => `${key} is not a parameter of ${model}`,
  promptMax: (max) => `prompt is longer than ${max} characters`,
};

function isUrl(value, spec) {
  if (typeof value !== 'string') return false;
  if (spec.dataUrl && /^data:image\/[a-z+.-]+;base64,/i.test(value)) return true;
  if (spec.asset && /^asset:\/\/\S+$/.test(value)) return true;
  return /^https?:\/\/\S+$/i.test(value);
}

function isOneOf(value, spec) {
  if (!spec.values) return true;
  return spec.caseless ? spec.values.includes(value.toLowerCase()) : spec.values.includes(value);
}

/** What is wrong with one value (a phrase such as "must be a URL"), or null. */
function fieldProblem(spec, value) {
  switch (spec.kind) {
    case 'integer':
      if (typeof value !== 'number' || !Number.isInteger(value)) return 'must be an integer (a JSON number, not a string)';
      if (spec.values && !spec.values.includes(value)) return `must be one of ${spec.values.join(', ')}`;
      if (spec.min !== undefined && value < spec.min) return `must be at least ${spec.min}`;
      if (spec.max !== undefined && value > spec.max) return `must be at most ${spec.max}`;
      return null;
    case 'string': {
      const oneOf = spec.values && `must be one of ${spec.values.join(', ')}`;
      // A caseless list names its values for any miss (GlobalAI OPC's wording).
      if (typeof value !== 'string' || value.trim() === '') return spec.caseless ? oneOf : 'must be a non-empty string';
      return isOneOf(value, spec) ? null : oneOf;
    }
    case 'boolean':
      return typeof value === 'boolean' ? null : 'must be true or false';
    case 'url':
      return isUrl(value, spec) ? null : 'must be a URL';
    case 'urls':
      if (!Array.isArray(value)) return 'must be an array';
      if (value.length === 0) return 'must not be empty';
      if (value.length > spec.max) return `takes at most ${spec.max} item(s)`;
      return value.every((item) => isUrl(item, spec)) ? null : 'must hold URLs only';
    case 'array':
      return Array.isArray(value) ? null : 'must be an array';
    case 'any':
      return null;
    default:
      // A table typo must not let a field through unchecked.
      return 'has no documented type';
  }
}

/**
 * `model` = `{ fields, rules?, promptMax? }`. `prompt` may live outside the body (content arrays);
 * `wording` phrases the refusal the way the dialect's provider does.
 */
function checkBody(body, model, { prompt = body.prompt, wording = PLAIN_WORDING } = {}) {
  for (const key of Object.keys(body)) {
    if (!(key in model.fields)) return { message: wording.unknown(key, body.model), param: key };
    const what = fieldProblem(model.fields[key], body[key]);
    if (what) return { message: wording.field(key, what), param: key };
  }
  if (model.promptMax && typeof prompt === 'string' && prompt.length > model.promptMax) {
    return { message: wording.promptMax(model.promptMax), param: 'prompt' };
  }
  for (const rule of model.rules || []) {
    const found = rule(body);
    if (found) return found;
  }
  return null;
}

module.exports = { int, intRange, str, tier, bool, text, url, urls, array, any, KINDS, range, count, problem, fieldProblem, required, textUpTo, checkBody };
