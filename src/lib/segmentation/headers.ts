/**
 * Which column holds what: Dutch and English headers as people write them
 * ("Omzet (€)", "Groeipotentie 1-5", "Cultural fit"). A header is compared
 * in lower case with accents, digits, spaces and punctuation removed.
 */
import { PROXY_KEYS } from './customer.ts';

export const COLUMN_KEYS = ['name', 'revenue', 'profit', 'margin', ...PROXY_KEYS, 'growthPotential', 'strategicFit', 'culturalFit'] as const;
export type ColumnKey = (typeof COLUMN_KEYS)[number];

/** Columns a file must have; profit, margin and the proxies may each be missing (see the row rules). */
export const REQUIRED_COLUMNS: readonly ColumnKey[] = ['name', 'revenue', 'growthPotential', 'strategicFit', 'culturalFit'];

const ALIASES: Record<ColumnKey, string[]> = {
  name: ['naam', 'klant', 'klantnaam', 'bedrijf', 'bedrijfsnaam', 'name', 'customer', 'customername', 'client', 'company'],
  revenue: ['omzet', 'omzetperklant', 'jaaromzet', 'revenue', 'turnover', 'sales'],
  profit: ['winst', 'winstperklant', 'nettowinst', 'profit', 'netprofit', 'profitpercustomer'],
  margin: ['marge', 'winstmarge', 'margin', 'profitmargin'],
  priceAgreement: ['prijsafspraken', 'prijsafspraak', 'priceagreement', 'priceagreements'],
  workability: ['werkbaarheid', 'samenwerking', 'workability'],
  timeEnergy: ['tijdenenergie', 'tijdenergie', 'timeandenergy', 'timeenergy'],
  acquisitionCost: ['acquisitiekosten', 'acquisitioncost', 'acquisitioncosts', 'costofacquisition'],
  loyalty: ['jarenklant', 'jarenalsklant', 'klantduur', 'loyaliteit', 'yearsascustomer', 'loyalty', 'tenure'],
  growthPotential: ['groeipotentie', 'groeipotentieel', 'groei', 'growthpotential', 'growth'],
  strategicFit: ['strategischefit', 'strategisch', 'strategicfit', 'strategic'],
  culturalFit: ['culturelefit', 'cultureel', 'culturalfit', 'cultural'],
};

const BY_ALIAS = new Map<string, ColumnKey>(COLUMN_KEYS.flatMap((key) => [[key.toLowerCase(), key] as const, ...ALIASES[key].map((a) => [a, key] as const)]));

export function normaliseHeader(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

/** Column index per known key (the first column with that header wins); unknown columns are ignored. */
export function mapHeaders(header: readonly string[]): Partial<Record<ColumnKey, number>> {
  const map: Partial<Record<ColumnKey, number>> = {};
  header.forEach((cell, i) => {
    const key = BY_ALIAS.get(normaliseHeader(cell));
    if (key && map[key] === undefined) map[key] = i;
  });
  return map;
}
