/**
 * Remembers a respondent's own test token in their browser, so the start
 * page can offer "continue where you left off". The resume link works
 * without it; this only saves looking for the link. Set only when the
 * respondent starts a test in this browser, never by opening a link (a link
 * can come from someone else: see src/pages/hervatten/[token].astro).
 */
import type { AstroCookies } from 'astro';
import { servedOverHttps } from './origin.ts';

const COOKIE = 'koers_test';
const MAX_AGE_S = 180 * 24 * 60 * 60;

export function rememberTestToken(cookies: AstroCookies, token: string, requestUrl: URL): void {
  cookies.set(COOKIE, token, { httpOnly: true, sameSite: 'lax', secure: servedOverHttps(requestUrl), path: '/', maxAge: MAX_AGE_S });
}

export function rememberedTestToken(cookies: AstroCookies): string | undefined {
  return cookies.get(COOKIE)?.value;
}
