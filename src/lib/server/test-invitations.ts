/** A consultant's Growth Test invitation, as the start page needs it: who invited, and where the test goes. */
import type { Attribution } from './queries/responses.ts';
import { openInvite } from './invites.ts';
import { findOrganisation } from './queries/organisations.ts';

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
