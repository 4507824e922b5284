// @ts-check
import { defineConfig } from 'astro/config';
import node from '@astrojs/node';
import svelte from '@astrojs/svelte';
import { MAX_BODY_BYTES } from './src/lib/limits.ts';
import { buildInfo } from './scripts/build-info.mjs';

export default defineConfig({
  output: 'server',
  // The middleware refuses a declared Content-Length over the limit; this
  // stops a chunked body (no length given) at the same size while it is read.
  adapter: node({ mode: 'standalone', bodySizeLimit: MAX_BODY_BYTES }),
  // buildInfo: dist/build-info.json names the commit, so the bench can tell a stale build.
  integrations: [svelte(), buildInfo()],
  // Dutch at /, English under /en/. Pages exist once; src/middleware.ts maps
  // /en/... onto them and sets locals.locale ("manual" routing keeps Astro's
  // own i18n middleware out of the way, the astro:i18n helpers stay usable).
  i18n: {
    locales: ['nl', 'en'],
    defaultLocale: 'nl',
    routing: 'manual',
  },
  security: {
    checkOrigin: true,
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "form-action 'self'",
        "base-uri 'self'",
        "object-src 'none'",
        // No framing; survey widgets will open only their own embed routes.
        "frame-ancestors 'none'",
      ],
    },
  },
  server: { host: process.env.HOST ?? 'localhost', port: Number(process.env.PORT ?? 4321) },
  devToolbar: { enabled: false },
  // No code blocks on this site; Shiki's inline styles would clash with the CSP.
  markdown: { syntaxHighlight: false },
});
