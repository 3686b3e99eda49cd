/** Input sizes every hostile shape is grown through, in bytes. */
export const growthSizes = [1_024, 10_240, 102_400] as const;

/** The slowest any text path may take on 100 KB of hostile input. */
export const growthBudgetMilliseconds = 1_000;

/** Below this, a time is scheduler noise on a shared machine and says nothing about growth. */
const noiseFloorMilliseconds = 40;

/** Ten times the input may take at most this much more time: linear is 10, quadratic 100. */
const largestLinearRatio = 30;

export interface GrowthMeasurement {
  sizes: number[];
  milliseconds: number[];
  /** Why the growth is not linear, or undefined when it is. */
  problem?: string;
}

/** Processor time of this process in ms: on a shared machine, wall time also counts the other processes' turns. */
export function processorMilliseconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

async function fastestOf(runs: number, work: () => unknown): Promise<number> {
  let fastest = Number.POSITIVE_INFINITY;
  for (let run = 0; run < runs; run += 1) {
    const started = processorMilliseconds();
    await work();
    fastest = Math.min(fastest, processorMilliseconds() - started);
    if (fastest > growthBudgetMilliseconds) break;
  }
  return fastest;
}

/** Runs of the largest size that confirm a growth past the linear bound before it is called a problem. */
const confirmingRuns = 3;

/**
 * Times `run` on `shape(size)` in processor time for each growth size (fastest of two runs) and
 * stops at the first size over the budget, so a super-linear path fails in
 * about a second instead of hanging the suite. A largest size that took more than linear time is timed
 * again before it counts: processor time includes V8 compiling and collecting on other threads, which a
 * first run of a new size can set off, and which does not come back; a super-linear path stays slow.
 */
export async function measureGrowth(
  shape: (size: number) => string,
  run: (text: string) => unknown,
): Promise<GrowthMeasurement> {
  const sizes: number[] = [];
  const milliseconds: number[] = [];
  await run(shape(growthSizes[0]));
  for (const size of growthSizes) {
    const text = shape(size);
    const time = await fastestOf(2, () => run(text));
    sizes.push(size);
    milliseconds.push(time);
    if (time > growthBudgetMilliseconds) {
      return { sizes, milliseconds, problem: `${Math.round(time)} ms at ${size / 1024} KB` };
    }
  }
  const pastLinear = (largest: number, middle: number) =>
    largest > noiseFloorMilliseconds && largest / Math.max(middle, 1) > largestLinearRatio;
  const [, middle = 0] = milliseconds;
  let largest = milliseconds[2] ?? 0;
  if (pastLinear(largest, middle)) {
    const text = shape(growthSizes[2]);
    largest = Math.min(largest, await fastestOf(confirmingRuns, () => run(text)));
    milliseconds[2] = largest;
  }
  if (pastLinear(largest, middle)) {
    return {
      sizes,
      milliseconds,
      problem: `10× the input took ${(largest / Math.max(middle, 1)).toFixed(0)}× the time (${Math.round(middle)} → ${Math.round(largest)} ms)`,
    };
  }
  return { sizes, milliseconds };
}

/** Repeats `unit` between `head` and `tail` until the text is about `size` characters. */
export function grown(head: string, unit: string, tail: string, size: number): string {
  const count = Math.max(1, Math.ceil((size - head.length - tail.length) / unit.length));
  return `${head}${unit.repeat(count)}${tail}`;
}
