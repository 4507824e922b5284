/** Download of everything Koers holds about the signed-in user (route guarded by the middleware). */
import type { APIRoute } from 'astro';
import { exportUserData } from '../../lib/server/queries/privacy.ts';

export const GET: APIRoute = async ({ locals }) => {
  const data = await exportUserData(locals.user!.id);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': 'attachment; filename="koers-mijn-gegevens.json"',
      'Cache-Control': 'private, no-store',
    },
  });
};
