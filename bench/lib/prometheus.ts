/**
 * Reading the agents' /metrics from outside their processes: a benchmark observes a fleet of
 * hollow agents without sharing their event loops. Samples of every process scraped are added up
 * (counters, gauges and histogram buckets all add).
 */

/** Samples of one Prometheus text exposition: metric name with labels -> value. */
export type Scrape = Map<string, number>;

/** Scrapes every hollow process and adds their samples up (counters, gauges and buckets all add). */
export async function scrape(urls: readonly string[]): Promise<Scrape> {
  const out: Scrape = new Map();
  for (const url of urls) {
    const res = await fetch(url, { signal: AbortSignal.timeout(10_000) });
    const text = await res.text();
    for (const line of text.split("\n")) {
      if (!line || line.startsWith("#")) continue;
      const i = line.lastIndexOf(" ");
      const key = line.slice(0, i);
      out.set(key, (out.get(key) ?? 0) + Number(line.slice(i + 1)));
    }
  }
  return out;
}

/** Sum of every sample of `name` (any labels). */
export function total(s: Scrape, name: string): number {
  let sum = 0;
  for (const [k, v] of s) if (k === name || k.startsWith(`${name}{`)) sum += v;
  return sum;
}

/** Cumulative buckets of a label-less histogram, sorted by upper bound. */
export function buckets(
  s: Scrape,
  name: string,
  where: Record<string, string> = {},
): { le: number; count: number }[] {
  const byLe = new Map<number, number>();
  for (const [k, v] of s) {
    if (!k.startsWith(`${name}_bucket{`)) continue;
    const labels = Object.fromEntries([...k.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    if (Object.entries(where).some(([l, want]) => labels[l] !== want)) continue;
    const le = labels.le === "+Inf" ? Number.POSITIVE_INFINITY : Number(labels.le);
    byLe.set(le, (byLe.get(le) ?? 0) + v);
  }
  return [...byLe].map(([le, count]) => ({ le, count })).sort((a, b) => a.le - b.le);
}

/** The q-quantile (0..1) in seconds, linear within the bucket that holds it (as Prometheus does). */
export function bucketQuantile(bs: readonly { le: number; count: number }[], q: number): number {
  const n = bs.at(-1)?.count ?? 0;
  if (n === 0) return Number.NaN;
  const rank = q * n;
  let prevLe = 0;
  let prevCount = 0;
  for (const b of bs) {
    if (b.count >= rank) {
      if (!Number.isFinite(b.le)) return Number.POSITIVE_INFINITY; // beyond the last bound
      return prevLe + ((b.le - prevLe) * (rank - prevCount)) / Math.max(1, b.count - prevCount);
    }
    prevLe = b.le;
    prevCount = b.count;
  }
  return prevLe;
}
