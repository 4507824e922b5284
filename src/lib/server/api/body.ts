/**
 * Reading a request body for the API with a byte limit: the declared
 * Content-Length is refused first, then the stream is counted as it
 * arrives, so a chunked body without a length cannot grow past the limit
 * either. Non-JSON bodies (a CSV or XLSX upload) use `readBytes` alone.
 */
import { ApiError } from './errors.ts';

const tooLarge = (maxBytes: number) => new ApiError(413, 'body_too_large', `The request body is larger than ${maxBytes} bytes.`);

/** The body's bytes, at most `maxBytes`; 413 past it. */
export async function readBytes(request: Request, maxBytes: number): Promise<Uint8Array> {
  const declared = request.headers.get('content-length');
  if (declared !== null && Number(declared) > maxBytes) throw tooLarge(maxBytes);
  if (!request.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = request.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) throw tooLarge(maxBytes);
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof ApiError) {
      await reader.cancel().catch(() => {});
      throw error;
    }
    // The server's own limit (the adapter's bodySizeLimit) ends the stream with an error past it; so does a client that hangs up.
    throw tooLarge(maxBytes);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** The media type of a request without parameters, lower-cased: `application/json; charset=utf-8` → `application/json`. */
export function mediaType(request: Request): string | null {
  const type = request.headers.get('content-type');
  return type === null ? null : type.split(';')[0].trim().toLowerCase();
}

/** The body as JSON: 415 for another content type, 413 past the limit, 400 for bytes that are not UTF-8 JSON. */
export async function readJson(request: Request, maxBytes: number): Promise<unknown> {
  if (mediaType(request) !== 'application/json') throw new ApiError(415, 'unsupported_media_type', 'Send the body as application/json.');
  const bytes = await readBytes(request, maxBytes);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ApiError(400, 'malformed_json', 'The body is not valid UTF-8.');
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError(400, 'malformed_json', 'The body is not valid JSON.');
  }
}
