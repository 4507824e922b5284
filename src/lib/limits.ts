/**
 * Every limit Koers enforces, named once with its unit. Change a number here
 * and it changes everywhere.
 */

/** Largest request body the server reads; anything bigger gets a 413 before parsing. */
export const MAX_BODY_BYTES = 64 * 1024;

/** What a 503 tells clients (and the respondent's retry) to wait when the database could not take a write. */
export const RETRY_AFTER_S = 5;

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

/** Random bytes in a survey's public link id: 128 bits, unguessable. */
export const SURVEY_PUBLIC_ID_BYTES = 16;
/** Longest survey title an owner may type. */
export const SURVEY_TITLE_MAX_CHARS = 120;
