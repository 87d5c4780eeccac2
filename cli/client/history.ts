import { Kvm } from "@nats-io/kv";
import { Bucket, Kind, objectKey, Section } from "../../lib/api/subjects.js";
import { attachmentCodec, CodecError, type ObjectMeta, subnetCodec } from "../../lib/codec.js";
import { JetnetError } from "../../lib/errors.js";
import { bucketError } from "./access.js";
import type { Session } from "./connect.js";
import { renderTable, sectionWriter } from "./format.js";

/**
 * `jetnet history`: the revisions a bucket retains for one object (the network service keeps
 * `--history` of them per key) and, for each, which sections changed and so which service wrote
 * it. Objects do not record their writer; it follows from the section, since each section has
 * exactly one writer (spec: the client, subnet status: the validator, address: ipam, impl and
 * exec: the agent through network).
 */

/** One retained revision as read from the bucket. */
export interface HistoryEntry {
  readonly revision: number;
  /** The stored message's timestamp (JetStream server time). */
  readonly time: Date;
  readonly operation: "PUT" | "DEL" | "PURGE";
  /** Decoded meta of a PUT (undefined for deletes). */
  readonly meta?: ObjectMeta | undefined;
}

export const Change = {
  Created: "CREATED",
  Modified: "MODIFIED",
  Deleted: "DELETED",
  Purged: "PURGED",
} as const;
export type Change = (typeof Change)[keyof typeof Change];

export interface HistoryRow {
  readonly revision: number;
  readonly time: Date;
  readonly change: Change;
  /** Sections written in this revision, oldest write first. */
  readonly sections: string[];
  /** The services that wrote them, de-duplicated, in section order. */
  readonly by: string[];
}

const writeTimes = (m: ObjectMeta | undefined) =>
  Object.entries(m?.writeTimesUs ?? {}).map(([s, us]) => [s, Number(us)] as const);

const sameLabels = (a: ObjectMeta | undefined, b: ObjectMeta | undefined) => {
  const norm = (m: ObjectMeta | undefined) =>
    JSON.stringify(Object.entries(m?.labels ?? {}).sort(([x], [y]) => x.localeCompare(y)));
  return norm(a) === norm(b);
};

/**
 * The sections `cur` changed relative to `prev` (the previous retained PUT of the same
 * incarnation), by comparing their write stamps; a label-only update stamps nothing, so labels
 * are compared directly. Without a predecessor the newest stamps are the ones this write made.
 */
export function changedSections(prev: ObjectMeta | undefined, cur: ObjectMeta): string[] {
  const times = writeTimes(cur).sort(([, a], [, b]) => a - b);
  let sections: string[];
  if (prev) {
    const before = new Map(writeTimes(prev));
    sections = times.filter(([s, us]) => before.get(s) !== us).map(([s]) => s);
    if (!sameLabels(prev, cur)) sections.push("labels");
  } else {
    const newest = Math.max(0, ...times.map(([, us]) => us));
    sections = times.filter(([, us]) => us === newest && us > 0).map(([s]) => s);
  }
  return sections;
}

/** Rows for the retained revisions, oldest first. */
export function historyRows(entries: readonly HistoryEntry[]): HistoryRow[] {
  const sorted = [...entries].sort((a, b) => a.revision - b.revision);
  const rows: HistoryRow[] = [];
  let prev: ObjectMeta | undefined;
  for (const e of sorted) {
    if (e.operation !== "PUT" || !e.meta) {
      rows.push({
        revision: e.revision,
        time: e.time,
        change: e.operation === "PURGE" ? Change.Purged : Change.Deleted,
        sections: [],
        by: ["client"],
      });
      prev = undefined;
      continue;
    }
    const sameIncarnation = prev !== undefined && prev.uid === e.meta.uid;
    const created =
      !sameIncarnation &&
      (e.meta.generation ?? 1) <= 1 &&
      writeTimes(e.meta).every(([s, us]) => s === Section.Spec && us === Number(e.meta?.createTimeUs ?? 0));
    const sections = changedSections(sameIncarnation ? prev : undefined, e.meta);
    rows.push({
      revision: e.revision,
      time: e.time,
      change: created ? Change.Created : Change.Modified,
      sections,
      by: [...new Set(sections.map((s) => sectionWriter[s] ?? "unknown"))],
    });
    prev = e.meta;
  }
  return rows;
}

export function formatHistory(rows: readonly HistoryRow[]): string {
  return renderTable(
    ["REVISION", "TIME", "CHANGE", "SECTIONS", "BY"],
    rows.map((r) => [
      String(r.revision),
      r.time.toISOString(),
      r.change,
      r.sections.join(",") || "-",
      r.by.join(",") || "-",
    ]),
  );
}

/** Reads every retained revision of `<ns>.<name>` straight from the kind's bucket. */
export async function readHistory(
  { nc, settings }: Pick<Session, "nc" | "settings">,
  kind: Kind,
  namespace: string,
  name: string,
): Promise<HistoryEntry[]> {
  const bucket = kind === Kind.Subnets ? Bucket.Subnets : Bucket.Attachments;
  const codec = kind === Kind.Subnets ? subnetCodec : attachmentCodec;
  const key = objectKey(namespace, name);
  const entries: HistoryEntry[] = [];
  try {
    const kv = await new Kvm(nc).open(bucket);
    const iter = await kv.history({ key });
    for await (const e of iter) {
      entries.push({
        revision: e.revision,
        time: e.created,
        operation: e.operation,
        meta: e.operation === "PUT" ? (codec.decode(e.value).meta ?? {}) : undefined,
      });
    }
  } catch (err) {
    if (err instanceof JetnetError || err instanceof CodecError) throw err;
    throw bucketError(settings, bucket, err);
  }
  return entries;
}
