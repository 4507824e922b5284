/**
 * An organisation's branding: what its public test, reports and PDFs show
 * (brandingFor), and the coach's settings form with the logo upload
 * (saveBranding). The logo lives in the database, so any web process
 * serves it; its URL carries the moment it changed, so browsers may cache it.
 */
import { eq } from 'drizzle-orm';
import { leads, organisationBranding, organisations } from '../../../db/schema.ts';
import { GROWTH_TEST_ID } from '../families/index.ts';
import { HOME_TEST_ORGANISATION_KEY, readSetting } from './queries/site-settings.ts';
import { findInstance, SITE_GROWTH_TEST_INSTANCE, type SurveyInstanceRow } from './queries/surveys.ts';
import { checkLogo, type LogoMediaType, type LogoProblem } from '../branding/logo-check.ts';
import type { ReportBranding } from '../reports/branding.ts';
import { BrandingFormSchema, callToActionOf, type CallToAction } from '../branding/branding-form.ts';
import { parseForm } from '../forms/parse-form.ts';
import { paths } from '../paths.ts';
import { getDb, type Database } from './db.ts';
import { throttle, type Throttle } from './throttle/throttle.ts';

export interface Branding {
  organisationId: string;
  /** The name shown: the one the coach set, else the organisation's own. */
  name: string;
  logo: { bytes: Uint8Array; mediaType: LogoMediaType; version: number } | null;
  callToAction: CallToAction | null;
}

/** The branding of an organisation, or null for an unknown one. */
export async function brandingFor(organisationId: string, db: Database = getDb()): Promise<Branding | null> {
  const [row] = await db
    .select({ name: organisations.name, branding: organisationBranding })
    .from(organisations)
    .leftJoin(organisationBranding, eq(organisationBranding.organisationId, organisations.id))
    .where(eq(organisations.id, organisationId))
    .limit(1);
  if (!row) return null;
  const b = row.branding;
  return {
    organisationId,
    name: b?.displayName || row.name,
    logo: b?.logo && b.logoType ? { bytes: new Uint8Array(b.logo), mediaType: b.logoType as LogoMediaType, version: b.updatedAt?.getTime() ?? 0 } : null,
    callToAction: b ? callToActionOf(b) : null,
  };
}

/** Where a page finds the logo: the version in the query makes a new upload a new URL. */
/** What the report's PDF cover draws of an organisation's branding. */
export function toReportBranding(branding: Branding | null): ReportBranding | null {
  if (!branding) return null;
  const action = branding.callToAction;
  return {
    name: branding.name,
    logo: branding.logo?.bytes ?? null,
    callToAction: action === null ? null : action.kind === 'url' ? action.url : action.phone,
  };
}

export function logoPath(branding: Pick<Branding, 'organisationId' | 'logo'>): string | null {
  return branding.logo ? paths.logo(branding.organisationId, branding.logo.version) : null;
}

/** The settings page's start values. */
export async function brandingSettings(organisationId: string, db: Database = getDb()) {
  const row = await db.query.organisationBranding.findFirst({ where: eq(organisationBranding.organisationId, organisationId) });
  return { displayName: row?.displayName ?? '', ctaUrl: row?.ctaUrl ?? '', ctaPhone: row?.ctaPhone ?? '', hasLogo: Boolean(row?.logo) };
}

export type BrandingOutcome =
  | { kind: 'saved' }
  | { kind: 'invalid'; values: Record<string, string>; fieldErrors: Record<string, string> }
  | { kind: 'logo'; problem: LogoProblem; values: Record<string, string> }
  | { kind: 'throttled'; throttle: Throttle; values: Record<string, string> };

const formValues = (form: FormData) =>
  Object.fromEntries(['displayName', 'ctaUrl', 'ctaPhone'].map((k) => [k, typeof form.get(k) === 'string' ? (form.get(k) as string) : '']));

/** Saves the form (and a new logo, if one was chosen and passes the checks); nothing is saved when any part is refused. */
export async function saveBranding(organisationId: string, userId: string, form: FormData, db: Database = getDb(), now = new Date()): Promise<BrandingOutcome> {
  const values = formValues(form);
  const throttled = await throttle('brandingWrite', userId);
  if (!throttled.allowed) return { kind: 'throttled', throttle: throttled, values };
  const parsed = parseForm(BrandingFormSchema, form);
  if (!parsed.ok) return { kind: 'invalid', values, fieldErrors: parsed.fieldErrors };
  const file = form.get('logo');
  let logo: { bytes: Buffer; mediaType: LogoMediaType } | null | undefined = parsed.data.removeLogo ? null : undefined;
  // A browser sends an empty file part when nothing was chosen: that keeps the logo.
  if (file instanceof File && (file.size > 0 || file.name !== '')) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const checked = checkLogo(bytes);
    if (!checked.ok) return { kind: 'logo', problem: checked.problem, values };
    logo = { bytes: Buffer.from(bytes), mediaType: checked.mediaType };
  }
  const fields = {
    displayName: parsed.data.displayName || null,
    ctaUrl: parsed.data.ctaUrl || null,
    ctaPhone: parsed.data.ctaPhone || null,
    updatedAt: now,
    ...(logo !== undefined ? { logo: logo?.bytes ?? null, logoType: logo?.mediaType ?? null } : {}),
  };
  await db
    .insert(organisationBranding)
    .values({ organisationId, ...fields })
    .onConflictDoUpdate({ target: organisationBranding.organisationId, set: fields });
  return { kind: 'saved' };
}

/**
 * The organisation a Growth Test respondent deals with: the instance's
 * organisation (its public link, an invitation), or for the home page's
 * test the one the administrator chose. Customer and team surveys run for
 * a client company and show no coach's branding.
 */
export async function ownerOfTest(instance: Pick<SurveyInstanceRow, 'id' | 'organisationId' | 'templateId'>, db: Database = getDb()): Promise<string | null> {
  if (instance.templateId !== GROWTH_TEST_ID) return null;
  if (instance.organisationId) return instance.organisationId;
  return instance.id === SITE_GROWTH_TEST_INSTANCE ? readSetting(HOME_TEST_ORGANISATION_KEY, db) : null;
}

/** What a respondent's pages show of the organisation behind the test, or null (none, or a survey that is not a Growth Test). */
export async function respondentBranding(instance: Pick<SurveyInstanceRow, 'id' | 'organisationId' | 'templateId'>, db: Database = getDb()): Promise<Branding | null> {
  const owner = await ownerOfTest(instance, db);
  return owner ? brandingFor(owner, db) : null;
}

/** The branding a report shows, and whether that organisation has this respondent as a lead (then the report says it will be in touch). */
export async function reportBranding(response: { id: string; surveyInstanceId: string }, db: Database = getDb()): Promise<{ branding: Branding; contacting: boolean } | null> {
  const instance = await findInstance(response.surveyInstanceId, db);
  const branding = instance && (await respondentBranding(instance, db));
  if (!branding) return null;
  const lead = await db.query.leads.findFirst({ columns: { organisationId: true }, where: eq(leads.responseId, response.id) });
  return { branding, contacting: lead?.organisationId === branding.organisationId };
}
