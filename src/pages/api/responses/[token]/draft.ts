/** Autosave for the survey page script: saves the valid answers of one section, never completes. */
import type { APIRoute } from 'astro';
import { field, readForm } from '../../../../lib/forms/read-form.ts';
import { openSection, saveDraft } from '../../../../lib/server/survey-flow.ts';
import { RETRY_AFTER_S } from '../../../../lib/limits.ts';
import { throttledJson } from '../../../../lib/server/throttle/reply.ts';

export const POST: APIRoute = async ({ params, request }) => {
  const form = await readForm(request);
  const open = await openSection(params.token ?? '', field(form, 'section'));
  if (!open) return Response.json({ error: 'not_found' }, { status: 404 });
  const outcome = await saveDraft(open, form);
  if (outcome.kind === 'throttled') return throttledJson(outcome.throttle);
  if (outcome.kind === 'unavailable') {
    return Response.json({ error: 'unavailable' }, { status: 503, headers: { 'Retry-After': String(RETRY_AFTER_S) } });
  }
  return Response.json({ saved: true });
};
