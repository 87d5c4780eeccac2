import { objectKey } from "../../lib/api/subjects.js";
import type { NetworkAttachment } from "../../lib/codec.js";
import type { Lease } from "../../lib/ipam/leases.js";
import { addressNeed } from "../../lib/ipam/need.js";
import { parseIPv4 } from "../../lib/net/cidr.js";
import { nextTurn } from "../../lib/time.js";
import type { LeaseRecords } from "./records.js";

type Verdict = "ok" | "owner_gone" | "owner_moved";

/**
 * Leases a sweep judges between two turns of the event loop. A scan reply holds up to a thousand
 * and each takes some 15 µs: judged in one go, they held the process's requests and projections
 * up for 15–30 ms every sweep; in slices of this many, for 2–4 ms.
 */
const sweepSlice = 128;

export interface LeaseCollectorDeps extends LeaseRecords {
  /** A lease must look orphaned for this long (across sweeps) before it is released. */
  readonly graceMs: number;
  readonly onReleased: (vni: number) => void;
  /**
   * Whether this replica collects the VNI's leases (replicas divide the VNIs, as they divide the
   * attachments; absent: every VNI). A VNI gained starts its grace afresh.
   */
  readonly owns?: (vni: number) => boolean;
}

/**
 * Garbage collection of leases: a lease whose owner (by uid) is gone, or whose owner's status
 * names another address, is released once it has looked so for `graceMs` and a fresh read of
 * the owner confirms it. The grace covers the gap between taking a lease and writing the
 * status, and informer lag; releases are fenced by the lease's seq, so a lease re-taken in the
 * meantime is never released by mistake.
 */
export class LeaseCollector {
  /** Lease identity (vni/ip/owner/seq) → when it was first seen orphaned (ms). */
  private readonly suspects = new Map<string, number>();

  constructor(private readonly deps: LeaseCollectorDeps) {}

  /** One pass over every lease; returns how many it released. */
  async sweep(signal: AbortSignal, now = Date.now()): Promise<number> {
    const seen = new Set<string>();
    let released = 0;
    let judged = 0;
    for await (const lease of this.deps.leases.scanAll(signal, this.deps.owns)) {
      if (++judged % sweepSlice === 0) await nextTurn();
      const id = `${lease.vni}/${lease.ip}/${lease.owner}/${lease.seq}`;
      if (this.verdict(lease) === "ok") continue;
      seen.add(id);
      const since = this.suspects.get(id) ?? now;
      this.suspects.set(id, since);
      if (now - since < this.deps.graceMs) continue;
      const confirmed = await this.freshVerdict(lease);
      if (confirmed === "ok") continue;
      if (await this.deps.leases.release(lease.vni, lease.ip, lease.owner, lease.seq)) {
        this.deps.metrics.gcReleases.labels(confirmed).inc();
        released++;
        this.deps.onReleased(lease.vni);
      }
      this.suspects.delete(id);
    }
    for (const id of this.suspects.keys()) if (!seen.has(id)) this.suspects.delete(id);
    this.deps.metrics.orphanLeases.set(this.suspects.size);
    return released;
  }

  private verdict(lease: Lease): Verdict {
    const owners = this.deps.attachmentCache.byIndex("uid", lease.owner);
    const a = owners[0]?.value;
    return a ? this.judge(lease, a) : "owner_gone";
  }

  private async freshVerdict(lease: Lease): Promise<Verdict> {
    const [ns, name] = lease.ref.split("/");
    const cur = await this.deps.attachments.get(`${ns}.${name}`);
    if (!cur || cur.value.meta?.uid !== lease.owner) return "owner_gone";
    return this.judge(lease, cur.value);
  }

  /**
   * A lease is fine if its owner's status names it, or names no address yet while the owner
   * still needs one in this VNI (the status write may follow the lease). An owner that needs no
   * address, or one in another VNI, will never write this one: its lease is left over from an
   * interrupted release.
   */
  private judge(lease: Lease, a: NetworkAttachment): Verdict {
    const s = a.status;
    if (s?.ip) return s.vni === lease.vni && parseIPv4(s.ip) === lease.ip ? "ok" : "owner_moved";
    const subnet = this.deps.subnetCache.get(objectKey(a.meta?.namespace ?? "", a.spec?.subnet ?? ""));
    const need = addressNeed(a, subnet?.value);
    return need.kind === "address" && need.vni === lease.vni ? "ok" : "owner_moved";
  }
}
