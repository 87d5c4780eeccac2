/** Wall-clock time in microseconds since the epoch (server write stamps, latency metrics). */
export function nowUs(): number {
  // performance.timeOrigin + now() has sub-millisecond resolution, unlike Date.now().
  return Math.round((performance.timeOrigin + performance.now()) * 1000);
}

/** Seconds elapsed since a µs stamp (0 for a missing stamp, never negative). */
export function secondsSinceUs(us: number | null | undefined): number {
  if (!us) return 0;
  return Math.max(0, (nowUs() - us) / 1e6);
}
