/**
 * What a benchmark case is and what it hands back. A case is a named async
 * function; the runner gives it a context (fresh servers, ports, the fixture
 * tokens) and writes whatever metrics and target checks it returns.
 */
import type { Fixture } from './fixture.ts';
import type { Server } from './server.ts';

export interface Metric {
  /** Stable key for the JSON, e.g. "submit.c50.rps". */
  key: string;
  /** What a reader sees in the table. */
  label: string;
  value: number | null;
  unit: string;
  /** Shown beside the value, e.g. "reference" or "not present in this build". */
  note?: string;
}

export interface TargetCheck {
  label: string;
  /** The target as a reader should see it, e.g. "≤ 15 KB". */
  target: string;
  actual: string;
  met: boolean;
}

export interface CaseResult {
  metrics: Metric[];
  targets: TargetCheck[];
  /** Findings worth a sentence in the summary (sanity checks, skipped parts). */
  notes: string[];
}

export interface StartOptions {
  /** Names the database file under /tmp/bench/, so a failed run can be inspected. */
  name: string;
  /** Extra environment for the server process. */
  env?: Record<string, string>;
  /** Adds rows to the fresh database file before the server opens it (e.g. 100k responses for a list). */
  prepare?: (databaseFile: string) => Promise<void>;
}

/** The production server of this build, on its own database file. */
export interface AppServer extends Server {
  databaseFile: string;
}

export interface BenchContext {
  /** Starts the production build on a fresh copy of the fixture database. Stopped by the runner at the end of the case. */
  startServer(options: StartOptions): Promise<AppServer>;
  /** A free port from the bench's range, returned when the case ends. */
  takePort(): number;
  /** Tokens created in the fixture database before any server started. */
  fixture: Fixture;
  /** Directory for scratch files of this run (/tmp/bench/...). */
  scratchDir: string;
  /** Registers a cleanup that runs when the case ends, also on error. */
  defer(cleanup: () => Promise<void> | void): void;
  log(message: string): void;
}

export interface BenchCase {
  /** Short id used on the command line: `npm run bench -- submission`. */
  name: string;
  title: string;
  run(ctx: BenchContext): Promise<CaseResult>;
}
