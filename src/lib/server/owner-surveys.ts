/**
 * The owner's side of survey instances: a coach for a client company, an
 * entrepreneur for their own. Creating one from a template, the list per
 * company with each survey's headline figure and number of answers, the
 * survey page (public link, QR code), opening and closing. Every function
 * asks access.ts first; anything the actor may not see reads as unknown,
 * so a guessed id gets the same 404 as an id that does not exist.
 */
import QRCode from 'qrcode';
import { z } from 'zod';
import { familyOf, surveyForInstance, templateChoices, type AnyFamily } from '../families/index.ts';
import type { ScoringModel } from '../families/types.ts';
import { markerName, optionFieldsFor, optionValues, parseOptions } from '../forms/survey-options.ts';
import { fill, messages, pick } from '../i18n/index.ts';
import { SURVEY_TITLE_MAX_CHARS } from '../limits.ts';
import { paths } from '../paths.ts';
import { cleanLine } from '../forms/parse-form.ts';
import { LOCALES, type Locale } from '../surveys/schema.ts';
import { can, type Actor } from './auth/access.ts';
import { getDb, type Database } from './db.ts';
import { findCompany, type CompanyRow } from './queries/organisations.ts';
import { resultsOf } from './survey-results.ts';
import { findInstance, insertInstance, instancesOfCompany, isOpen, updateInstanceStatus, type SurveyInstanceRow } from './queries/surveys.ts';

/** The company whose surveys the actor may run; null reads as unknown. */
export async function surveyCompany(actor: Actor, companyId: string, db: Database = getDb()): Promise<CompanyRow | null> {
  const company = companyId ? await findCompany(companyId, db) : undefined;
  return company && can(actor, { action: 'run-surveys', company }) ? company : null;
}

/** The instance with its company, when the actor may run that company's surveys. Instances without a company (the Growth Test doors) are nobody's to manage here. */
export async function ownedInstance(actor: Actor, id: string, db: Database): Promise<{ instance: SurveyInstanceRow; company: CompanyRow } | null> {
  const instance = id ? await findInstance(id, db) : undefined;
  if (!instance?.companyId) return null;
  const company = await surveyCompany(actor, instance.companyId, db);
  return company ? { instance, company } : null;
}

/** What a survey list or client row shows of an instance: the family's headline figure from its aggregated facts. */
async function headlineOf(instance: SurveyInstanceRow, locale: Locale, db: Database): Promise<string | null> {
  const built = await resultsOf(instance, db);
  return built ? built.family.dashboard.headline(built.results, locale) : null;
}

export interface SurveyListItem {
  id: string;
  title: string;
  /** The template's name in the reader's language. */
  kind: string;
  open: boolean;
  closesAt: Date | null;
  answers: number;
  headline: string | null;
  href: string;
}

/** A company's surveys, newest first; null when the actor may not run them. */
export async function listCompanySurveys(actor: Actor, companyId: string, locale: Locale, now = new Date(), db: Database = getDb()): Promise<SurveyListItem[] | null> {
  const company = await surveyCompany(actor, companyId, db);
  if (!company) return null;
  const rows = await instancesOfCompany(company.id, db);
  return Promise.all(
    rows.map(async (row) => {
      const survey = surveyForInstance(row);
      return {
        id: row.id,
        title: row.title,
        kind: survey ? pick(survey.title, locale) : row.templateId,
        open: isOpen(row, now),
        closesAt: row.closesAt,
        answers: row.answers,
        headline: await headlineOf(row, locale, db),
        href: paths.survey(locale, row.id),
      };
    }),
  );
}

/** The templates an owner chooses from: every registered family's current versions. */
export function templateOptions(locale: Locale): { value: string; label: string }[] {
  return templateChoices().map((t) => ({ value: t.id, label: pick(t.title, locale) }));
}

/** One family per template an owner can choose, in the order of the template list. */
function templateFamilies(): AnyFamily[] {
  return [...new Set(templateChoices().map((t) => familyOf(t.id)!))];
}

export interface OptionFieldset {
  model: ScoringModel;
  /** The template's name: the fieldset says which kind of survey its choices are for. */
  legend: string;
  marker: string;
  fields: ReturnType<typeof optionFieldsFor>;
}

/** The family-specific fieldsets of the new survey form, and their values (a post's, else each family's defaults). */
export function optionFieldsets(locale: Locale, form?: FormData): { fieldsets: OptionFieldset[]; values: Record<string, string[]> } {
  const families = templateFamilies();
  const fieldsets = families.flatMap((family) => {
    const fields = optionFieldsFor(family.model, locale);
    const template = templateChoices().find((t) => familyOf(t.id) === family)!;
    return fields.length ? [{ model: family.model, legend: pick(template.title, locale), marker: markerName(family.model), fields }] : [];
  });
  return { fieldsets, values: optionValues(families, form) };
}

/** A date input's value (YYYY-MM-DD); the survey closes at the start of that day, UTC. */
const DateSchema = z.iso.date();

export type CreateSurveyResult =
  | { ok: true; id: string }
  | { ok: false; values: Record<string, string | string[]>; fieldErrors: Record<string, string> };

/**
 * Creates a survey instance from a form post: company, template, title,
 * languages, optional closing date. Errors are localised messages per
 * field; null when the actor may not run this company's surveys.
 */
export async function createSurvey(actor: Actor, form: FormData, locale: Locale, now = new Date(), db: Database = getDb()): Promise<CreateSurveyResult | null> {
  const m = messages(locale).surveys;
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === 'string' ? value : '';
  };
  const company = await surveyCompany(actor, text('company'), db);
  if (!company || !actor) return null;
  const values = {
    company: company.id,
    template: text('template'),
    title: cleanLine(text('title')),
    locales: form.getAll('locales').filter((v): v is string => typeof v === 'string'),
    closesAt: text('closesAt').trim(),
  };
  const fieldErrors: Record<string, string> = {};
  const template = templateChoices().find((t) => t.id === values.template);
  const family = template && familyOf(template.id);
  if (!template || !family) fieldErrors.template = m.templateUnknown;
  if (!values.title || values.title.length > SURVEY_TITLE_MAX_CHARS) fieldErrors.title = fill(m.titleRequired, { max: SURVEY_TITLE_MAX_CHARS });
  const locales = LOCALES.filter((l) => values.locales.includes(l));
  if (locales.length === 0 || locales.length !== new Set(values.locales).size) fieldErrors.locales = m.localesRequired;
  let closesAt: Date | null = null;
  if (values.closesAt) {
    const parsed = DateSchema.safeParse(values.closesAt);
    closesAt = parsed.success ? new Date(`${parsed.data}T00:00:00Z`) : null;
    // The day itself must still be to come: a survey closing today or earlier would take nothing.
    if (!closesAt || closesAt.getTime() <= now.getTime()) fieldErrors.closesAt = m.dateInvalid;
  }
  // The family's own choices (service levels, channels offered, contact details), checked by its schema.
  const options = family ? parseOptions(family, form, locale) : undefined;
  if (options && !options.ok) Object.assign(fieldErrors, options.fieldErrors);
  const kept = { ...values, ...optionValues(templateFamilies(), form) };
  if (Object.keys(fieldErrors).length > 0 || !template || !options?.ok) return { ok: false, values: kept, fieldErrors };

  const row = await insertInstance({
    organisationId: company.organisationId,
    companyId: company.id,
    templateId: template.id,
    templateVersion: template.version,
    title: values.title,
    locales,
    options: options.options,
    closesAt,
    createdBy: actor.id,
  }, db);
  return { ok: true, id: row.id };
}

export interface SurveyPage {
  instance: SurveyInstanceRow;
  company: CompanyRow;
  kind: string;
  open: boolean;
  publicUrl: string;
  answers: number;
  headline: string | null;
}

/** Everything the survey's own page shows; null reads as unknown (404). */
export async function loadSurveyPage(actor: Actor, id: string, origin: string, locale: Locale, now = new Date(), db: Database = getDb()): Promise<SurveyPage | null> {
  const owned = await ownedInstance(actor, id, db);
  if (!owned) return null;
  const { instance, company } = owned;
  const list = await instancesOfCompany(company.id, db);
  const survey = surveyForInstance(instance);
  return {
    instance,
    company,
    kind: survey ? pick(survey.title, locale) : instance.templateId,
    open: isOpen(instance, now),
    publicUrl: publicLink(instance, origin),
    answers: list.find((r) => r.id === instance.id)?.answers ?? 0,
    headline: await headlineOf(instance, locale, db),
  };
}

/** The link respondents get, in the survey's first language. */
export function publicLink(instance: SurveyInstanceRow, origin: string): string {
  const locale = (LOCALES as readonly string[]).includes(instance.locales[0]) ? (instance.locales[0] as Locale) : 'nl';
  return new URL(paths.publicSurvey(locale, instance.publicId), origin).href;
}

/** Opens or closes a survey; false reads as unknown. */
export async function setSurveyOpen(actor: Actor, id: string, open: boolean, db: Database = getDb()): Promise<boolean> {
  const owned = await ownedInstance(actor, id, db);
  if (!owned) return false;
  await updateInstanceStatus(owned.instance.id, open ? 'open' : 'closed', db);
  return true;
}

/** The public link as a QR code: PNG bytes or an SVG document; null reads as unknown. */
export async function surveyQrCode(actor: Actor, id: string, origin: string, format: 'png' | 'svg', db: Database = getDb()): Promise<Uint8Array<ArrayBuffer> | string | null> {
  const owned = await ownedInstance(actor, id, db);
  if (!owned) return null;
  return qrCodeOf(publicLink(owned.instance, origin), format);
}

/** A link as a QR code, the way every public link's code is drawn. */
export async function qrCodeOf(url: string, format: 'png' | 'svg'): Promise<Uint8Array<ArrayBuffer> | string> {
  // Medium error correction survives a print smudge; a 4-module quiet zone is what scanners expect.
  const options = { errorCorrectionLevel: 'M' as const, margin: 4 };
  if (format === 'svg') return QRCode.toString(url, { ...options, type: 'svg' });
  return new Uint8Array(await QRCode.toBuffer(url, { ...options, type: 'png', width: 512 })) as Uint8Array<ArrayBuffer>;
}
