/**
 * Trusted devices (OWASP's "device cookies"): a browser that signed in to an
 * account gets a cookie that lets it past that account's global brake, so a
 * distributed attack on the account cannot lock its owner out. The cookie is
 * `<issued at ms>.<HMAC(device key, e-mail, issued at)>`: nothing is stored
 * per device, and it proves only "this browser once knew the password".
 * It never bypasses the per-address limits.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { AstroCookies } from 'astro';
import { TRUSTED_DEVICE_TTL_MS } from '../../limits.ts';
import type { Database } from '../db.ts';
import { deviceKey } from '../throttle/shared.ts';
import { servedOverHttps } from '../origin.ts';

export const DEVICE_COOKIE = 'koers_device';
const DEVICE_SHAPE = /^(\d{1,15})\.([A-Za-z0-9_-]{43})$/;

const keys = new WeakMap<Database, Promise<string>>();
function keyFor(db: Database): Promise<string> {
  let key = keys.get(db);
  if (!key) {
    key = deviceKey(db);
    // A failed read is retried next time instead of being cached.
    key.catch(() => keys.delete(db));
    keys.set(db, key);
  }
  return key;
}

function mac(key: string, email: string, issuedAtMs: number): string {
  return createHmac('sha256', key).update(`${email}\n${issuedAtMs}`).digest('base64url');
}

export async function issueDeviceToken(email: string, nowMs: number, db: Database): Promise<string> {
  return `${nowMs}.${mac(await keyFor(db), email, nowMs)}`;
}

/** Did this browser sign in to `email` within the trust period? */
export async function isTrustedDevice(token: string | undefined, email: string, nowMs: number, db: Database): Promise<boolean> {
  const match = token ? DEVICE_SHAPE.exec(token) : null;
  if (!match) return false;
  const issuedAtMs = Number(match[1]);
  if (issuedAtMs > nowMs || nowMs - issuedAtMs > TRUSTED_DEVICE_TTL_MS) return false;
  const expected = Buffer.from(mac(await keyFor(db), email, issuedAtMs));
  return timingSafeEqual(expected, Buffer.from(match[2]));
}

/** `Secure` over HTTPS, also behind a TLS proxy (origin.ts). */
export function setDeviceCookie(cookies: AstroCookies, token: string, requestUrl: URL): void {
  cookies.set(DEVICE_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure: servedOverHttps(requestUrl), path: '/', maxAge: TRUSTED_DEVICE_TTL_MS / 1000 });
}
