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
    ['text is quoted (Excel)', 'Bakkerij', excel, '"Bakkerij"'],
    ['text is quoted (plain)', 'Bakkerij', plain, '"Bakkerij"'],
    ['empty text is an empty quoted cell', '', plain, '""'],
    ['empty for null and undefined', null, excel, ''],
    ['separator inside (Excel)', 'a;b', excel, '"a;b"'],
    ['comma inside (plain)', 'a,b', plain, '"a,b"'],
    ['quotes are doubled', 'zeg "ja"', plain, '"zeg ""ja"""'],
    ['line breaks stay inside the quotes', 'regel 1\nregel 2', plain, '"regel 1\nregel 2"'],
    ['decimal comma', 62.5, excel, '62,5'],
    ['decimal point', 62.5, plain, '62.5'],
    ['decimal comma under commas is quoted', 62.5, csvOptions('csv', 'comma'), '"62,5"'],
    ['whole numbers', 100, excel, '100'],
    ['a typed negative number stays a number', -3, plain, '-3'],
    ['non-finite numbers are empty', Number.NaN, plain, ''],
    ['accents pass through', 'Café Ñandú', excel, '"Café Ñandú"'],
  ])('%s', (_, value, options, expected) => {
    expect(csvCell(value as string | number | null, options)).toBe(expected);
  });

  test.each(['=SUM(A1:A2)', '+31 6 1234', '-2+3', '@cmd', '\t=1', '\r=1'])('formula-like text %j gets an apostrophe', (value) => {
    const cell = csvCell(value, plain);
    expect(cell.startsWith(`"'`)).toBe(true);
    expect(cell).toContain(value.replace(/"/g, '""'));
  });

  test('an injected formula with the separator is both neutralised and quoted', () => {
    expect(csvCell('=HYPERLINK("http://x";"y")', excel)).toBe(`"'=HYPERLINK(""http://x"";""y"")"`);
  });

  // A file opened with the other dialect's separator, or by a program that ignores quotes, starts a cell after either separator.
  test.each<[string, string, string]>([
    ['after a semicolon', 'Jan;=2*3', `"Jan;'=2*3"`],
    ['after a comma', 'Jan,=2*3', `"Jan,'=2*3"`],
    ['after a semicolon, plus', 'a;+1', `"a;'+1"`],
    ['after a comma, minus', 'a,-1+1', `"a,'-1+1"`],
    ['after a comma, at sign', 'a,@SUM(1)', `"a,'@SUM(1)"`],
    ['after a separator, a tab before the formula', 'a;\t=1', `"a;'\t=1"`],
    ['after a line break', 'a\n=1', `"a\n'=1"`],
    ['after CRLF', 'a\r\n=1', `"a\r\n'=1"`],
    ['at the start and after each separator', '=1;=2,=3', `"'=1;'=2,'=3"`],
    ['a separator with harmless text after it', 'a; b, c', '"a; b, c"'],
    ['a formula sign inside text is harmless', 'a = b', '"a = b"'],
  ])('%s in both dialects', (_, value, expected) => {
    expect(csvCell(value, excel)).toBe(expected);
    expect(csvCell(value, plain)).toBe(expected);
  });

  test.each([';', ','])('split on %j, no piece of a neutralised cell starts a formula', (separator) => {
    const pieces = csvCell('Jan;=2*3,+4;-5,@6', separator === ';' ? plain : excel).split(separator);
    for (const piece of pieces) expect(piece.replace(/^"/, '')).not.toMatch(/^[=+\-@\t\r]/);
  });
});

describe('csvRow and csvDocument', () => {
  test('rows end with CRLF and join with the separator', () => {
    expect(csvRow(['a', 1.5, null], excel)).toBe('"a";1,5;\r\n');
    expect(csvRow(['a', 1.5, null], plain)).toBe('"a",1.5,\r\n');
  });

  test('the Excel dialect starts with a BOM, plain CSV does not', () => {
    const rows = [['company', 'score'], ['Café', 70.1]];
    const dutch = csvDocument(rows, excel);
    expect(dutch.startsWith(CSV_BOM)).toBe(true);
    expect(dutch).toBe(`${CSV_BOM}"company";"score"\r\n"Café";70,1\r\n`);
    expect(Buffer.from(dutch, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csvDocument(rows, plain)).toBe('"company","score"\r\n"Café",70.1\r\n');
  });
});
