/** How a refused request is answered: 429 with Retry-After, in the page's language, nothing the person typed lost. */
import { fill, type Messages } from '../../i18n/index.ts';
import type { Throttle } from './window.ts';

/** For endpoints: JSON a script can act on. */
export function throttledJson(throttle: Throttle): Response {
  return Response.json(
    { error: 'throttled', retryAfterS: throttle.retryAfterS },
    { status: 429, headers: { 'Retry-After': String(throttle.retryAfterS) } },
  );
}

/** For pages that re-render their form: sets the status and Retry-After on Astro.response. */
export function markThrottled(response: { status?: number; headers: Headers }, throttle: Throttle): void {
  response.status = 429;
  response.headers.set('Retry-After', String(throttle.retryAfterS));
}

/** "Wait N minutes", rounded up, in the page's language. */
export function throttleMessage(m: Messages, throttle: Throttle): string {
  const minutes = Math.ceil(throttle.retryAfterS / 60);
  return minutes <= 1 ? m.throttle.tooManyOneMinute : fill(m.throttle.tooMany, { minutes });
}
