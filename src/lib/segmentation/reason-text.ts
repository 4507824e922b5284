/** A refusal code (./reasons.ts) in words, Dutch or English. */
import { fill, messages } from '../i18n/index.ts';
import type { Locale } from '../surveys/schema.ts';
import type { FileError, RowReason } from './reasons.ts';

export function describeRowReason(reason: RowReason, locale: Locale): string {
  const s = messages(locale).segmentation;
  const values: Record<string, string | number> = { ...reason };
  if ('column' in reason) values.column = s.columns[reason.column];
  return fill(s.reasons[reason.code], values);
}

export function describeFileError(error: FileError, locale: Locale): string {
  const s = messages(locale).segmentation;
  const values: Record<string, string | number> = {};
  if (error.code === 'too-large' || error.code === 'spreadsheet-too-large') values.mb = error.maxBytes / (1024 * 1024);
  if (error.code === 'too-many-rows') values.max = error.max;
  if (error.code === 'missing-columns') values.columns = error.columns.map((c) => s.columns[c]).join(', ');
  return fill(s.fileErrors[error.code], values);
}
