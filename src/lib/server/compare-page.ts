/**
 * What the compare page shows for its query: two to five clients side by
 * side, or one client next to its organisation's and its sector's average.
 */
import type { CompareQuery } from '../forms/dashboard-query.ts';
import { MAX_COMPARED } from '../forms/dashboard-query.ts';
import { fill, formatDate, messages } from '../i18n/index.ts';
import { MIN_PEER_GROUP } from '../limits.ts';
import { sectorName } from '../reports/client-labels.ts';
import type { Series } from '../reports/comparison.ts';
import type { Locale } from '../surveys/schema.ts';
import type { Actor } from './auth/access.ts';
import { compareClients, organisationAverages, sectorAverages, type ComparedClient } from './queries/comparisons.ts';
import { findOrganisation } from './queries/organisations.ts';

export type ComparePage =
  | { kind: 'choose'; message: string }
  | { kind: 'not-found' }
  | { kind: 'compared'; lead: string; series: Series[]; notes: string[]; clients: ComparedClient[] };

export async function loadComparePage(actor: Actor, query: CompareQuery, locale: Locale): Promise<ComparePage> {
  const d = messages(locale).dashboard;
  if (!query.ok) return { kind: 'choose', message: query.problem === 'too_many' ? fill(d.compareTooMany, { max: MAX_COMPARED }) : d.compareNone };
  const clients = await compareClients(actor, query.clientIds);
  if (!clients) return { kind: 'not-found' };
  const own = (c: ComparedClient): Series => ({
    label: c.name,
    note: c.completedAt ? fill(d.latestTestOn, { date: formatDate(c.completedAt, locale) }) : d.noTest,
    areas: c.areas,
  });
  if (clients.length > 1) return { kind: 'compared', lead: d.compareLead, series: clients.map(own), notes: [], clients };

  const [client] = clients;
  const series = [own(client)];
  const notes: string[] = [];
  // The organisation is the client's own, which compareClients already checked the actor may see.
  const organisation = client.organisationId ? await findOrganisation(client.organisationId) : undefined;
  if (organisation) {
    const averages = await organisationAverages(organisation.id);
    series.push({ label: fill(d.orgAverage, { organisation: organisation.name }), note: fill(d.clientsCount, { count: averages.count }), areas: averages.areas });
    notes.push(fill(d.orgAverageNote, { count: averages.count, organisation: organisation.name }));
  }
  const sector = sectorName(client.sector, locale);
  if (!client.sector || !sector) notes.push(d.sectorUnknown);
  else {
    const averages = await sectorAverages(client.sector);
    if (!averages) notes.push(fill(d.sectorTooFew, { sector, min: MIN_PEER_GROUP }));
    else {
      series.push({ label: d.sectorAverage, note: fill(d.testsCount, { count: averages.count }), areas: averages.areas });
      notes.push(fill(d.sectorAverageNote, { count: averages.count, sector }));
    }
  }
  return { kind: 'compared', lead: fill(d.compareAverageLead, { name: client.name }), series, notes, clients };
}
