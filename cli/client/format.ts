import { stringify as toYamlText } from "yaml";
import { Kind, Section } from "../../lib/api/subjects.js";
import type { ExecReport, NetworkAttachment, ObjectMeta, Subnet } from "../../lib/codec.js";
import type { Versioned } from "../../lib/store/types.js";

/**
 * Pure rendering for the client commands: tables, YAML/JSON views, `describe` text and watch
 * lines. No I/O, so every format is unit-tested as plain strings.
 */

export const OutputFormat = { Table: "table", Wide: "wide", Yaml: "yaml", Json: "json" } as const;
export type OutputFormat = (typeof OutputFormat)[keyof typeof OutputFormat];

/** The names a user may type for each kind, as kubectl accepts plural, singular and short forms. */
const kindAliases: Record<string, Kind> = {
  subnets: Kind.Subnets,
  subnet: Kind.Subnets,
  sn: Kind.Subnets,
  attachments: Kind.Attachments,
  attachment: Kind.Attachments,
  networkattachments: Kind.Attachments,
  networkattachment: Kind.Attachments,
  na: Kind.Attachments,
};

export function parseKind(raw: string): Kind | undefined {
  return kindAliases[raw.toLowerCase()];
}

/** `subnet` / `attachment`: how one object is named in messages (`subnet/ns/name created`). */
export const singular = { [Kind.Subnets]: "subnet", [Kind.Attachments]: "attachment" } as const;
/** The manifest `kind` of each API kind. */
export const manifestKind = { [Kind.Subnets]: "Subnet", [Kind.Attachments]: "NetworkAttachment" } as const;

/** Who writes each section of meta.write_times_us (see docs/design.md, Architecture). */
export const sectionWriter: Record<string, string> = {
  [Section.Spec]: "client",
  labels: "client",
  [Section.Status]: "network",
  [Section.Address]: "ipam",
  [Section.Impl]: "agent",
  [Section.Exec]: "agent",
};

type AnyObject = Subnet | NetworkAttachment;

/** kubectl-style age: 45s, 12m, 5h, 3d; "<unknown>" without a create time. */
export function formatAge(createUs: number | null | undefined, nowMs: number): string {
  if (!createUs) return "<unknown>";
  const s = Math.max(0, Math.floor((nowMs - createUs / 1000) / 1000));
  if (s < 120) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 120) return `${m}m`;
  const h = Math.floor(m / 60);
  if (h < 48) return `${h}h`;
  return `${Math.floor(h / 24)}d`;
}

/** An ISO time for a µs stamp; "<none>" for a missing one. */
export function isoUs(us: number | null | undefined): string {
  return us ? new Date(Math.floor(us / 1000)).toISOString() : "<none>";
}

const none = (s: string | null | undefined) => (s ? s : "<none>");
const list = (xs: readonly string[] | null | undefined, sep = "; ") => (xs?.length ? xs.join(sep) : "<none>");

/** Columns padded to their widest cell, three spaces apart, no trailing blanks. */
export function renderTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join("   ")
      .trimEnd();
  return `${[header, ...rows].map(line).join("\n")}\n`;
}

export interface TableOptions {
  readonly wide?: boolean;
  /** Adds a NAMESPACE column (listing across namespaces). */
  readonly namespaces?: boolean;
  readonly nowMs: number;
}

/** An attachment is ready once it has an address and its node reports the interface without errors. */
export function attachmentReady(a: NetworkAttachment): boolean {
  const s = a.status;
  return !!s?.ip && !!s.hostIp && !!s.ifName && !(s.hostErrors?.length ?? 0);
}

export function tableHeader(kind: Kind, opts: Omit<TableOptions, "nowMs">): string[] {
  const base =
    kind === Kind.Subnets
      ? ["NAME", "VNI", "CIDR", "VALIDATED", "AGE"]
      : ["NAME", "NODE", "SUBNET", "IP", "MAC", "IFNAME", "HOST-IP", "READY", "AGE"];
  return [...(opts.namespaces ? ["NAMESPACE"] : []), ...base, ...(opts.wide ? ["ERRORS", "UID"] : [])];
}

export function tableRow(kind: Kind, obj: AnyObject, opts: TableOptions): string[] {
  const meta = obj.meta ?? {};
  const age = formatAge(meta.createTimeUs, opts.nowMs);
  let base: string[];
  let errors: string;
  if (kind === Kind.Subnets) {
    const s = obj as Subnet;
    base = [
      none(meta.name),
      String(s.spec?.vni ?? 0),
      none(s.spec?.cidr),
      String(!!s.status?.validated),
      age,
    ];
    errors = list(s.status?.errors);
  } else {
    const a = obj as NetworkAttachment;
    const st = a.status ?? {};
    base = [
      none(meta.name),
      none(a.spec?.node),
      none(a.spec?.subnet),
      none(st.ip),
      none(st.mac),
      none(st.ifName),
      none(st.hostIp),
      String(attachmentReady(a)),
      age,
    ];
    errors = list([...(st.ipamErrors ?? []), ...(st.hostErrors ?? [])]);
  }
  return [
    ...(opts.namespaces ? [none(meta.namespace)] : []),
    ...base,
    ...(opts.wide ? [errors, none(meta.uid)] : []),
  ];
}

export function formatTable(kind: Kind, items: readonly Versioned<AnyObject>[], opts: TableOptions): string {
  return renderTable(
    tableHeader(kind, opts),
    items.map((i) => tableRow(kind, i.value, opts)),
  );
}

/** The YAML/JSON view of one object: its kind and revision beside meta, spec and status. */
export function objectView(kind: Kind, v: Versioned<AnyObject>): Record<string, unknown> {
  return {
    kind: manifestKind[kind],
    revision: v.revision,
    meta: ordered(v.value.meta, metaOrder),
    spec: ordered(v.value.spec, kind === Kind.Subnets ? subnetSpecOrder : attachmentSpecOrder),
    status: ordered(v.value.status, kind === Kind.Subnets ? subnetStatusOrder : attachmentStatusOrder),
  };
}

// Decoded objects list repeated and map fields first; people read fields in .proto order.
const metaOrder = ["namespace", "name", "uid", "generation", "createTimeUs", "labels", "writeTimesUs"];
const subnetSpecOrder = ["vni", "cidr", "exclude", "gateway"];
const subnetStatusOrder = ["validated", "errors"];
const attachmentSpecOrder = ["node", "subnet", "ip", "postCreateExec", "postDeleteExec"];
const attachmentStatusOrder = [
  "ip",
  "vni",
  "leaseSeq",
  "mac",
  "ifName",
  "hostIp",
  "addressContention",
  "ipamErrors",
  "hostErrors",
  "postCreateReport",
  "subnetUid",
];

function ordered(o: object | null | undefined, order: readonly string[]): Record<string, unknown> {
  const src = (o ?? {}) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const k of order) if (k in src) out[k] = src[k];
  for (const [k, v] of Object.entries(src)) if (!(k in out)) out[k] = v;
  return out;
}

/** One object as itself; several (a list) as `{kind: <Kind>List, revision, items}`. */
export function formatObjects(
  kind: Kind,
  items: readonly Versioned<AnyObject>[],
  format: "yaml" | "json",
  opts: { single: boolean; revision?: number },
): string {
  const view =
    opts.single && items[0]
      ? objectView(kind, items[0])
      : {
          kind: `${manifestKind[kind]}List`,
          ...(opts.revision !== undefined && { revision: opts.revision }),
          items: items.map((i) => objectView(kind, i)),
        };
  return format === "json" ? `${JSON.stringify(view, null, 2)}\n` : toYamlText(view);
}

/** Label selectors and labels on the command line: `k=v,k2=v2` (repeatable). */
export function parseLabels(raw: readonly string[] | string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  const parts = (typeof raw === "string" ? [raw] : (raw ?? [])).flatMap((r) => r.split(","));
  for (const part of parts) {
    const p = part.trim();
    if (p === "") continue;
    const eq = p.indexOf("=");
    if (eq <= 0) throw new Error(`"${p}" is not key=value`);
    out[p.slice(0, eq)] = p.slice(eq + 1);
  }
  return out;
}

const labelsText = (labels: Record<string, string> | null | undefined) => {
  const entries = Object.entries(labels ?? {}).sort(([a], [b]) => a.localeCompare(b));
  return entries.length ? entries.map(([k, v]) => `${k}=${v}`).join(",") : "<none>";
};

/** `label:  value` lines with the values aligned. */
function fields(rows: readonly (readonly [string, string])[], indent = ""): string[] {
  const width = Math.max(...rows.map(([k]) => k.length)) + 2;
  return rows.map(([k, v]) => `${indent}${`${k}:`.padEnd(width)}${v}`.trimEnd());
}

function execLines(r: ExecReport | null | undefined): string[] {
  if (!r?.command?.length) return ["  <none>"];
  const start = Number(r.startTimeUs ?? 0);
  const stop = Number(r.stopTimeUs ?? 0);
  const lines = fields(
    [
      ["Command", JSON.stringify(r.command)],
      ["Exit status", r.timedOut ? "timed out" : String(r.exitStatus ?? 0)],
      ["Started", isoUs(start)],
      ["Finished", isoUs(stop)],
      ["Duration", start && stop ? `${((stop - start) / 1000).toFixed(1)}ms` : "<unknown>"],
    ],
    "  ",
  );
  for (const [name, text] of [
    ["Stdout", r.stdout],
    ["Stderr", r.stderr],
  ] as const) {
    lines.push(`  ${name}:${text ? "" : " <none>"}`);
    if (text) for (const l of text.replace(/\n$/, "").split("\n")) lines.push(`    ${l}`);
  }
  return lines;
}

/** Every section's last write time, with the service that writes it. */
function writeTimeLines(meta: ObjectMeta): string[] {
  const entries = Object.entries(meta.writeTimesUs ?? {}).sort(([, a], [, b]) => Number(a) - Number(b));
  if (entries.length === 0) return ["  <none>"];
  return fields(
    entries.map(([s, us]) => [s, `${isoUs(Number(us))}  (by ${sectionWriter[s] ?? "unknown"})`] as const),
    "  ",
  );
}

/** `jetnet describe`: everything about one object, for a human. */
export function formatDescribe(kind: Kind, v: Versioned<AnyObject>, nowMs: number): string {
  const meta = v.value.meta ?? {};
  const lines = fields([
    ["Kind", manifestKind[kind]],
    ["Name", none(meta.name)],
    ["Namespace", none(meta.namespace)],
    ["UID", none(meta.uid)],
    ["Revision", String(v.revision)],
    ["Generation", String(meta.generation ?? 0)],
    ["Created", `${isoUs(meta.createTimeUs)} (${formatAge(meta.createTimeUs, nowMs)} ago)`],
    ["Labels", labelsText(meta.labels)],
  ]);
  if (kind === Kind.Subnets) {
    const s = v.value as Subnet;
    lines.push("Spec:");
    lines.push(
      ...fields(
        [
          ["VNI", String(s.spec?.vni ?? 0)],
          ["CIDR", none(s.spec?.cidr)],
          ["Exclude", list(s.spec?.exclude, ", ")],
          ["Gateway", none(s.spec?.gateway)],
        ],
        "  ",
      ),
    );
    lines.push("Status:");
    lines.push(
      ...fields(
        [
          ["Validated", String(!!s.status?.validated)],
          ["Errors", list(s.status?.errors)],
        ],
        "  ",
      ),
    );
  } else {
    const a = v.value as NetworkAttachment;
    const st = a.status ?? {};
    lines.push("Spec:");
    lines.push(
      ...fields(
        [
          ["Node", none(a.spec?.node)],
          ["Subnet", none(a.spec?.subnet)],
          ["Requested IP", none(a.spec?.ip)],
          [
            "Post-create exec",
            a.spec?.postCreateExec?.length ? JSON.stringify(a.spec.postCreateExec) : "<none>",
          ],
          [
            "Post-delete exec",
            a.spec?.postDeleteExec?.length ? JSON.stringify(a.spec.postDeleteExec) : "<none>",
          ],
        ],
        "  ",
      ),
    );
    lines.push("Status:");
    lines.push(
      ...fields(
        [
          ["IP", none(st.ip)],
          ["VNI", st.vni ? String(st.vni) : "<none>"],
          ["Lease seq", st.leaseSeq ? String(st.leaseSeq) : "<none>"],
          ["MAC", none(st.mac)],
          ["Interface", none(st.ifName)],
          ["Host IP", none(st.hostIp)],
          ["Ready", String(attachmentReady(a))],
          ["Address contention", String(!!st.addressContention)],
          ["IPAM errors", list(st.ipamErrors)],
          ["Host errors", list(st.hostErrors)],
        ],
        "  ",
      ),
    );
    lines.push("Post-create exec report:", ...execLines(st.postCreateReport));
  }
  lines.push("Write times:", ...writeTimeLines(meta));
  return `${lines.join("\n")}\n`;
}

export const WatchEventType = { Added: "ADDED", Modified: "MODIFIED", Deleted: "DELETED" } as const;
export type WatchEventType = (typeof WatchEventType)[keyof typeof WatchEventType];

/** One watch event as a table line under `tableHeader` (EVENT first), or as one JSON line. */
export function formatWatchEvent(
  kind: Kind,
  type: WatchEventType,
  v: Versioned<AnyObject>,
  format: OutputFormat,
  opts: TableOptions,
): string {
  if (format === OutputFormat.Json) return `${JSON.stringify({ type, object: objectView(kind, v) })}\n`;
  if (format === OutputFormat.Yaml) return `---\n${toYamlText({ type, object: objectView(kind, v) })}`;
  const cells = [type, ...tableRow(kind, v.value, opts)];
  return streamLine(["EVENT", ...tableHeader(kind, opts)], cells);
}

export function watchHeader(kind: Kind, opts: Omit<TableOptions, "nowMs">): string {
  const header = ["EVENT", ...tableHeader(kind, opts)];
  return streamLine(header, header);
}

// Streamed rows cannot know later widths: each column gets a width that fits typical values.
const streamWidths: Record<string, number> = {
  EVENT: 8,
  NAMESPACE: 12,
  NAME: 20,
  NODE: 12,
  SUBNET: 12,
  CIDR: 18,
  IP: 15,
  MAC: 17,
  IFNAME: 15,
  "HOST-IP": 15,
};

function streamLine(header: readonly string[], cells: readonly string[]): string {
  const padded = cells.map((c, i) => {
    const h = header[i] ?? "";
    return c.padEnd(Math.max(h.length, streamWidths[h] ?? 0));
  });
  return `${padded.join("   ").trimEnd()}\n`;
}
