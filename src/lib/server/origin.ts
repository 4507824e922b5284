/** Where a request comes from and where people reach the site, also behind a reverse proxy. */
import { env } from './env.ts';

export function publicOrigin(requestUrl: URL): string {
  return env().PUBLIC_ORIGIN ?? requestUrl.origin;
}

/** The client's IP address: the socket's, or behind a trusted proxy the first X-Forwarded-For entry. */
export function clientIp(request: Request, socketAddress: string): string {
  if (env().TRUST_PROXY === '1') {
    const forwarded = request.headers.get('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  return socketAddress;
}
