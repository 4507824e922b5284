/**
 * Bearer tokens of the form `<id>.<secret>`, as in Lucia's session guide:
 * the id finds the row, only a SHA-256 hash of the secret is stored, and the
 * hash is compared in constant time. Sessions, resume links and invitations
 * all use this one module.
 */
import { sha256 } from '@oslojs/crypto/sha2';
import { constantTimeEqual } from '@oslojs/crypto/subtle';
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';
import { TOKEN_SECRET_BYTES } from '../limits.ts';

const ID_BYTES = 10;
const TOKEN_SHAPE = /^([a-z2-7]{16})\.([a-z2-7]{32})$/;

export function randomId(bytes = ID_BYTES): string {
  return encodeBase32LowerCaseNoPadding(crypto.getRandomValues(new Uint8Array(bytes)));
}

export interface IssuedToken {
  id: string;
  token: string;
  secretHash: Uint8Array;
}

export function issueToken(): IssuedToken {
  const id = randomId(ID_BYTES);
  const secret = randomId(TOKEN_SECRET_BYTES);
  return { id, token: `${id}.${secret}`, secretHash: hashSecret(secret) };
}

export function hashSecret(secret: string): Uint8Array {
  return sha256(new TextEncoder().encode(secret));
}

/** Splits a token; anything not of the exact shape is refused before it reaches the database. */
export function parseToken(token: string): { id: string; secret: string } | null {
  const match = TOKEN_SHAPE.exec(token);
  return match ? { id: match[1], secret: match[2] } : null;
}

/** Does `secret` hash to `storedHash`? Constant time in the hash contents. */
export function secretMatches(secret: string, storedHash: Uint8Array): boolean {
  return constantTimeEqual(hashSecret(secret), new Uint8Array(storedHash));
}
