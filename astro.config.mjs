// @ts-check
import { defineConfig } from 'astro/config';
import node from '@astrojs/node';
import svelte from '@astrojs/svelte';
import { MAX_CUSTOMER_UPLOAD_BODY_BYTES } from './src/lib/limits.ts';
import { buildInfo } from './scripts/build-info.mjs';

/**
 * KOERS_BENCH_BUILD=1 (set by `npm run bench` only) adds the benchmark's empty
 * endpoint and builds into dist-bench/, so a production build in dist/ never
 * carries it, even right after a bench run.
 */
const BENCH_BUILD = process.env.KOERS_BENCH_BUILD === '1';

/** @returns {import('astro').AstroIntegration} */
function benchEndpoint() {
  return {
    name: 'koers-bench-endpoint',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        injectRoute({ pattern: '/api/bench/empty', entrypoint: './bench/app/empty-endpoint.ts', prerender: false });
      },
    },
  };
}

export default defineConfig({
  output: 'server',
  // The middleware refuses a declared Content-Length over each route's limit
  // (MAX_BODY_BYTES; the customer-file upload MAX_CUSTOMER_UPLOAD_BODY_BYTES);
  // this stops a chunked body (no length given) while it is read, at the
  // largest limit any route has, since the adapter knows no routes.
  adapter: node({ mode: 'standalone', bodySizeLimit: MAX_CUSTOMER_UPLOAD_BODY_BYTES }),
  // buildInfo: build-info.json in the output folder names the commit, so the bench can tell a stale build.
  integrations: [svelte(), buildInfo(), ...(BENCH_BUILD ? [benchEndpoint()] : [])],
  outDir: BENCH_BUILD ? './dist-bench' : './dist',
  // Dutch at /, English under /en/. Pages exist once; src/middleware.ts maps
  // /en/... onto them and sets locals.locale ("manual" routing keeps Astro's
  // own i18n middleware out of the way, the astro:i18n helpers stay usable).
  i18n: {
    locales: ['nl', 'en'],
    defaultLocale: 'nl',
    routing: 'manual',
  },
  security: {
    // The origin check of form posts runs in src/middleware.ts instead
    // (isCrossSiteWrite in src/lib/server/origin.ts), with the same rule but
    // against PUBLIC_ORIGIN. Astro's own compares the Origin header with the
    // request URL, which @astrojs/node 11 builds from the socket (http behind
    // a TLS proxy) and the Host header; it never reads X-Forwarded-Proto, so
    // every form post through nginx got 403. Astro's remedy,
    // `allowedDomains`, cannot help: this file is evaluated at build time and
    // PUBLIC_ORIGIN is runtime configuration (one build serves any host), the
    // node adapter of Astro 7.3 does not read X-Forwarded-Proto even then, and
    // once a Host matches it Astro.clientAddress becomes the first
    // X-Forwarded-For entry, which the client chooses. So allowedDomains stays
    // empty and Astro.clientAddress is always the socket's address.
    checkOrigin: false,
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
