/**
 * Names the dashboard shows for stored codes: sectors and size bands (the
 * Growth Test's context options) and growth areas (AREA_ADVICE). Pure.
 */
import { pick } from '../i18n/index.ts';
import { GROWTH_AREAS, type GrowthArea } from '../families/growth-test/scoring.ts';
import { GROWTH_TEST_ID, currentSurvey } from '../families/index.ts';
import type { Locale } from '../surveys/schema.ts';
import { AREA_ADVICE } from '../families/growth-test/advice.ts';

export interface Choice {
  value: string;
  label: string;
}

function contextOptions(questionId: string) {
  const question = currentSurvey(GROWTH_TEST_ID)!.sections.flatMap((s) => s.questions).find((q) => q.id === questionId);
  return question && question.type === 'single' ? question.options : [];
}

/** Sector codes a company can have, in the order the test offers them. */
export const SECTOR_VALUES: string[] = contextOptions('sector').map((o) => o.value);

export function sectorChoices(locale: Locale): Choice[] {
  return contextOptions('sector').map((o) => ({ value: o.value, label: pick(o.label, locale) }));
}

export function sectorName(value: string | null, locale: Locale): string | null {
  const option = contextOptions('sector').find((o) => o.value === value);
  return option ? pick(option.label, locale) : null;
}

export function sizeName(value: string | null, locale: Locale): string | null {
  const option = contextOptions('employees').find((o) => o.value === value);
  return option ? pick(option.label, locale) : null;
}

export function isGrowthArea(value: unknown): value is GrowthArea {
  return typeof value === 'string' && (GROWTH_AREAS as readonly string[]).includes(value);
}

/** The full, localised area name; null for an unknown code (or none). */
export function areaName(area: string | null, locale: Locale): string | null {
  return isGrowthArea(area) ? pick(AREA_ADVICE[area].name, locale) : null;
}

/** The short area name, for chart labels and table cells. */
export function areaShortName(area: GrowthArea, locale: Locale): string {
  return pick(AREA_ADVICE[area].shortName, locale);
}

/** The short name of a stored opportunity code; null for an unknown code (or none). */
export function opportunityShortName(area: string | null, locale: Locale): string | null {
  return isGrowthArea(area) ? areaShortName(area, locale) : null;
}

export function opportunityChoices(locale: Locale): Choice[] {
  return GROWTH_AREAS.map((area) => ({ value: area, label: pick(AREA_ADVICE[area].name, locale) }));
}
