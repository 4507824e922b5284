/** The respondent's page types, as paths on a server started from the fixture. */
import type { Fixture } from './fixture.ts';

export interface PageType {
  key: 'start' | 'question' | 'report';
  label: string;
  path: string;
}

export function respondentPages(fixture: Fixture): PageType[] {
  return [
    { key: 'start', label: 'Start page', path: '/groeitest' },
    { key: 'question', label: 'Question page', path: `/vragenlijst/${fixture.inProgress[0]}/context` },
    { key: 'report', label: 'Report page', path: `/rapport/${fixture.completed}` },
  ];
}
