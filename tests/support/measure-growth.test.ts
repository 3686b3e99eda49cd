import { describe, expect, it } from 'vitest';
import { growthSizes, measureGrowth, processorMilliseconds } from './measure-growth';

/** Spends `milliseconds` of this process's processor time, the clock `measureGrowth` reads. */
function spend(milliseconds: number): void {
  const until = processorMilliseconds() + milliseconds;
  while (processorMilliseconds() < until) {
    // Busy on purpose.
  }
}

const kilobytes = (text: string) => text.length / 1024;

describe('measureGrowth', () => {
  it('calls a path quadratic when ten times the input takes a hundred times as long', async () => {
    const measured = await measureGrowth(
      (size) => 'a'.repeat(size),
      (text) => spend(kilobytes(text) ** 2 / 50),
    );
    expect(measured.problem).toMatch(/^10× the input took \d+× the time/);
  });

  it('times a linear path again when one burst slowed its largest input, and lets it pass', async () => {
    let largestRuns = 0;
    const measured = await measureGrowth(
      (size) => 'a'.repeat(size),
      (text) => {
        // A millisecond a kilobyte, and a burst on the first two runs of the largest input, as V8 compiling would.
        if (text.length === growthSizes[2]) largestRuns += 1;
        spend(kilobytes(text) + (text.length === growthSizes[2] && largestRuns <= 2 ? 400 : 0));
      },
    );
    expect(measured.problem).toBeUndefined();
    expect(measured.milliseconds[2]).toBeLessThan(200);
    expect(largestRuns).toBe(5);
  });
});
