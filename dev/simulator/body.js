'use strict';

const crypto = require('crypto');

const MAX_BODY_BYTES = 12 * 1024 * 1024;
const MAX_PARTS = 100;

class BodyTooLarge extends Error {}

function readRaw(req, limit = MAX_BODY_BYTES) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners('data');
        reject(new BodyTooLarge(`request body exceeds ${limit} bytes`));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function addField(target, name, value) {
  if (!(name in target)) target[name] = value;
  else if (Array.isArray(target[name])) target[name].push(value);
  else target[name] = [target[name], value];
}

function headerParam(header, name) {
  const match = new RegExp(`${name}="([^"]*)"|${name}=([^;\\s]+)`, 'i').exec(header);
  return match ? (match[1] ?? match[2]) : undefined;
}

// OpenAI's current SDK sends create requests as multipart; files are recorded by size only.
function parseMultipart(raw, contentType) {
  const boundary = headerParam(contentType, 'boundary');
  if (!boundary) return undefined;
  const delimiter = Buffer.from(`--${boundary}`);
  const fields = {};
  let pos = raw.indexOf(delimiter);
  for (let parts = 0; pos !== -1 && parts < MAX_PARTS; parts++) {
    const start = pos + delimiter.length;
    if (raw.subarray(start, start + 2).toString() === '--') break;
    const next = raw.indexOf(delimiter, start);
    if (next === -1) break;
    const part = raw.subarray(start + 2, next - 2);
    const split = part.indexOf('\r\n\r\n');
    if (split !== -1) {
      const headers = part.subarray(0, split).toString('utf8');
      const content = part.subarray(split + 4);
      const disposition = /content-disposition:([^\r\n]*)/i.exec(headers);
      const name = disposition && headerParam(disposition[1], 'name');
      if (name !== undefined) {
        const filename = headerParam(disposition[1], 'filename');
        const type = /content-type:\s*([^\r\n]*)/i.exec(headers);
        addField(
          fields,
          name,
          filename === undefined
            ? content.toString('utf8')
            : {
                filename,
                contentType: type ? type[1].trim() : 'application/octet-stream',
                bytes: content.length,
                // Enough to check what arrived: the format's magic bytes and the exact content.
                head: content.subarray(0, 16).toString('hex'),
                sha256: crypto.createHash('sha256').update(content).digest('hex'),
              },
        );
      }
    }
    pos = next;
  }
  return fields;
}

/** Returns `{ body, invalid }`: body is the parsed object or null; invalid when it could not be parsed. */
function parseBody(raw, contentType = '') {
  if (raw.length === 0) return { body: null, invalid: false };
  const type = contentType.toLowerCase();
  if (type.startsWith('multipart/form-data')) {
    const fields = parseMultipart(raw, contentType);
    return fields ? { body: fields, invalid: false } : { body: null, invalid: true };
  }
  if (type.startsWith('application/x-www-form-urlencoded')) {
    const fields = {};
    for (const [key, value] of new URLSearchParams(raw.toString('utf8'))) addField(fields, key, value);
    return { body: fields, invalid: false };
  }
  try {
    return { body: JSON.parse(raw.toString('utf8')), invalid: false };
  } catch {
    return { body: null, invalid: true };
  }
}

module.exports = { readRaw, parseBody, BodyTooLarge, MAX_BODY_BYTES };
