import { randomUUID } from "node:crypto";
import { Cluster } from "ioredis";
import { unavailable } from "../../errors.js";
import { type RedisClient, redisNodes } from "../../service/index.js";
import { checkVni, internal } from "./checks.js";
import { epochKey, intactField, vniKeys } from "./keys.js";
import { refreshSlots, type ScriptRunner, scripts } from "./scripts.js";

/**
 * What tells a LeaseStore's user that Redis lost data: the epoch key, the masters' run ids and
 * the VNIs' intact markers (see LeaseRecovery, which acts on them).
 */
export class DataLossMarkers {
  constructor(
    private readonly redis: RedisClient,
    private readonly runner: ScriptRunner,
  ) {}

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
    return String(await this.runner.run(scripts.intact, [vniKeys(vni).index], ["token", ""]));
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
    return (await this.runner.run(scripts.intact, [vniKeys(vni).index], ["mark", token])) === 1;
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
    return (await this.runner.run(scripts.intact, [vniKeys(vni).index], ["check", ""])) === 1;
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
}
