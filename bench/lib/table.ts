export type Align = "left" | "right";

export interface Column {
  readonly header: string;
  readonly align?: Align;
}

/** Renders rows as a plain-text table with a header rule; cells are already formatted strings. */
export function formatTable(columns: readonly Column[], rows: readonly (readonly string[])[]): string {
  const widths = columns.map((c, i) => Math.max(c.header.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: readonly string[]) =>
    columns
      .map((c, i) => {
        const cell = cells[i] ?? "";
        const w = widths[i]!;
        return c.align === "right" ? cell.padStart(w) : cell.padEnd(w);
      })
      .join("  ")
      .trimEnd();
  const rule = widths.map((w) => "-".repeat(w)).join("  ");
  return [line(columns.map((c) => c.header)), rule, ...rows.map(line)].join("\n");
}

/** A rate with thousands separators and no decimals, e.g. "12,345". */
export function formatRate(opsPerSec: number): string {
  return Math.round(opsPerSec).toLocaleString("en-US");
}

/** Milliseconds with precision that suits the magnitude, e.g. "0.231" or "12.4". */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return "-";
  return ms < 10 ? ms.toFixed(3) : ms.toFixed(1);
}
