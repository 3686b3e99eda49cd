import { describe, expect, it } from 'vitest';
import { formatDurability, runCrashDurability } from './crash-durability';

describe('saving under SIGKILL at random moments', () => {
  it('never corrupts a file and never loses an acknowledged save (60 kills; npm run test:durability does 500)', async () => {
    const figures = await runCrashDurability(60);
    console.log(formatDurability(figures));
    expect(figures).toEqual({ kills: 60, lost: 0, corrupt: 0 });
  }, 300_000);
});
