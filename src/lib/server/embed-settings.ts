/**
 * The owner's side of the widget: which survey they may set up for
 * embedding (their company's surveys, and a coach's organisation Growth
 * Test), saving its embed origins, and the snippet per mode. The snippet's
 * own link is the survey's public link, so a page without JavaScript (or
 * with Koers down) still leads to the survey.
 */
import { eq } from 'drizzle-orm';
import { surveys } from '../../../db/schema.ts';
import { parseOriginsText } from '../forms/embed-origins.ts';
import { messages } from '../i18n/index.ts';
import { paths } from '../paths.ts';
import { LOCALES, type Locale } from '../surveys/schema.ts';
import type { Actor } from './auth/access.ts';
import { getDb, type Database } from './db.ts';
import { ownedInstance } from './owner-surveys.ts';
import { organisationGrowthTest, type SurveyInstanceRow } from './queries/surveys.ts';

export const EMBED_MODES = ['inline', 'popup', 'slide-in'] as const;
export type EmbedMode = (typeof EMBED_MODES)[number];

/** The organisation Growth Test a coach sets up for their own site; null for anyone else. */
export async function embeddableGrowthTest(actor: Actor, db: Database = getDb()): Promise<SurveyInstanceRow | null> {
  if (actor?.role !== 'consultant' || !actor.organisationId) return null;
  return organisationGrowthTest(actor.organisationId, db);
}

/** A company survey the actor runs; null reads as unknown. */
export async function embeddableSurvey(actor: Actor, id: string, db: Database = getDb()): Promise<SurveyInstanceRow | null> {
  return (await ownedInstance(actor, id, db))?.instance ?? null;
}

export type SaveOriginsResult = { ok: true } | { ok: false; text: string; error: string };

/** Saves the origins typed in the form (one per line) on an instance the caller already checked access to. */
export async function saveEmbedOrigins(instance: SurveyInstanceRow, form: FormData, locale: Locale, db: Database = getDb()): Promise<SaveOriginsResult> {
  const value = form.get('origins');
  const parsed = parseOriginsText(typeof value === 'string' ? value : '', locale);
  if (!parsed.ok) return parsed;
  await db.update(surveys).set({ embedOrigins: parsed.origins }).where(eq(surveys.id, instance.id));
  return { ok: true };
}

export interface EmbedSnippet {
  mode: EmbedMode;
  code: string;
}

/** The survey's first language: the snippet's link and texts are in it. */
function surveyLocale(instance: SurveyInstanceRow): Locale {
  return (LOCALES as readonly string[]).includes(instance.locales[0]) ? (instance.locales[0] as Locale) : 'nl';
}

/** The placeholder's attributes and link, as the snippet and the owner's live preview both use them. */
export function placeholderOf(instance: SurveyInstanceRow, mode: EmbedMode, origin: string) {
  const locale = surveyLocale(instance);
  const m = messages(locale).embed;
  return {
    publicId: instance.publicId,
    mode,
    lang: locale === 'en' ? 'en' : undefined,
    href: new URL(paths.publicSurvey(locale, instance.publicId), origin).href,
    text: mode === 'inline' ? m.linkText : m.buttonText,
    /** The slide-in of the example opens by itself after a few seconds as well. */
    delay: mode === 'slide-in' ? 5 : undefined,
  };
}

/** The HTML a site owner pastes, per mode. Every value in it is a public id, an origin or a catalogue text (escaped anyway). */
export function embedSnippets(instance: SurveyInstanceRow, origin: string): EmbedSnippet[] {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  const script = new URL(paths.embedScript, origin).href;
  return EMBED_MODES.map((mode) => {
    const p = placeholderOf(instance, mode, origin);
    const attributes = [`data-koers-survey="${p.publicId}"`, `data-koers-mode="${mode}"`];
    if (p.lang) attributes.push(`data-koers-lang="${p.lang}"`);
    if (p.delay) attributes.push(`data-koers-delay="${p.delay}"`);
    const code = [
      `<div ${attributes.join(' ')}>`,
      `  <a href="${escape(p.href)}">${escape(p.text)}</a>`,
      '</div>',
      `<script src="${escape(script)}" async></script>`,
    ].join('\n');
    return { mode, code };
  });
}
