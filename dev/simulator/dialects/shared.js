'use strict';

const crypto = require('crypto');

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const LOWER_ALNUM = '0123456789abcdefghijklmnopqrstuvwxyz';
const HEX = '0123456789abcdef';

// Reported for the `[unknown-status]` outcome so clients must handle status words they do not know.
const MYSTERY_STATE = 'MYSTERY_STATE';

function randomChars(length, alphabet) {
  const bytes = crypto.randomBytes(length);
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[bytes[i] % alphabet.length];
  return out;
}

function unixSeconds(ms) {
  return ms == null ? null : Math.floor(ms / 1000);
}

function isObject(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function nonEmptyString(value) {
  return typeof value === 'string' && value.trim() !== '';
}

/** Shared loose create-body checks; returns `{ message, param }` or null. */
function requireFields(body, fields) {
  if (!isObject(body)) return { message: 'Request body must be a JSON object', param: null };
  for (const field of fields) {
    if (!nonEmptyString(body[field])) return { message: `${field} is required`, param: field };
  }
  return null;
}

function optionalArray(body, field, max) {
  const value = body[field];
  if (value === undefined || value === null) return null;
  if (!Array.isArray(value)) return { message: `${field} must be an array`, param: field };
  if (value.length > max) return { message: `${field} supports at most ${max} item(s)`, param: field };
  return null;
}

const DEFAULT_MESSAGES = {
  400: 'Invalid request',
  401: 'Invalid API key',
  402: 'Insufficient balance',
  403: 'Access forbidden',
  404: 'Not found',
  408: 'Request timeout',
  413: 'Request body too large',
  429: 'Rate limit exceeded, please retry later',
  500: 'Internal server error',
  502: 'Bad gateway',
  503: 'Service temporarily unavailable',
  504: 'Gateway timeout',
};

function defaultMessage(status) {
  return DEFAULT_MESSAGES[status] || (status >= 500 ? 'Upstream error' : 'Request failed');
}

module.exports = {
  CROCKFORD,
  LOWER_ALNUM,
  HEX,
  MYSTERY_STATE,
  randomChars,
  unixSeconds,
  isObject,
  nonEmptyString,
  requireFields,
  optionalArray,
  defaultMessage,
};
