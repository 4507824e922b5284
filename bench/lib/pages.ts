/** The respondent's page types, as paths on a server started from the fixture. */
import type { Fixture } from './fixture.ts';

export interface PageType {
  key: 'start' | 'question' | 'report' | 'embed';
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

/** The survey in a site's frame (issue 10): its start page in the compact layout, with the frame script. Weighed, not run through Lighthouse. */
export function embeddedPage(fixture: Fixture): PageType {
  return { key: 'embed', label: 'Embedded survey start page', path: `/e/${fixture.satisfaction.publicId}` };
}
