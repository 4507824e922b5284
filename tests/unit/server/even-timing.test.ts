import { describe, expect, it } from 'vitest';
import { setTimeout as sleep } from 'node:timers/promises';
import { answerNoSoonerThan } from '../../../src/lib/server/even-timing.ts';

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const started = performance.now();
  const result = await work();
  return { ms: performance.now() - started, result };
}

describe('answerNoSoonerThan', () => {
  it('holds a quick answer back to the floor and returns its result', async () => {
    const quick = await timed(() => answerNoSoonerThan(150, async () => 'nothing found'));
    const slower = await timed(() => answerNoSoonerThan(150, async () => (await sleep(60), 'mail written')));
    expect(quick.result).toBe('nothing found');
    expect(slower.result).toBe('mail written');
    // Both at or past the floor (timers may fire a millisecond early on some platforms).
    expect(quick.ms).toBeGreaterThanOrEqual(149);
    expect(slower.ms).toBeGreaterThanOrEqual(149);
  });

  it('does not add the floor on top of slow work', async () => {
    const slow = await timed(() => answerNoSoonerThan(300, async () => sleep(400)));
    expect(slow.ms).toBeGreaterThanOrEqual(399);
    // The floor counts from the start, not after the work: about 400, not 700 (room for a late timer on a loaded machine).
    expect(slow.ms).toBeLessThan(650);
  });

  it('passes an error on', async () => {
    await expect(answerNoSoonerThan(10, async () => { throw new Error('database gone'); })).rejects.toThrow('database gone');
  });
});
