import { invalid } from "../errors.js";
import { describeIPv4 } from "../net/cidr.js";
import { type RedisClient, redisMasters } from "../service/index.js";
import { Allocations } from "./leases/batch.js";
import {
  checkIp,
  checkName,
  checkOwner,
  checkSubnet,
  checkVni,
  internal,
  parseLease,
} from "./leases/checks.js";
import { ipKeyPattern, subnetId, vniKeys } from "./leases/keys.js";
import { DataLossMarkers } from "./leases/markers.js";
import { ScriptRunner, scripts } from "./leases/scripts.js";
import type {
  AllocateRequest,
  AllocateResult,
  AssertRequest,
  AssertResult,
  Lease,
  LeaseStoreOptions,
} from "./leases/types.js";

export { epochKey, subnetId, vniKeys } from "./leases/keys.js";
export type {
  AllocateRequest,
  AllocateResult,
  AssertRequest,
  AssertResult,
  Lease,
  LeaseStoreOptions,
  SubnetRange,
} from "./leases/types.js";

/**
 * IP leases in Redis: Redis is the arbiter of who holds which address (docs/design.md, invariant 2);
 * the attachment's status in JetStream is the durable record it can be rebuilt from. The key
 * layout is in leases/keys.ts.
 *
 * Guarantees, each kept by one atomic Lua script:
 *  - per VNI an address has at most one lease and an owner at most one address;
 *  - allocate never returns a reserved, excluded or held address;
 *  - a released address is not handed out again while any other address is free: never-used
 *    addresses go first, in ascending order, then released ones, least recently released first;
 *  - a lease ends only by `release` with its owner and seq (its fencing token), so a stale
 *    holder cannot end the lease a later allocation made.
 * The bookkeeping shares one hash with the owner index so that the allocate script reads all it
 * needs with one HMGET and writes the owner's entry and the cursor with one HSET.
 * An allocation costs O(1) Redis work in the common case, whatever the subnet size; it walks
 * only over addresses held above the cursor (static requests, recovered leases) and over released
 * addresses that are excluded now.
 */

/**
 * Leases over one Redis, a Sentinel-watched primary or a Redis Cluster (see RedisClient). Every
 * script touches one VNI's keys, hence one slot; `scanAll` and `runIds` visit every master.
 */
export class LeaseStore {
  /** Calls the scripts (see LeaseStoreOptions for the replicas they may wait for). */
  private readonly runner: ScriptRunner;
  /** Allocations waiting for their script call, batched per subnet. */
  private readonly allocations: Allocations;
  /** The epoch, run ids and intact markers. */
  private readonly markers: DataLossMarkers;

  constructor(
    private readonly redis: RedisClient,
    opts: LeaseStoreOptions = {},
  ) {
    this.runner = new ScriptRunner(redis, opts.waitTimeoutMs ?? 2_000);
    this.allocations = new Allocations(this.runner, opts.waitReplicas ?? 0);
    this.markers = new DataLossMarkers(redis, this.runner);
  }

  /**
   * Leases an address of `subnet` to `owner`, atomically. Idempotent per owner: if the owner
   * already holds an address in this VNI, that lease is returned (`reused: true`) whatever is
   * requested now, even if it differs from `requestedIp` or lies outside `subnet`; the caller
   * compares and releases it if it wants another. Otherwise a `requestedIp` is leased if it is
   * allocatable (else `out_of_range`) and free (else `taken`, naming the holder's ref); without
   * one the first free address in the order described on top of this file (else `exhausted`).
   */
  allocate(req: AllocateRequest): Promise<AllocateResult> {
    return this.allocations.allocate(req);
  }

  /**
   * Ends the lease of `ip` if it is still held by `owner` under fencing token `seq`; returns
   * whether it did. False means there was nothing of the caller's to release (already released,
   * or re-leased to someone else or to a newer allocation of the same owner).
   */
  async release(vni: number, ip: number, owner: string, seq: number): Promise<boolean> {
    checkVni(vni);
    checkIp("ip", ip);
    const k = vniKeys(vni);
    const reply = await this.runner.run(scripts.release, [k.ip, k.index], [ip, owner, seq, k.prefix]);
    return reply === 1;
  }

  /**
   * Re-creates a lease known from elsewhere (an attachment's status) after Redis lost data.
   * Succeeds if the address is free (`created: true`) or already held by `owner` (`created:
   * false`, the lease as stored, whose seq may differ from `req.seq`); fails with the holder's
   * ref if someone else holds it, or with the other address if `owner` holds one already.
   */
  async assert(req: AssertRequest): Promise<AssertResult> {
    checkVni(req.vni);
    checkIp("ip", req.ip);
    checkOwner(req.owner);
    checkName("ref", req.ref);
    if (req.seq !== undefined && !(Number.isSafeInteger(req.seq) && req.seq > 0))
      throw invalid("seq", `${req.seq} is not a positive integer`);
    checkSubnet(req.subnet);
    const id = subnetId(req.subnet.base, req.subnet.prefix);
    const k = vniKeys(req.vni);
    const reply = await this.runner.run(
      scripts.assert,
      [k.ip, k.index, k.released(id)],
      [req.ip, req.owner, req.ref, req.seq?.toString() ?? "", id],
    );
    const [status, a, b] = reply as [string, unknown, unknown];
    switch (status) {
      case "created":
        return {
          ok: true,
          created: true,
          lease: {
            vni: req.vni,
            ip: req.ip,
            owner: req.owner,
            ref: req.ref,
            seq: Number(a),
            since: Number(b),
            subnet: id,
          },
        };
      case "held": {
        const lease = await this.get(req.vni, req.ip);
        if (lease?.owner !== req.owner)
          throw internal(`lease of ${describeIPv4(req.ip)} changed while asserted`);
        return { ok: true, created: false, lease };
      }
      case "taken":
        return { ok: false, reason: "taken", holder: String(a) };
      case "owner_holds":
        return { ok: false, reason: "owner_holds", ip: Number(a) };
      default:
        throw internal(`assert script replied ${JSON.stringify(reply)}`);
    }
  }

  /** The lease of `ip` in `vni`, if any. */
  async get(vni: number, ip: number): Promise<Lease | undefined> {
    const json = await this.redis.hget(vniKeys(vni).ip, String(ip));
    return json === null ? undefined : parseLease(vni, ip, json);
  }

  /** The lease `owner` holds in `vni`, if any. */
  async ownerLease(vni: number, owner: string): Promise<Lease | undefined> {
    checkOwner(owner);
    const ip = await this.redis.hget(vniKeys(vni).index, owner);
    if (ip === null) return undefined;
    const lease = await this.get(vni, Number(ip));
    // Read in two steps: the lease may have changed hands in between.
    return lease?.owner === owner ? lease : undefined;
  }

  /** Every lease of `vni` (HSCAN: Redis is never blocked on a large VNI). */
  async listVni(vni: number): Promise<Lease[]> {
    const out: Lease[] = [];
    for await (const lease of this.scanVni(vni)) out.push(lease);
    return out;
  }

  /**
   * Every lease of every VNI (that `wants`, if given: the others' leases are not read). SCAN
   * semantics: a lease present throughout is seen at least once.
   * In a Cluster every master is scanned in turn (each holds its own slots' keys); a VNI whose
   * slot moves during the pass may be missed or seen twice, which callers (GC, recovery) tolerate.
   */
  async *scanAll(signal?: AbortSignal, wants?: (vni: number) => boolean): AsyncIterable<Lease> {
    const seen = new Set<string>(); // SCAN may return a key twice
    for (const node of redisMasters(this.redis)) {
      let cursor = "0";
      do {
        signal?.throwIfAborted();
        const [next, keys] = await node.scan(cursor, "MATCH", "jetnet:{*}:ip", "COUNT", 1000);
        cursor = next;
        for (const key of keys) {
          const m = ipKeyPattern.exec(key);
          if (!m || seen.has(key)) continue;
          seen.add(key);
          const vni = Number(m[1]);
          if (wants && !wants(vni)) continue;
          yield* this.scanVni(vni, signal);
        }
      } while (cursor !== "0");
    }
  }

  private async *scanVni(vni: number, signal?: AbortSignal): AsyncIterable<Lease> {
    const key = vniKeys(vni).ip;
    const seen = new Set<string>();
    let cursor = "0";
    do {
      signal?.throwIfAborted();
      const [next, flat] = await this.redis.hscan(key, cursor, "COUNT", 1000);
      cursor = next;
      for (let i = 0; i + 1 < flat.length; i += 2) {
        const field = flat[i]!;
        if (seen.has(field)) continue;
        seen.add(field);
        yield parseLease(vni, Number(field), flat[i + 1]!);
      }
    } while (cursor !== "0");
  }

  // The markers of data loss (leases/markers.ts holds what each means).

  /** See DataLossMarkers.ensureEpoch. */
  ensureEpoch(): Promise<{ epoch: string; created: boolean }> {
    return this.markers.ensureEpoch();
  }

  /** See DataLossMarkers.serverToken. */
  serverToken(vni: number): Promise<string> {
    return this.markers.serverToken(vni);
  }

  /** See DataLossMarkers.markIntact. */
  markIntact(vni: number, token = ""): Promise<boolean> {
    return this.markers.markIntact(vni, token);
  }

  /** See DataLossMarkers.clearIntact. */
  clearIntact(vnis: readonly number[]): Promise<void> {
    return this.markers.clearIntact(vnis);
  }

  /** See DataLossMarkers.isIntact. */
  isIntact(vni: number): Promise<boolean> {
    return this.markers.isIntact(vni);
  }

  /** See DataLossMarkers.readEpoch. */
  readEpoch(): Promise<string | undefined> {
    return this.markers.readEpoch();
  }

  /** See DataLossMarkers.epochPresent. */
  epochPresent(): Promise<boolean> {
    return this.markers.epochPresent();
  }

  /** See DataLossMarkers.runIds. */
  runIds(): Promise<string> {
    return this.markers.runIds();
  }

  /** See DataLossMarkers.keptVnis. */
  keptVnis(vnis: readonly number[], known: ReadonlySet<string>): Promise<Set<number>> {
    return this.markers.keptVnis(vnis, known);
  }
}
