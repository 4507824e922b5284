import { describe, expect, test } from 'vitest';
import { CSV_BOM, csvCell, csvDocument, csvOptions, csvRow, type CsvOptions } from '../../../src/lib/reports/csv.ts';

const excel = csvOptions('excel-nl', 'comma');
const plain = csvOptions('csv', 'point');

describe('csvOptions', () => {
  test('Dutch Excel: semicolons, BOM; plain CSV: commas, no BOM', () => {
    expect(excel).toEqual({ separator: ';', decimal: ',', bom: true });
    expect(plain).toEqual({ separator: ',', decimal: '.', bom: false });
    expect(csvOptions('excel-nl', 'point').decimal).toBe('.');
  });
});

describe('csvCell', () => {
  test.each<[string, unknown, CsvOptions, string]>([
    ['plain text', 'Bakkerij', excel, 'Bakkerij'],
    ['empty for null and undefined', null, excel, ''],
    ['separator inside is quoted (Excel)', 'a;b', excel, '"a;b"'],
    ['comma is fine with semicolons', 'a,b', excel, 'a,b'],
    ['comma inside is quoted (plain)', 'a,b', plain, '"a,b"'],
    ['quotes are doubled', 'zeg "ja"', plain, '"zeg ""ja"""'],
    ['line breaks are quoted', 'regel 1\nregel 2', plain, '"regel 1\nregel 2"'],
    ['decimal comma', 62.5, excel, '62,5'],
    ['decimal point', 62.5, plain, '62.5'],
    ['decimal comma under commas is quoted', 62.5, csvOptions('csv', 'comma'), '"62,5"'],
    ['whole numbers', 100, excel, '100'],
    ['a typed negative number stays a number', -3, plain, '-3'],
    ['non-finite numbers are empty', Number.NaN, plain, ''],
    ['accents pass through', 'Café Ñandú', excel, 'Café Ñandú'],
  ])('%s', (_, value, options, expected) => {
    expect(csvCell(value as string | number | null, options)).toBe(expected);
  });

  test.each(['=SUM(A1:A2)', '+31 6 1234', '-2+3', '@cmd', '\t=1', '\r=1'])('formula-like text %j gets an apostrophe', (value) => {
    const cell = csvCell(value, plain);
    expect(cell.replace(/^"/, '').startsWith(`'`)).toBe(true);
    expect(cell).toContain(value.replace(/"/g, '""'));
  });

  test('an injected formula with the separator is both neutralised and quoted', () => {
    expect(csvCell('=HYPERLINK("http://x";"y")', excel)).toBe(`"'=HYPERLINK(""http://x"";""y"")"`);
  });
});

describe('csvRow and csvDocument', () => {
  test('rows end with CRLF and join with the separator', () => {
    expect(csvRow(['a', 1.5, null], excel)).toBe('a;1,5;\r\n');
    expect(csvRow(['a', 1.5, null], plain)).toBe('a,1.5,\r\n');
  });

  test('the Excel dialect starts with a BOM, plain CSV does not', () => {
    const rows = [['company', 'score'], ['Café', 70.1]];
    const dutch = csvDocument(rows, excel);
    expect(dutch.startsWith(CSV_BOM)).toBe(true);
    expect(dutch).toBe(`${CSV_BOM}company;score\r\nCafé;70,1\r\n`);
    expect(Buffer.from(dutch, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csvDocument(rows, plain)).toBe('company,score\r\nCafé,70.1\r\n');
  });
});
