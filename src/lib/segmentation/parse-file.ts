/**
 * A customer file as uploaded (or pasted) into a table of cells, then into
 * customers (./parse-table.ts). CSV and pasted text go through papaparse;
 * XLSX through read-excel-file (why that one: docs/scoring.md, segmentation).
 * Refuses, before parsing, what cannot be a customer list: too big (also an
 * XLSX that unpacks to far more than it is), binary, not UTF-8, or too many rows.
 */
import { Unzip, UnzipInflate } from 'fflate';
import Papa from 'papaparse';
import { readSheet } from 'read-excel-file/node';
import { MAX_CUSTOMER_FILE_BYTES, MAX_CUSTOMER_FILE_ROWS, MAX_CUSTOMER_XLSX_UNPACKED_BYTES, MAX_XLSX_TEXT_RUN_BYTES } from '../limits.ts';
import { parseCustomerTable, type Cell, type ParsedCustomers } from './parse-table.ts';

export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Media types a customer file may arrive as. Browsers on Windows send .csv as application/vnd.ms-excel; an unknown type is sniffed. */
const TEXT_TYPES = new Set(['text/csv', 'text/plain', 'text/tab-separated-values', 'application/csv', 'application/vnd.ms-excel']);
const SNIFFED_TYPES = new Set(['', 'application/octet-stream']);

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** Counts line breaks without building strings: a file of a million empty rows is refused before papaparse sees it. */
function countLines(bytes: Uint8Array): number {
  let lines = 1;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0x0a) lines++;
  return lines;
}

function parseText(bytes: Uint8Array): ParsedCustomers {
  if (bytes.includes(0)) return { ok: false, error: { code: 'not-text' } };
  if (countLines(bytes) > MAX_CUSTOMER_FILE_ROWS) return { ok: false, error: { code: 'too-many-rows', max: MAX_CUSTOMER_FILE_ROWS - 1 } };
  let text: string;
  try {
    // fatal: a file saved as Windows-1252 or UTF-16 is refused with advice, never read as mojibake.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { ok: false, error: { code: 'not-text' } };
  }
  const parsed = Papa.parse<string[]>(text, { delimitersToGuess: [';', '\t', ',', '|'], skipEmptyLines: false });
  // A trailing line break leaves one empty last row that no spreadsheet shows.
  const data = parsed.data.length && parsed.data.at(-1)!.every((c) => c === '') ? parsed.data.slice(0, -1) : parsed.data;
  return parseCustomerTable(data, parsed.meta.delimiter === ';' || parsed.meta.delimiter === '\t' ? ',' : '.');
}

/**
 * Whether a ZIP archive is one the XLSX reader can take in reasonable time:
 * it unpacks to at most MAX_CUSTOMER_XLSX_UNPACKED_BYTES and no part has a
 * stretch of more than MAX_XLSX_TEXT_RUN_BYTES without a tag. Found by
 * unpacking and counting (the sizes an archive declares can lie), dropping
 * each chunk as it comes and stopping at the first limit. An archive fflate
 * cannot walk passes: the reader refuses it in its own words.
 */
function safeToUnpack(bytes: Uint8Array): boolean {
  let total = 0;
  let tooBig = false;
  const unzip = new Unzip((file) => {
    if (tooBig) return;
    let run = 0;
    let longestRun = 0;
    file.ondata = (error, chunk) => {
      if (error || tooBig) return;
      total += chunk.byteLength;
      for (let i = 0; i < chunk.byteLength; i++) {
        if (chunk[i] === 0x3c) {
          if (run > longestRun) longestRun = run;
          run = 0;
        } else run++;
      }
      if (total > MAX_CUSTOMER_XLSX_UNPACKED_BYTES || Math.max(run, longestRun) > MAX_XLSX_TEXT_RUN_BYTES) {
        tooBig = true;
        file.terminate();
      }
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  const step = 64 * 1024;
  try {
    for (let at = 0; at < bytes.byteLength && !tooBig; at += step) unzip.push(bytes.subarray(at, at + step), at + step >= bytes.byteLength);
  } catch {
    // Not an archive fflate can walk.
  }
  return !tooBig;
}

async function parseXlsx(bytes: Uint8Array): Promise<ParsedCustomers> {
  if (!safeToUnpack(bytes)) return { ok: false, error: { code: 'spreadsheet-too-large', maxBytes: MAX_CUSTOMER_XLSX_UNPACKED_BYTES } };
  let sheet: Cell[][];
  try {
    sheet = (await readSheet(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { trim: true })) as Cell[][];
  } catch {
    return { ok: false, error: { code: 'unreadable-spreadsheet' } };
  }
  if (sheet.length > MAX_CUSTOMER_FILE_ROWS) return { ok: false, error: { code: 'too-many-rows', max: MAX_CUSTOMER_FILE_ROWS - 1 } };
  return parseCustomerTable(sheet, '.');
}

/**
 * Customers from an uploaded file or pasted text. `mediaType` as sent (any
 * parameters such as "; charset=utf-8" are ignored); the content decides
 * between XLSX (a ZIP archive) and text, and must agree with the type.
 */
export async function parseCustomerFile(bytes: Uint8Array, mediaType: string): Promise<ParsedCustomers> {
  if (bytes.byteLength > MAX_CUSTOMER_FILE_BYTES) return { ok: false, error: { code: 'too-large', maxBytes: MAX_CUSTOMER_FILE_BYTES } };
  const type = mediaType.split(';')[0].trim().toLowerCase();
  const isZip = startsWith(bytes, ZIP_MAGIC);
  if (type === XLSX_MEDIA_TYPE || (SNIFFED_TYPES.has(type) && isZip)) {
    return isZip ? parseXlsx(bytes) : { ok: false, error: { code: 'unreadable-spreadsheet' } };
  }
  if (TEXT_TYPES.has(type) || SNIFFED_TYPES.has(type)) return isZip ? { ok: false, error: { code: 'not-text' } } : parseText(bytes);
  return { ok: false, error: { code: 'unsupported-type', mediaType: type.slice(0, 80) } };
}

/** Pasted text (a block copied from a spreadsheet: tab-separated) through the same path as a file. */
export function parsePastedCustomers(text: string): Promise<ParsedCustomers> {
  return parseCustomerFile(new TextEncoder().encode(text), 'text/plain');
}
