import { Counter, Histogram, type Registry } from "prom-client";
import { stampSection } from "../../lib/api/objects.js";
import { objectKey, Section } from "../../lib/api/subjects.js";
import type { NetworkAttachment, Subnet } from "../../lib/codec.js";
import type { ControllerLogger } from "../../lib/controller/types.js";
import { ErrorCode, hasCode } from "../../lib/errors.js";
import type { Lister } from "../../lib/informer/types.js";
import { abandonMs as defaultAbandonMs } from "../../lib/ipam/abandon.js";
import { type AllocateResult, LeaseStore } from "../../lib/ipam/leases.js";
import { addressNeed } from "../../lib/ipam/need.js";
import { reuse } from "../../lib/metrics/reuse.js";
import { formatIPv4 } from "../../lib/net/cidr.js";
import { macAddress } from "../../lib/net/mac.js";
import type { RedisClient } from "../../lib/service/index.js";
import type { ObjectStore } from "../../lib/store/types.js";
import { secondsSinceUs } from "../../lib/time.js";

/** Redis for leasing addresses within attachment creates (`--redis` given to the network service). */
export interface CreateLeaseOptions {
  /** The client, or a getter for one still connecting (undefined meanwhile). */
  readonly redis: RedisClient | (() => RedisClient | undefined);
  /** As ipam's `--redis-wait-replicas`: replicas that must hold a lease before it is returned. */
  readonly waitReplicas?: number;
  readonly waitTimeoutMs?: number;
  /** How long a create waits for its lease before it is stored without one (default 250 ms). */
  readonly timeoutMs?: number;
}

export const defaultCreateLeaseTimeoutMs = 250;

/** Why a create was stored without an address, left to ipam (the metric's `reason` label). */
const deferReasons = [
  "redis_unavailable",
  "subnet_not_ready",
  "name_taken",
  "recovering",
  "exhausted",
  "taken",
  "out_of_range",
  "timeout",
  "error",
  "abandoned",
] as const;
type DeferReason = (typeof deferReasons)[number];

class CreateLeaseMetrics {
  readonly creates: Counter<"result" | "reason">;
  readonly createToAddress: Histogram;
  readonly releases: Counter<"result">;

  constructor(registry: Registry) {
    this.creates = reuse(
      registry,
      "jetnet_network_create_addresses_total",
      Counter,
      (name) =>
        new Counter({
          name,
          help: "Attachment creates stored with their address leased in the create (result addressed), or without one, left to ipam (result deferred, by reason).",
          labelNames: ["result", "reason"],
          registers: [registry],
        }),
    );
    this.creates.labels("addressed", "leased").inc(0);
    for (const r of deferReasons) this.creates.labels("deferred", r).inc(0);
    // ipam's jetnet_ipam_create_to_address_seconds counts the addresses ipam writes; this one
    // the addresses stored with the create. Same buckets: together they cover every address.
    this.createToAddress = reuse(
      registry,
      "jetnet_network_create_to_address_seconds",
      Histogram,
      (name) =>
        new Histogram({
          name,
          help: "From the attachment's spec write (server time) to its create being stored with an address leased in the create.",
          buckets: [0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
          registers: [registry],
        }),
    );
    this.releases = reuse(
      registry,
      "jetnet_network_create_lease_releases_total",
      Counter,
      (name) =>
        new Counter({
          name,
          help: "Leases taken for creates that were not stored, by result: released, stale (nothing to release), error, or left to ipam's lease GC (the create's outcome was unknown).",
          labelNames: ["result"],
          registers: [registry],
        }),
    );
    for (const r of ["released", "stale", "error", "left_to_gc"]) this.releases.labels(r).inc(0);
  }
}

export interface CreateLeaseDeps {
  readonly options: CreateLeaseOptions;
  /** The network service's subnet cache (keys `ns.name`). */
  readonly subnetCache: Lister<Subnet>;
  /** Whether the list cache holds a live attachment under the key: its create will fail. */
  readonly exists: (key: string) => boolean;
  readonly registry: Registry;
  readonly logger: ControllerLogger;
  /** Tests shorten it; see lib/ipam/abandon.ts. */
  readonly abandonMs?: number;
  /** The node's host IP as its agent last reported it ("" if unknown); see NodeHosts. */
  readonly hostOf?: (node: string) => string;
}

/** A lease taken for a create, to be recorded in it or released. */
interface TakenLease {
  readonly vni: number;
  readonly ip: number;
  readonly seq: number;
  readonly subnetUid: string;
  /** performance.now() when the allocate call began: the abandon limit counts from here. */
  readonly started: number;
}

/** An allocate in `vni` that timed out here but may still succeed in Redis. */
interface LateLease {
  readonly vni: number;
  readonly result: Promise<AllocateResult>;
}

type LeaseOutcome =
  | { readonly ok: true; readonly lease: TakenLease }
  | {
      readonly ok: false;
      readonly reason: DeferReason;
      /** An allocate that timed out here but may still succeed in Redis. */
      readonly late?: LateLease;
    };

/**
 * Leases an attachment's address within its create, so that the create is its only write until
 * the agent's report: ipam then finds it addressed and writes nothing (one write less per
 * lifecycle; see docs/design.md, "The address in the create"). Everything ipam's
 * AddressController does to record a lease holds here too:
 *  - the need is ipam's (lib/ipam/need.ts), read from this service's subnet cache; the lease
 *    goes through the same LeaseStore, owned by the new uid, so ipam's allocate for that uid
 *    returns it (idempotent per owner) whenever the create is stored without it;
 *  - the create carries the address only if it is sent within abandonMs of the allocate call's
 *    start (checked before every write attempt): lease recovery relies on that;
 *  - a lease whose create is certainly not stored is released at once, fenced by its seq. One
 *    whose create had an unknown outcome (a timeout) is left to ipam's lease GC: its owner uid is
 *    then either stored with it (and the lease is the attachment's) or absent, and the GC
 *    releases a lease whose owner is absent once it has looked so for its grace (services/ipam/
 *    gc.ts); the GC also collects any release that failed here.
 * Anything else (no Redis, the subnet missing or not validated, recovering, exhausted, taken,
 * out of range, an error or a slow Redis) stores the create without an address, exactly as
 * without Redis, and ipam does the rest. A create never fails because of Redis.
 */
export class CreateLeases {
  private readonly metrics: CreateLeaseMetrics;
  private readonly timeoutMs: number;
  private readonly abandonMs: number;
  /** The lease store over the current client (one per client, built when it first appears). */
  private store: { client: RedisClient; leases: LeaseStore } | undefined;

  constructor(private readonly deps: CreateLeaseDeps) {
    this.metrics = new CreateLeaseMetrics(deps.registry);
    this.timeoutMs = deps.options.timeoutMs ?? defaultCreateLeaseTimeoutMs;
    this.abandonMs = deps.abandonMs ?? defaultAbandonMs;
  }

  /**
   * Stores the fresh attachment `obj` under `key` (create-if-absent), with its address when it
   * can be leased now; returns what was stored. `beforeWrite` may throw (the client's deadline
   * passed): then nothing is stored and no lease is kept.
   */
  async create(
    store: ObjectStore<NetworkAttachment>,
    key: string,
    obj: NetworkAttachment,
    beforeWrite: () => void,
  ): Promise<{ value: NetworkAttachment; revision: number }> {
    const outcome = await this.lease(key, obj);
    if (!outcome.ok) {
      let revision: number;
      try {
        beforeWrite();
      } catch (err) {
        this.releaseLate(obj, outcome.late);
        throw err;
      }
      try {
        revision = await store.create(key, obj);
      } catch (err) {
        if (notStored(err)) this.releaseLate(obj, outcome.late);
        throw err;
      }
      // Stored without an address: ipam's allocate for this uid returns a late lease, if any.
      this.metrics.creates.labels("deferred", outcome.reason).inc();
      return { value: obj, revision };
    }
    const { lease } = outcome;
    const addressed = withAddress(obj, lease, this.deps.hostOf?.(obj.spec?.node ?? "") ?? "");
    let sent = addressed;
    let revision: number;
    try {
      beforeWrite();
    } catch (err) {
      await this.release(obj, lease);
      throw err;
    }
    try {
      revision = await store.create(key, addressed, {
        valueAt: () => {
          // Checked before every attempt: a create over a tombstone writes twice.
          sent = performance.now() - lease.started > this.abandonMs ? obj : addressed;
          return sent;
        },
      });
    } catch (err) {
      if (notStored(err)) await this.release(obj, lease);
      else this.metrics.releases.labels("left_to_gc").inc();
      throw err;
    }
    if (sent !== addressed) {
      // Stored without it: the lease stays the uid's, and ipam's allocate returns it.
      this.metrics.creates.labels("deferred", "abandoned").inc();
      return { value: obj, revision };
    }
    this.metrics.creates.labels("addressed", "leased").inc();
    this.metrics.createToAddress.observe(secondsSinceUs(obj.meta?.writeTimesUs?.[Section.Spec]));
    return { value: addressed, revision };
  }

  private async lease(key: string, a: NetworkAttachment): Promise<LeaseOutcome> {
    const leases = this.leases();
    if (!leases) return { ok: false, reason: "redis_unavailable" };
    const ns = a.meta?.namespace ?? "";
    const need = addressNeed(a, this.deps.subnetCache.get(objectKey(ns, a.spec?.subnet ?? ""))?.value);
    if (need.kind === "none") return { ok: false, reason: "subnet_not_ready" };
    // Its create would fail (ALREADY_EXISTS): no lease to take and give back.
    if (this.deps.exists(key)) return { ok: false, reason: "name_taken" };
    const started = performance.now();
    // A rejection, synchronous or not, is one outcome below.
    const call = (async () =>
      leases.allocate({
        vni: need.vni,
        subnet: need.range,
        owner: a.meta?.uid ?? "",
        ref: `${ns}/${a.meta?.name}`,
        ...(need.requestedIp !== undefined ? { requestedIp: need.requestedIp } : {}),
      }))();
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<"timeout">((resolve) => {
      timer = setTimeout(() => resolve("timeout"), this.timeoutMs);
    });
    let r: AllocateResult | "timeout";
    try {
      r = await Promise.race([call, timedOut]);
    } catch (err) {
      this.deps.logger.debug({ err, key }, "lease in the create failed; ipam leases it");
      return { ok: false, reason: "error" };
    } finally {
      clearTimeout(timer);
    }
    if (r === "timeout") {
      // The call may still complete; its failure matters to nobody.
      const result = call.catch((): AllocateResult => ({ ok: false, reason: "recovering" }));
      return { ok: false, reason: "timeout", late: { vni: need.vni, result } };
    }
    if (!r.ok) return { ok: false, reason: r.reason };
    const lease = { vni: need.vni, ip: r.ip, seq: r.seq, subnetUid: need.subnetUid, started };
    // A fresh uid holds nothing, so a reused lease is not expected; one that is not the
    // requested address is not what this create may record.
    if (need.requestedIp !== undefined && r.ip !== need.requestedIp) {
      await this.release(a, lease);
      return { ok: false, reason: "taken" };
    }
    return { ok: true, lease };
  }

  /** The lease store, if Redis is connected now: a disconnected client would queue the call. */
  private leases(): LeaseStore | undefined {
    const { redis, waitReplicas, waitTimeoutMs } = this.deps.options;
    const client = typeof redis === "function" ? redis() : redis;
    if (client?.status !== "ready") return undefined;
    if (this.store?.client !== client) {
      const opts = {
        waitReplicas: waitReplicas ?? 0,
        ...(waitTimeoutMs !== undefined ? { waitTimeoutMs } : {}),
      };
      this.store = { client, leases: new LeaseStore(client, opts) };
    }
    return this.store.leases;
  }

  /** A lease that lands after its allocate timed out here, for a create not stored: nobody records it. */
  private releaseLate(a: NetworkAttachment, late: LateLease | undefined): void {
    if (!late) return;
    void late.result.then((r) =>
      r.ok ? this.release(a, { vni: late.vni, ip: r.ip, seq: r.seq, subnetUid: "", started: 0 }) : undefined,
    );
  }

  /** Best effort: whatever is not released here, ipam's lease GC releases after its grace. */
  private async release(a: NetworkAttachment, lease: TakenLease): Promise<void> {
    const leases = this.leases();
    try {
      const released = leases
        ? await leases.release(lease.vni, lease.ip, a.meta?.uid ?? "", lease.seq)
        : false;
      this.metrics.releases.labels(released ? "released" : "stale").inc();
    } catch (err) {
      this.metrics.releases.labels("error").inc();
      this.deps.logger.debug(
        { err, vni: lease.vni, ip: lease.ip },
        "lease release failed; ipam's GC releases it",
      );
    }
  }
}

/**
 * The attachment with the address ipam's AddressController would write for this lease, and the
 * node's host IP as last reported (for the mapping service; see NodeHosts).
 */
function withAddress(a: NetworkAttachment, lease: TakenLease, nodeHostIp: string): NetworkAttachment {
  return {
    ...a,
    meta: stampSection(a.meta, Section.Address),
    status: {
      ...a.status,
      ip: formatIPv4(lease.ip),
      vni: lease.vni,
      leaseSeq: lease.seq,
      mac: macAddress(lease.vni, lease.ip),
      subnetUid: lease.subnetUid,
      ipamErrors: [],
      nodeHostIp,
    },
  };
}

/**
 * Whether a failed create certainly stored nothing: refused by the stream (the name exists, or
 * kept changing) or by the store before sending (too large). Anything else (a timeout, a lost
 * connection) may have been stored.
 */
function notStored(err: unknown): boolean {
  return (
    hasCode(err, ErrorCode.AlreadyExists) ||
    hasCode(err, ErrorCode.Conflict) ||
    hasCode(err, ErrorCode.Invalid)
  );
}
