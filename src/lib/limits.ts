/**
 * Every limit Koers enforces, named once with its unit. Change a number here
 * and it changes everywhere.
 */

/** Largest request body the server reads; anything bigger gets a 413 before parsing. */
export const MAX_BODY_BYTES = 64 * 1024;

/** What a 503 tells clients (and the respondent's retry) to wait when the database could not take a write. */
export const RETRY_AFTER_S = 5;

/**
 * Browsers keep to HTTPS this long after a visit over HTTPS (HSTS). A year,
 * without includeSubDomains: PUBLIC_ORIGIN may be a shared apex domain.
 */
export const HSTS_MAX_AGE_S = 365 * 24 * 60 * 60;

/** Tokens (sessions, resume links) carry this much randomness in their secret part. */
export const TOKEN_SECRET_BYTES = 20;

/** A session lives this long after its last use (sliding expiry). */
export const SESSION_TTL_MS = 30 * 24 * 60 * 60 * 1000;
/** A session is extended once less than this remains, so not every request writes. */
export const SESSION_RENEW_BEFORE_MS = 15 * 24 * 60 * 60 * 1000;

/** Benchmarks against peers need at least this many other completed tests. */
export const MIN_PEER_GROUP = 20;

/** An area with fewer answered statements than this share is flagged as thinly answered. */
export const THIN_AREA_SHARE = 0.5;

/**
 * A throttle: at most `limit` requests per key in each fixed window of
 * `windowS` seconds, windows aligned to the clock (UTC) so every process
 * agrees where one starts. Every window length divides a day (the salt that
 * hashes stored keys rotates daily, see docs/security.md).
 * `shared`: counted in the database too, so the limit holds across all
 * server processes; otherwise only in the process's memory (N processes
 * allow N × limit), for hot paths where a write per request would cost as
 * much as the request itself.
 */
export interface ThrottlePolicy {
  limit: number;
  windowS: number;
  shared: boolean;
}

/** Every throttle by name; the model and the reasons for each number are in docs/security.md. */
export const THROTTLES = {
  /** Sign-in attempts from one address, any account (password spraying). Successful ones are given back. */
  signInAddress: { limit: 20, windowS: 15 * 60, shared: true },
  /** Sign-in attempts on one account from one address; a success clears it. */
  signInAccountAddress: { limit: 5, windowS: 15 * 60, shared: true },
  /** Failed sign-ins on one account from browsers it never signed in from (one account, many addresses). */
  signInAccount: { limit: 50, windowS: 60 * 60, shared: true },
  /** Sign-ups from one address. */
  signUpAddress: { limit: 10, windowS: 60 * 60, shared: true },
  /** Accepting consultant invitations and password resets from one address. */
  inviteAddress: { limit: 10, windowS: 60 * 60, shared: true },
  /** Growth Tests started from one address in a minute: a workshop room behind one router stays well under it. */
  testStartAddress: { limit: 30, windowS: 60, shared: false },
  /** …and in a day, across every process. */
  testStartAddressDaily: { limit: 500, windowS: 24 * 60 * 60, shared: true },
  /**
   * Starts on one survey, from every address together: a flood spread over
   * many addresses. A mailing to thousands of customers brings a few
   * hundred starts a minute at most; per process, as the address limits bite first.
   */
  surveyStartInstance: { limit: 600, windowS: 60, shared: false },
  /** Page posts and autosaves of one response (a respondent autosaves at most every 0.8 s while typing). */
  surveyWrite: { limit: 120, windowS: 60, shared: false },
  /** Webhook changes and test events by one signed-in owner: each test event is an outgoing request, so few. */
  webhookWrite: { limit: 20, windowS: 10 * 60, shared: true },
  /** Customer-file previews and saves by one account (issue 11): each parses up to MAX_CUSTOMER_FILE_BYTES. */
  customerImportAccount: { limit: 60, windowS: 15 * 60, shared: true },
  /** Notes and action items on client pages by one account: one post every 2 s for 10 minutes is past any typing coach. */
  clientPageWrite: { limit: 300, windowS: 10 * 60, shared: true },
  /** Canvas saves, new versions and coach comments of one account: a person saving by hand stays far below it. */
  canvasWrite: { limit: 60, windowS: 60, shared: false },
  /** Forgot-password requests from one address (any e-mail entered). */
  forgotPasswordAddress: { limit: 10, windowS: 60 * 60, shared: true },
  /** Reset mails to one e-mail address: a stranger cannot fill someone's inbox. Counted for unknown addresses too, so the answer tells nothing. */
  forgotPasswordEmail: { limit: 3, windowS: 60 * 60, shared: true },
  /** Invitation mails (new and resent) one consultant sends: a whole client list in an hour, not a spam run. */
  inviteMailUser: { limit: 100, windowS: 60 * 60, shared: true },
  /**
   * Requests of one API key, any endpoint: an integration syncing or posting
   * responses from a shop's checkout. Per process, like surveyWrite: a
   * shared count would add a database write to every API call.
   */
  apiKey: { limit: 1200, windowS: 60, shared: false },
  /** Customer-file imports through the API (PUT /companies/{id}/customers) by one key: each parses up to MAX_CUSTOMER_FILE_BYTES, like a page import. */
  customerImportApiKey: { limit: 30, windowS: 15 * 60, shared: true },
  /** API requests from one address without a valid key (a missing, malformed, unknown or revoked one), and fetches of the OpenAPI document. */
  apiUnauthenticatedAddress: { limit: 60, windowS: 60, shared: false },
  /** A coach's changes to leads (status, accept), per account: a busy morning in the inbox is a few dozen. */
  leadWrite: { limit: 60, windowS: 60, shared: true },
  /** Branding saves and logo uploads per account: each upload is up to LOGO_MAX_BYTES checked and stored. */
  brandingWrite: { limit: 10, windowS: 10 * 60, shared: true },
  /** The administrator's site settings, per account. */
  siteSettingWrite: { limit: 20, windowS: 10 * 60, shared: true },
  /**
   * "Mail me this link" (resume or report) for one response: a respondent
   * asks once or twice, a double click and a typo included; more is someone
   * using a token to fill an inbox. Counted across processes: each is a mail.
   */
  mailLinkToken: { limit: 5, windowS: 60 * 60, shared: true },
  /** …and from one address, any token: a workshop room behind one router asking for its links stays below it. */
  mailLinkAddress: { limit: 30, windowS: 60 * 60, shared: true },
} as const satisfies Record<string, ThrottlePolicy>;
export type ThrottleName = keyof typeof THROTTLES;

/** Keys the in-process first filter remembers at most (about 100 bytes each); the oldest go first. */
export const THROTTLE_MEMORY_KEYS = 50_000;
/** A browser that signed in to an account is trusted past the account's global brake for this long. */
export const TRUSTED_DEVICE_TTL_MS = 90 * 24 * 60 * 60 * 1000;

/** Consultant list page size. */
export const CLIENTS_PAGE_SIZE = 25;

/** Invitation links (Growth Test, consultant) stay valid this long. */
export const INVITE_TTL_MS = 30 * 24 * 60 * 60 * 1000;
/** Password reset links stay valid this long. */
export const RESET_TTL_MS = 24 * 60 * 60 * 1000;

/**
 * HTTP timeouts of the Node server (scripts/serve.ts). Node's defaults (60 s
 * for the headers, 5 minutes for a whole request, checked every 30 s) let a
 * client that trickles a byte at a time hold a connection for minutes. A
 * real browser sends Koers's largest body (MAX_BODY_BYTES) in well under a
 * second, a slow mobile link in a few; these leave ample room for that.
 */
export const HEADERS_TIMEOUT_MS = 10_000;
/** The whole request, headers and body, must arrive within this; generating the reply is not counted. */
export const REQUEST_TIMEOUT_MS = 30_000;
/** How often Node looks for connections past those timeouts (its default, 30 s, would double them). */
export const TIMEOUT_CHECK_INTERVAL_MS = 1_000;

/**
 * Anonymous Growth Tests taken on the public site (no organisation, never
 * claimed by an account) are deleted this many months after they were
 * started (`npm run retention`). Long enough for a respondent to come back
 * to their report a year later and for the benchmarks to have peers;
 * organisations set their own period for the tests attributed to them.
 */
export const ANONYMOUS_TEST_RETENTION_MONTHS = 12;

/** Growth Test invitations: the coach picks how many days a link lasts and how many tests it may start, within these bounds. */
export const GROWTH_INVITE_DAYS_DEFAULT = 30;
export const GROWTH_INVITE_DAYS_MIN = 1;
export const GROWTH_INVITE_DAYS_MAX = 365;
/** A client may take the test again later; a link passed around further stops here. */
export const GROWTH_INVITE_USES_DEFAULT = 3;
export const GROWTH_INVITE_USES_MIN = 1;
export const GROWTH_INVITE_USES_MAX = 50;

/** Random bytes in a survey's public link id: 128 bits, unguessable. */
export const SURVEY_PUBLIC_ID_BYTES = 16;
/** Longest survey title an owner may type. */
export const SURVEY_TITLE_MAX_CHARS = 120;
/** Comments per page on a survey's results page. */
export const COMMENTS_PAGE_SIZE = 20;
/** Comments are counted exactly up to this many; past it the page says "more than" (an exact count reads every answer). */
export const COMMENTS_COUNT_CAP = 1000;

/** Tailored survey definitions (options applied) kept in memory: distinct option sets in use, far more than a server sees. */
export const TAILORED_SURVEYS_CACHED = 1000;

/** Origins one survey may list as allowed to embed it. */
export const MAX_EMBED_ORIGINS = 20;

/** Outbox worker (src/lib/server/outbox): how often it looks for due events when nothing woke it. */
export const OUTBOX_POLL_MS = 2000;
/** How long a claimed event stays with its worker; longer than any handler may take, so only a dead worker's claim runs out. */
export const OUTBOX_LEASE_MS = 60_000;
/** Events one worker claims at a time. */
export const OUTBOX_BATCH = 10;
/** Failed deliveries are retried until the event is this old: with the delays below the last try comes after more than a day (a receiver down for a day still gets it). */
export const OUTBOX_GIVE_UP_AFTER_MS = 30 * 60 * 60 * 1000;
/** Delays between attempts, by the number of failures so far; the last repeats. */
export const OUTBOX_BACKOFF_MS = [5_000, 30_000, 2 * 60_000, 10 * 60_000, 30 * 60_000, 60 * 60_000, 2 * 60 * 60_000, 4 * 60 * 60_000];

/** Webhooks (src/lib/server/webhooks): one delivery may take this long, connect to last byte; well below OUTBOX_LEASE_MS, so a live worker never loses its claim mid-delivery. */
export const WEBHOOK_TIMEOUT_MS = 10_000;
/** A webhook URL's length at most: far past any real endpoint, short enough for a log line. */
export const WEBHOOK_URL_MAX_CHARS = 2000;
/** Random bytes in a webhook secret (whsec_ + base64): 192 bits, what Standard Webhooks libraries generate. */
export const WEBHOOK_SECRET_BYTES = 24;
/** Deliveries the survey page lists, newest first. */
export const WEBHOOK_LOG_EVENTS = 20;
/** Response bytes read from a receiver (its status is all that counts); the rest is dropped. */
export const WEBHOOK_RESPONSE_MAX_BYTES = 4096;
/** "Why this opportunity" names at most this many of the respondent's weakest statements of the area (issue 12: "two or three"). */
export const WEAKEST_STATEMENTS_SHOWN = 3;
/**
 * Customer segmentation (issue 11). A customer file of 10,000 customers
 * with a dozen columns is about 1 MB as CSV; 4 MB leaves room for long
 * names and extra columns without letting one upload tie up the server.
 */
export const MAX_CUSTOMER_FILE_BYTES = 4 * 1024 * 1024;
/**
 * What an XLSX file may unpack to, all its parts together. A sheet of
 * 20,000 customers × 6 columns is about 5 MB of XML (read in under a
 * second); a "zip bomb" of 400 KB that unpacks to 400 MB kept the reader
 * busy for 97 s at 2.8 GB of memory.
 */
export const MAX_CUSTOMER_XLSX_UNPACKED_BYTES = 16 * 1024 * 1024;
/**
 * The longest stretch of an unpacked XLSX part without a tag. Excel holds at
 * most 32,767 characters in a cell; one 12 MB text node kept the reader
 * (read-excel-file's XML parser) busy for 54 s of CPU.
 */
export const MAX_XLSX_TEXT_RUN_BYTES = 1024 * 1024;
/** Rows a customer file may have, empty ones counted too (a file of a million empty rows is refused, not skipped). */
export const MAX_CUSTOMER_FILE_ROWS = 20_001;
/** Customers one import may hold. */
export const MAX_CUSTOMERS_PER_IMPORT = 20_000;
/** Longest customer name kept. */
export const CUSTOMER_NAME_MAX_CHARS = 200;
/** Largest revenue or profit (absolute) of one customer, in euros: large enough for any SME's customer, small enough that sums in cents stay exact. */
export const MAX_CUSTOMER_AMOUNT = 1_000_000_000;
/** Longest label of an import (e.g. "2026" or "Q3 2026"). */
export const CUSTOMER_IMPORT_LABEL_MAX_CHARS = 60;
/** A preview waits this long for its save; after it the upload is gone and must be posted again. */
export const CUSTOMER_PREVIEW_TTL_MS = 60 * 60 * 1000;
/** Rows of the customer table per page (the analysis always counts every customer). */
export const CUSTOMERS_PAGE_SIZE = 50;
/** Bubbles drawn at most in the BCG chart; the rest stay in the table (a canvas with 10,000 bubbles stalls a phone). */
export const MAX_BUBBLES_DRAWN = 500;
/** Points of a Pareto curve sent to the browser at most; the curve is sampled evenly, its 80% point kept. */
export const MAX_PARETO_POINTS = 200;
/** Empty rows in the editable customer table (the form without JavaScript). */
export const CUSTOMER_FORM_ROWS = 10;
/** The largest body the customer-import page reads: a file of MAX_CUSTOMER_FILE_BYTES plus the form around it. Every other route keeps MAX_BODY_BYTES. */
export const MAX_CUSTOMER_UPLOAD_BODY_BYTES = MAX_CUSTOMER_FILE_BYTES + 64 * 1024;
/** Names listed at most per step-4 group and in the loss-making list; the rest are counted ("and 1,234 more") and all are in the table and the CSV. */
export const MAX_CUSTOMERS_LISTED = 50;
/** Business Model Canvas: what one block holds today, in characters. */
export const CANVAS_TEXT_MAX_CHARS = 2000;
/** Pluses or minuses per block, one per line. */
export const CANVAS_POINTS_MAX = 20;
/** One plus or minus, in characters. */
export const CANVAS_POINT_MAX_CHARS = 200;
/** Versions per company: a redesign and its variants (three to five) fit many times over. */
export const CANVAS_VERSIONS_MAX = 30;
/** A coach's comment on a canvas block or the 360° report, in characters. */
export const COACH_COMMENT_MAX_CHARS = 2000;
/** Coach comments kept per block or report; older ones go (a full list reads as noise). */
export const COACH_COMMENTS_MAX_PER_SUBJECT = 100;
/**
 * 360° report: a difference between the entrepreneur's own view and their
 * staff's or customers' of at least this many points on the 0–100 scale is
 * called out (docs/scoring.md); smaller ones are within what one answer more
 * or less moves.
 */
export const THREE_SIXTY_NOTABLE_GAP_POINTS = 15;
/** A reset link someone asked for on the forgot-password page lasts this long (an administrator's lasts RESET_TTL_MS). */
export const SELF_RESET_TTL_MS = 60 * 60 * 1000;
/**
 * Every forgot-password answer (known address or not) takes at least this long, so its speed does not
 * tell whether an account exists. The known path's batch write takes 5 to 40 ms on a quiet machine;
 * 400 ms covers a loaded one and a person does not notice it after pressing a button.
 */
export const FORGOT_PASSWORD_MIN_ANSWER_MS = 400;
/** Reminder of a mailed Growth Test invitation: days after sending the coach may choose (0: none). */
export const INVITE_REMINDER_DAYS_DEFAULT = 7;
export const INVITE_REMINDER_DAYS_MAX = 60;
/** How long the SMTP transport waits for the server to connect, greet and answer, before the attempt counts as failed. */
export const SMTP_TIMEOUT_MS = 20_000;
/** JSON bodies of the API (/api/v1): a survey's answers, long comments included, fit easily. */
export const API_JSON_MAX_BYTES = 64 * 1024;
/** Responses per page of GET /api/v1/surveys/{id}/responses: the default and the most a client may ask for. */
export const API_RESPONSES_PAGE_DEFAULT = 50;
export const API_RESPONSES_PAGE_MAX = 200;
/** An API key's last-used time is written at most this often, not on every request. */
export const API_KEY_LAST_USED_RESOLUTION_MS = 60 * 1000;
/** Longest name of an API key or a company created through the API. */
export const API_KEY_NAME_MAX_CHARS = 80;
export const COMPANY_NAME_MAX_CHARS = 120;
/** Browsers keep the widget loader (/embed.js) this long: a fix reaches every host page within the hour. */
export const EMBED_SCRIPT_MAX_AGE_S = 60 * 60;
/** The loader's budget, gzipped (checked by a unit test and reported by the bench). */
export const EMBED_SCRIPT_MAX_GZIP_BYTES = 2048;
/** Lead details (name, company, e-mail, phone) as stored from the answers; the answers' own limits are the first line. */
export const LEAD_FIELD_MAX_CHARS = 200;
/** Leads per page of the inbox. */
export const LEADS_PAGE_SIZE = 50;

/** An organisation's logo: at most this many bytes (a crisp PNG of a logo is well under it). */
export const LOGO_MAX_BYTES = 256 * 1024;
/** The logo upload's whole request (the file plus the form's other fields and multipart framing) may be this big; MAX_BODY_BYTES elsewhere. */
export const LOGO_UPLOAD_MAX_BODY_BYTES = LOGO_MAX_BYTES + 16 * 1024;
/** A logo's sides, in pixels: smaller is unreadable, larger is a photo or a decompression bomb. */
export const LOGO_MIN_PX = 16;
export const LOGO_MAX_PX = 4096;
/** Browsers may keep a logo this long; its URL changes with every upload, so a new one shows at once. */
export const LOGO_CACHE_S = 7 * 24 * 60 * 60;
/** The name an organisation shows respondents. */
export const BRANDING_NAME_MAX_CHARS = 120;
/** A booking link, and a phone number as typed. */
export const CTA_URL_MAX_CHARS = 500;
export const CTA_PHONE_MAX_CHARS = 40;
