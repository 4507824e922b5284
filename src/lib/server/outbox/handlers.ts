/**
 * Which handler delivers which kind of outbox event. Each kind's module
 * owns its payload shape and its delivery.
 */
import type { OutboxHandler } from './worker.ts';

export const OUTBOX_HANDLERS: Record<string, OutboxHandler> = {};
