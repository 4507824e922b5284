/**
 * Who to reach at a client company, for its coach's page: the people with
 * an account for it, the lead it came from, and the addresses it was
 * invited at. One row per address (lower case compared), in that order of
 * sources; each source oldest first.
 */
import { sql } from 'drizzle-orm';
import { getDb, type Database } from '../db.ts';

export type ContactSource = 'account' | 'lead' | 'invitation';

export interface ClientContact {
  name: string | null;
  email: string;
  phone: string | null;
  source: ContactSource;
}

/** More would not be "compact"; a company with more people is rare here. */
const MAX_CONTACTS = 10;

/** The caller has checked that the actor may manage the company. */
export async function clientContacts(companyId: string, db: Database = getDb()): Promise<ClientContact[]> {
  const rows = await db.all<{ name: string | null; email: string; phone: string | null; source: ContactSource }>(sql`
    select name, email, phone, source from (
      select u.name as name, u.email as email, null as phone, 'account' as source, 0 as rank, u.created_at as at from users u where u.company_id = ${companyId}
      union all
      select l.name, l.email, l.phone, 'lead', 1, l.created_at from leads l where l.company_id = ${companyId}
      union all
      select null, m.email, null, 'invitation', 2, m.created_at from invitation_mails m join invites i on i.id = m.invite_id where i.company_id = ${companyId}
    ) order by rank, at`);
  const seen = new Set<string>();
  const contacts: ClientContact[] = [];
  for (const row of rows) {
    const key = row.email.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    contacts.push(row);
    if (contacts.length === MAX_CONTACTS) break;
  }
  return contacts;
}
