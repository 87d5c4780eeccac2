import { stringify as toYamlText } from "yaml";
import type { Kind } from "../../lib/api/subjects.js";
import type { NetworkAttachment, Subnet } from "../../lib/codec.js";
import type { Versioned } from "../../lib/store/types.js";
import {
  manifestKind,
  OutputFormat,
  objectView,
  type TableOptions,
  tableHeader,
  tableRow,
} from "./format.js";

type AnyObject = Subnet | NetworkAttachment;

/**
 * Renders a list page by page as the pages arrive (`jetnet get`), so the first rows show before
 * the last page is fetched. Pure: each call returns the text to write.
 *
 * YAML and JSON come out exactly as `formatObjects` renders the whole list at once (one
 * document, `{kind: <Kind>List, revision, items}`): the items of a page are rendered as the
 * whole list would nest them. A table's columns take their widths from the header and the
 * first page; a later, wider cell widens its column from then on (kubectl's chunked tables do
 * the same).
 */
export class ListPrinter {
  private count = 0;
  private widths: number[] = [];

  constructor(
    private readonly kind: Kind,
    private readonly format: OutputFormat,
    private readonly table: TableOptions,
  ) {}

  /** Objects printed so far. */
  get printed(): number {
    return this.count;
  }

  page(items: readonly Versioned<AnyObject>[], revision: number): string {
    if (items.length === 0) return "";
    const first = this.count === 0;
    this.count += items.length;
    switch (this.format) {
      case OutputFormat.Json: {
        const body = items
          .map((v) => JSON.stringify(objectView(this.kind, v), null, 2).replace(/^/gm, "    "))
          .join(",\n");
        return first ? `${this.jsonHead(revision)}\n${body}` : `,\n${body}`;
      }
      case OutputFormat.Yaml: {
        const nested = toYamlText({ items: items.map((v) => objectView(this.kind, v)) });
        const body = nested.slice(nested.indexOf("\n") + 1);
        return first ? `kind: ${manifestKind[this.kind]}List\nrevision: ${revision}\nitems:\n${body}` : body;
      }
      default: {
        const rows = items.map((v) => tableRow(this.kind, v.value, this.table));
        let out = "";
        if (first) {
          const header = tableHeader(this.kind, this.table);
          this.widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
          out = this.line(header);
        }
        for (const r of rows) out += this.line(r);
        return out;
      }
    }
  }

  /** What closes the document once the last page is printed (`revision`: the list's). */
  end(revision: number): string {
    if (this.format === OutputFormat.Json) {
      return this.count === 0 ? `${this.jsonHead(revision)}]\n}\n` : "\n  ]\n}\n";
    }
    if (this.format === OutputFormat.Yaml && this.count === 0) {
      return `kind: ${manifestKind[this.kind]}List\nrevision: ${revision}\nitems: []\n`;
    }
    return "";
  }

  private jsonHead(revision: number): string {
    return `{\n  "kind": "${manifestKind[this.kind]}List",\n  "revision": ${revision},\n  "items": [`;
  }

  private line(cells: readonly string[]): string {
    const padded = cells.map((c, i) => {
      this.widths[i] = Math.max(this.widths[i] ?? 0, c.length);
      return c.padEnd(this.widths[i] ?? 0);
    });
    return `${padded.join("   ").trimEnd()}\n`;
  }
}
