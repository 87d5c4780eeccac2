import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { formatObjects, formatTable, OutputFormat } from "../../cli/client/format.js";
import { ListPrinter } from "../../cli/client/listing.js";
import { Kind } from "../../lib/api/subjects.js";
import type { NetworkAttachment } from "../../lib/codec.js";
import type { Versioned } from "../../lib/store/types.js";

const nowMs = Date.UTC(2025, 0, 1);
const item = (i: number): Versioned<NetworkAttachment> => ({
  key: `t.a${i}`,
  revision: 10 + i,
  value: {
    meta: { namespace: "t", name: `a${i}`, uid: `u-${i}`, labels: { k: "v" } },
    spec: { node: "n1", subnet: "s1" },
    status: { ip: `10.0.0.${i}`, postCreateReport: { command: ["/bin/x"], stdout: `line\n`.repeat(i) } },
  },
});
const all = Array.from({ length: 7 }, (_, i) => item(i));
const pages = [all.slice(0, 3), all.slice(3, 6), all.slice(6)];

function printed(format: OutputFormat, ps: Versioned<NetworkAttachment>[][]): string {
  const p = new ListPrinter(Kind.Attachments, format, { nowMs });
  return ps.map((page) => p.page(page, 42)).join("") + p.end(42);
}

describe("ListPrinter", () => {
  it("prints JSON and YAML page by page exactly as the whole list at once", () => {
    for (const format of [OutputFormat.Json, OutputFormat.Yaml] as const) {
      const whole = formatObjects(Kind.Attachments, all, format, { single: false, revision: 42 });
      expect(printed(format, pages)).toBe(whole);
      expect(printed(format, [])).toBe(
        formatObjects(Kind.Attachments, [], format, { single: false, revision: 42 }),
      );
    }
    expect(JSON.parse(printed(OutputFormat.Json, pages)).items).toHaveLength(7);
    expect(parseYaml(printed(OutputFormat.Yaml, pages)).items).toHaveLength(7);
  });

  it("prints a table header once, with the first page's widths", () => {
    const out = printed(OutputFormat.Table, pages);
    expect(out).toBe(formatTable(Kind.Attachments, all, { nowMs }));
    expect(printed(OutputFormat.Table, [])).toBe("");
  });
});
