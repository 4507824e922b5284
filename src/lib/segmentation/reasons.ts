/**
 * Why a row or a whole file was refused: a code the pages and the API turn
 * into words (src/lib/i18n/segmentation.ts), with the values to fill in.
 */
import type { ColumnKey } from './headers.ts';

export type RowReason =
  | { code: 'required'; column: ColumnKey }
  | { code: 'not-a-number'; column: ColumnKey; value: string }
  | { code: 'not-whole'; column: ColumnKey; value: string }
  | { code: 'out-of-range'; column: ColumnKey; value: string; min: number; max: number }
  | { code: 'name-too-long'; max: number }
  | { code: 'profit-or-proxies' }
  | { code: 'too-many-customers'; max: number };

export interface RejectedRow {
  /** The row number the spreadsheet shows (the header is row 1 in a file starting with it). */
  row: number;
  reason: RowReason;
}

export type FileError =
  | { code: 'too-large'; maxBytes: number }
  | { code: 'too-many-rows'; max: number }
  | { code: 'unsupported-type'; mediaType: string }
  | { code: 'not-text' }
  | { code: 'unreadable-spreadsheet' }
  | { code: 'spreadsheet-too-large'; maxBytes: number }
  | { code: 'empty' }
  | { code: 'missing-columns'; columns: ColumnKey[] };
