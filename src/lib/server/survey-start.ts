/**
 * Starting a response on a survey instance: through its public link
 * (/v/<publicId>), the site's Growth Test (/groeitest) or a coach's
 * invitation. One path for all, so each start stores the same things.
 */
import { GROWTH_TEST_ID, currentSurvey, surveyForInstance } from '../families/index.ts';
import type { Locale, Survey } from '../surveys/schema.ts';
import { startResponse, type Attribution, type ResponseRow } from './queries/responses.ts';
import { findInstanceByPublicId, growthTestInstanceFor, isOpen, type SurveyInstanceRow } from './queries/surveys.ts';
import { resumeTarget } from './survey-flow.ts';
import { getDb, unavailableCode, type Database } from './db.ts';
import { throttler, type Throttle, type Throttler } from './throttle/throttle.ts';

export interface StartableSurvey {
  instance: SurveyInstanceRow;
  /** The definition new respondents get. */
  survey: Survey;
  /** Takes answers now (status open, not past its closing date). */
  open: boolean;
}

/**
 * The version a new respondent gets. A Growth Test instance has no owner
 * options and its reports read every version, so new tests start on the
 * newest (version 2, size-aware, issue 12) whatever version the instance
 * row was created with; other instances keep theirs, so their results stay
 * one comparable set. A started response always keeps its own version.
 */
function startVersion(instance: SurveyInstanceRow): number {
  return instance.templateId === GROWTH_TEST_ID ? (currentSurvey(GROWTH_TEST_ID)?.version ?? instance.templateVersion) : instance.templateVersion;
}

function startable(instance: SurveyInstanceRow | undefined, now: Date): StartableSurvey | null {
  const survey = instance && surveyForInstance(instance, startVersion(instance));
  return instance && survey ? { instance, survey, open: isOpen(instance, now) } : null;
}

/** The survey a public link opens; null for an unknown id. */
export async function openPublicSurvey(publicId: string, now = new Date(), db: Database = getDb()): Promise<StartableSurvey | null> {
  return startable(await findInstanceByPublicId(publicId, db), now);
}

/** The Growth Test a start page serves: the organisation's own for an invitation, else the site-wide one. */
export async function growthTestFor(organisationId: string | null | undefined, now = new Date(), db: Database = getDb()): Promise<StartableSurvey> {
  return startable(await growthTestInstanceFor(organisationId, db), now)!;
}

/** Responses through a public link belong to the instance's organisation and company; nobody invited them. */
export function publicAttribution(instance: SurveyInstanceRow): Attribution {
  return { organisationId: instance.organisationId, companyId: instance.companyId };
}

/** The name of the hidden field people never see: a form that comes back with it filled was sent by a bot. */
export const HONEYPOT_FIELD = 'website';

export type StartOutcome =
  | { kind: 'started'; response: ResponseRow; to: string }
  /** Closed or past its closing date: nothing stored. */
  | { kind: 'closed' }
  /** The honeypot was filled: nothing stored. */
  | { kind: 'refused' }
  /** A forged or mangled start token: the page offers a fresh one. */
  | { kind: 'invalid-token' }
  /** The database could not take it: nothing was stored, the page offers the same token again (503). */
  | { kind: 'unavailable' }
  /** Too many starts from this address, or on this survey: nothing stored, the same token offered again (429). */
  | { kind: 'throttled'; throttle: Throttle };

/** Who may start how often: per address (a bot flooding any survey) and per survey (a flood spread over many addresses). */
async function throttleStart(starts: Throttler, instanceId: string, clientAddress: string): Promise<Throttle> {
  for (const name of ['testStartAddress', 'testStartAddressDaily'] as const) {
    const verdict = await starts.consume(name, [clientAddress]);
    if (!verdict.allowed) return verdict;
  }
  return starts.consume('surveyStartInstance', [instanceId]);
}

/**
 * Creates the response (once per start token) and says where the
 * respondent goes: the first section, or where they were if the token was
 * used before.
 */
export async function startSurvey(
  target: StartableSurvey,
  input: { token: string; honeypot: string; clientAddress: string },
  locale: Locale,
  /** Who the response belongs to; a function when claiming it has a cost (an invitation's use), so a refused start claims nothing. */
  attribution?: Attribution | (() => Promise<Attribution | undefined>),
  db: Database = getDb(),
  starts: Throttler = throttler,
): Promise<StartOutcome> {
  if (input.honeypot.trim() !== '') return { kind: 'refused' };
  if (!target.open) return { kind: 'closed' };
  let response: ResponseRow | null;
  // Counting the start and claiming an invitation write to the database too: a locked database is a 503 there as well.
  try {
    const throttled = await throttleStart(starts, target.instance.id, input.clientAddress);
    if (!throttled.allowed) return { kind: 'throttled', throttle: throttled };
    const owner = typeof attribution === 'function' ? await attribution() : attribution;
    response = await startResponse(input.token, { instanceId: target.instance.id, survey: target.survey }, locale, owner, db);
  } catch (error) {
    const code = unavailableCode(error);
    if (!code) throw error;
    console.error(`Database unavailable (${code}) while starting a response on survey ${target.instance.id}`);
    return { kind: 'unavailable' };
  }
  // A token first used on another survey is not this start's: offer a fresh one.
  if (!response || response.surveyInstanceId !== target.instance.id) return { kind: 'invalid-token' };
  const to = resumeTarget(input.token, { response, instance: target.instance, survey: target.survey }, locale);
  return { kind: 'started', response, to };
}

/** What a start page shows after a start that did not go through, and with which status. */
export interface StartFailure {
  status: number;
  /** The same token, offered again after a 503, so the retry makes exactly one response. */
  retryToken?: string;
  refused: boolean;
  closed: boolean;
  /** Set when the start was throttled: how long to wait. */
  throttle?: Throttle;
}

export function startFailure(outcome: Exclude<StartOutcome, { kind: 'started' }>, token: string): StartFailure {
  switch (outcome.kind) {
    case 'refused':
      return { status: 400, refused: true, closed: false };
    case 'closed':
      return { status: 410, refused: false, closed: true };
    case 'unavailable':
      return { status: 503, retryToken: token, refused: false, closed: false };
    case 'throttled':
      return { status: 429, retryToken: token, refused: false, closed: false, throttle: outcome.throttle };
    case 'invalid-token':
      // A forged or mangled token: the page starts cleanly with a new one.
      return { status: 200, refused: false, closed: false };
  }
}
