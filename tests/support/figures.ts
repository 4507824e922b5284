/**
 * Every fault test states its figures (cases tried, failures found) when it
 * runs, so a green run still says how much was tried. Printed to stdout,
 * which vitest shows beside the test.
 */
export function reportFigures(test: string, figures: Record<string, number | string>): void {
  const parts = Object.entries(figures).map(([name, value]) => `${name}=${value}`);
  console.log(`[figures] ${test}: ${parts.join(', ')}`);
}

/** Bodies that leak internals: stack frames, source paths, error class names, driver messages. */
export const LEAK_PATTERNS: RegExp[] = [
  /\n\s+at [^\n]*[(\s](?:file:|node:|\/)/,
  /node:internal/,
  /file:\/\/\//,
  /\.(?:ts|mjs|js):\d+:\d+/,
  /\b(?:Type|Reference|Syntax|Range|Libsql|LibsqlBatch|DrizzleQuery)Error\b/,
  /SQLITE_[A-Z]+/,
  /database is locked/i,
  /Failed query:/,
];

/** The first leak pattern a body matches, or null. */
export function findLeak(body: string): string | null {
  for (const pattern of LEAK_PATTERNS) {
    const match = pattern.exec(body);
    if (match) return `${pattern} matched ${JSON.stringify(match[0].slice(0, 80))}`;
  }
  return null;
}

/** Waits, for pacing load and fault injection. */
export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
