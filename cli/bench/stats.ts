/** Summaries and text output of a bench run (pure, no I/O). */

import { sortedPercentile } from "../../lib/stats.js";

export interface LatencySummary {
  readonly count: number;
  readonly p50: number;
  readonly p90: number;
  readonly p99: number;
  readonly max: number;
}

export function summarize(values: readonly number[]): LatencySummary {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    count: sorted.length,
    p50: sortedPercentile(sorted, 50),
    p90: sortedPercentile(sorted, 90),
    p99: sortedPercentile(sorted, 99),
    max: sorted.length ? sorted[sorted.length - 1]! : Number.NaN,
  };
}

/** Seconds as milliseconds with 1 decimal; "-" for no data. */
export function formatMs(seconds: number): string {
  return Number.isFinite(seconds) ? (seconds * 1000).toFixed(1) : "-";
}

/** Left-aligned first column, right-aligned others, two spaces between columns. */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
      .join("  ")
      .trimEnd();
  return [line(header), ...rows.map(line)].join("\n");
}

export function latencyTable(latencies: ReadonlyMap<string, LatencySummary>): string {
  const rows = [...latencies].map(([name, s]) => [
    name,
    String(s.count),
    formatMs(s.p50),
    formatMs(s.p90),
    formatMs(s.p99),
    formatMs(s.max),
  ]);
  return formatTable(["latency (ms)", "count", "p50", "p90", "p99", "max"], rows);
}

/** RFC 4180 field: quoted only when it must be. */
export function csvField(v: string | number | undefined): string {
  if (v === undefined) return "";
  const s = typeof v === "number" ? (Number.isFinite(v) ? String(v) : "") : v;
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export function csvLine(fields: readonly (string | number | undefined)[]): string {
  return fields.map(csvField).join(",");
}

/** A one-line progress bar: `[#####.....]`. */
export function bar(done: number, total: number, width = 20): string {
  const filled = total > 0 ? Math.min(width, Math.round((done / total) * width)) : 0;
  return `[${"#".repeat(filled)}${".".repeat(width - filled)}]`;
}
