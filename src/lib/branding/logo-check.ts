/**
 * Whether uploaded bytes are a logo Koers will serve: decided by the bytes
 * alone (the file name and the browser's claimed type are the uploader's
 * word). Accepted: PNG, JPEG and WebP whose structure reads through to the
 * end, with sane dimensions, within LOGO_MAX_BYTES, and with no markup
 * inside (a polyglot that is also HTML).
 *
 * SVG is refused, not sanitised: an SVG is a document that can carry
 * scripts, event handlers, external references and CSS, and a sanitiser
 * has to know every one of them in every browser to be safe; refusing
 * costs a coach one export to PNG and leaves nothing to get wrong.
 */
import { LOGO_MAX_BYTES, LOGO_MAX_PX, LOGO_MIN_PX } from '../limits.ts';

export type LogoMediaType = 'image/png' | 'image/jpeg' | 'image/webp';

export type LogoProblem = 'empty' | 'too-large' | 'svg' | 'not-image' | 'damaged' | 'dimensions' | 'markup';

export type LogoCheck = { ok: true; mediaType: LogoMediaType; width: number; height: number } | { ok: false; problem: LogoProblem };

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0) => prefix.every((b, i) => bytes[at + i] === b);
const ascii = (bytes: Uint8Array, from: number, length: number) => String.fromCharCode(...bytes.subarray(from, from + length));
const be32 = (b: Uint8Array, at: number) => ((b[at] << 24) >>> 0) + (b[at + 1] << 16) + (b[at + 2] << 8) + b[at + 3];
const be16 = (b: Uint8Array, at: number) => (b[at] << 8) + b[at + 1];
const le32 = (b: Uint8Array, at: number) => b[at] + (b[at + 1] << 8) + (b[at + 2] << 16) + ((b[at + 3] << 24) >>> 0);
const le24 = (b: Uint8Array, at: number) => b[at] + (b[at + 1] << 8) + (b[at + 2] << 16);

type Read = { width: number; height: number } | null;

/** Walks every chunk: the first is IHDR, the last IEND, and nothing follows it (no appended HTML or ZIP). */
function readPng(b: Uint8Array): Read {
  let at = 8;
  let size: Read = null;
  while (at + 12 <= b.length) {
    const length = be32(b, at);
    const type = ascii(b, at + 4, 4);
    const end = at + 12 + length;
    if (end > b.length) return null;
    if (at === 8) {
      if (type !== 'IHDR' || length !== 13) return null;
      size = { width: be32(b, at + 8), height: be32(b, at + 12) };
    }
    if (type === 'IEND') return end === b.length ? size : null;
    at = end;
  }
  return null;
}

/** Walks the segments up to the first frame header (its size), then requires the end-of-image marker as the last two bytes. */
function readJpeg(b: Uint8Array): Read {
  if (b[b.length - 2] !== 0xff || b[b.length - 1] !== 0xd9) return null;
  let at = 2;
  while (at + 4 <= b.length) {
    if (b[at] !== 0xff) return null;
    const marker = b[at + 1];
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    const length = be16(b, at + 2);
    if (length < 2 || at + 2 + length > b.length) return null;
    // SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC) carry the frame size.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: be16(b, at + 5), width: be16(b, at + 7) };
    }
    if (marker === 0xda) return null; // image data before any frame header
    at += 2 + length;
  }
  return null;
}

/** RIFF size must match the file exactly; the size comes from the first chunk (VP8, VP8L or VP8X). */
function readWebp(b: Uint8Array): Read {
  if (b.length < 30 || le32(b, 4) + 8 !== b.length) return null;
  const chunk = ascii(b, 12, 4);
  const data = 20;
  if (chunk === 'VP8X') return { width: le24(b, data + 4) + 1, height: le24(b, data + 7) + 1 };
  if (chunk === 'VP8L') {
    if (b[data] !== 0x2f) return null;
    const bits = le32(b, data + 1);
    return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
  }
  if (chunk === 'VP8 ') {
    if (!startsWith(b, [0x9d, 0x01, 0x2a], data + 3)) return null;
    return { width: (b[data + 6] | (b[data + 7] << 8)) & 0x3fff, height: (b[data + 8] | (b[data + 9] << 8)) & 0x3fff };
  }
  return null;
}

/** Markup a browser that sniffed the bytes might run; never in a real image's structure by chance (checked case-insensitively). */
const MARKUP = /<(script|html|svg|iframe|body|object|embed)[\s>/]|<\?xml|javascript:/i;

function looksLikeSvg(b: Uint8Array): boolean {
  const head = new TextDecoder('utf-8', { fatal: false }).decode(b.subarray(0, 1024)).replace(/^\uFEFF/, '').trimStart();
  return /^<(\?xml|svg|!doctype svg)/i.test(head) || /<svg[\s>]/i.test(head);
}

export function checkLogo(bytes: Uint8Array): LogoCheck {
  if (bytes.length === 0) return { ok: false, problem: 'empty' };
  if (bytes.length > LOGO_MAX_BYTES) return { ok: false, problem: 'too-large' };
  let mediaType: LogoMediaType;
  let size: Read;
  if (startsWith(bytes, PNG_SIGNATURE)) {
    mediaType = 'image/png';
    size = readPng(bytes);
  } else if (startsWith(bytes, [0xff, 0xd8, 0xff])) {
    mediaType = 'image/jpeg';
    size = readJpeg(bytes);
  } else if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') {
    mediaType = 'image/webp';
    size = readWebp(bytes);
  } else {
    return { ok: false, problem: looksLikeSvg(bytes) ? 'svg' : 'not-image' };
  }
  if (!size) return { ok: false, problem: 'damaged' };
  const sane = (px: number) => Number.isInteger(px) && px >= LOGO_MIN_PX && px <= LOGO_MAX_PX;
  if (!sane(size.width) || !sane(size.height)) return { ok: false, problem: 'dimensions' };
  if (MARKUP.test(new TextDecoder('latin1').decode(bytes))) return { ok: false, problem: 'markup' };
  return { ok: true, mediaType, ...size };
}
