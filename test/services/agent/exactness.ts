import type { NatsConnection } from "@nats-io/nats-core";
import { Bucket } from "../../../lib/api/subjects.js";
import { attachmentCodec, type NetworkAttachment } from "../../../lib/codec.js";
import { openStore } from "../../../lib/store/store.js";
import type { Versioned } from "../../../lib/store/types.js";
import type { LoggerFabric } from "../../../services/agent/fabric/logger.js";
import type { LocalEntry, RemoteEntry } from "../../../services/agent/fabric/types.js";
import { mappedHostIp } from "../../../services/mapping/project.js";

/** Invariant 4 (docs/design.md) for agents: what each node's fabric must hold, exactly. */
export function expectedFabric(attachments: readonly Versioned<NetworkAttachment>[], node: string) {
  const local = new Set<string>();
  const vnis = localVnis(attachments, node);
  for (const { value: a } of attachments) {
    if (a.spec?.node === node && a.status?.ip && a.status.vni) local.add(`${a.status.vni}/${a.status.ip}`);
  }
  const remote = new Set<string>();
  for (const { value: a } of attachments) {
    const s = a.status;
    // Reachable at the host its agent reported, or before any report at the node's known one.
    const hostIp = mappedHostIp(a);
    if (a.spec?.node !== node && s?.ip && s.vni && hostIp && vnis.has(s.vni)) {
      remote.add(`${s.vni}/${s.ip}|${hostIp}`);
    }
  }
  return { local, remote };
}

/** The VNIs in which `node` has at least one addressed attachment (the VNIs its agent must follow). */
export function localVnis(attachments: readonly Versioned<NetworkAttachment>[], node: string): Set<number> {
  const vnis = new Set<number>();
  for (const { value: a } of attachments) {
    if (a.spec?.node === node && a.status?.ip && a.status.vni) vnis.add(a.status.vni);
  }
  return vnis;
}

/**
 * Differences between fabric entries and what their node needs (empty when exact). Beyond the
 * (VNI, IP) sets, an entry present on both sides must carry the reported MAC and interface name
 * (local) or the MAC and host IP of the remote attachment.
 */
export function entriesDiff(
  local: readonly LocalEntry[],
  remote: readonly RemoteEntry[],
  attachments: readonly Versioned<NetworkAttachment>[],
  node: string,
): string[] {
  const want = expectedFabric(attachments, node);
  const haveLocal = new Set(local.map((e) => `${e.vni}/${e.ip}`));
  const haveRemote = new Set(remote.map((e) => `${e.vni}/${e.ip}|${e.hostIp}`));
  const out: string[] = [];
  for (const x of want.local) if (!haveLocal.has(x)) out.push(`${node}: missing local ${x}`);
  for (const x of haveLocal) if (!want.local.has(x)) out.push(`${node}: stale local ${x}`);
  for (const x of want.remote) if (!haveRemote.has(x)) out.push(`${node}: missing remote ${x}`);
  for (const x of haveRemote) if (!want.remote.has(x)) out.push(`${node}: irrelevant or stale remote ${x}`);
  const status = new Map<string, NonNullable<NetworkAttachment["status"]>>();
  for (const { value: a } of attachments) {
    if (a.status?.ip && a.status.vni) status.set(`${a.status.vni}/${a.status.ip}`, a.status);
  }
  for (const e of local) {
    const s = status.get(`${e.vni}/${e.ip}`);
    if (s?.ifName && (s.ifName !== e.ifName || s.mac !== e.mac))
      out.push(`${node}: local ${e.vni}/${e.ip} is ${e.ifName} ${e.mac}, reported ${s.ifName} ${s.mac}`);
  }
  for (const e of remote) {
    const s = status.get(`${e.vni}/${e.ip}`);
    if (s?.hostIp === e.hostIp && s.mac !== e.mac)
      out.push(`${node}: remote ${e.vni}/${e.ip} has MAC ${e.mac}, attachment has ${s.mac}`);
  }
  return out;
}

/** Differences between a fabric and what its node needs (empty when exact). */
export async function fabricDiff(
  fabric: LoggerFabric,
  attachments: readonly Versioned<NetworkAttachment>[],
  node: string,
): Promise<string[]> {
  return entriesDiff(await fabric.listLocal(), await fabric.listRemote(), attachments, node);
}

/** Every addressed attachment implemented (reported by its agent). */
export function allImplemented(attachments: readonly Versioned<NetworkAttachment>[]): boolean {
  return attachments.every((a) => !a.value.status?.ip || (a.value.status.hostIp && a.value.status.ifName));
}

/** Every attachment in the bucket (all namespaces), read straight from JetStream. */
export async function listAttachments(nc: NatsConnection): Promise<Versioned<NetworkAttachment>[]> {
  const store = await openStore(nc, { bucket: Bucket.Attachments, codec: attachmentCodec, bindOnly: true });
  return (await store.list()).items;
}

/**
 * Why the system is not (yet) exact: unaddressed or unimplemented attachments, fabric diffs.
 * Fabrics are compared only once every attachment is implemented (the cheap check first: this
 * runs in a polling loop beside the system under test).
 */
export async function inexactness(
  attachments: readonly Versioned<NetworkAttachment>[],
  fabrics: ReadonlyMap<string, LoggerFabric>,
): Promise<string[]> {
  const out: string[] = [];
  for (const a of attachments) {
    const s = a.value.status;
    if (!s?.ip) out.push(`${a.key}: no address`);
    else if (!s.hostIp || !s.ifName) out.push(`${a.key}: not implemented`);
  }
  if (out.length > 0) return out;
  const byNode = groupBy(attachments, (a) => a.value.spec?.node ?? "");
  const byVni = groupBy(attachments, (a) => a.value.status?.vni ?? 0);
  for (const [node, f] of fabrics) {
    // Only the node's own VNIs matter to it: diff against those attachments alone.
    const relevant = [...localVnis(byNode.get(node) ?? [], node)].flatMap((v) => byVni.get(v) ?? []);
    out.push(...(await fabricDiff(f, relevant, node)));
  }
  return out;
}

function groupBy<T, K>(xs: readonly T[], key: (x: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const x of xs) {
    const k = key(x);
    const group = out.get(k);
    if (group) group.push(x);
    else out.set(k, [x]);
  }
  return out;
}

/**
 * Waits until every attachment is addressed and implemented and every fabric is exact; returns
 * the attachments it was exact against. On timeout the error names the first differences.
 */
export async function waitExact(
  nc: NatsConnection,
  fabrics: ReadonlyMap<string, LoggerFabric>,
  timeoutMs: number,
  what = "exact fabrics",
): Promise<Versioned<NetworkAttachment>[]> {
  const end = Date.now() + timeoutMs;
  let last: string[] = [];
  for (;;) {
    try {
      const items = await listAttachments(nc);
      last = await inexactness(items, fabrics);
      if (last.length === 0) return items;
    } catch (err) {
      last = [`listing failed: ${(err as Error).message}`];
    }
    if (Date.now() >= end) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  const head = last.slice(0, 8).join("; ");
  throw new Error(`not ${what} after ${timeoutMs} ms (${last.length} differences): ${head}`);
}
