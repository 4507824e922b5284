import { describe, expect, test } from 'vitest';
import { confirmsName } from '../../../src/lib/forms/confirm-name.ts';
import { clientHistory } from '../../../src/lib/reports/client-history.ts';
import { areaName, opportunityShortName, sectorName, sizeName } from '../../../src/lib/reports/client-labels.ts';
import { comparisonView } from '../../../src/lib/reports/comparison.ts';
import { GROWTH_AREAS } from '../../../src/lib/families/growth-test/scoring.ts';

describe('client labels', () => {
  test('codes become localised names; unknown codes become null', () => {
    expect(sectorName('retail', 'nl')).toBe('Detailhandel en webwinkels');
    expect(sectorName('retail', 'en')).toBe('Retail and e-commerce');
    expect(sizeName('2-9', 'nl')).toBe('2 tot 9');
    expect(areaName('ambition', 'nl')).toBe('Ambitie en strategie');
    expect(opportunityShortName('ambition', 'en')).toBe('Ambition & strategy');
    for (const unknown of [null, 'nope', '__proto__']) {
      expect(sectorName(unknown, 'nl')).toBeNull();
      expect(areaName(unknown, 'nl')).toBeNull();
    }
  });
});

describe('clientHistory', () => {
  test('one row per area across the tests, oldest first, gaps as null', () => {
    const history = clientHistory(
      [
        { completedAt: new Date('2026-01-10T12:00:00Z'), overallScore: 40, areas: { ambition: 30, sales: 50 } },
        { completedAt: new Date('2026-06-10T12:00:00Z'), overallScore: 55.5, areas: { ambition: 60 } },
      ],
      'nl',
    );
    expect(history.dates).toEqual(['10 januari 2026', '10 juni 2026']);
    expect(history.rows).toHaveLength(GROWTH_AREAS.length);
    expect(history.rows.find((r) => r.area === 'ambition')).toEqual({ area: 'ambition', name: 'Ambitie & strategie', scores: [30, 60] });
    expect(history.rows.find((r) => r.area === 'sales')!.scores).toEqual([50, null]);
    expect(history.overall).toEqual([40, 55.5]);
  });
});

describe('comparisonView', () => {
  test('datasets per series and rows per area line up', () => {
    const view = comparisonView(
      [
        { label: 'A', note: '', areas: { ambition: 10 } },
        { label: 'B', note: '', areas: { ambition: 20, branding: 70 } },
      ],
      'en',
    );
    expect(view.labels).toHaveLength(GROWTH_AREAS.length);
    expect(view.datasets.map((d) => d.label)).toEqual(['A', 'B']);
    expect(view.datasets[1].data[GROWTH_AREAS.indexOf('branding')]).toBe(70);
    expect(view.rows[0]).toEqual({ area: 'ambition', name: 'Ambition & strategy', scores: [10, 20] });
    expect(view.rows.find((r) => r.area === 'branding')!.scores).toEqual([null, 70]);
  });
});

describe('confirmsName', () => {
  test.each([
    ['Café De Hoek', 'Café De Hoek', true],
    ['  café   de hoek ', 'Café De Hoek', true],
    ['Cafe De Hoek', 'Café De Hoek', false],
    ['', '', false],
    ['Café', 'Café De Hoek', false],
  ])('%j confirms %j: %s', (typed, name, expected) => {
    expect(confirmsName(typed, name)).toBe(expected);
  });
});
