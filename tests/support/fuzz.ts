/**
 * Running generated hostile requests against a server: one fast-check
 * property per endpoint, each reply checked, figures printed, a failure
 * shrunk to a minimal request. Shared by the malformed-input fault tests.
 */
import fc from 'fast-check';
import { reportFigures } from './figures.ts';
import { safeEncode, sendHostile, type HostileReply, type HostileRequest } from './hostile-requests.ts';

/** The same token with its secret changed: it names a response but must open nothing. */
export function withWrongSecret(token: string): string {
  const [id, secret] = token.split('.');
  return `${id}.${secret.endsWith('a') ? `${secret.slice(0, -1)}b` : `${secret.slice(0, -1)}a`}`;
}

/** A path segment that trips parsers: dot segments, broken percent-encoding, binary, very long. */
export const weirdSegment = fc.oneof(
  fc.constantFrom('', '.', '..', '%2e%2e', '%2F', '%00', '%', '%25', 'a%2525b', '%zz', '%E0%A4%A', '%FF%FE', 'null', 'undefined', '[object Object]', '%3Cscript%3E'),
  fc.string({ maxLength: 60 }).map(safeEncode),
  fc.string({ unit: 'binary', maxLength: 30 }).map(safeEncode),
  fc.integer({ min: 100, max: 8000 }).map((n) => 'a'.repeat(n)),
);

export const localePrefix = fc.constantFrom('', '', '', '/en');

export interface FuzzFigures {
  runs: number;
  shrinks: number;
  statuses: Record<number, number>;
}

export interface Fuzzer {
  /**
   * Runs one property: `runs` generated requests against the server, each
   * checked by `check` (a problem as text, or null).
   */
  fuzz(
    name: string,
    arbitrary: fc.Arbitrary<HostileRequest>,
    check: (request: HostileRequest, reply: HostileReply) => string | null,
    extraHeaders?: (request: HostileRequest) => Record<string, string>,
  ): Promise<FuzzFigures>;
  totals: { requests: number; failures: number };
}

/** Each endpoint gets its own seed derived from the run's, so similar endpoints do not get identical cases. */
export const hashName = (name: string) => [...name].reduce((h, c) => (h * 31 + c.charCodeAt(0)) | 0, 0);

/**
 * Runs a property with a fixed seed, counts it in `totals`, prints its
 * figures and throws the shrunk counterexample when it failed.
 */
export async function checkProperty<T>(
  label: string,
  property: fc.IAsyncPropertyWithHooks<T> | fc.IAsyncProperty<T>,
  options: { seed: number; runs: number },
  totals: { requests: number; failures: number },
  counted: () => { sent: number; statuses: Record<number, number> },
): Promise<fc.RunDetails<T>> {
  const details = await fc.check(property, { seed: options.seed, numRuns: options.runs });
  const { sent, statuses } = counted();
  totals.requests += sent;
  if (details.failed) totals.failures++;
  reportFigures(label, {
    seed: options.seed,
    generatedCases: details.numRuns,
    requestsSent: sent,
    successfulShrinks: details.numShrinks,
    failures: details.failed ? 1 : 0,
    statuses: JSON.stringify(statuses),
  });
  if (details.failed) {
    const cause = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
    throw new Error(`${fc.defaultReportMessage(details) ?? `${label} failed`}\nFailure: ${cause}`);
  }
  return details;
}

/** Mostly the real token (so the form logic runs), sometimes a forged or mangled one, or one of `others`. */
export function pathToken(real: string, others: string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 12, arbitrary: fc.constant(real) },
    { weight: 1, arbitrary: fc.constant(withWrongSecret(real)) },
    { weight: 1, arbitrary: fc.constant(real.toUpperCase()) },
    { weight: 1, arbitrary: fc.constantFrom(...others) },
    { weight: 1, arbitrary: weirdSegment },
  );
}

export function createFuzzer(options: { base: () => string; seed: number; runs: number }): Fuzzer {
  const totals = { requests: 0, failures: 0 };
  async function fuzz(
    name: string,
    arbitrary: fc.Arbitrary<HostileRequest>,
    check: (request: HostileRequest, reply: HostileReply) => string | null,
    extraHeaders?: (request: HostileRequest) => Record<string, string>,
  ): Promise<FuzzFigures> {
    const statuses: Record<number, number> = {};
    let sent = 0;
    const property = fc.asyncProperty(arbitrary, async (request) => {
      const reply = await sendHostile(options.base(), request, extraHeaders?.(request));
      sent++;
      statuses[reply.status] = (statuses[reply.status] ?? 0) + 1;
      const problem = check(request, reply);
      if (problem) throw new Error(`${problem}\n${reply.body.slice(0, 400)}`);
    });
    const details = await checkProperty(`malformed ${name}`, property, { seed: options.seed + hashName(name), runs: options.runs }, totals, () => ({ sent, statuses }));
    return { runs: details.numRuns, shrinks: details.numShrinks, statuses };
  }
  return { fuzz, totals };
}

/** Mostly GET, sometimes a method a page does not take. */
export const anyMethod = fc.constantFrom('GET', 'GET', 'GET', 'GET', 'GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE', 'PATCH');
