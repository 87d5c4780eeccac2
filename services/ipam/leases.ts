import { createHash, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { Cluster } from "ioredis";
import { ErrorCode, invalid, JetnetError, unavailable } from "../../lib/errors.js";
import { maxVni } from "../../lib/net/mac.js";
import { type RedisClient, redisMasters, redisNodes } from "../../lib/service/index.js";
import { type AddressRange, allocatable } from "./range.js";

/**
 * IP leases in Redis: Redis is the arbiter of who holds which address (docs/design.md, invariant 2);
 * the attachment's status in JetStream is the durable record it can be rebuilt from.
 *
 * Keys. Everything of one VNI carries the hash tag `{<vni>}`, so a VNI lives in one Redis Cluster
 * slot and each script touches one slot:
 *   jetnet:{vni}:ip                      hash  address (decimal) -> lease JSON {owner, ref, seq, since, subnet}
 *   jetnet:{vni}:index                   hash  owner uid -> address (decimal), and under "#" fields:
 *                                              #intact           the token of the server the VNI's leases are
 *                                                                complete on (see markIntact)
 *                                              #seq              counter: fencing tokens and release order
 *                                              #next:<a.b.c.d/p> lowest never-used candidate of a subnet
 *                                              #spans:<a.b.c.d/p> the spans that candidate was computed for
 *   jetnet:{vni}:released:<a.b.c.d/p>    zset  released address -> release order
 *   jetnet:epoch                         random id written once; if it vanishes, Redis lost data
 *                                        (in a Cluster it lives on one master; the others' losses
 *                                        show in their run ids and in the VNIs' intact markers)
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

/** One lease, as read back from Redis. */
export interface Lease {
  vni: number;
  ip: number;
  /** The holder's uid (an attachment uid). */
  owner: string;
  /** The holder's `namespace/name`, for messages and humans. */
  ref: string;
  /** Fencing token: unique per VNI, rises with every lease taken; `release` must present it. */
  seq: number;
  /**
   * When the lease was taken (on the allocating replica's clock) or re-asserted (on the Redis
   * server's clock), ms since the epoch. For people and logs: no decision depends on it.
   */
  since: number;
  /** Subnet id `a.b.c.d/p` the address came from; it decides the queue a release joins. */
  subnet: string;
}

/** A subnet as IPAM sees it: its CIDR and its exclusions (inclusive ranges). */
export interface SubnetRange {
  base: number;
  prefix: number;
  excludes: readonly AddressRange[];
}

export interface AllocateRequest {
  vni: number;
  subnet: SubnetRange;
  /** Attachment uid. */
  owner: string;
  /** Attachment `namespace/name`. */
  ref: string;
  /** A static address; otherwise IPAM picks one. */
  requestedIp?: number;
}

export type AllocateResult =
  | { ok: true; ip: number; seq: number; reused: boolean }
  /** The VNI's leases are not known to be complete (data loss): recover it first. */
  | { ok: false; reason: "recovering" }
  | { ok: false; reason: "exhausted" }
  | { ok: false; reason: "taken"; holder: string }
  | { ok: false; reason: "out_of_range" };

export interface AssertRequest {
  vni: number;
  ip: number;
  owner: string;
  ref: string;
  /** The fencing token the owner recorded; without it a fresh one is drawn. */
  seq?: number;
  /** The subnet the address belongs to (its exclusions do not matter here). */
  subnet: { base: number; prefix: number };
}

export type AssertResult =
  | { ok: true; lease: Lease; created: boolean }
  | { ok: false; reason: "taken"; holder: string }
  | { ok: false; reason: "owner_holds"; ip: number };

export const epochKey = "jetnet:epoch";

/** Subnets whose allocate arguments are kept (see LeaseStore.subnetArgs). */
const subnetCacheSize = 4_096;

/** The index field that marks a VNI intact (see LeaseStore.markIntact). */
const intactField = "#intact";

/** The keys of one VNI. */
export function vniKeys(vni: number) {
  const prefix = `jetnet:{${vni}}:`;
  return {
    prefix,
    ip: `${prefix}ip`,
    index: `${prefix}index`,
    released: (subnet: string) => `${prefix}released:${subnet}`,
  };
}

const ipKeyPattern = /^jetnet:\{(\d+)\}:ip$/;

function formatIPv4(n: number): string {
  return [n / 2 ** 24, n / 2 ** 16, n / 2 ** 8, n].map((x) => Math.floor(x) % 256).join(".");
}

/** The id of a subnet in key names and lease records: `a.b.c.d/p`. */
export function subnetId(base: number, prefix: number): string {
  return `${formatIPv4(base)}/${prefix}`;
}

/** A Lua script with its SHA1, the name EVALSHA calls it by. */
class LuaScript {
  readonly source: string;
  readonly sha: string;
  constructor(readonly name: string) {
    this.source = readFileSync(new URL(`./lua/${name}.lua`, import.meta.url), "utf8");
    this.sha = createHash("sha1").update(this.source).digest("hex");
  }
}

const scripts = {
  allocate: new LuaScript("allocate"),
  release: new LuaScript("release"),
  assert: new LuaScript("assert"),
  intact: new LuaScript("intact"),
} as const;

function isNoScript(err: unknown): boolean {
  return err instanceof Error && err.message.startsWith("NOSCRIPT");
}

function isRedirect(err: unknown): boolean {
  return err instanceof Error && /^(MOVED|ASK) /.test(err.message);
}

function refreshSlots(cluster: Cluster): Promise<void> {
  return new Promise((resolve) => cluster.refreshSlotsCache(() => resolve()));
}

const internal = (message: string) => new JetnetError(ErrorCode.Internal, message);

function checkVni(vni: number): void {
  if (!Number.isInteger(vni) || vni < 1 || vni > maxVni)
    throw invalid("vni", `${vni} is not in [1, ${maxVni}]`);
}

function checkIp(field: string, ip: number): void {
  if (!Number.isInteger(ip) || ip < 0 || ip >= 2 ** 32) throw invalid(field, `${ip} is not an IPv4 address`);
}

/**
 * Owners are uids and refs `namespace/name`; the allocate script writes them into the lease
 * record's JSON without an encoder, so quotes, backslashes and control characters are refused.
 */
const nameChars = /^[\x21\x23-\x5b\x5d-\x7e]{1,253}$/;

function checkName(field: string, s: string): void {
  if (typeof s !== "string" || s === "") throw invalid(field, "must not be empty");
  if (!nameChars.test(s))
    throw invalid(field, "must be at most 253 printable characters without spaces, quotes or backslashes");
}

/** An owner is also a field of the index hash, whose "#" fields are bookkeeping. */
function checkOwner(owner: string): void {
  checkName("owner", owner);
  if (owner.startsWith("#")) throw invalid("owner", "must not start with #");
}

function parseLease(vni: number, ip: number, json: string): Lease {
  const v: unknown = JSON.parse(json);
  if (typeof v !== "object" || v === null)
    throw internal(`malformed lease of ${formatIPv4(ip)} in VNI ${vni}`);
  const { owner, ref, seq, since, subnet } = v as Record<string, unknown>;
  if (
    typeof owner !== "string" ||
    typeof ref !== "string" ||
    typeof seq !== "number" ||
    typeof since !== "number" ||
    typeof subnet !== "string"
  )
    throw internal(`malformed lease of ${formatIPv4(ip)} in VNI ${vni}: ${json}`);
  return { vni, ip, owner, ref, seq, since, subnet };
}

/** A subnet's arguments to the allocate script, and the cache key they were computed for. */
interface SubnetArgs {
  readonly key: string;
  readonly id: string;
  readonly spans: string[];
}

/**
 * Allocations of one subnet requested in the same turn of the event loop: they go to Redis as
 * one call of the allocate script, which serves them one after the other. An ipam replica
 * addresses many attachments at once, and a script call's fixed costs (the command's encoding
 * and parsing on both ends, the script's setup, the subnet's bookkeeping) are then paid once
 * per batch instead of once per address.
 */
interface AllocateBatch {
  readonly vni: number;
  readonly subnet: SubnetArgs;
  readonly items: {
    readonly owner: string;
    readonly ref: string;
    readonly requested: string;
    readonly resolve: (r: AllocateResult) => void;
    readonly reject: (err: unknown) => void;
  }[];
}

/** Requests per allocate call: bounds the time Redis spends in one script. */
const maxBatch = 256;

function allocateResult(status: string, a: unknown, b: unknown): AllocateResult {
  switch (status) {
    case "ok":
    case "reused":
      return { ok: true, ip: Number(a), seq: Number(b), reused: status === "reused" };
    case "taken":
      return { ok: false, reason: "taken", holder: String(a) };
    case "out_of_range":
      return { ok: false, reason: "out_of_range" };
    case "exhausted":
      return { ok: false, reason: "exhausted" };
    case "recovering":
      return { ok: false, reason: "recovering" };
    default:
      throw internal(`allocate script replied ${JSON.stringify([status, a, b])}`);
  }
}

export interface LeaseStoreOptions {
  /**
   * Replicas that must have a new lease before `allocate` returns it (Redis WAIT), so a failover
   * to a replica cannot forget a lease whose address is already recorded. 0: do not wait.
   */
  readonly waitReplicas?: number;
  /** How long WAIT may take before the allocation fails (and is retried). */
  readonly waitTimeoutMs?: number;
}

/**
 * Leases over one Redis, a Sentinel-watched primary or a Redis Cluster (see RedisClient). Every
 * script touches one VNI's keys, hence one slot; `scanAll` and `runIds` visit every master.
 */
export class LeaseStore {
  /** See LeaseStoreOptions. */
  private readonly waitReplicas: number;
  private readonly waitTimeoutMs: number;
  /**
   * The allocate script's arguments per subnet (id and allocatable spans as strings), keyed by
   * CIDR and exclusions: every allocation of a subnet would otherwise recompute them. Bounded:
   * cleared when full, so a churn of subnets costs a recomputation, never memory.
   */
  private readonly subnetCache = new Map<string, SubnetArgs>();
  /** Allocations waiting for their script call, by VNI and subnet (see AllocateBatch). */
  private readonly batches = new Map<string, AllocateBatch>();

  constructor(
    private readonly redis: RedisClient,
    opts: LeaseStoreOptions = {},
  ) {
    this.waitReplicas = opts.waitReplicas ?? 0;
    this.waitTimeoutMs = opts.waitTimeoutMs ?? 2_000;
  }

  /**
   * Leases an address of `subnet` to `owner`, atomically. Idempotent per owner: if the owner
   * already holds an address in this VNI, that lease is returned (`reused: true`) whatever is
   * requested now, even if it differs from `requestedIp` or lies outside `subnet`; the caller
   * compares and releases it if it wants another. Otherwise a `requestedIp` is leased if it is
   * allocatable (else `out_of_range`) and free (else `taken`, naming the holder's ref); without
   * one the first free address in the order described on top of this file (else `exhausted`).
   */
  async allocate(req: AllocateRequest): Promise<AllocateResult> {
    checkVni(req.vni);
    checkOwner(req.owner);
    checkName("ref", req.ref);
    if (req.requestedIp !== undefined) checkIp("requestedIp", req.requestedIp);
    const subnet = this.subnetArgs(req.subnet);
    // Concurrent allocations in one subnet share a script call (see AllocateBatch).
    const key = `${req.vni}/${subnet.key}`;
    let batch = this.batches.get(key);
    if (batch === undefined || batch.items.length >= maxBatch) {
      batch = { vni: req.vni, subnet, items: [] };
      this.batches.set(key, batch);
      const b = batch;
      setImmediate(() => {
        if (this.batches.get(key) === b) this.batches.delete(key);
        void this.flush(b);
      });
    }
    return new Promise<AllocateResult>((resolve, reject) => {
      batch.items.push({
        owner: req.owner,
        ref: req.ref,
        requested: req.requestedIp?.toString() ?? "",
        resolve,
        reject,
      });
    });
  }

  /** One allocate script call for a batch; every request of it settles with its own result. */
  private async flush(batch: AllocateBatch): Promise<void> {
    const { id, spans } = batch.subnet;
    const k = vniKeys(batch.vni);
    const args: (string | number)[] = [id, String(Date.now()), batch.items.length];
    for (const it of batch.items) args.push(it.owner, it.ref, it.requested);
    let reply: unknown;
    try {
      reply = await this.run(
        scripts.allocate,
        [k.ip, k.index, `${k.prefix}released:${id}`],
        [...args, ...spans],
        this.waitReplicas,
      );
      if (!Array.isArray(reply) || reply.length !== 3 * batch.items.length)
        throw internal(`allocate script replied ${JSON.stringify(reply)?.slice(0, 200)}`);
    } catch (err) {
      for (const it of batch.items) it.reject(err);
      return;
    }
    batch.items.forEach((it, i) => {
      const [status, a, b] = reply.slice(3 * i, 3 * i + 3) as [string, unknown, unknown];
      try {
        it.resolve(allocateResult(status, a, b));
      } catch (err) {
        it.reject(err);
      }
    });
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
    const reply = await this.run(scripts.release, [k.ip, k.index], [ip, owner, seq, k.prefix]);
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
    const id = subnetId(req.subnet.base, req.subnet.prefix);
    const k = vniKeys(req.vni);
    const reply = await this.run(
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
          throw internal(`lease of ${formatIPv4(req.ip)} changed while asserted`);
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
   * Every lease of every VNI. SCAN semantics: a lease present throughout is seen at least once.
   * In a Cluster every master is scanned in turn (each holds its own slots' keys); a VNI whose
   * slot moves during the pass may be missed or seen twice, which callers (GC, recovery) tolerate.
   */
  async *scanAll(signal?: AbortSignal): AsyncIterable<Lease> {
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
          yield* this.scanVni(Number(m[1]), signal);
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

  /**
   * Makes sure the epoch key exists and returns its value; `created` says this call wrote it.
   * A caller that remembers the epoch and later finds another (or none, see `readEpoch`) knows
   * Redis lost its data in between, and with it leases that must be recovered.
   */
  async ensureEpoch(): Promise<{ epoch: string; created: boolean }> {
    for (;;) {
      const created = (await this.redis.set(epochKey, randomUUID(), "NX")) === "OK";
      const epoch = await this.redis.get(epochKey);
      if (epoch !== null) return { epoch, created };
      // Deleted between the two calls (a FLUSHALL): write it again.
    }
  }

  /**
   * The token of the Redis server that holds `vni`'s keys: its run id and replication id, both
   * new when the server restarts or is promoted (see lua/intact.lua). Read it before verifying a
   * VNI's leases and hand it to `markIntact`.
   */
  async serverToken(vni: number): Promise<string> {
    checkVni(vni);
    return String(await this.run(scripts.intact, [vniKeys(vni).index], ["token", ""]));
  }

  /**
   * Marks `vni` intact: every lease that attachment statuses record for it is in Redis. Until a
   * VNI is marked, `allocate` refuses it ("recovering"). A brand-new VNI is trivially intact; a
   * VNI whose marker vanished lost data (a flush) and must have its leases re-asserted before it
   * is marked again.
   *
   * The marker names the server it was written on, and `allocate` accepts it only on that server:
   * a replica promoted by a failover holds a copy naming the old master, perhaps without its
   * latest leases, and refuses to allocate from the first call on, not from when `ipam` polls
   * the new run id. With `token` (from `serverToken`, read before the leases were re-asserted)
   * the marker is written only if the server is still that one, so a failover in the middle of
   * a recovery cannot mark a server the leases never reached; returns whether it was written.
   */
  async markIntact(vni: number, token = ""): Promise<boolean> {
    checkVni(vni);
    return (await this.run(scripts.intact, [vniKeys(vni).index], ["mark", token])) === 1;
  }

  /** Removes the markers of `vnis`, stopping allocation there until they are recovered. */
  async clearIntact(vnis: readonly number[]): Promise<void> {
    for (const vni of vnis) checkVni(vni);
    // One HDEL per VNI: in Redis Cluster each marker lives in its own VNI's slot.
    await Promise.all(vnis.map((vni) => this.redis.hdel(vniKeys(vni).index, intactField)));
  }

  /** Whether `vni` is marked intact on the server that holds it now (see markIntact). */
  async isIntact(vni: number): Promise<boolean> {
    checkVni(vni);
    return (await this.run(scripts.intact, [vniKeys(vni).index], ["check", ""])) === 1;
  }

  /** The current epoch, undefined if the key is gone. */
  async readEpoch(): Promise<string | undefined> {
    return (await this.redis.get(epochKey)) ?? undefined;
  }

  async epochPresent(): Promise<boolean> {
    return (await this.redis.exists(epochKey)) === 1;
  }

  /**
   * The run ids of the masters, sorted and joined: a master's run id changes on every restart
   * (without persistence it comes back empty) and with every failover (the new master may have
   * missed writes). In a Cluster every node ioredis knows is asked whether it is a master, so a
   * promotion shows even before ioredis refreshes its slot map; a node that does not answer
   * (killed) is left out, which changes the value too. Plain INFO (its default sections hold
   * both run_id and role): INFO with several sections needs Redis 7.
   */
  async runIds(): Promise<string> {
    const infos = await Promise.allSettled(redisNodes(this.redis).map((n) => n.info()));
    const ids = new Set<string>();
    for (const r of infos) {
      if (r.status !== "fulfilled" || !/^role:master/m.test(r.value)) continue;
      const m = /^run_id:(\w+)/m.exec(r.value);
      if (!m) throw internal("INFO server has no run_id");
      ids.add(m[1]!);
    }
    if (ids.size === 0) throw unavailable("no Redis master answered INFO");
    return [...ids].sort().join(",");
  }

  /**
   * Those of `vnis` whose slot is served now by a master that reported a run id of `known` and
   * still does: that master kept every write since, so their leases need no recovery. Anything
   * unproven (the master's role or run id unknown, its node unreachable, the VNI's slot on no
   * known node) counts as not kept. Without a Cluster there is one master: all or nothing.
   */
  async keptVnis(vnis: readonly number[], known: ReadonlySet<string>): Promise<Set<number>> {
    if (!(this.redis instanceof Cluster)) {
      const ids = (await this.runIds()).split(",");
      return new Set(ids.every((id) => known.has(id)) ? vnis : []);
    }
    const cluster = this.redis;
    // The slot map may still name a master that a failover has demoted: learn it afresh.
    await refreshSlots(cluster);
    const kept = new Set<string>(); // node keys (host:port) of masters with a known run id
    await Promise.all(
      cluster.nodes("master").map(async (n) => {
        const info = await n.info().catch(() => "");
        const id = /^run_id:(\w+)/m.exec(info)?.[1];
        if (/^role:master/m.test(info) && id !== undefined && known.has(id))
          kept.add(`${n.options.host}:${n.options.port}`);
      }),
    );
    const out = new Set<number>();
    await Promise.all(
      vnis.map(async (vni) => {
        const slot = Number(await cluster.cluster("KEYSLOT", vniKeys(vni).ip));
        const node = cluster.slots[slot]?.[0];
        if (node !== undefined && kept.has(node)) out.add(vni);
      }),
    );
    return out;
  }

  private subnetArgs(subnet: SubnetRange): SubnetArgs {
    let key = `${subnet.base}/${subnet.prefix}`;
    for (const x of subnet.excludes) key += `,${x.first}-${x.last}`;
    let args = this.subnetCache.get(key);
    if (args === undefined) {
      let spans: AddressRange[];
      try {
        spans = allocatable(subnet.base, subnet.prefix, subnet.excludes);
      } catch (err) {
        throw invalid("subnet", err instanceof Error ? err.message : String(err));
      }
      args = {
        key,
        id: subnetId(subnet.base, subnet.prefix),
        spans: spans.flatMap((s) => [String(s.first), String(s.last)]),
      };
      if (this.subnetCache.size >= subnetCacheSize) this.subnetCache.clear();
      this.subnetCache.set(key, args);
    }
    return args;
  }

  /**
   * EVALSHA, or EVAL when the node does not know the script (first use, restart, failover,
   * another Cluster master): EVAL caches it there, so later calls go by SHA again. With
   * `replicas` > 0 the call is followed by WAIT on the same connection (a pipeline: in a Cluster
   * it goes to the node of the script's slot) and fails unless that many replicas acknowledged.
   */
  private async run(
    script: LuaScript,
    keys: string[],
    args: (string | number)[],
    replicas = 0,
  ): Promise<unknown> {
    try {
      return await this.call(script, "sha", keys, args, replicas);
    } catch (err) {
      if (!isNoScript(err)) throw err;
      return await this.call(script, "source", keys, args, replicas);
    }
  }

  private async call(
    script: LuaScript,
    by: "sha" | "source",
    keys: string[],
    args: (string | number)[],
    replicas: number,
  ): Promise<unknown> {
    if (replicas === 0) {
      return by === "sha"
        ? await this.redis.evalsha(script.sha, keys.length, ...keys, ...args)
        : await this.redis.eval(script.source, keys.length, ...keys, ...args);
    }
    for (let attempt = 1; ; attempt++) {
      const p = this.redis.pipeline();
      if (by === "sha") p.evalsha(script.sha, keys.length, ...keys, ...args);
      else p.eval(script.source, keys.length, ...keys, ...args);
      p.wait(replicas, this.waitTimeoutMs);
      const res = (await p.exec()) ?? [];
      const [scriptErr, reply] = res[0] ?? [internal("empty pipeline reply"), undefined];
      // ioredis follows a redirect for a pipeline only when every command in it was redirected,
      // and WAIT, having no key, never is: after a failover the script's MOVED comes back here.
      // The script did not run; ioredis relearns the slots and the pipeline goes again.
      if (scriptErr && isRedirect(scriptErr) && this.redis instanceof Cluster && attempt < 4) {
        await refreshSlots(this.redis);
        continue;
      }
      if (scriptErr) throw scriptErr;
      return this.acknowledged(script, reply, res[1], replicas);
    }
  }

  private acknowledged(
    script: LuaScript,
    reply: unknown,
    wait: [Error | null, unknown] | undefined,
    replicas: number,
  ): unknown {
    const [waitErr, acked] = wait ?? [internal("no WAIT reply"), undefined];
    if (waitErr) throw waitErr;
    if (Number(acked) < replicas)
      throw unavailable(
        `${script.name}: ${Number(acked)} of ${replicas} Redis replicas acknowledged within ${this.waitTimeoutMs} ms`,
      );
    return reply;
  }
}
