/** The customer-file parser on messy files: the examples of docs/scoring.md, "Customer segmentation". */
import { readFileSync } from 'node:fs';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { MAX_CUSTOMER_XLSX_UNPACKED_BYTES, MAX_XLSX_TEXT_RUN_BYTES } from '../../../src/lib/limits.ts';
import { customersCsv } from '../../../src/lib/segmentation/export-csv.ts';
import { parseNumber } from '../../../src/lib/segmentation/numbers.ts';
import { parseCustomerFile, parsePastedCustomers } from '../../../src/lib/segmentation/parse-file.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

async function parseOk(text: string, type = 'text/csv') {
  const result = await parseCustomerFile(bytes(text), type);
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.error)}`);
  return result;
}

describe('numbers as typed in Dutch and English spreadsheets', () => {
  test.each([
    { text: '12.500,50', mark: ',', value: 12500.5 },
    { text: '1.234.567', mark: ',', value: 1234567 },
    { text: '1.234', mark: ',', value: 1234 },
    { text: '1.234', mark: '.', value: 1.234 },
    { text: '1,234.50', mark: ',', value: 1234.5 },
    { text: '€ 12 500', mark: ',', value: 12500 },
    { text: '-2.000,5', mark: ',', value: -2000.5 },
    { text: '12,5%', mark: ',', value: 12.5 },
    { text: '3,5', mark: '.', value: 3.5 },
    { text: 'abc', mark: ',', value: null },
    { text: '1.23.4', mark: ',', value: null },
    { text: '12,5,0', mark: ',', value: null },
  ] as const)('"$text" (decimal mark $mark) is $value', ({ text, mark, value }) => {
    expect(parseNumber(text, mark)).toBe(value);
  });
});

describe('a messy Dutch file', () => {
  const file = [
    '\uFEFFKlantnaam;Omzet (€);Winst;Groeipotentie (1-5);Strategische fit;Culturele fit;Opmerking',
    'Bakkerij Jansen;12.500,50;1.250;4;5;4;vaste klant',
    ';;;;;;',
    'Hotel Zee;"1.234.567";-2.000,5;3;3;3;',
    'Camping Duin;8000;;2;2;2;',
    'Restaurant Vis;abc;100;3;3;3;',
    'Strandtent;5000;500;6;3;3;',
    'Kapper;5000;500;3,5;3;3;',
    '=HYPERLINK("http://x");1000;100;3;3;3;',
    '',
    '',
  ].join('\r\n');

  test('rows understood, with Dutch numbers, thousands separators and the extra column ignored', async () => {
    const r = await parseOk(file);
    expect(r.rows.map((c) => [c.name, c.revenue, c.profit])).toEqual([
      ['Bakkerij Jansen', 12500.5, 1250],
      ['Hotel Zee', 1234567, -2000.5],
      ['=HYPERLINK("http://x")', 1000, 100],
    ]);
    expect(r.emptyRowsIgnored).toBe(2);
  });

  test('each refused row with its spreadsheet row number and reason (never clamped)', async () => {
    const r = await parseOk(file);
    expect(r.rejected).toEqual([
      { row: 5, reason: { code: 'profit-or-proxies' } },
      { row: 6, reason: { code: 'not-a-number', column: 'revenue', value: 'abc' } },
      { row: 7, reason: { code: 'out-of-range', column: 'growthPotential', value: '6', min: 1, max: 5 } },
      { row: 8, reason: { code: 'not-whole', column: 'growthPotential', value: '3,5' } },
    ]);
  });
});

describe('other shapes of file', () => {
  test('English headers, commas, quoted names, decimal point', async () => {
    const r = await parseOk('Name,Revenue,Profit,Growth potential,Strategic fit,Cultural fit\n"Acme, Inc.","1,234.50",100.25,3,4,5\n');
    expect(r.rows).toEqual([expect.objectContaining({ name: 'Acme, Inc.', revenue: 1234.5, profit: 100.25, growthPotential: 3, strategicFit: 4, culturalFit: 5 })]);
  });

  test('pasted from a spreadsheet (tabs), with proxies instead of profit', async () => {
    const r = await parsePastedCustomers(
      'Naam\tOmzet\tPrijsafspraken\tWerkbaarheid\tTijd en energie\tAcquisitiekosten\tJaren klant\tGroeipotentie\tStrategische fit\tCulturele fit\nDe Smid\t4.000\t5\t4\t3\t2\t1\t3\t3\t3\nDe Bakker\t2.000\t5\t4\t\t2\t1\t3\t3\t3',
    );
    expect(r.ok && r.rows).toEqual([expect.objectContaining({ name: 'De Smid', revenue: 4000, profit: null, priceAgreement: 5, loyalty: 1 })]);
    expect(r.ok && r.rejected).toEqual([{ row: 3, reason: { code: 'profit-or-proxies' } }]);
  });

  test('a margin in percent stands in for profit', async () => {
    const r = await parseOk('Naam;Omzet;Marge;Groei;Strategisch;Cultureel\nA;10.000;12,5%;3;3;3\nB;1000;101;3;3;3');
    expect(r.rows.map((c) => c.profit)).toEqual([1250]);
    expect(r.rejected).toEqual([{ row: 3, reason: { code: 'out-of-range', column: 'margin', value: '101', min: -100, max: 100 } }]);
  });

  test('negative revenue and a missing fit are refused with the column named', async () => {
    const r = await parseOk('Naam;Omzet;Winst;Groei;Strategisch;Cultureel\nA;-5;1;3;3;3\nB;5;1;3;;3\n;5;1;3;3;3');
    expect(r.rejected).toEqual([
      { row: 2, reason: { code: 'out-of-range', column: 'revenue', value: '-5', min: 0, max: 1_000_000_000 } },
      { row: 3, reason: { code: 'required', column: 'strategicFit' } },
      { row: 4, reason: { code: 'required', column: 'name' } },
    ]);
  });
});

describe('XLSX (read-excel-file)', () => {
  test('a small workbook: numbers as numbers, an empty row, a formula-like name as text, an out-of-range score refused', async () => {
    const bytes = new Uint8Array(readFileSync(new URL('../fixtures/customers.xlsx', import.meta.url)));
    const r = await parseCustomerFile(bytes, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect(r.rows.map((c) => [c.name, c.revenue, c.profit])).toEqual([
      ['Zeilschool Wind', 40000, 8000],
      ['Bakker Brood', 12500.5, 250],
      ['=SUM(1)', 1000, 100],
    ]);
    expect(r.rejected).toEqual([{ row: 6, reason: { code: 'out-of-range', column: 'growthPotential', value: '7', min: 1, max: 5 } }]);
    expect(r.emptyRowsIgnored).toBe(1);
  });

  /** The fixture workbook with its first sheet's data replaced by `filler` bytes (a sheet that compresses to almost nothing). */
  function withFiller(filler: Uint8Array): Uint8Array {
    const parts = unzipSync(new Uint8Array(readFileSync(new URL('../fixtures/customers.xlsx', import.meta.url))));
    const name = Object.keys(parts).find((n) => /^xl\/worksheets\/sheet1\.xml$/.test(n))!;
    const xml = new TextDecoder().decode(parts[name]);
    const [head, tail] = [xml.slice(0, xml.indexOf('</sheetData>')), xml.slice(xml.indexOf('</sheetData>'))];
    parts[name] = new Uint8Array([...strToU8(head), ...filler, ...strToU8(tail)]);
    return zipSync(parts, { level: 9 });
  }

  // Both once took read-excel-file a minute or more (docs/scoring.md); refused in milliseconds.
  test('a "zip bomb" that unpacks to more than the limit is refused before it is read', async () => {
    const file = withFiller(new Uint8Array(MAX_CUSTOMER_XLSX_UNPACKED_BYTES + 1).fill(0x20));
    expect(file.byteLength).toBeLessThan(100_000);
    expect(await parseCustomerFile(file, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')).toEqual({
      ok: false,
      error: { code: 'spreadsheet-too-large', maxBytes: MAX_CUSTOMER_XLSX_UNPACKED_BYTES },
    });
  });

  test('one text of more than a megabyte is refused; just under it is read', async () => {
    const type = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    const over = await parseCustomerFile(withFiller(new Uint8Array(MAX_XLSX_TEXT_RUN_BYTES + 1).fill(0x20)), type);
    expect(over).toEqual({ ok: false, error: { code: 'spreadsheet-too-large', maxBytes: MAX_CUSTOMER_XLSX_UNPACKED_BYTES } });
    const under = await parseCustomerFile(withFiller(new Uint8Array(MAX_XLSX_TEXT_RUN_BYTES - 64 * 1024).fill(0x20)), type);
    expect(under.ok).toBe(true);
  });
});

describe('files refused whole', () => {
  test.each([
    { example: 'no required columns', text: 'Naam;Omzet\nA;1', type: 'text/csv', error: { code: 'missing-columns', columns: ['growthPotential', 'strategicFit', 'culturalFit'] } },
    { example: 'only empty lines', text: '\n\n\n', type: 'text/csv', error: { code: 'empty' } },
    { example: 'an image', text: 'GIF89a', type: 'image/gif', error: { code: 'unsupported-type', mediaType: 'image/gif' } },
    { example: 'a zip posted as CSV', text: 'PK\u0003\u0004rest', type: 'text/csv', error: { code: 'not-text' } },
    { example: 'a text posted as XLSX', text: 'Naam;Omzet', type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', error: { code: 'unreadable-spreadsheet' } },
    { example: 'a broken XLSX', text: 'PK\u0003\u0004garbage', type: 'application/octet-stream', error: { code: 'unreadable-spreadsheet' } },
  ])('$example', async ({ text, type, error }) => {
    expect(await parseCustomerFile(bytes(text), type)).toEqual({ ok: false, error });
  });

  test('binary and Windows-1252 text are not read as text', async () => {
    expect(await parseCustomerFile(new Uint8Array([0x4e, 0x61, 0x00, 0x01]), 'text/csv')).toEqual({ ok: false, error: { code: 'not-text' } });
    expect(await parseCustomerFile(new Uint8Array([0x43, 0x61, 0x66, 0xe9]), 'text/csv')).toEqual({ ok: false, error: { code: 'not-text' } });
  });

  test('a million empty rows is refused before parsing', async () => {
    const r = await parseCustomerFile(bytes(`Naam;Omzet;Winst;Groei;Strategisch;Cultureel\n${'\n'.repeat(1_000_000)}`), 'text/csv');
    expect(r).toEqual({ ok: false, error: { code: 'too-many-rows', max: 20_000 } });
  });

  test('a file over the size limit', async () => {
    expect(await parseCustomerFile(new Uint8Array(4 * 1024 * 1024 + 1), 'text/csv')).toEqual({ ok: false, error: { code: 'too-large', maxBytes: 4 * 1024 * 1024 } });
  });
});

describe('export', () => {
  // A tab or line break in a name never gets this far: the import makes it a space.
  test.each(['=1+1', '+31', '-2', '@SUM(A1)'])('a name %j is exported with a leading apostrophe', async (text) => {
    const r = await parseOk(`Naam;Omzet;Winst;Groei;Strategisch;Cultureel\n"${text}";1;1;3;3;3`);
    expect(r.rows[0].name).toBe(text);
    expect(customersCsv(r.rows).split('\r\n')[1].startsWith(`"'${text}";`)).toBe(true);
  });
  test('a CSV round trip keeps the formula as text, with a leading apostrophe; numbers stay numbers', async () => {
    const r = await parseOk('Naam;Omzet;Winst;Groei;Strategisch;Cultureel\n=cmd|calc;1.000,5;-2;3;3;3');
    const csv = customersCsv(r.rows);
    expect(csv.startsWith('\uFEFF"Naam";"Omzet";')).toBe(true);
    expect(csv).toContain(`"'=cmd|calc";1000,5;-2;;;;;;3;3;3\r\n`);
  });
  test('a formula after a separator inside a name is neutralised too (a spreadsheet that splits on commas)', async () => {
    const r = await parseOk('Naam;Omzet;Winst;Groei;Strategisch;Cultureel\n"Jansen,=HYPERLINK(1)";1;1;3;3;3');
    expect(customersCsv(r.rows)).toContain(`"Jansen,'=HYPERLINK(1)";`);
  });
});
