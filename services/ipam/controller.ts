import { objectKey } from "../../lib/api/subjects.js";
import type { NetworkAttachment, Subnet } from "../../lib/codec.js";
import type { ReconcileResult } from "../../lib/controller/types.js";
import type { EventSource, Lister } from "../../lib/informer/types.js";
import { type AddressNeed, addressNeed, heldAddressProblem } from "../../lib/ipam/need.js";
import { sameStrings } from "../../lib/lists.js";
import { formatIPv4, parseIPv4 } from "../../lib/net/cidr.js";
import { macAddress } from "../../lib/net/mac.js";
import type { ObjectStore, Versioned } from "../../lib/store/types.js";
import { secondsSinceUs } from "../../lib/time.js";
import type { LeaseRecords } from "./records.js";
import { withoutAddress, writeAddressStatus } from "./status.js";

/** Queue keys for prompt releases of deleted attachments' leases: `release/<vni>/<ip>/<uid>/<seq>`. */
export function releaseKey(vni: number, ip: number, uid: string, seq: number): string {
  return `release/${vni}/${ip}/${uid}/${seq}`;
}

/**
 * Sends to `enqueue` the work this replica owns (`mine`): every attachment that appears or
 * changes, the lease release of one that is deleted while holding an address, and every
 * attachment of a subnet that appears, changes or vanishes (its need follows the subnet).
 */
export function enqueueAddressWork(
  caches: {
    readonly attachmentCache: EventSource<NetworkAttachment> & Lister<NetworkAttachment>;
    readonly subnetCache: EventSource<Subnet>;
  },
  mine: (a: NetworkAttachment) => boolean,
  enqueue: (key: string) => void,
): void {
  const { attachmentCache, subnetCache } = caches;
  attachmentCache.addHandlers({
    onAdd: (o) => mine(o.value) && enqueue(o.key),
    onUpdate: (_old, o) => mine(o.value) && enqueue(o.key),
    onDelete: (o) => {
      const s = o.value.status;
      const ip = parseIPv4(s?.ip ?? "");
      if (s?.vni && ip !== undefined && mine(o.value)) {
        enqueue(releaseKey(s.vni, ip, o.value.meta?.uid ?? "", s.leaseSeq ?? 0));
      }
    },
  });
  const enqueueSubnetAttachments = (o: { key: string }) => {
    for (const a of attachmentCache.byIndex("subnet", o.key)) if (mine(a.value)) enqueue(a.key);
  };
  subnetCache.addHandlers({
    onAdd: enqueueSubnetAttachments,
    onUpdate: (_old, o) => enqueueSubnetAttachments(o),
    onDelete: enqueueSubnetAttachments,
  });
}

export interface AddressControllerDeps extends LeaseRecords {
  readonly enqueue: (key: string) => void;
  /** Starts (or joins) the recovery of a VNI whose leases are not known to be complete. */
  readonly recoverVni: (vni: number) => void;
  /**
   * A lease older than this when its status write is about to be sent is not written: lease
   * recovery waits longer than this before re-reading statuses, so every status write it
   * could miss has either landed or been abandoned.
   */
  readonly abandonMs: number;
  /**
   * The subnets bucket, read when the cache shows no usable subnet for an attachment holding an
   * address: the network service leases addresses within creates from its own subnet cache, which
   * may be ahead of this one.
   */
  readonly subnets?: ObjectStore<Subnet>;
  /** The node's host IP as its agent last reported it ("" if unknown); see NodeHosts. */
  readonly hostOf?: (node: string) => string;
}

/**
 * AddressController: gives an attachment an address iff its subnet exists, is in its namespace
 * and is validated; otherwise says why in `status.ipam_errors` and holds none.
 *
 * Algorithm for one attachment key (level-based):
 *  1. Derive the need from the cached attachment and subnet (lib/ipam/need.ts).
 *  2. No address allowed: clear the address in status (CAS) first, then release the lease, so
 *     `status.ip` never names an address that is no longer leased.
 *  3. Address held and suitable: done. Held but unsuitable (subnet re-created, or an update made
 *     the address the gateway or excluded it): as 2, and the next round leases another.
 *  4. Otherwise lease first (idempotent per owner uid), then write ip, vni, lease_seq and mac
 *     with CAS. If the attachment vanished or is another incarnation, release at once.
 *     No address free: record contention and wait; a release in the VNI wakes the waiters.
 */
export class AddressController {
  /** VNI → attachment keys waiting for an address there (exhausted, or static address taken). */
  private readonly waiters = new Map<number, Set<string>>();

  constructor(private readonly deps: AddressControllerDeps) {}

  async reconcile(key: string): Promise<ReconcileResult | undefined> {
    if (key.startsWith("release/")) return this.reconcileRelease(key);
    const cached = this.deps.attachmentCache.get(key);
    if (!cached) return undefined;
    const a = cached.value;
    const ns = a.meta?.namespace ?? "";
    const subnet = this.deps.subnetCache.get(objectKey(ns, a.spec?.subnet ?? ""));
    const need = addressNeed(a, subnet?.value);
    if (need.kind === "none") {
      this.unwait(key);
      if (a.status?.ip) {
        // The subnet's own event re-drives the key once the cache has it; the requeue is a fallback.
        if (await this.subnetCacheBehind(a, subnet)) return { requeueAfterMs: 1_000 };
        return this.clearAddress(cached, need.reason);
      }
      await writeAddressStatus(this.deps.attachments, cached, a.meta?.uid ?? "", (s) =>
        sameStrings(s.ipamErrors, [need.reason]) && !s.ip ? undefined : withoutAddress(s, need.reason),
      );
      return undefined;
    }
    const problem = heldAddressProblem(a, need);
    if (problem === undefined) {
      this.unwait(key);
      return undefined;
    }
    if (a.status?.ip) return this.clearAddress(cached, problem);
    return this.assign(cached, need);
  }

  /**
   * Whether the stored subnet would let the attachment keep its address but the cache has not
   * caught up with it: the subnet the address came from, validated, at a revision the cache has
   * not applied. Then the address stays; clearing it would only be undone by a new lease.
   */
  private async subnetCacheBehind(a: NetworkAttachment, cached: Versioned<Subnet> | undefined) {
    if (!this.deps.subnets || !a.status?.subnetUid) return false;
    const cur = await this.deps.subnets.get(objectKey(a.meta?.namespace ?? "", a.spec?.subnet ?? ""));
    return (
      cur !== undefined &&
      cur.value.meta?.uid === a.status.subnetUid &&
      cur.value.status?.validated === true &&
      cur.revision > (cached?.revision ?? 0)
    );
  }

  /** Enqueues every attachment waiting for an address in `vni`. */
  wakeWaiters(vni: number): void {
    const keys = this.waiters.get(vni);
    if (!keys) return;
    this.waiters.delete(vni);
    for (const k of keys) this.deps.enqueue(k);
    this.updateWaitingGauge();
  }

  private async assign(cached: Versioned<NetworkAttachment>, need: AddressNeed & { kind: "address" }) {
    const a = cached.value;
    const uid = a.meta?.uid ?? "";
    const ref = `${a.meta?.namespace}/${a.meta?.name}`;
    const started = performance.now();
    const r = await this.deps.metrics.time(
      "allocate",
      () =>
        this.deps.leases.allocate({
          vni: need.vni,
          subnet: need.range,
          owner: uid,
          ref,
          ...(need.requestedIp !== undefined ? { requestedIp: need.requestedIp } : {}),
        }),
      (x) => (x.ok ? (x.reused ? "reused" : "ok") : x.reason),
    );
    if (!r.ok) {
      if (r.reason === "recovering") {
        // Woken as soon as the recovery ends (a VNI new to Redis is marked within milliseconds);
        // the requeue is only the fallback for a recovery that fails and is retried.
        this.wait(need.vni, cached.key);
        this.deps.recoverVni(need.vni);
        return { requeueAfterMs: 250 };
      }
      const reason =
        r.reason === "exhausted"
          ? `no free address in subnet ${a.meta?.namespace}/${a.spec?.subnet} (exhausted); waiting for one to be released`
          : r.reason === "taken"
            ? `requested address ${a.spec?.ip} is held by ${r.holder}; waiting for it to be released`
            : `requested address ${a.spec?.ip} is reserved or excluded in subnet ${a.meta?.namespace}/${a.spec?.subnet}`;
      if (r.reason !== "out_of_range") {
        this.deps.metrics.contention.inc();
        this.wait(need.vni, cached.key);
      }
      await writeAddressStatus(this.deps.attachments, cached, uid, (s) => {
        // An address in the re-read status was leased after our attempt (by another replica): keep it.
        if (s.ip) return undefined;
        const contention = s.addressContention || r.reason !== "out_of_range";
        if (sameStrings(s.ipamErrors, [reason]) && s.addressContention === contention) return undefined;
        return { ...withoutAddress(s, reason), addressContention: contention };
      });
      return undefined;
    }
    this.unwait(cached.key);
    const ip = formatIPv4(r.ip);
    let abandoned = false;
    const out = await writeAddressStatus(this.deps.attachments, cached, uid, (s) => {
      // Checked before every CAS attempt, not once: a retry after a conflict may come late, and
      // recovery relies on no write being sent later than abandonMs after the lease was taken.
      if (performance.now() - started > this.deps.abandonMs) {
        abandoned = true;
        return undefined;
      }
      // Another replica that raced us to the same (idempotent) lease may have written it already:
      // then there is nothing to write, and a rewrite would only wake every replica again.
      if (s.ip === ip && s.vni === need.vni && s.leaseSeq === r.seq && s.subnetUid === need.subnetUid)
        return undefined;
      return {
        ...s,
        ip,
        vni: need.vni,
        leaseSeq: r.seq,
        mac: macAddress(need.vni, r.ip),
        subnetUid: need.subnetUid,
        ipamErrors: [],
        nodeHostIp: this.deps.hostOf?.(a.spec?.node ?? "") || s.nodeHostIp || "",
      };
    });
    if (out === "gone") {
      // Deleted or re-created while we leased: the lease is this incarnation's alone.
      await this.release(need.vni, r.ip, uid, r.seq);
      return undefined;
    }
    if (abandoned) return { requeueAfterMs: 0 };
    if (out === "unchanged") return undefined;
    const contention = a.status?.addressContention ? "true" : "false";
    this.deps.metrics.createToAddress.labels(contention).observe(secondsSinceUs(a.meta?.writeTimesUs?.spec));
    return undefined;
  }

  private async clearAddress(cached: Versioned<NetworkAttachment>, reason: string) {
    const s = cached.value.status ?? {};
    const uid = cached.value.meta?.uid ?? "";
    const ip = parseIPv4(s.ip ?? "");
    const out = await writeAddressStatus(this.deps.attachments, cached, uid, (cur) =>
      cur.ip === s.ip ? withoutAddress(cur, reason) : undefined,
    );
    if (out !== "unchanged" && ip !== undefined && s.vni) await this.release(s.vni, ip, uid, s.leaseSeq ?? 0);
    return undefined;
  }

  private async reconcileRelease(key: string) {
    const [, vni, ip, uid, seq] = key.split("/");
    await this.release(Number(vni), Number(ip), uid ?? "", Number(seq));
    return undefined;
  }

  private async release(vni: number, ip: number, uid: string, seq: number): Promise<void> {
    const released = await this.deps.metrics.time(
      "release",
      () => this.deps.leases.release(vni, ip, uid, seq),
      (ok) => (ok ? "ok" : "stale"),
    );
    // Wake the waiters even when another replica released it first: they wait in every replica.
    void released;
    this.wakeWaiters(vni);
  }

  private wait(vni: number, key: string): void {
    let set = this.waiters.get(vni);
    if (!set) {
      set = new Set();
      this.waiters.set(vni, set);
    }
    set.add(key);
    this.updateWaitingGauge();
  }

  private unwait(key: string): void {
    for (const [vni, set] of this.waiters) {
      if (set.delete(key) && set.size === 0) this.waiters.delete(vni);
    }
    this.updateWaitingGauge();
  }

  private updateWaitingGauge(): void {
    let n = 0;
    for (const s of this.waiters.values()) n += s.size;
    this.deps.metrics.waiting.set(n);
  }
}
