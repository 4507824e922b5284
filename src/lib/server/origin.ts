/** The address people reach the site at: PUBLIC_ORIGIN when set (behind a proxy), else the request's own. */
import { env } from './env.ts';

export function publicOrigin(requestUrl: URL): string {
  return env().PUBLIC_ORIGIN ?? requestUrl.origin;
}
