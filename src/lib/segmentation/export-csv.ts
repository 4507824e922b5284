/**
 * The customers of an import as CSV (semicolon, decimal comma: opens in a
 * Dutch spreadsheet as it was imported). Text a spreadsheet would run as a
 * formula gets a leading apostrophe (OWASP "CSV injection").
 */
import Papa from 'papaparse';
import type { Customer } from './customer.ts';

const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell's text made inert for spreadsheets: starting with = + - @ tab or CR, it gets a leading '. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

const HEADER = ['Naam', 'Omzet', 'Winst', 'Prijsafspraken', 'Werkbaarheid', 'Tijd en energie', 'Acquisitiekosten', 'Jaren klant', 'Groeipotentie', 'Strategische fit', 'Culturele fit'];

const amount = (n: number | null) => (n === null ? '' : String(n).replace('.', ','));

export function customersCsv(customers: readonly Customer[]): string {
  const rows = customers.map((c) => [
    neutraliseFormula(c.name),
    amount(c.revenue),
    amount(c.profit),
    c.priceAgreement ?? '',
    c.workability ?? '',
    c.timeEnergy ?? '',
    c.acquisitionCost ?? '',
    c.loyalty ?? '',
    c.growthPotential,
    c.strategicFit,
    c.culturalFit,
  ]);
  // The BOM makes Excel read the file as UTF-8.
  return `\uFEFF${Papa.unparse([HEADER, ...rows], { delimiter: ';', escapeFormulae: false })}\r\n`;
}
