/**
 * Logo files for tests: real images (a PNG encoded here with node:zlib, which
 * any decoder reads) and hand-built JPEG and WebP headers with the structure the
 * checks read, plus every kind of file an upload must refuse.
 */
import { crc32, deflateSync } from 'node:zlib';

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A solid blue RGB PNG of this size. */
export function pngLogo(width = 64, height = 32): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => [0x1f, 0x6f, 0xb4]).flat())]);
  const pixels = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(pixels)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A baseline JPEG's frame of segments: APP0, SOF0 with the size, SOS, a few bytes of data, EOI. */
export function jpegLogo(width = 120, height = 40): Buffer {
  const app0 = [0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00];
  const sof0 = [0xff, 0xc0, 0x00, 0x0b, 0x08, height >> 8, height & 0xff, width >> 8, width & 0xff, 0x01, 0x01, 0x11, 0x00];
  const sos = [0xff, 0xda, 0x00, 0x08, 0x01, 0x01, 0x00, 0x00, 0x3f, 0x00, 0x12, 0x34, 0x56];
  return Buffer.from([0xff, 0xd8, ...app0, ...sof0, ...sos, 0xff, 0xd9]);
}

/** A lossless WebP header (VP8L) of this size, the RIFF length matching the file. */
export function webpLogo(width = 100, height = 50): Buffer {
  const bits = (width - 1) | ((height - 1) << 14);
  const vp8l = Buffer.from([0x2f, bits & 0xff, (bits >> 8) & 0xff, (bits >> 16) & 0xff, (bits >>> 24) & 0xff, 0, 0, 0, 0, 0]);
  const chunk = Buffer.concat([Buffer.from('VP8L'), le32(vp8l.length), vp8l]);
  const body = Buffer.concat([Buffer.from('WEBP'), chunk]);
  return Buffer.concat([Buffer.from('RIFF'), le32(body.length), body]);
}

function le32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n);
  return b;
}

/** Files that must be refused, each with the problem the check names. */
export function hostileLogos(): { label: string; bytes: Buffer; problem: string }[] {
  const png = pngLogo();
  return [
    { label: 'an HTML page', bytes: Buffer.from('<!doctype html><html><body><script>alert(1)</script></body></html>'), problem: 'not-image' },
    { label: 'an SVG with a script', bytes: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>'), problem: 'svg' },
    { label: 'an SVG behind an XML declaration', bytes: Buffer.from('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>'), problem: 'svg' },
    { label: 'a truncated PNG', bytes: png.subarray(0, png.length - 20), problem: 'damaged' },
    { label: 'a PNG with HTML appended (polyglot)', bytes: Buffer.concat([png, Buffer.from('<html><script>alert(1)</script></html>')]), problem: 'damaged' },
    { label: 'a PNG with a script in a text chunk (polyglot)', bytes: pngWithText('<script>alert(1)</script>'), problem: 'markup' },
    { label: 'a PNG signature and nothing else', bytes: png.subarray(0, 8), problem: 'damaged' },
    { label: 'a huge file', bytes: Buffer.concat([png, Buffer.alloc(300 * 1024)]), problem: 'too-large' },
    { label: 'a 1×1 tracking pixel', bytes: pngLogo(1, 1), problem: 'dimensions' },
    { label: 'a PNG claiming 100,000 px wide', bytes: pngWithWidth(png, 100_000), problem: 'dimensions' },
    { label: 'a JPEG without its end marker', bytes: jpegLogo().subarray(0, jpegLogo().length - 2), problem: 'damaged' },
    { label: 'a WebP whose RIFF length lies', bytes: Buffer.concat([webpLogo(), Buffer.from('<html>')]), problem: 'damaged' },
    { label: 'a GIF', bytes: Buffer.from('GIF89a\x10\x00\x10\x00\x00\x00\x00;', 'latin1'), problem: 'not-image' },
    { label: 'an empty file', bytes: Buffer.alloc(0), problem: 'empty' },
  ];
}

/** A valid PNG with a tEXt chunk after IHDR holding this text. */
function pngWithText(text: string): Buffer {
  const png = pngLogo();
  const afterIhdr = 8 + 12 + 13;
  return Buffer.concat([png.subarray(0, afterIhdr), chunk('tEXt', Buffer.from(`Comment\0${text}`, 'latin1')), png.subarray(afterIhdr)]);
}

function pngWithWidth(png: Buffer, width: number): Buffer {
  const copy = Buffer.from(png);
  copy.writeUInt32BE(width, 16);
  return copy;
}
