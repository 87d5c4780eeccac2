/**
 * Order statistics of measured samples, for `jetnet bench` and the benchmarks. Nearest rank, so
 * every percentile is a value that was measured, never an interpolation between two.
 */

/** The p-th percentile (p in (0, 100]) of ascending `sorted` by nearest rank; NaN when empty. */
export function sortedPercentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

/** The p-th percentile of `samples` in any order (a sorted copy is taken); NaN for no samples. */
export function percentile(samples: readonly number[], p: number): number {
  return sortedPercentile(
    [...samples].sort((a, b) => a - b),
    p,
  );
}

/** The median; for an even count the lower middle sample, so the result is always a measured value. */
export function median(samples: readonly number[]): number {
  return percentile(samples, 50);
}

/** Operations per second for `ops` operations that took `ms` milliseconds. */
export function opsPerSecond(ops: number, ms: number): number {
  return ms > 0 ? (ops * 1000) / ms : Number.POSITIVE_INFINITY;
}
