import { copyFileSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DeliverPolicy, jetstream, jetstreamManager } from "@nats-io/jetstream";
import type { NatsConnection } from "@nats-io/nats-core";
import { Bucket, Projection } from "../../lib/api/subjects.js";
import { nodeToken, snapshotSubject } from "../../lib/api/views.js";
import { attachmentCodec, type NetworkAttachment, nodeWorkCodec } from "../../lib/codec.js";
import { jetnet } from "../../proto/gen/jetnet.js";
import { sourceOf } from "../../services/mapping/project.js";
import type { JetnetProcess, NatsServer } from "../harness/index.js";
import type { Ledger } from "./driver.js";

const pb = jetnet.v1;

/**
 * What the HA test prints when its checks do not converge: the records the streams hold for the
 * keys concerned, each with the compare-and-swap condition it was written under, so that a write
 * accepted on a stale revision (or a projection left behind) shows in the report itself.
 */

const clock = (us: number | string | null | undefined) =>
  new Date(Number(us ?? 0) / 1000).toISOString().slice(11, 23);

function showAttachment(a: NetworkAttachment): string {
  const stamps = Object.entries(a.meta?.writeTimesUs ?? {})
    .map(([section, us]) => `${section}@${clock(us)}`)
    .join(",");
  const s = a.status;
  return `uid=${a.meta?.uid?.slice(0, 8)} ${s?.vni ?? 0}/${s?.ip || "-"} if=${s?.ifName || "-"} written ${stamps}`;
}

function showValue(bucket: string, data: Uint8Array): string {
  if (data.length === 0) return "";
  if (bucket === Bucket.Attachments) return showAttachment(attachmentCodec.decode(data));
  if (bucket === Projection.Node) {
    const w = nodeWorkCodec.decode(data);
    return `source@${w.sourceRevision} ${w.attachment ? showAttachment(w.attachment) : "-"}`;
  }
  return `${data.length} B`;
}

interface StoredRecord {
  readonly key: string;
  readonly seq: number;
  readonly time: Date;
  readonly op: string;
  readonly data: Uint8Array;
  readonly line: string;
}

function record(
  bucket: string,
  subject: string,
  seq: number,
  time: Date,
  hdrs: { get(k: string): string } | undefined,
  data: Uint8Array,
): StoredRecord {
  const op = hdrs?.get("KV-Operation") || "PUT";
  const expected = hdrs?.get("Nats-Expected-Last-Subject-Sequence") || "none";
  const line = `#${seq} ${time.toISOString().slice(11, 23)} ${op} expected=${expected} ${showValue(bucket, data)}`;
  return { key: subject.slice(`$KV.${bucket}.`.length), seq, time, op, data, line };
}

/** The bucket's records matching `filter` (every one, or the last per key), read by one consumer. */
async function records(
  nc: NatsConnection,
  bucket: string,
  filter: string,
  deliver: DeliverPolicy,
): Promise<StoredRecord[]> {
  const js = jetstream(nc, { timeout: 5_000 });
  const oc = await js.consumers.getPushConsumer(`KV_${bucket}`, {
    filter_subjects: `$KV.${bucket}.${filter}`,
    deliver_policy: deliver,
  });
  const out: StoredRecord[] = [];
  try {
    if ((await oc.info(true)).num_pending === 0) return out;
    const iter = await oc.consume();
    const timer = setTimeout(() => void iter.close(), 10_000);
    try {
      for await (const m of iter) {
        const time = new Date(m.info.timestampNanos / 1e6);
        out.push(record(bucket, m.subject, m.seq, time, m.headers, m.data));
        if (m.info.pending === 0) break;
      }
    } finally {
      clearTimeout(timer);
      await iter.close();
    }
  } finally {
    await oc.delete().catch(() => false);
  }
  return out;
}

/** Every record of one key, oldest first, and what the stream leader answers as its latest. */
async function keyReport(nc: NatsConnection, bucket: string, key: string): Promise<string[]> {
  const jsm = await jetstreamManager(nc, { timeout: 5_000 });
  const sm = await jsm.streams.getMessage(`KV_${bucket}`, { last_by_subj: `$KV.${bucket}.${key}` });
  const leader = sm ? record(bucket, sm.subject, sm.seq, sm.time, sm.header, sm.data).line : "(none)";
  const all = await records(nc, bucket, key, DeliverPolicy.All);
  return [`  ${bucket}/${key}, latest at the leader: ${leader}`, ...all.map((r) => `    ${r.line}`)];
}

export interface ReportDeps {
  readonly nc: NatsConnection;
  readonly ledger: Ledger;
  readonly servers: readonly NatsServer[];
  readonly services: Record<string, readonly JetnetProcess[]>;
}

/**
 * Prints, for the first violations: an undone delete's driver trace and the attachment's
 * records; for an entry an agent holds although no attachment needs it, the node-work records
 * that still carry it and their source attachment's records. Keeps every server's and service's
 * log in a temporary directory and names it.
 */
export async function failureReport(deps: ReportDeps, violations: readonly string[]): Promise<void> {
  const { nc, ledger } = deps;
  const out: string[] = [`chaos: ${ledger.trace.get("chaos")?.join(" | ")}`];
  const safely = (p: Promise<string[]>) => p.catch((err: Error) => [`  (${err.message})`]);
  for (const v of violations.slice(0, 5)) {
    const undone = /acknowledged delete of (\S+)\/(\S+) undone/.exec(v);
    if (undone?.[1] && undone[2]) {
      out.push(
        `== ${v}`,
        ...(ledger.trace.get(`${undone[1]}/${undone[2]}`) ?? []).map((l) => `  driver ${l}`),
      );
      out.push(...(await safely(keyReport(nc, Bucket.Attachments, `${undone[1]}.${undone[2]}`))));
    }
    const stale = /^(\S+): stale local (\d+)\/(\S+)$/.exec(v);
    if (stale?.[1]) {
      const [, node, vni, ip] = stale;
      out.push(`== ${v}`);
      // The node's work as the mapping service holds it (it is not stored anywhere).
      const work = await nodeViewEntries(nc, node).catch(() => []);
      const carrying = work.filter((w) => {
        const s = nodeWorkCodec.decode(w.value).attachment?.status;
        return String(s?.vni) === vni && s?.ip === ip;
      });
      if (carrying.length === 0)
        out.push("  no node work the mapping service holds carries it: the agent missed its removal");
      for (const w of carrying) {
        out.push(`  mapping holds ${w.key}: ${showValue(Projection.Node, w.value)}`);
        out.push(...(await safely(keyReport(nc, Bucket.Attachments, sourceOf(w.key)))));
      }
    }
  }
  const dir = mkdtempSync(join(tmpdir(), "jetnet-ha-"));
  for (const [i, s] of deps.servers.entries()) copyFileSync(s.logFile, join(dir, `nats-n${i + 1}.log`));
  for (const [name, ps] of Object.entries(deps.services))
    for (const [i, p] of ps.entries()) writeFileSync(join(dir, `${name}-${i + 1}.log`), p.log());
  writeFileSync(join(dir, "driver-trace.json"), JSON.stringify(Object.fromEntries(ledger.trace), null, 1));
  console.log(`ha: failure report (logs kept in ${dir}):\n${out.join("\n")}`);
}

/** A node view's entries, from the mapping service's memory. */
async function nodeViewEntries(
  nc: NatsConnection,
  node: string,
): Promise<{ key: string; value: Uint8Array }[]> {
  const view = `node.${nodeToken(node)}`;
  const m = await nc.request(snapshotSubject(view), pb.SnapshotRequest.encode({ view }).finish(), {
    timeout: 2_000,
  });
  return pb.SnapshotReply.decode(m.data).entries.map((e) => ({
    key: e.key ?? "",
    value: e.value ?? new Uint8Array(),
  }));
}
