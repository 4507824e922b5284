/**
 * The in-process first filter: a count per key and window in a Map, bounded
 * in size. It counts exactly what the shared database counts for the same
 * window, so when it refuses, the database would have refused too, and a
 * flood is turned away without a write. Losing an entry (eviction, restart)
 * only makes it more lenient, never stricter than the shared count.
 */
interface Entry {
  windowStartMs: number;
  windowEndMs: number;
  count: number;
}

export class MemoryCounter {
  private readonly entries = new Map<string, Entry>();
  private readonly maxKeys: number;

  // No parameter property: scripts run this file with Node's type stripping, which refuses them.
  constructor(maxKeys: number) {
    this.maxKeys = maxKeys;
  }

  get size(): number {
    return this.entries.size;
  }

  /** Adds `by` (may be negative, never below 0) to the key's count in this window and returns the new count. */
  add(key: string, windowStartMs: number, windowEndMs: number, nowMs: number, by = 1): number {
    const entry = this.entries.get(key);
    if (entry && entry.windowStartMs === windowStartMs) {
      entry.count = Math.max(0, entry.count + by);
      return entry.count;
    }
    if (by <= 0) return 0;
    // A new window: re-insert, so the Map's order stays oldest-touched first.
    if (entry) this.entries.delete(key);
    else if (this.entries.size >= this.maxKeys) this.prune(nowMs);
    this.entries.set(key, { windowStartMs, windowEndMs, count: by });
    return by;
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  /** Drops ended windows; if that frees too little, the oldest tenth (amortised: pruning runs only when full). */
  private prune(nowMs: number): void {
    for (const [key, entry] of this.entries) if (entry.windowEndMs <= nowMs) this.entries.delete(key);
    if (this.entries.size < this.maxKeys * 0.9) return;
    let drop = Math.ceil(this.maxKeys / 10);
    for (const key of this.entries.keys()) {
      if (drop-- <= 0) break;
      this.entries.delete(key);
    }
  }
}
