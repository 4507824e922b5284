/**
 * The whole data model. Answers are JSON keyed by question id (one shape for
 * every survey); scores are derived from them and cached for aggregates.
 */
import { sql } from 'drizzle-orm';
import { blob, index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

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
 * What was agreed with a client and who does it by when: a coach's shared
 * to-do list on the client page. `owner` is a free-text name, not a user,
 * so the client's own people can own an item ("Anna (klant)"). `dueOn` is a
 * calendar day ('YYYY-MM-DD'), not an instant: a deadline has no time zone.
 */
export const actionItems = sqliteTable(
  'action_items',
  {
    id: text('id').primaryKey(),
    companyId: text('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    text: text('text').notNull(),
    owner: text('owner').notNull(),
    dueOn: text('due_on').notNull(),
    doneAt: timestamp('done_at'),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [index('action_items_company_due_idx').on(t.companyId, t.dueOn)],
);

/**
 * A survey instance: an owner's run of one template version (the Growth
 * Test, a customer satisfaction survey, ...) for one client company, with
 * its own public link. The site-wide public Growth Test is an instance too
 * (no organisation, no company), and so is each organisation's own Growth
 * Test that invitations start on (no company).
 */
export const surveys = sqliteTable(
  'surveys',
  {
    id: text('id').primaryKey(),
    /** The unguessable id in the public link (/v/<publicId>): 128 random bits, URL-safe. */
    publicId: text('public_id').notNull(),
    organisationId: text('organisation_id').references(() => organisations.id, { onDelete: 'cascade' }),
    companyId: text('company_id').references(() => companies.id, { onDelete: 'cascade' }),
    /** The definition new responses get: a template id of the families registry and its version. */
    templateId: text('template_id').notNull(),
    templateVersion: integer('template_version').notNull(),
    title: text('title').notNull(),
    /** JSON array of the language codes respondents may answer in, the first the default. */
    locales: text('locales', { mode: 'json' }).$type<string[]>().notNull(),
    /** JSON object checked by the family's options schema (optional questions on, channels offered, ...). */
    options: text('options', { mode: 'json' }).$type<Record<string, unknown>>().notNull().default(sql`'{}'`),
    status: text('status', { enum: ['open', 'closed'] }).notNull().default('open'),
    /** After this moment the survey takes no new answers, whatever its status. */
    closesAt: timestamp('closes_at'),
    /**
     * JSON array of the origins (https://shop.example) allowed to frame this
     * survey's embed route; empty: no site may. Checked by EmbedOriginsSchema.
     */
    embedOrigins: text('embed_origins', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('surveys_public_id_idx').on(t.publicId),
    index('surveys_company_idx').on(t.companyId, t.createdAt),
    index('surveys_org_idx').on(t.organisationId, t.templateId),
  ],
);

/**
 * One respondent's answers to one survey instance, against the template
 * version the instance served when they started. Created when the
 * respondent starts, updated at every step, completed once.
 */
export const responses = sqliteTable(
  'responses',
  {
    id: text('id').primaryKey(),
    /** Hash of the secret half of the respondent's `<id>.<secret>` link token (resume and report). */
    secretHash: blob('secret_hash', { mode: 'buffer' }).notNull(),
    surveyInstanceId: text('survey_instance_id')
      .notNull()
      .references(() => surveys.id, { onDelete: 'cascade' }),
    /** The definition the answers were given against (kept even if the instance moves to a newer version). */
    templateId: text('template_id').notNull(),
    templateVersion: integer('template_version').notNull(),
    locale: text('locale', { enum: ['nl', 'en'] }).notNull(),
    status: text('status', { enum: ['in_progress', 'completed'] }).notNull().default('in_progress'),
    /** JSON object: question id → answer value. */
    answers: text('answers', { mode: 'json' }).$type<Record<string, unknown>>().notNull().default(sql`'{}'`),
    /** Bumped on every save, so two concurrent saves cannot silently overwrite each other. */
    revision: integer('revision').notNull().default(0),
    /** The section the respondent last saved: resume continues after it. */
    lastSectionId: text('last_section_id'),
    /** Cached at completion (the family's `extractFacts`) for lists and aggregates; a report recomputes from answers. */
    overallScore: real('overall_score'),
    /** What a report of this response leads with (the Growth Test's opportunity area), or null. */
    headline: text('headline'),
    organisationId: text('organisation_id').references(() => organisations.id, { onDelete: 'set null' }),
    companyId: text('company_id').references(() => companies.id, { onDelete: 'cascade' }),
    invitedBy: text('invited_by').references(() => users.id, { onDelete: 'set null' }),
    isDemo: integer('is_demo', { mode: 'boolean' }).notNull().default(false),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at'),
    completedAt: timestamp('completed_at'),
    /** Started through the embed route (/e/<publicId>): its pages keep the compact layout and may be framed by the survey's embed origins. */
    embedded: integer('embedded', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [
    index('responses_template_done_idx').on(t.templateId, t.status, t.completedAt),
    index('responses_instance_done_idx').on(t.surveyInstanceId, t.status, t.completedAt),
    // Covers "the latest completed test of this family for this company" (the client list's subquery) without reading a row.
    index('responses_company_latest_idx').on(t.companyId, t.templateId, t.status, t.completedAt, t.id),
    index('responses_org_idx').on(t.organisationId, t.completedAt),
    index('responses_demo_idx').on(t.isDemo),
  ],
);

/**
 * The numbers a completed response contributes to aggregates (a family's
 * `extractFacts`): one row per (key, value). Results pages GROUP BY
 * (key, value, month) per instance; benchmarks compare one template's
 * facts across instances.
 */
export const responseFacts = sqliteTable(
  'response_facts',
  {
    responseId: text('response_id')
      .notNull()
      .references(() => responses.id, { onDelete: 'cascade' }),
    surveyInstanceId: text('survey_instance_id').notNull(),
    templateId: text('template_id').notNull(),
    key: text('key').notNull(),
    value: real('value').notNull(),
    /** Month of completion, `YYYY-MM` (UTC). */
    month: text('month').notNull(),
  },
  (t) => [
    // Also covers one response's facts (the report's own scores, a client's latest areas).
    uniqueIndex('response_facts_pk').on(t.responseId, t.key, t.value),
    index('response_facts_instance_idx').on(t.surveyInstanceId, t.key, t.value, t.month),
    index('response_facts_template_idx').on(t.templateId, t.key, t.value),
  ],
);

/**
 * An instance's facts counted per (key, value, month), kept up to date in
 * the completion batch (count + 1 per fact) and recomputed from
 * response_facts for the instances a deletion touched. A results page reads
 * its instance's rows in one range of the primary key, so it costs the
 * same at 1,000 answers as at 100,000.
 */
export const factCounts = sqliteTable(
  'fact_counts',
  {
    surveyInstanceId: text('survey_instance_id')
      .notNull()
      .references(() => surveys.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    value: real('value').notNull(),
    /** Month of completion, `YYYY-MM` (UTC). */
    month: text('month').notNull(),
    count: integer('count').notNull(),
  },
  (t) => [primaryKey({ columns: [t.surveyInstanceId, t.key, t.value, t.month] })],
);

/**
 * Generic string dimensions of a completed response that peer groups are
 * formed by (the Growth Test's sector and size band), so benchmarks can
 * compare like with like without columns of one family on `responses`.
 */
export const responseSegments = sqliteTable(
  'response_segments',
  {
    responseId: text('response_id')
      .notNull()
      .references(() => responses.id, { onDelete: 'cascade' }),
    templateId: text('template_id').notNull(),
    dimension: text('dimension').notNull(),
    value: text('value').notNull(),
  },
  (t) => [
    uniqueIndex('response_segments_pk').on(t.responseId, t.dimension),
    index('response_segments_peer_idx').on(t.templateId, t.dimension, t.value, t.responseId),
  ],
);

/**
 * What each completed response contributes to the peer groups a personal
 * report compares with: one row per response, group and compared fact. A
 * family whose report compares with peers (`peerFactKeys`, `peerDimensions`
 * in the families registry) gets a row per key for everyone (dimension
 * `all`, segment '') and per dimension it has a value for. Written in the
 * completion's batch, deleted with the response. The ledger behind
 * peer_value_counts: triggers in the migration keep those counts equal to
 * these rows (if drizzle-kit ever rebuilds this table, re-create them).
 */
export const peerFacts = sqliteTable(
  'peer_facts',
  {
    responseId: text('response_id')
      .notNull()
      .references(() => responses.id, { onDelete: 'cascade' }),
    templateId: text('template_id').notNull(),
    /** A segment dimension (`sector`, `size_band`) or `all`. */
    dimension: text('dimension').notNull(),
    /** The response's value of that dimension; '' for `all`. */
    segment: text('segment').notNull(),
    key: text('key').notNull(),
    value: real('value').notNull(),
  },
  // One row per response, group and key: completing twice writes nothing twice; deletion finds a response's rows.
  (t) => [uniqueIndex('peer_facts_pk').on(t.responseId, t.dimension, t.key)],
);

/**
 * How many responses of a peer group scored each value of a fact: what a
 * report's percentiles are counted on. Maintained only by the triggers on
 * peer_facts (insert +1, delete −1, a count at 0 removed); never written by
 * code. A group's size and the count below a score are sums over one range
 * of peer_value_counts_range_idx, whose length is the number of distinct
 * values (Growth Test areas: 0–100 in tenths, at most 1,001), not the number
 * of responses: counting rows instead took 80–90 ms for a 95,000-test
 * group, joining segments to facts 180–940 ms (issue 9, bench/README.md).
 */
export const peerValueCounts = sqliteTable(
  'peer_value_counts',
  {
    templateId: text('template_id').notNull(),
    dimension: text('dimension').notNull(),
    segment: text('segment').notNull(),
    key: text('key').notNull(),
    value: real('value').notNull(),
    n: integer('n').notNull(),
  },
  (t) => [
    // The triggers' upsert target.
    uniqueIndex('peer_value_counts_pk').on(t.templateId, t.dimension, t.segment, t.key, t.value),
    // Covering, with the count: a percentile never reads the table.
    index('peer_value_counts_range_idx').on(t.templateId, t.dimension, t.segment, t.key, t.value, t.n),
  ],
);

/** Fixed-window counters for throttling, in the database so every process sees the same count. */
export const rateLimits = sqliteTable('rate_limits', {
  key: text('key').primaryKey(),
  windowStart: integer('window_start').notNull(),
  count: integer('count').notNull(),
});

/**
 * Work that must happen after a request, never during it: mails and webhook
 * deliveries. A row is written in the same transaction as the change that
 * causes it (a completed response, an invitation), so a killed process
 * loses none, and a worker in any server process claims it, delivers it and
 * records the attempt (src/lib/server/outbox/).
 */
export const outbox = sqliteTable(
  'outbox',
  {
    id: text('id').primaryKey(),
    /** Which handler delivers it: 'mail', 'webhook', 'lead-created'. */
    kind: text('kind').notNull(),
    /** What the event belongs to (a survey instance for webhooks), for the log its owner reads. */
    subjectId: text('subject_id'),
    /** Makes enqueueing idempotent: a second event with the same key is dropped. */
    dedupeKey: text('dedupe_key'),
    payload: text('payload', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    status: text('status', { enum: ['pending', 'delivered', 'failed'] }).notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at').notNull(),
    /** The worker holding it, and until when: a claim that runs out (a killed worker) frees the event. */
    claimedBy: text('claimed_by'),
    claimedUntil: timestamp('claimed_until'),
    createdAt: createdAt(),
    finishedAt: timestamp('finished_at'),
  },
  (t) => [
    uniqueIndex('outbox_dedupe_idx').on(t.dedupeKey),
    index('outbox_due_idx').on(t.status, t.nextAttemptAt),
    index('outbox_subject_idx').on(t.subjectId, t.createdAt),
  ],
);

/** One delivery attempt of an outbox event: the log a survey owner reads for their webhook. */
export const outboxAttempts = sqliteTable(
  'outbox_attempts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    eventId: text('event_id')
      .notNull()
      .references(() => outbox.id, { onDelete: 'cascade' }),
    attemptedAt: timestamp('attempted_at').notNull(),
    ok: integer('ok', { mode: 'boolean' }).notNull(),
    /** The receiver's HTTP status, when there was one. */
    statusCode: integer('status_code'),
    /** A short reason (timeout, refused address, SMTP reply), never the payload. */
    error: text('error'),
    durationMs: integer('duration_ms').notNull(),
  },
  (t) => [index('outbox_attempts_event_idx').on(t.eventId, t.attemptedAt)],
);

/**
 * A survey's webhook: where Koers POSTs each completed response, and the
 * Standard Webhooks secret it signs with. The secret is kept in clear
 * because signing needs it; it is shown to the owner once, when made, and
 * never rendered, logged or put in an event again (src/lib/server/webhooks).
 */
export const surveyWebhooks = sqliteTable('survey_webhooks', {
  surveyId: text('survey_id')
    .primaryKey()
    .references(() => surveys.id, { onDelete: 'cascade' }),
  url: text('url').notNull(),
  /** whsec_ + base64 of random bytes. */
  secret: text('secret').notNull(),
  createdAt: createdAt(),
  updatedAt: timestamp('updated_at'),
});

/**
 * Customer segmentation (issue 11): each import of a company's customer
 * list is kept as a numbered version, so this year's picture can be set
 * beside last year's. The newest version is the company's current list.
 */
export const customerImports = sqliteTable(
  'customer_imports',
  {
    id: text('id').primaryKey(),
    companyId: text('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    /** 1, 2, 3, … per company; the unique index stops two saves taking the same number. */
    version: integer('version').notNull(),
    /** What the period is called, e.g. "2026" or "Q3 2026". */
    label: text('label').notNull(),
    customerCount: integer('customer_count').notNull(),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('customer_imports_company_version_idx').on(t.companyId, t.version)],
);

/** The customers of one import, in the order imported. Scores are 1–5, 5 the favourable end; null where not given. */
export const importedCustomers = sqliteTable(
  'imported_customers',
  {
    importId: text('import_id')
      .notNull()
      .references(() => customerImports.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    name: text('name').notNull(),
    revenue: real('revenue').notNull(),
    profit: real('profit'),
    priceAgreement: integer('price_agreement'),
    workability: integer('workability'),
    timeEnergy: integer('time_energy'),
    acquisitionCost: integer('acquisition_cost'),
    loyalty: integer('loyalty'),
    growthPotential: integer('growth_potential').notNull(),
    strategicFit: integer('strategic_fit').notNull(),
    culturalFit: integer('cultural_fit').notNull(),
  },
  (t) => [primaryKey({ columns: [t.importId, t.position] })],
);

/**
 * A parsed customer file waiting between its preview and its save: the
 * browser keeps only the random id, so what is saved is exactly what was
 * previewed, never rows the client re-sent. Expires after
 * CUSTOMER_PREVIEW_TTL_MS; one preview per user and company.
 */
export const customerPreviews = sqliteTable(
  'customer_previews',
  {
    id: text('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    companyId: text('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    /** The parse result as JSON: { rows, rejected, emptyRowsIgnored }. */
    payload: text('payload').notNull(),
    expiresAt: timestamp('expires_at').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('customer_previews_user_company_idx').on(t.userId, t.companyId)],
);

/**
 * One named version of a company's Business Model Canvas. A new version
 * starts as a copy of the one it was made from; the nine blocks are one
 * JSON document (CanvasBlocksSchema, src/lib/analyses/canvas/model.ts), so
 * a save is one row written whole: never half a canvas.
 */
export const canvasVersions = sqliteTable(
  'canvas_versions',
  {
    id: text('id').primaryKey(),
    companyId: text('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    /** 1, 2, 3, … per company, in the order made. */
    number: integer('number').notNull(),
    name: text('name').notNull(),
    blocks: text('blocks', { mode: 'json' }).notNull(),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at'),
  },
  (t) => [uniqueIndex('canvas_versions_company_number_idx').on(t.companyId, t.number)],
);

/**
 * A coach's comment the client sees: on one block of one canvas version
 * (`subject` the block key), or on the 360° report (`subject` 'report',
 * no version). Unlike notes, these are written for the entrepreneur.
 */
export const coachComments = sqliteTable(
  'coach_comments',
  {
    id: text('id').primaryKey(),
    companyId: text('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    canvasVersionId: text('canvas_version_id').references(() => canvasVersions.id, { onDelete: 'cascade' }),
    subject: text('subject').notNull(),
    authorId: text('author_id').references(() => users.id, { onDelete: 'set null' }),
    body: text('body').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('coach_comments_company_idx').on(t.companyId, t.subject, t.createdAt)],
);

/**
 * A Growth Test invitation that went out by mail, and how far its client
 * got: sent (the mail server accepted it), opened (the link was first
 * visited), started (a test began with it). Completed is the started
 * response's own status. One reminder at most, `reminderDays` after sending.
 */
export const invitationMails = sqliteTable('invitation_mails', {
  inviteId: text('invite_id')
    .primaryKey()
    .references(() => invites.id, { onDelete: 'cascade' }),
  email: text('email').notNull(),
  locale: text('locale', { enum: ['nl', 'en'] }).notNull(),
  /** 0: no reminder. */
  reminderDays: integer('reminder_days').notNull().default(0),
  /** How often the coach sent it (1 + resends): part of each mail's dedupe key. */
  sends: integer('sends').notNull().default(1),
  sentAt: timestamp('sent_at'),
  reminderSentAt: timestamp('reminder_sent_at'),
  openedAt: timestamp('opened_at'),
  startedAt: timestamp('started_at'),
  /** The test the invitation started first (its id, the public half of the respondent's token). */
  responseId: text('response_id'),
  createdAt: createdAt(),
});

/**
 * Keys for the JSON API (/api/v1): `koers_live_<id>.<secret>`, only a hash
 * of the secret stored (src/lib/server/tokens.ts). A key of an organisation
 * acts as its coaches do; a key an entrepreneur made (companyId set) only
 * for that company (src/lib/server/api/keys.ts).
 */
export const apiKeys = sqliteTable(
  'api_keys',
  {
    id: text('id').primaryKey(),
    secretHash: blob('secret_hash', { mode: 'buffer' }).notNull(),
    name: text('name').notNull(),
    organisationId: text('organisation_id').references(() => organisations.id, { onDelete: 'cascade' }),
    /** Set for an entrepreneur's key: it sees this company only. */
    companyId: text('company_id').references(() => companies.id, { onDelete: 'cascade' }),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    /** Updated at most once per API_KEY_LAST_USED_RESOLUTION_MS, so a busy key does not write on every request. */
    lastUsedAt: timestamp('last_used_at'),
    revokedAt: timestamp('revoked_at'),
  },
  (t) => [index('api_keys_org_idx').on(t.organisationId, t.createdAt), index('api_keys_company_idx').on(t.companyId, t.createdAt)],
);

/**
 * A respondent of an organisation's public Growth Test (or of the site's,
 * when the administrator gave it to an organisation) who agreed to be
 * contacted: the organisation's lead inbox. Written in the completion's
 * batch (one insert), so an acknowledged completion with consent always
 * has its lead. The contact details are copied from the answers at that
 * moment; the response stays the source of the scores and the report.
 */
export const leads = sqliteTable(
  'leads',
  {
    id: text('id').primaryKey(),
    organisationId: text('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    responseId: text('response_id')
      .notNull()
      .references(() => responses.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    company: text('company'),
    email: text('email').notNull(),
    phone: text('phone'),
    status: text('status', { enum: ['new', 'contacted', 'client', 'not_interested'] }).notNull().default('new'),
    /** Set when a coach accepted the lead: the client company made for it. */
    companyId: text('company_id').references(() => companies.id, { onDelete: 'set null' }),
    statusChangedBy: text('status_changed_by').references(() => users.id, { onDelete: 'set null' }),
    statusChangedAt: timestamp('status_changed_at'),
    createdAt: createdAt(),
  },
  (t) => [
    // One lead per response: completing twice (a double submit) writes nothing twice.
    uniqueIndex('leads_response_idx').on(t.responseId),
    index('leads_org_status_idx').on(t.organisationId, t.status, t.createdAt),
  ],
);

/**
 * What an organisation shows respondents and clients: the name it goes by,
 * its logo (checked image bytes, kept in the database so any web process
 * serves it) and a call to action (a booking link or a phone number).
 */
export const organisationBranding = sqliteTable('organisation_branding', {
  organisationId: text('organisation_id')
    .primaryKey()
    .references(() => organisations.id, { onDelete: 'cascade' }),
  displayName: text('display_name'),
  logo: blob('logo', { mode: 'buffer' }),
  /** image/png, image/jpeg or image/webp, as the bytes showed (never as the upload claimed). */
  logoType: text('logo_type'),
  ctaUrl: text('cta_url'),
  ctaPhone: text('cta_phone'),
  updatedAt: timestamp('updated_at'),
});

/** Site-wide settings the administrator chooses, one row per key (e.g. which organisation owns the home page's Growth Test). */
export const siteSettings = sqliteTable('site_settings', {
  key: text('key').primaryKey(),
  value: text('value'),
  updatedAt: timestamp('updated_at'),
});
