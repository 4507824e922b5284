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

/** Sign-in throttling: attempts per window, per account and per IP. */
export const SIGN_IN_MAX_PER_ACCOUNT = 5;
export const SIGN_IN_MAX_PER_IP = 20;
export const SIGN_IN_WINDOW_S = 15 * 60;

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
