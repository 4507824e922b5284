/**
 * A table of cells (a CSV, a pasted block, an XLSX sheet, the editable
 * form) into customers: the first non-empty row is the header, each later
 * row a customer or a refusal with its reason. Every way in ends here, so
 * the rules hold alike for all of them.
 */
import { CUSTOMER_NAME_MAX_CHARS, MAX_CUSTOMER_AMOUNT, MAX_CUSTOMERS_PER_IMPORT } from '../limits.ts';
import { CustomerSchema, PROXY_KEYS, SCORE_MAX, SCORE_MIN, type Customer } from './customer.ts';
import { mapHeaders, REQUIRED_COLUMNS, type ColumnKey } from './headers.ts';
import { parseNumber, provenDecimalMark, type DecimalMark } from './numbers.ts';
import type { FileError, RejectedRow, RowReason } from './reasons.ts';

export type Cell = string | number | boolean | Date | null | undefined;

export type ParsedCustomers =
  | { ok: true; rows: Customer[]; rejected: RejectedRow[]; emptyRowsIgnored: number }
  | { ok: false; error: FileError };

const NUMBER_COLUMNS: ColumnKey[] = ['revenue', 'profit', 'margin', ...PROXY_KEYS, 'growthPotential', 'strategicFit', 'culturalFit'];
const SCORE_COLUMNS: ColumnKey[] = [...PROXY_KEYS, 'growthPotential', 'strategicFit', 'culturalFit'];

function text(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

function isEmptyRow(row: readonly Cell[]): boolean {
  return row.every((c) => text(c) === '');
}

/**
 * Control characters (a tab or line break inside a name) become spaces: a
 * name is one line wherever it is shown. Text a spreadsheet would run as a
 * formula ("=HYPERLINK(…)") stays as typed: it is only ever shown as text,
 * and exports neutralise it (./export-csv.ts).
 */
function cleanName(raw: string): string {
  return raw.replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim();
}

/** The file's decimal mark: the first cell that proves one, else a comma in files separated by semicolons (Dutch spreadsheets), else a point. */
export function detectDecimalMark(rows: readonly (readonly Cell[])[], columns: number[], fallback: DecimalMark): DecimalMark {
  for (const row of rows) {
    for (const i of columns) {
      const cell = row[i];
      if (typeof cell !== 'string') continue;
      const mark = provenDecimalMark(cell);
      if (mark) return mark;
    }
  }
  return fallback;
}

type Reader = (key: ColumnKey) => { value: number | null } | { reason: RowReason };

function numberReader(row: readonly Cell[], columns: Partial<Record<ColumnKey, number>>, mark: DecimalMark): Reader {
  return (key) => {
    const index = columns[key];
    const cell = index === undefined ? null : row[index];
    if (typeof cell === 'number') return Number.isFinite(cell) ? { value: cell } : { reason: { code: 'not-a-number', column: key, value: String(cell) } };
    const raw = text(cell);
    if (raw === '') return { value: null };
    const value = parseNumber(raw, mark);
    return value === null ? { reason: { code: 'not-a-number', column: key, value: raw } } : { value };
  };
}

function checkRange(key: ColumnKey, value: number, raw: string): RowReason | null {
  if (SCORE_COLUMNS.includes(key)) {
    if (!Number.isInteger(value)) return { code: 'not-whole', column: key, value: raw };
    if (value < SCORE_MIN || value > SCORE_MAX) return { code: 'out-of-range', column: key, value: raw, min: SCORE_MIN, max: SCORE_MAX };
    return null;
  }
  if (key === 'margin') return value < -100 || value > 100 ? { code: 'out-of-range', column: key, value: raw, min: -100, max: 100 } : null;
  const min = key === 'revenue' ? 0 : -MAX_CUSTOMER_AMOUNT;
  return value < min || value > MAX_CUSTOMER_AMOUNT ? { code: 'out-of-range', column: key, value: raw, min, max: MAX_CUSTOMER_AMOUNT } : null;
}

/** One data row into a customer, or the first reason it cannot be one. */
function parseRow(row: readonly Cell[], columns: Partial<Record<ColumnKey, number>>, mark: DecimalMark): Customer | RowReason {
  const name = cleanName(text(columns.name === undefined ? null : row[columns.name]));
  if (name === '') return { code: 'required', column: 'name' };
  if (name.length > CUSTOMER_NAME_MAX_CHARS) return { code: 'name-too-long', max: CUSTOMER_NAME_MAX_CHARS };
  const read = numberReader(row, columns, mark);
  const values: Partial<Record<ColumnKey, number | null>> = {};
  for (const key of NUMBER_COLUMNS) {
    const got = read(key);
    if ('reason' in got) return got.reason;
    if (got.value !== null) {
      const index = columns[key];
      const problem = checkRange(key, got.value, text(index === undefined ? null : row[index]));
      if (problem) return problem;
    }
    values[key] = got.value;
  }
  for (const key of ['revenue', 'growthPotential', 'strategicFit', 'culturalFit'] as const) {
    if (values[key] === null || values[key] === undefined) return { code: 'required', column: key };
  }
  const revenue = values.revenue!;
  // Profit wins over margin when both are given; a margin is a percentage of the revenue.
  const profit = values.profit ?? (values.margin !== null && values.margin !== undefined ? Math.round(revenue * values.margin) / 100 : null);
  if (profit === null && PROXY_KEYS.some((k) => values[k] === null || values[k] === undefined)) return { code: 'profit-or-proxies' };
  const candidate = {
    name,
    revenue,
    profit,
    ...Object.fromEntries(PROXY_KEYS.map((k) => [k, values[k] ?? null])),
    growthPotential: values.growthPotential,
    strategicFit: values.strategicFit,
    culturalFit: values.culturalFit,
  };
  return CustomerSchema.parse(candidate);
}

/**
 * Customers from a table. `firstRowNumber`: the number the spreadsheet shows
 * for `table[0]` (1 for a whole file). `fallbackMark`: the decimal mark when
 * no cell proves one.
 */
export function parseCustomerTable(table: readonly (readonly Cell[])[], fallbackMark: DecimalMark = '.', firstRowNumber = 1): ParsedCustomers {
  const headerIndex = table.findIndex((row) => !isEmptyRow(row));
  if (headerIndex < 0) return { ok: false, error: { code: 'empty' } };
  const columns = mapHeaders(table[headerIndex].map(text));
  const missing = REQUIRED_COLUMNS.filter((key) => columns[key] === undefined);
  if (missing.length) return { ok: false, error: { code: 'missing-columns', columns: missing } };

  const body = table.slice(headerIndex + 1);
  const numberIndexes = NUMBER_COLUMNS.flatMap((k) => (columns[k] === undefined ? [] : [columns[k]]));
  const mark = detectDecimalMark(body, numberIndexes, fallbackMark);
  const rows: Customer[] = [];
  const rejected: RejectedRow[] = [];
  let emptyRowsIgnored = headerIndex;
  body.forEach((cells, i) => {
    const rowNumber = firstRowNumber + headerIndex + 1 + i;
    if (isEmptyRow(cells)) {
      emptyRowsIgnored += 1;
      return;
    }
    const parsed = parseRow(cells, columns, mark);
    if ('code' in parsed) rejected.push({ row: rowNumber, reason: parsed });
    else if (rows.length >= MAX_CUSTOMERS_PER_IMPORT) rejected.push({ row: rowNumber, reason: { code: 'too-many-customers', max: MAX_CUSTOMERS_PER_IMPORT } });
    else rows.push(parsed);
  });
  return { ok: true, rows, rejected, emptyRowsIgnored };
}
