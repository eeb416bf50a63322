'use strict';

const fs = require('fs');
const path = require('path');
const { Readable, pipeline } = require('stream');

const SAMPLE_MP4 = fs.readFileSync(path.join(__dirname, 'assets', 'sample.mp4'));
const SAMPLE_JPG = fs.readFileSync(path.join(__dirname, 'assets', 'sample.jpg'));
const CHUNK_BYTES = 64 * 1024;
const ZEROS = Buffer.alloc(CHUNK_BYTES);
const MAX_VIDEO_BYTES = 64 * 1024 ** 3;

function checkVideoBytes(value) {
  if (value === undefined) return undefined;
  if (!Number.isSafeInteger(value) || value < 1 || value > MAX_VIDEO_BYTES) {
    throw new TypeError(`videoBytes must be an integer between 1 and ${MAX_VIDEO_BYTES}`);
  }
  return value;
}

// The filler goes inside one top-level `free` box so a large download is still a playable MP4.
function freeBoxHeader(boxBytes) {
  if (boxBytes <= 0xffffffff) {
    const header = Buffer.alloc(8);
    header.writeUInt32BE(boxBytes, 0);
    header.write('free', 4, 'latin1');
    return header;
  }
  const header = Buffer.alloc(16);
  header.writeUInt32BE(1, 0);
  header.write('free', 4, 'latin1');
  header.writeBigUInt64BE(BigInt(boxBytes), 8);
  return header;
}

/** Describes a body of `size` bytes whose first bytes are `head` and the rest zeros. */
function mp4Layout(videoBytes) {
  if (videoBytes === undefined || videoBytes === SAMPLE_MP4.length) return { size: SAMPLE_MP4.length, head: SAMPLE_MP4 };
  if (videoBytes < SAMPLE_MP4.length) return { size: videoBytes, head: SAMPLE_MP4.subarray(0, videoBytes) };
  const pad = videoBytes - SAMPLE_MP4.length;
  const head = pad >= 16 ? Buffer.concat([SAMPLE_MP4, freeBoxHeader(pad)]) : SAMPLE_MP4;
  return { size: videoBytes, head };
}

function thumbnailLayout() {
  return { size: SAMPLE_JPG.length, head: SAMPLE_JPG };
}

/** Generates bytes [start, end) on demand, one chunk per read() so the consumer's pace sets ours. */
function rangeStream(layout, start, end) {
  let pos = start;
  return new Readable({
    highWaterMark: CHUNK_BYTES,
    read() {
      if (pos >= end) {
        this.push(null);
        return;
      }
      const want = Math.min(CHUNK_BYTES, end - pos);
      const chunk =
        pos < layout.head.length
          ? layout.head.subarray(pos, Math.min(layout.head.length, pos + want))
          : ZEROS.subarray(0, want);
      pos += chunk.length;
      this.push(chunk);
    },
  });
}

/** Parses a single `bytes=` range; returns null for none/multi, 'invalid' when unsatisfiable. */
function parseRange(header, size) {
  if (typeof header !== 'string') return null;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match) return null;
  const [, from, to] = match;
  if (from === '' && to === '') return 'invalid';
  let start;
  let end;
  if (from === '') {
    const suffix = Number(to);
    if (suffix === 0) return 'invalid';
    start = Math.max(0, size - suffix);
    end = size;
  } else {
    start = Number(from);
    end = to === '' ? size : Math.min(size, Number(to) + 1);
  }
  if (start >= size || start >= end) return 'invalid';
  return { start, end };
}

/**
 * Sends a video/image body. `truncate` announces the full Content-Length, sends half, then ends
 * the socket: the client must notice the short body.
 */
function sendBytes(req, res, { layout, contentType, truncate = false }) {
  const headers = { 'content-type': contentType, 'accept-ranges': 'bytes', 'cache-control': 'private, max-age=86400' };
  if (truncate) {
    res.writeHead(200, { ...headers, 'content-length': String(layout.size) });
    res.flushHeaders();
    const source = rangeStream(layout, 0, Math.floor(layout.size / 2));
    source.on('end', () => res.socket && res.socket.end());
    source.pipe(res, { end: false });
    res.on('close', () => source.destroy());
    return;
  }
  const range = parseRange(req.headers.range, layout.size);
  if (range === 'invalid') {
    res.writeHead(416, { 'content-range': `bytes */${layout.size}`, 'content-length': '0' });
    res.end();
    return;
  }
  const { start, end } = range || { start: 0, end: layout.size };
  const partial = range !== null;
  res.writeHead(partial ? 206 : 200, {
    ...headers,
    'content-length': String(end - start),
    ...(partial ? { 'content-range': `bytes ${start}-${end - 1}/${layout.size}` } : {}),
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  // Errors here are client aborts; pipeline already destroyed both ends.
  pipeline(rangeStream(layout, start, end), res, () => {});
}

module.exports = { SAMPLE_MP4, SAMPLE_JPG, checkVideoBytes, mp4Layout, thumbnailLayout, rangeStream, sendBytes };
