/** Order statistics of timing samples, in the samples' unit. */
export interface SampleStatistics {
  median: number;
  p95: number;
  count: number;
}

function quantile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1);
  return sorted[Math.max(0, index)] as number;
}

export function sampleStatistics(samples: readonly number[]): SampleStatistics {
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: quantile(sorted, 0.5), p95: quantile(sorted, 0.95), count: sorted.length };
}
