/**
 * The convention a collective family's results follow when they may not be
 * shown (a team survey below its minimum of respondents): `status:
 * 'withheld'`. Shared pages then show the notice and nothing else, not even
 * the comments, which could give away who said what.
 */
export function isWithheld(results: unknown): boolean {
  return typeof results === 'object' && results !== null && (results as { status?: unknown }).status === 'withheld';
}
