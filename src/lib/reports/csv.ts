/**
 * A small CSV writer (RFC 4180 quoting, CRLF line ends) with the two
 * dialects Koers exports: Dutch Excel (semicolons, UTF-8 with a byte order
 * mark so Excel reads accents right, decimal commas by default) and plain
 * CSV (commas, no BOM, decimal points). Every text cell is quoted, and an
 * apostrophe goes before anything a spreadsheet would run as a formula. Pure.
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
 * Where a cell can begin once a spreadsheet splits the line its own way: at
 * the start, and after either separator or a line break. A file is often
 * opened with the other dialect's separator (or with quotes ignored), and
 * then `Jan;=2*3`, one quoted cell in the comma dialect, becomes `Jan` and a
 * live `=2*3`. So the apostrophe goes in at every such place, not only at the
 * start. What starts a formula in Excel, LibreOffice or Google Sheets (OWASP
 * "CSV injection"): = + - @, and a tab or carriage return before them.
 */
const FORMULA_START = /(^|[;,\n\r])(?=[=+\-@\t\r])/g;

/** Text with an apostrophe before every place a spreadsheet could read a formula from. */
export function neutraliseFormulas(text: string): string {
  return text.replace(FORMULA_START, "$1'");
}

/**
 * One cell. Numbers are written as numbers (with the chosen decimal mark),
 * quoted only when their decimal mark is the separator; a real negative
 * number stays a number. Text is always quoted, in both dialects, and
 * neutralised (see FORMULA_START).
 */
export function csvCell(value: CsvCell, options: CsvOptions): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    const number = Number.isFinite(value) ? String(value).replace('.', options.decimal) : '';
    return number.includes(options.separator) ? `"${number}"` : number;
  }
  return `"${neutraliseFormulas(value).replace(/"/g, '""')}"`;
}

/** One line, with its line end. */
export function csvRow(cells: CsvCell[], options: CsvOptions): string {
  return cells.map((cell) => csvCell(cell, options)).join(options.separator) + CSV_LINE_END;
}

/** A whole file as one string: BOM (when asked) and every row. For large exports, stream csvRow instead. */
export function csvDocument(rows: CsvCell[][], options: CsvOptions): string {
  return (options.bom ? CSV_BOM : '') + rows.map((row) => csvRow(row, options)).join('');
}
