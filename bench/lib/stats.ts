/** The p-th percentile (0..100) of `samples` by nearest rank; NaN for no samples. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

/** The median; for an even count the lower middle sample, so the result is always a measured value. */
export function median(samples: readonly number[]): number {
  return percentile(samples, 50);
}

/** Operations per second for `ops` operations that took `ms` milliseconds. */
export function opsPerSecond(ops: number, ms: number): number {
  return ms > 0 ? (ops * 1000) / ms : Number.POSITIVE_INFINITY;
}
