/**
 * The whole data model. Answers are JSON keyed by question id (one shape for
 * every survey); scores are derived from them and cached for aggregates.
 */
import { sql } from 'drizzle-orm';
import { blob, index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

const timestamp = (name: string) => integer(name, { mode: 'timestamp_ms' });
const createdAt = () => timestamp('created_at').notNull().default(sql`(unixepoch('subsec') * 1000)`);

/** A consultancy: consultants work for one; client companies belong to one. */
export const organisations = sqliteTable('organisations', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  /** Anonymous, unclaimed tests attributed to this organisation are deleted after this many months; null keeps them. */
  retentionMonths: integer('retention_months'),
  createdAt: createdAt(),
});

/** A client company: the entrepreneur's business. */
export const companies = sqliteTable(
  'companies',
  {
    id: text('id').primaryKey(),
    organisationId: text('organisation_id').references(() => organisations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    sector: text('sector'),
    sizeBand: text('size_band'),
    createdAt: createdAt(),
  },
  // Name order as the client list sorts (case-insensitive), so a page of names reads 25 index entries, not every client.
  (t) => [index('companies_org_name_idx').on(t.organisationId, sql`${t.name} collate nocase`, t.id)],
);

export const users = sqliteTable('users', {
  id: text('id').primaryKey(),
  /** Stored lower-cased and trimmed. */
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  passwordHash: text('password_hash').notNull(),
  role: text('role', { enum: ['admin', 'consultant', 'entrepreneur'] }).notNull(),
  organisationId: text('organisation_id').references(() => organisations.id, { onDelete: 'cascade' }),
  companyId: text('company_id').references(() => companies.id, { onDelete: 'set null' }),
  locale: text('locale', { enum: ['nl', 'en'] }).notNull().default('nl'),
  createdAt: createdAt(),
});

/** Lucia-style sessions: the cookie holds `<id>.<secret>`, only a hash of the secret is stored. */
export const sessions = sqliteTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    secretHash: blob('secret_hash', { mode: 'buffer' }).notNull(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    expiresAt: timestamp('expires_at').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/** Links a consultant or administrator hands out: test invitations, consultant invitations, password resets. */
export const invites = sqliteTable('invites', {
  id: text('id').primaryKey(),
  secretHash: blob('secret_hash', { mode: 'buffer' }).notNull(),
  kind: text('kind', { enum: ['growth-test', 'consultant', 'password-reset'] }).notNull(),
  organisationId: text('organisation_id').references(() => organisations.id, { onDelete: 'cascade' }),
  companyId: text('company_id').references(() => companies.id, { onDelete: 'cascade' }),
  userId: text('user_id').references(() => users.id, { onDelete: 'cascade' }),
  createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
  expiresAt: timestamp('expires_at').notNull(),
  usedAt: timestamp('used_at'),
  /** Growth Test invitations: how many tests the link may start (the coach chooses), and how many it started. */
  maxUses: integer('max_uses'),
  uses: integer('uses').notNull().default(0),
  /** Set when the coach revokes the link; it opens nothing from then on. */
  revokedAt: timestamp('revoked_at'),
  createdAt: createdAt(),
});

/** A consultant's private notes on a client company. */
export const notes = sqliteTable(
  'notes',
  {
    id: text('id').primaryKey(),
    companyId: text('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    authorId: text('author_id').references(() => users.id, { onDelete: 'set null' }),
    body: text('body').notNull(),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at'),
  },
  (t) => [index('notes_company_idx').on(t.companyId, t.createdAt)],
);

/**
 * One respondent's answers to one survey definition version. Created when
 * the respondent starts, updated at every step, completed once.
 */
export const responses = sqliteTable(
  'responses',
  {
    id: text('id').primaryKey(),
    /** Hash of the secret half of the respondent's `<id>.<secret>` link token (resume and report). */
    secretHash: blob('secret_hash', { mode: 'buffer' }).notNull(),
    surveyId: text('survey_id').notNull(),
    surveyVersion: integer('survey_version').notNull(),
    locale: text('locale', { enum: ['nl', 'en'] }).notNull(),
    status: text('status', { enum: ['in_progress', 'completed'] }).notNull().default('in_progress'),
    /** JSON object: question id → answer value. */
    answers: text('answers', { mode: 'json' }).$type<Record<string, unknown>>().notNull().default(sql`'{}'`),
    /** Bumped on every save, so two concurrent saves cannot silently overwrite each other. */
    revision: integer('revision').notNull().default(0),
    /** The section the respondent last saved: resume continues after it. */
    lastSectionId: text('last_section_id'),
    /** Cached at completion for aggregates; the report recomputes from answers. */
    overallScore: real('overall_score'),
    opportunity: text('opportunity'),
    sector: text('sector'),
    sizeBand: text('size_band'),
    organisationId: text('organisation_id').references(() => organisations.id, { onDelete: 'set null' }),
    companyId: text('company_id').references(() => companies.id, { onDelete: 'cascade' }),
    invitedBy: text('invited_by').references(() => users.id, { onDelete: 'set null' }),
    isDemo: integer('is_demo', { mode: 'boolean' }).notNull().default(false),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at'),
    completedAt: timestamp('completed_at'),
  },
  (t) => [
    index('responses_survey_done_idx').on(t.surveyId, t.status, t.completedAt),
    // Covers "the latest completed test of this company" (the client list's subquery) without reading a row.
    index('responses_company_latest_idx').on(t.companyId, t.status, t.completedAt, t.id),
    index('responses_org_idx').on(t.organisationId, t.completedAt),
    index('responses_demo_idx').on(t.isDemo),
  ],
);

/** Per-area scores of completed responses, denormalised for percentiles and aggregates. */
export const areaScores = sqliteTable(
  'area_scores',
  {
    responseId: text('response_id')
      .notNull()
      .references(() => responses.id, { onDelete: 'cascade' }),
    surveyId: text('survey_id').notNull(),
    area: text('area').notNull(),
    score: real('score').notNull(),
    sector: text('sector'),
    sizeBand: text('size_band'),
  },
  (t) => [
    uniqueIndex('area_scores_pk').on(t.responseId, t.area),
    index('area_scores_all_idx').on(t.surveyId, t.area, t.score),
    index('area_scores_sector_idx').on(t.surveyId, t.area, t.sector, t.score),
    index('area_scores_size_idx').on(t.surveyId, t.area, t.sizeBand, t.score),
  ],
);

/** Fixed-window counters for throttling, in the database so every process sees the same count. */
export const rateLimits = sqliteTable('rate_limits', {
  key: text('key').primaryKey(),
  windowStart: integer('window_start').notNull(),
  count: integer('count').notNull(),
});
