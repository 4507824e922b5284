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

/** Browsers keep the widget loader (/embed.js) this long: a fix reaches every host page within the hour. */
export const EMBED_SCRIPT_MAX_AGE_S = 60 * 60;
/** The loader's budget, gzipped (checked by a unit test and reported by the bench). */
export const EMBED_SCRIPT_MAX_GZIP_BYTES = 2048;
