/**
 * Every survey definition Koers has ever served, by id and version. Old
 * versions stay here so a response is always read against the definition it
 * was answered on.
 */
import type { Survey } from '../schema.ts';
import { growthTestV1 } from './growth-test.ts';

const DEFINITIONS: Survey[] = [growthTestV1];

export function getSurvey(id: string, version: number): Survey | undefined {
  return DEFINITIONS.find((s) => s.id === id && s.version === version);
}

/** The version new respondents get. */
export function currentSurvey(id: string): Survey | undefined {
  return DEFINITIONS.filter((s) => s.id === id).sort((a, b) => b.version - a.version)[0];
}

export const GROWTH_TEST_ID = 'growth-test';

/** Every version of a survey, oldest first: for exports that must hold answers given on any of them. */
export function allVersions(id: string): Survey[] {
  return DEFINITIONS.filter((s) => s.id === id).sort((a, b) => a.version - b.version);
}
