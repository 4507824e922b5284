/**
 * The contract every survey family fulfils (Growth Test, customer
 * satisfaction, complaint thresholds, customer focus). Shared code (the
 * respondent flow, the results and dashboard pages, exports) asks the
 * registry in ./index.ts for these parts and never imports a family's own
 * constants, so a new family is one new folder.
 *
 * How results stay fast as answers grow: at completion a family turns one
 * response into numeric *facts* (`extractFacts`, pure). The database keeps
 * them in a generic table and, in the same batch, adds them to a
 * pre-aggregated count per (instance, key, value, month) (`fact_counts`,
 * src/lib/server/queries/fact-counts.ts); the family's `buildResults` (pure)
 * turns those counts into the figures a results page shows. No results page
 * reads every answer, nor groups them.
 */
import type { Answers } from '../surveys/answers.ts';
import type { Locale, Survey } from '../surveys/schema.ts';

/** The scoring model a family implements; also the key of the registry. */
export type ScoringModel = 'growth-test' | 'customer-satisfaction' | 'complaint-thresholds' | 'customer-focus';

/** One number a completed response contributes to its survey's aggregates. */
export interface Fact {
  /** lower_snake_case or dotted key, e.g. `nps`, `expectation`, `level.we`, `barrier.action`. */
  key: string;
  /** The value counted: a score, a 0–10 rating, a 0/1 flag, or an option's index. */
  value: number;
}

/** What one completed response contributes, computed once at completion. */
export interface ResponseFacts {
  /** The family's overall 0–100 figure for this response, or null when it has none. */
  overall: number | null;
  /** The one thing a report of this response leads with (the Growth Test's opportunity area), or null. */
  headline: string | null;
  facts: Fact[];
}

/** Aggregated facts of one survey instance: how many completed responses had `key` = `value` in `month`. */
export interface FactCount {
  key: string;
  value: number;
  /** Month of completion, `YYYY-MM` (UTC). */
  month: string;
  count: number;
}

/**
 * Options an owner sets on a survey instance, checked by the family's zod
 * schema when the survey is created or edited (e.g. which optional questions
 * are on, which complaint channels the company offers, whether contact
 * details are asked).
 */
export type InstanceOptions = Record<string, unknown>;
