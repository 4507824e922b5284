/**
 * Advice per size band (issue 12). A one-person business has its own wording
 * throughout (advice-solo.ts); the bands with staff differ less in *what* to
 * do than in *how to organise it*: a small team does it together, a
 * business of 10 to 49 needs one person who owns it, a larger one pilots in
 * one team before rolling out. That is the size note under the steps. A
 * small team has no team leads, so the one step and goal that assume them
 * get a small-team wording here.
 */
import type { Localized } from '../../surveys/schema.ts';
import type { GrowthArea, MaturityLevel } from './scoring.ts';
import { SOLO_BAND } from './definition-v2.ts';

export type SizeBand = 'solo' | 'small' | 'medium' | 'large';

/** The band of the Growth Test's "how many people" answer; null when it was not answered. */
export function sizeBandOf(employees: unknown): SizeBand | null {
  switch (employees) {
    case SOLO_BAND:
      return 'solo';
    case '2-9':
      return 'small';
    case '10-49':
      return 'medium';
    case '50-249':
    case '250-plus':
      return 'large';
    default:
      return null;
  }
}

/** How to organise the opportunity's steps, per band with staff; {area} is the area's name. */
export const SIZE_NOTES: Record<Exclude<SizeBand, 'solo'>, Localized> = {
  small: {
    nl: 'In een team van 2 tot 9 mensen hoeft dit geen project te worden: pak de eerste stap deze maand zelf op en betrek iedereen in één gezamenlijk overleg over {area}, want in een klein team blijft een verandering pas hangen als iedereen erachter staat.',
    en: 'In a team of 2 to 9 people this need not become a project: take the first step yourself this month and involve everyone in one shared meeting about {area}, because in a small team a change only sticks when everyone carries it.',
  },
  medium: {
    nl: 'Bij 10 tot 49 mensen gebeurt dit niet vanzelf naast het gewone werk: maak één persoon eigenaar van {area}, die er elke week vaste tijd voor krijgt, en bespreek de voortgang maandelijks in je managementoverleg.',
    en: 'With 10 to 49 people this will not happen alongside the daily work by itself: make one person the owner of {area}, with set time for it each week, and review progress monthly in your management meeting.',
  },
  large: {
    nl: 'In een organisatie van 50 mensen of meer werkt een proef het best: begin met {area} in één team of vestiging, meet na een kwartaal wat het heeft opgeleverd, en rol het daarna uit met die resultaten als onderbouwing.',
    en: 'In an organisation of 50 people or more a pilot works best: start with {area} in one team or location, measure what it achieved after a quarter, and then roll it out with those results as the case for it.',
  },
};

/** A small team's wording of steps that assume team leads (index in AREA_ADVICE's steps). */
export const SMALL_TEAM_STEPS: Partial<Record<GrowthArea, Partial<Record<MaturityLevel, Record<number, Localized>>>>> = {
  ambition: {
    leading: {
      1: {
        nl: 'Laat iedereen in het team één eigen SMART-doel afleiden van de bedrijfsdoelen, zodat de strategie niet alleen op jouw schouders rust.',
        en: 'Have everyone in the team derive one SMART goal of their own from the company goals, so the strategy no longer rests on your shoulders alone.',
      },
    },
  },
};

/** A small team's SMART goals where the team goal assumes team leads. */
export const SMALL_TEAM_SMART_GOALS: Partial<Record<GrowthArea, Partial<Record<MaturityLevel, Localized>>>> = {
  ambition: {
    leading: {
      nl: 'Binnen 90 dagen heeft iedereen in het team één eigen SMART-doel afgeleid van de bedrijfsdoelen, en hebben we met minstens vijf klanten of partners besproken welke rol zij in onze ambitie kunnen spelen.',
      en: 'Within 90 days everyone in the team has derived one SMART goal of their own from the company goals, and we have discussed with at least five customers or partners what role they could play in our ambition.',
    },
  },
};
