/**
 * Starts the built server (dist/server/entry.mjs from `astro build`) with
 * Koers's HTTP timeouts. @astrojs/node's standalone server creates its
 * `http.Server` with Node's defaults and has no option for timeouts, so its
 * autostart is turned off and the documented `startServer()` export starts
 * it here, where the timeouts can be set before it starts listening.
 * `npm run serve` and the tests start the server through this file.
 */
import type { Server } from 'node:http';
import { ensureOutboxWorker } from '../src/lib/server/outbox/start.ts';
import { HEADERS_TIMEOUT_MS, REQUEST_TIMEOUT_MS, TIMEOUT_CHECK_INTERVAL_MS } from '../src/lib/limits.ts';

export const SERVER_ENTRY = new URL('../dist/server/entry.mjs', import.meta.url);

interface AstroNodeEntry {
  startServer(): { server: { server: Server }; done: Promise<unknown> };
}

/**
 * Node reads connectionsCheckingInterval when the server starts listening
 * (the 'listening' event, after this synchronous call), and the two
 * timeouts on every check.
 */
export function applyTimeouts(server: Server): void {
  server.headersTimeout = HEADERS_TIMEOUT_MS;
  server.requestTimeout = REQUEST_TIMEOUT_MS;
  (server as Server & { connectionsCheckingInterval: number }).connectionsCheckingInterval = TIMEOUT_CHECK_INTERVAL_MS;
}

process.env.ASTRO_NODE_AUTOSTART = 'disabled';
const entry = (await import(SERVER_ENTRY.href)) as AstroNodeEntry;
const { server, done } = entry.startServer();
applyTimeouts(server.server);
// Mails and webhooks written to the outbox are delivered from here, in every server process.
ensureOutboxWorker();
done.catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
