/**
 * The widget loader as /embed.js serves it: src/embed/loader.js with its
 * comment lines and indentation dropped (the source keeps its comments; the
 * budget, EMBED_SCRIPT_MAX_GZIP_BYTES, is for what a host downloads). Done
 * once per process. The loader never puts `//` at the start of a line
 * inside a string, which is all this needs.
 */
import { createHash } from 'node:crypto';
import source from '../../embed/loader.js?raw';

export function compactScript(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('//'))
    .join('\n');
}

export const EMBED_SCRIPT = compactScript(source);
/** Changes with the script: a host's browser revalidates with it after the cache time. */
export const EMBED_SCRIPT_ETAG = `"${createHash('sha256').update(EMBED_SCRIPT).digest('base64url').slice(0, 22)}"`;
