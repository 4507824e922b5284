import { describe, expect, test } from 'vitest';
import {
  MAX_COMPARED,
  MAX_SEARCH_CHARS,
  clientListSearch,
  parseClientListQuery,
  parseCompareQuery,
  parseExportQuery,
  sortChange,
} from '../../../src/lib/forms/dashboard-query.ts';

const parse = (s: string) => parseClientListQuery(new URLSearchParams(s));

describe('client list query', () => {
  test('defaults: everything, by name A to Z, page 1', () => {
    expect(parse('')).toEqual({ search: '', sector: undefined, opportunity: undefined, sort: 'name', direction: 'asc', page: 1, organisationId: undefined });
  });

  test('reads every parameter', () => {
    expect(parse('zoek=+Bakker+&sector=retail&kans=sales&sorteer=score&volgorde=op&pagina=3&organisatie=abc123')).toEqual({
      search: 'Bakker',
      sector: 'retail',
      opportunity: 'sales',
      sort: 'score',
      direction: 'asc',
      page: 3,
      organisationId: 'abc123',
    });
  });

  test.each([
    'sector=nope',
    'kans=everything',
    'sorteer=drop+table',
    'volgorde=sideways',
    'pagina=-1',
    'pagina=1.5',
    'pagina=abc',
    'pagina=99999999999',
    'organisatie=%27%3B--',
    'sector=',
  ])('a bad value falls back to its default: %s', (search) => {
    const q = parse(search);
    expect(q.sort).toBe('name');
    expect(q.page).toBe(1);
    expect(q.sector).toBeUndefined();
    expect(q.opportunity).toBeUndefined();
    expect(q.organisationId).toBeUndefined();
  });

  test('dates and scores default to descending; long searches are cut', () => {
    expect(parse('sorteer=date').direction).toBe('desc');
    expect(parse(`zoek=${'a'.repeat(500)}`).search).toHaveLength(MAX_SEARCH_CHARS);
    expect(parse('zoek=a&zoek=b').search).toBe('a');
  });

  test('links leave defaults out and round-trip', () => {
    expect(clientListSearch(parse(''))).toBe('');
    const q = parse('zoek=De+Hoek&sorteer=date&volgorde=op&pagina=2');
    expect(parse(clientListSearch(q).slice(1))).toEqual(q);
    expect(clientListSearch(q, { page: 1 })).toBe('?zoek=De+Hoek&sorteer=date&volgorde=op');
  });

  test('a column header flips the direction of the current sort, and starts others at their default', () => {
    expect(sortChange(parse(''), 'name')).toEqual({ sort: 'name', direction: 'desc', page: 1 });
    expect(sortChange(parse('pagina=4'), 'score')).toEqual({ sort: 'score', direction: 'desc', page: 1 });
  });
});

describe('compare query', () => {
  test('one to five distinct, well-formed ids', () => {
    expect(parseCompareQuery(new URLSearchParams('klant=a1&klant=b2&klant=a1'))).toEqual({ ok: true, clientIds: ['a1', 'b2'] });
    expect(parseCompareQuery(new URLSearchParams('klant=%3Cscript%3E'))).toEqual({ ok: false, problem: 'none', clientIds: [] });
    const many = Array.from({ length: MAX_COMPARED + 1 }, (_, i) => `klant=c${i}`).join('&');
    expect(parseCompareQuery(new URLSearchParams(many))).toMatchObject({ ok: false, problem: 'too_many' });
  });
});

describe('export query', () => {
  test.each([
    ['', { format: 'excel-nl', decimal: 'comma' }],
    ['format=csv', { format: 'csv', decimal: 'point' }],
    ['format=csv&decimal=comma', { format: 'csv', decimal: 'comma' }],
    ['format=excel-nl&decimal=point', { format: 'excel-nl', decimal: 'point' }],
    ['format=xlsx&decimal=dot', { format: 'excel-nl', decimal: 'comma' }],
  ])('%j', (search, expected) => {
    expect(parseExportQuery(new URLSearchParams(search))).toMatchObject(expected);
  });
});
