import { describe, expect, test } from 'vitest';
import { FIXED_COLUMNS, exportDate, exportRow, questionColumns } from '../../../src/lib/reports/response-export.ts';
import { growthTestV1 } from '../../../src/lib/families/growth-test/definition.ts';

describe('response export', () => {
  test('one column per question, in the order asked', () => {
    const columns = questionColumns([growthTestV1]);
    expect(columns.slice(0, 5)).toEqual(['sector', 'employees', 'revenue', 'years', 'ambition_1']);
    expect(new Set(columns).size).toBe(columns.length);
    expect(columns).toContain('consent');
  });

  test('dates are Amsterdam time', () => {
    expect(exportDate(new Date('2026-07-01T10:05:00Z'))).toBe('2026-07-01 12:05');
    expect(exportDate(new Date('2026-01-01T10:05:00Z'))).toBe('2026-01-01 11:05');
    expect(exportDate(null)).toBeNull();
  });

  test('a row lines up with the header', () => {
    const questions = ['sector', 'ambition_1', 'ambition_2', 'channels'];
    const row = exportRow(
      {
        responseId: 'r1',
        company: '=evil',
        organisation: 'Demo',
        completedAt: new Date('2026-07-01T10:05:00Z'),
        overallScore: 55.5,
        opportunity: 'sales',
        areas: { ambition: 40, sales: 20 },
        answers: { sector: 'retail', ambition_1: 4, ambition_2: 'dk', channels: ['mail', 'phone'] },
      },
      questions,
    );
    expect(row).toHaveLength(FIXED_COLUMNS.length + questions.length);
    expect(row.slice(0, 6)).toEqual(['r1', '=evil', 'Demo', '2026-07-01 12:05', 55.5, 40]);
    expect(row[FIXED_COLUMNS.indexOf('score_sales')]).toBe(20);
    expect(row[FIXED_COLUMNS.indexOf('score_branding')]).toBeNull();
    expect(row.slice(FIXED_COLUMNS.length)).toEqual(['retail', 4, 'dk', 'mail|phone']);
  });
});
