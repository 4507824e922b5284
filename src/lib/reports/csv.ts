/**
 * A small CSV writer (RFC 4180 quoting, CRLF line ends) with the two
 * dialects Koers exports: Dutch Excel (semicolons, UTF-8 with a byte order
 * mark so Excel reads accents right, decimal commas by default) and plain
 * CSV (commas, no BOM, decimal points). Text cells that a spreadsheet would
 * run as a formula get a leading apostrophe. Pure.
 */

export interface CsvOptions {
  separator: ';' | ',';
  decimal: ',' | '.';
  /** Start the file with U+FEFF, which Excel needs to read UTF-8. */
  bom: boolean;
}

export type CsvCell = string | number | null | undefined;

export const CSV_BOM = '\uFEFF';
export const CSV_LINE_END = '\r\n';

export function csvOptions(format: 'excel-nl' | 'csv', decimal: 'comma' | 'point'): CsvOptions {
  return { separator: format === 'excel-nl' ? ';' : ',', decimal: decimal === 'comma' ? ',' : '.', bom: format === 'excel-nl' };
}

/**
 * Characters that make Excel, LibreOffice or Google Sheets treat a cell as a
 * formula (OWASP "CSV injection"): = + - @, and tab or carriage return
 * before them.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One cell. Numbers are written as numbers (with the chosen decimal mark);
 * only text is neutralised, so a real negative number stays a number.
 * Quotes a cell holding the separator, a quote or a line break.
 */
export function csvCell(value: CsvCell, options: CsvOptions): string {
  let text: string;
  if (value === null || value === undefined) text = '';
  else if (typeof value === 'number') text = Number.isFinite(value) ? String(value).replace('.', options.decimal) : '';
  else text = FORMULA_START.test(value) ? `'${value}` : value;
  return text.includes(options.separator) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One line, with its line end. */
export function csvRow(cells: CsvCell[], options: CsvOptions): string {
  return cells.map((cell) => csvCell(cell, options)).join(options.separator) + CSV_LINE_END;
}

/** A whole file as one string: BOM (when asked) and every row. For large exports, stream csvRow instead. */
export function csvDocument(rows: CsvCell[][], options: CsvOptions): string {
  return (options.bom ? CSV_BOM : '') + rows.map((row) => csvRow(row, options)).join('');
}
