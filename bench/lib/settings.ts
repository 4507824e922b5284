/**
 * The bench's knobs, named once. The defaults keep a full run under about
 * five minutes on a 2-core machine; the environment can shorten a run while
 * working on a case (figures from a shortened run are not for the README).
 */
import os from 'node:os';
import { join } from 'node:path';

const DEFAULT_BENCH_SECONDS = 10;
const DEFAULT_WARMUP_SECONDS = 2;
/** Length of one measured load run. */
export const BENCH_SECONDS = Number(process.env.BENCH_SECONDS ?? DEFAULT_BENCH_SECONDS);
/** Load before measuring, so the JIT and the caches are warm. */
export const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? DEFAULT_WARMUP_SECONDS);
/** A run with shorter load runs than the defaults: its figures never go into bench/README.md. */
export const SHORTENED_RUN = BENCH_SECONDS < DEFAULT_BENCH_SECONDS || WARMUP_SECONDS < DEFAULT_WARMUP_SECONDS;
/** Database files and other scratch files of a run. */
export const BENCH_DIR = process.env.BENCH_DIR ?? join(os.tmpdir(), 'bench');
/** Ports the bench may listen on, "first-last". */
export const BENCH_PORTS = (process.env.BENCH_PORTS ?? '4701-4709').split('-').map(Number) as [number, number];
