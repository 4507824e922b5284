/**
 * Password hashing with argon2id (the @node-rs/argon2 default algorithm),
 * with OWASP's recommended minimum cost: 19 MiB memory, 2 passes.
 */
import { hash, verify } from '@node-rs/argon2';

const ARGON2_OPTIONS = { memoryCost: 19456, timeCost: 2, outputLen: 32, parallelism: 1 };

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;

export function hashPassword(password: string): Promise<string> {
  return hash(password.normalize('NFKC'), ARGON2_OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password.normalize('NFKC'));
  } catch {
    return false;
  }
}

/**
 * A hash of a password nobody has, verified when an e-mail is unknown, so a
 * failed sign-in takes as long whether or not the account exists.
 */
let decoyHash: Promise<string> | undefined;
export async function verifyDecoy(password: string): Promise<false> {
  decoyHash ??= hashPassword(crypto.randomUUID());
  await verifyPassword(await decoyHash, password);
  return false;
}

const COMMON = new Set(['password123', 'welkom1234', 'wachtwoord1', 'qwerty1234', '1234567890', 'welkomwelkom', 'passwordpassword']);

/** Length rules as NIST SP 800-63B: long enough, not absurdly long, not a well-known password. */
export function passwordProblem(password: string): 'too_short' | 'too_long' | 'too_common' | null {
  if ([...password].length < PASSWORD_MIN_LENGTH) return 'too_short';
  if ([...password].length > PASSWORD_MAX_LENGTH) return 'too_long';
  if (COMMON.has(password.toLowerCase())) return 'too_common';
  return null;
}
