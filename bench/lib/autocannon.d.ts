// autocannon ships no types; only what bench/lib/load.ts uses.
declare module 'autocannon' {
  interface Result {
    duration: number;
    errors: number;
    timeouts: number;
    requests: { total: number; average: number };
  }
  interface Instance extends PromiseLike<Result> {
    on(event: 'response', listener: (client: unknown, status: number, bytes: number, responseTimeMs: number) => void): void;
    stop(): void;
  }
  function autocannon(options: Record<string, unknown>): Instance;
  export default autocannon;
}
