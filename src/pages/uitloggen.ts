/** Sign-out: a POST (a link could be triggered by any page), ends this session only. */
import type { APIRoute } from 'astro';
import { paths } from '../lib/paths.ts';
import { deleteSessionCookie, invalidateSession } from '../lib/server/auth/session.ts';

export const POST: APIRoute = async ({ locals, cookies, redirect, url }) => {
  if (locals.sessionId) await invalidateSession(locals.sessionId);
  deleteSessionCookie(cookies, url);
  return redirect(paths.home(locals.locale), 303);
};
