/**
 * The administrator's choice of the organisation behind the home page's
 * Growth Test: its leads go to that organisation; with none, tests there
 * stay anonymous (src/lib/server/queries/leads.ts reads the setting in the
 * completion's insert).
 */
import { z } from 'zod';
import { parseForm } from '../forms/parse-form.ts';
import type { Actor } from './auth/access.ts';
import { can } from './auth/access.ts';
import { findOrganisation } from './queries/organisations.ts';
import { HOME_TEST_ORGANISATION_KEY, readSetting, writeSetting } from './queries/site-settings.ts';
import { throttle, type Throttle } from './throttle/throttle.ts';

export const homeTestOwner = () => readSetting(HOME_TEST_ORGANISATION_KEY);

const HomeOwnerSchema = z.object({ organisation: z.string().max(64) });

export type HomeOwnerOutcome = { kind: 'saved' } | { kind: 'unknown' } | { kind: 'forbidden' } | { kind: 'throttled'; throttle: Throttle };

export async function saveHomeTestOwner(actor: Actor, form: FormData): Promise<HomeOwnerOutcome> {
  if (!actor || !can(actor, { action: 'manage-organisations' })) return { kind: 'forbidden' };
  const throttled = await throttle('siteSettingWrite', actor.id);
  if (!throttled.allowed) return { kind: 'throttled', throttle: throttled };
  const parsed = parseForm(HomeOwnerSchema, form);
  if (!parsed.ok) return { kind: 'unknown' };
  const id = parsed.data.organisation;
  if (id && !(await findOrganisation(id))) return { kind: 'unknown' };
  await writeSetting(HOME_TEST_ORGANISATION_KEY, id || null);
  return { kind: 'saved' };
}
