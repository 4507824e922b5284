/**
 * The columns of the responses export and one response as a row: fixed
 * columns first (ids that stay the same in every language, like the
 * question ids after them), then one column per question of every Growth
 * Test version, in the order asked. Pure.
 */
import { GROWTH_AREAS } from '../families/growth-test/scoring.ts';
import type { Survey } from '../surveys/schema.ts';
import type { CsvCell } from './csv.ts';

export interface ExportRecord {
  responseId: string;
  company: string | null;
  organisation: string | null;
  completedAt: Date | null;
  overallScore: number | null;
  opportunity: string | null;
  areas: Record<string, number>;
  answers: Record<string, unknown>;
}

export const FIXED_COLUMNS = ['response_id', 'company', 'organisation', 'completed_at', 'overall_score', ...GROWTH_AREAS.map((a) => `score_${a}`), 'opportunity'];

/** Question ids of every version given, the newest version's order first, questions only older versions had after them. */
export function questionColumns(surveys: Survey[]): string[] {
  const ordered = [...surveys].sort((a, b) => b.version - a.version);
  const ids: string[] = [];
  for (const survey of ordered) {
    for (const question of survey.sections.flatMap((s) => s.questions)) if (!ids.includes(question.id)) ids.push(question.id);
  }
  return ids;
}

/** Amsterdam time, written as "2026-03-01 14:05", which Dutch Excel reads as a date. */
const DATE_TIME = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

export function exportDate(date: Date | null): string | null {
  return date ? DATE_TIME.format(date) : null;
}

function answerCell(value: unknown): CsvCell {
  if (value === undefined || value === null) return null;
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (Array.isArray(value)) return value.join('|');
  return JSON.stringify(value);
}

export function exportRow(record: ExportRecord, questions: string[]): CsvCell[] {
  return [
    record.responseId,
    record.company,
    record.organisation,
    exportDate(record.completedAt),
    record.overallScore,
    ...GROWTH_AREAS.map((area) => record.areas[area] ?? null),
    record.opportunity,
    ...questions.map((id) => answerCell(record.answers[id])),
  ];
}
