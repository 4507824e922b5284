import { describe, expect, test } from 'vitest';
import { clampText, cleanLine, cleanMultiline, fields } from '../../../src/lib/forms/parse-form.ts';

describe('cleanLine: names and other one-line text', () => {
  test.each([
    ['  Bakkerij Zon  ', 'Bakkerij Zon'],
    ['Naam\u0000met\u0007stuur\u001btekens', 'Naammetstuurtekens'],
    ['Regel\nbreuk\r\nen\ttab', 'Regel breuk en tab'],
    ['C1\u0085regel\u2028scheiding\u009b', 'C1 regel scheiding'],
    ['Cafe\u0301', 'Café'],
    ['\u0000\n\t ', ''],
  ])('%j -> %j', (raw, clean) => {
    expect(cleanLine(raw)).toBe(clean);
  });
});

describe('cleanMultiline: notes', () => {
  test.each([
    [' Eerste regel\r\nTweede\rDerde\n ', 'Eerste regel\nTweede\nDerde'],
    ['Tab\tblijft, NUL\u0000 en ESC\u001b en C1\u009b niet', 'Tab\tblijft, NUL en ESC en C1 niet'],
    ['\u0000', ''],
  ])('%j -> %j', (raw, clean) => {
    expect(cleanMultiline(raw)).toBe(clean);
  });
});

describe('clampText', () => {
  test('leaves short text alone and cuts long text at the limit', () => {
    expect(clampText('abc', 3)).toBe('abc');
    expect(clampText('abcd', 3)).toBe('abc');
  });
  test('never cuts a character in half, and leaves no space at the cut', () => {
    expect(clampText('ab😀', 3)).toBe('ab');
    expect(clampText('ab cd', 3)).toBe('ab');
  });
});

describe('shared field rules', () => {
  test('a name is cleaned before its length is checked', () => {
    expect(fields.name.safeParse(' Zon\u0000 BV ').data).toBe('Zon BV');
    expect(fields.name.safeParse('\u0000\u0007').error?.issues[0].message).toBe('required');
    expect(fields.name.safeParse('x'.repeat(121)).error?.issues[0].message).toBe('too_long');
    expect(fields.optionalName.safeParse(' \n ').data).toBe('');
  });
  test('a note keeps its lines and drops control characters', () => {
    expect(fields.note.safeParse('Gesprek\r\ngehad\u0000').data).toBe('Gesprek\ngehad');
    expect(fields.note.safeParse(' \u0000 ').error?.issues[0].message).toBe('required');
  });
  test.each(['a\u0000@b.nl', 'a@b\u0007.nl', 'a b@c.nl', 'a@b', 'a@@b.nl'])('refuses the address %j', (email) => {
    expect(fields.email.safeParse(email).success).toBe(false);
  });
  test('takes an address trimmed and in lower case', () => {
    expect(fields.email.safeParse(' Anna@Zon.NL ').data).toBe('anna@zon.nl');
  });
  test('a task is one line of at most 300 characters', () => {
    expect(fields.task.safeParse(' Offerte\r\nsturen\u0000 ').data).toBe('Offerte sturen');
    expect(fields.task.safeParse('x'.repeat(300)).success).toBe(true);
    expect(fields.task.safeParse('x'.repeat(301)).error?.issues[0].message).toBe('too_long');
    expect(fields.task.safeParse(' \t ').error?.issues[0].message).toBe('required');
  });
  test.each([
    ['2026-12-31', '2026-12-31'],
    [' 2028-02-29 ', '2028-02-29'],
    ['2000-01-01', '2000-01-01'],
    ['2099-12-31', '2099-12-31'],
  ])('takes the day %j as %j', (raw, day) => {
    expect(fields.day.safeParse(raw).data).toBe(day);
  });
  test.each([
    ['', 'required'],
    ['  ', 'required'],
    ['2027-02-29', 'invalid_date'],
    ['2026-02-30', 'invalid_date'],
    ['2026-13-01', 'invalid_date'],
    ['2026-00-10', 'invalid_date'],
    ['1999-12-31', 'invalid_date'],
    ['2100-01-01', 'invalid_date'],
    ['31-12-2026', 'invalid_date'],
    ['2026-1-5', 'invalid_date'],
    ['2026-12-31T00:00', 'invalid_date'],
    ['morgen', 'invalid_date'],
    ['２０２６-１２-３１', 'invalid_date'],
  ])('refuses the day %j with %j', (raw, code) => {
    expect(fields.day.safeParse(raw).error?.issues[0].message).toBe(code);
  });
});
