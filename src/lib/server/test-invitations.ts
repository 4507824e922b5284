/** Growth Test invitations: a consultant makes one; the start page opens it (who invited, where the test goes). */
import type { Attribution } from './queries/responses.ts';
import { createInvite, inviteUrl, openInvite } from './invites.ts';
import { createCompany, findCompany, findOrganisation } from './queries/organisations.ts';
import { can, type Actor } from './auth/access.ts';
import { fields } from '../forms/parse-form.ts';
import { getMailer } from './mailer.ts';
import { fill, messages } from '../i18n/index.ts';
import type { Locale } from '../surveys/schema.ts';

export interface GrowthTestInvite {
  organisationName: string;
  attribution: Attribution;
}

export async function openGrowthTestInvite(token: string): Promise<GrowthTestInvite | null> {
  const invite = await openInvite(token);
  if (!invite || invite.kind !== 'growth-test' || !invite.organisationId) return null;
  const organisation = await findOrganisation(invite.organisationId);
  if (!organisation) return null;
  return {
    organisationName: organisation.name,
    attribution: { organisationId: invite.organisationId, companyId: invite.companyId, invitedBy: invite.createdBy },
  };
}

export type InviteClientResult = { ok: true; url: string } | { ok: false; code: 'choose_one' | 'not_found' | 'forbidden' | 'invalid_email' };

/**
 * A consultant invites a client, existing or created on the fly, to the
 * Growth Test. The link is returned to copy; the mailer logs what it would send.
 * The optional address must be one (checked before anything is stored): it
 * goes to the mailer, where a line break would forge a log line today and a
 * mail header once a real mailer sends it.
 */
export async function inviteClient(
  actor: Actor,
  input: { companyId: string; newClientName: string; email: string },
  origin: string,
  locale: Locale,
): Promise<InviteClientResult> {
  if (!actor?.organisationId || !can(actor, { action: 'invite-to-organisation', organisationId: actor.organisationId })) {
    return { ok: false, code: 'forbidden' };
  }
  const email = input.email ? fields.email.safeParse(input.email) : null;
  if (email && !email.success) return { ok: false, code: 'invalid_email' };
  let companyId: string;
  if (input.companyId) {
    const company = await findCompany(input.companyId);
    if (!company || !can(actor, { action: 'manage-company', company })) return { ok: false, code: 'not_found' };
    companyId = company.id;
  } else if (input.newClientName) {
    companyId = (await createCompany({ organisationId: actor.organisationId, name: input.newClientName })).id;
  } else {
    return { ok: false, code: 'choose_one' };
  }
  const token = await createInvite({ kind: 'growth-test', organisationId: actor.organisationId, companyId, createdBy: actor.id });
  const url = inviteUrl(origin, locale, token);
  if (email) {
    const organisation = await findOrganisation(actor.organisationId);
    const m = messages(locale);
    await getMailer().send({
      kind: 'growth-test-invitation',
      to: email.data,
      subject: fill(m.invitations.mailSubject, { organisation: organisation?.name ?? '' }),
      text: fill(m.invitations.mailText, { url }),
    });
  }
  return { ok: true, url };
}
