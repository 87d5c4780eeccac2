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

/**
 * The smallest of `xs` (Infinity when empty), as Math.min but by a loop: spreading an array into
 * Math.min's arguments overflows the stack past ~100,000 values (a run of `jetnet bench` at
 * 5,000 ops/s for 25 s has 125,000).
 */
export function minOf(xs: Iterable<number>): number {
  let min = Number.POSITIVE_INFINITY;
  for (const x of xs) if (x < min || Number.isNaN(x)) min = x;
  return min;
}

/** The largest of `xs` (-Infinity when empty), as Math.max but by a loop (see minOf). */
export function maxOf(xs: Iterable<number>): number {
  let max = Number.NEGATIVE_INFINITY;
  for (const x of xs) if (x > max || Number.isNaN(x)) max = x;
  return max;
}
