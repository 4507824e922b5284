/**
 * The customers of an import as CSV in the Dutch Excel dialect (semicolons,
 * decimal comma, a BOM): it opens in a Dutch spreadsheet as it was imported.
 * Written by the reports' CSV writer (src/lib/reports/csv.ts), so a name a
 * spreadsheet would run as a formula is neutralised the same way as in
 * every other export, also where a spreadsheet splits the line its own way.
 */
import { CSV_BOM, csvOptions, csvRow, type CsvCell } from '../reports/csv.ts';
import type { Customer } from './customer.ts';

const HEADER = ['Naam', 'Omzet', 'Winst', 'Prijsafspraken', 'Werkbaarheid', 'Tijd en energie', 'Acquisitiekosten', 'Jaren klant', 'Groeipotentie', 'Strategische fit', 'Culturele fit'];

const DUTCH_EXCEL = csvOptions('excel-nl', 'comma');

function customerCells(c: Customer): CsvCell[] {
  return [c.name, c.revenue, c.profit, c.priceAgreement, c.workability, c.timeEnergy, c.acquisitionCost, c.loyalty, c.growthPotential, c.strategicFit, c.culturalFit];
}

export function customersCsv(customers: readonly Customer[]): string {
  return CSV_BOM + [HEADER, ...customers.map(customerCells)].map((cells) => csvRow(cells, DUTCH_EXCEL)).join('');
}
