import { describe, expect, test } from 'vitest';
import { hashSecret, issueToken, parseToken, secretMatches } from '../../../src/lib/server/tokens.ts';

describe('tokens', () => {
  test('an issued token parses back and its secret matches the stored hash', () => {
    const issued = issueToken();
    const parts = parseToken(issued.token)!;
    expect(parts.id).toBe(issued.id);
    expect(secretMatches(parts.secret, issued.secretHash)).toBe(true);
  });

  test('another secret of the same length does not match', () => {
    const a = issueToken();
    const b = parseToken(issueToken().token)!;
    expect(secretMatches(b.secret, a.secretHash)).toBe(false);
  });

  // The bug Lucia's example apps once shipped: comparing a value with itself.
  test('the compare really looks at both sides: one flipped byte fails', () => {
    const secret = parseToken(issueToken().token)!.secret;
    const stored = hashSecret(secret);
    const tampered = new Uint8Array(stored);
    tampered[31] ^= 1;
    expect(secretMatches(secret, stored)).toBe(true);
    expect(secretMatches(secret, tampered)).toBe(false);
    expect(secretMatches(secret, stored.slice(0, 16))).toBe(false);
  });

  test.each(['', 'abc', 'a.b', `${'a'.repeat(16)}.${'A'.repeat(32)}`, `${'a'.repeat(16)}.${'a'.repeat(32)}x`, '../../etc/passwd'])(
    'refuses malformed token %j',
    (token) => {
      expect(parseToken(token)).toBeNull();
    },
  );

  test('tokens are unique', () => {
    const tokens = new Set(Array.from({ length: 1000 }, () => issueToken().token));
    expect(tokens.size).toBe(1000);
  });
});
