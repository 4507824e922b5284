/**
 * The family-specific part of the "new survey" form: which fields each
 * family's owner options get (keyed by scoring model, so the form and
 * createSurvey hold no family constants), reading them from a post, and
 * checking them with the family's own optionsSchema. A family without
 * fields here gets its defaults.
 *
 * Field names are `opt.<model>.<option>`. Each family's fields come with a
 * hidden `opt.<model>` marker: a post without it (a script, an older form)
 * gets the family's defaults rather than "every box unticked".
 */
import type { z } from 'zod';
import { CHANNELS } from '../families/complaint-thresholds/model.ts';
import { texts as complaintTexts } from '../families/complaint-thresholds/index.ts';
import { SERVICE_LEVELS } from '../families/customer-satisfaction/model.ts';
import { texts as satisfactionTexts } from '../families/customer-satisfaction/index.ts';
import type { ScoringModel } from '../families/types.ts';
import { messages, pick } from '../i18n/index.ts';
import type { Locale, Localized } from '../surveys/schema.ts';

export type OptionField =
  | { kind: 'choices'; option: string; label: Localized; choices: { value: string; label: Localized }[] }
  | { kind: 'flag'; option: string; label: Localized; hint?: Localized };

const ASK_CONTACT: OptionField = {
  kind: 'flag',
  option: 'askContact',
  label: { nl: 'Vraag om contactgegevens', en: 'Ask for contact details' },
  hint: {
    nl: 'Alleen wie daar uitdrukkelijk toestemming voor geeft, laat gegevens achter; zonder dit vinkje blijven alle antwoorden anoniem.',
    en: 'Only respondents who explicitly consent leave their details; without this box all answers stay anonymous.',
  },
};

export const OPTION_FIELDS: Record<ScoringModel, OptionField[]> = {
  'growth-test': [],
  'customer-satisfaction': [
    {
      kind: 'choices',
      option: 'serviceLevels',
      label: { nl: 'Over welke onderdelen van de dienstverlening vragen we?', en: 'Which parts of the service do we ask about?' },
      choices: SERVICE_LEVELS.map((level) => ({ value: level, label: satisfactionTexts.serviceLevel[level] })),
    },
    ASK_CONTACT,
  ],
  'complaint-thresholds': [
    {
      kind: 'choices',
      option: 'offeredChannels',
      label: { nl: 'Via welke kanalen kunnen klanten nu bij jullie klagen?', en: 'Through which channels can customers complain to you now?' },
      choices: CHANNELS.map((channel) => ({ value: channel, label: complaintTexts.channelName[channel] })),
    },
    ASK_CONTACT,
  ],
  // The team codes are a feature still to come: nothing to choose yet.
  'customer-focus': [],
};

export const fieldName = (model: ScoringModel, option: string) => `opt.${model}.${option}`;
export const markerName = (model: ScoringModel) => `opt.${model}`;

/** The form's values of every family's fields: from a post, or each family's defaults for a fresh form. */
export function optionValues(
  families: { model: ScoringModel; optionsSchema: z.ZodType<Record<string, unknown>> }[],
  form?: FormData,
): Record<string, string[]> {
  const values: Record<string, string[]> = {};
  for (const family of families) {
    const posted = form?.has(markerName(family.model));
    const defaults = family.optionsSchema.safeParse({});
    for (const field of OPTION_FIELDS[family.model]) {
      const name = fieldName(family.model, field.option);
      if (posted) values[name] = form!.getAll(name).filter((v): v is string => typeof v === 'string');
      else {
        const value = defaults.success ? defaults.data[field.option] : undefined;
        values[name] = field.kind === 'flag' ? (value === true ? ['on'] : []) : Array.isArray(value) ? value.map(String) : [];
      }
    }
  }
  return values;
}

export type ParsedOptions = { ok: true; options: Record<string, unknown> } | { ok: false; fieldErrors: Record<string, string> };

/** The chosen family's options from a post, checked by its schema; errors are localised messages at each field. */
export function parseOptions(
  family: { model: ScoringModel; optionsSchema: z.ZodType<Record<string, unknown>> },
  form: FormData,
  locale: Locale,
): ParsedOptions {
  const raw: Record<string, unknown> = {};
  if (form.has(markerName(family.model))) {
    for (const field of OPTION_FIELDS[family.model]) {
      const values = form.getAll(fieldName(family.model, field.option)).filter((v): v is string => typeof v === 'string');
      raw[field.option] = field.kind === 'flag' ? values.includes('on') : values;
    }
  }
  const parsed = family.optionsSchema.safeParse(raw);
  if (parsed.success) return { ok: true, options: parsed.data };
  const m = messages(locale).surveys;
  const fieldErrors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const option = String(issue.path[0] ?? '');
    const known = OPTION_FIELDS[family.model].some((f) => f.option === option);
    fieldErrors[known ? fieldName(family.model, option) : '_form'] = m.optionsInvalid;
  }
  return { ok: false, fieldErrors };
}

/** The fields of one family for the form, with words in the reader's language. */
export function optionFieldsFor(model: ScoringModel, locale: Locale) {
  return OPTION_FIELDS[model].map((field) => ({
    ...field,
    name: fieldName(model, field.option),
    label: pick(field.label, locale),
    hint: field.kind === 'flag' && field.hint ? pick(field.hint, locale) : undefined,
    choices: field.kind === 'choices' ? field.choices.map((c) => ({ value: c.value, label: pick(c.label, locale) })) : [],
  }));
}
