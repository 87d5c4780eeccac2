import { Cluster, Redis } from "ioredis";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LeaseStore, vniKeys } from "../../../lib/ipam/leases.js";
import { commonConfig } from "../../../lib/service/config.js";
import { closeRedis, connectRedis, type RedisClient, redisMasters } from "../../../lib/service/index.js";
import {
  type RedisCluster,
  type RedisSentinelSetup,
  startRedisCluster,
  startRedisSentinel,
} from "../../harness/index.js";

/**
 * The lease store on a Redis Cluster (3 masters, 3 replicas) and behind Sentinel, reached the
 * way a service reaches them: `--redis` parsed by commonConfig, connected by connectRedis.
 */

const logger = pino({ level: "silent" });
const subnet = { base: 10 << 24, prefix: 24, excludes: [] };
/** The first address IPAM hands out in `subnet` (.0 is the network, .1 the gateway). */
const first = (10 << 24) + 2;

async function connect(url: string): Promise<RedisClient> {
  const cfg = commonConfig({
    nats: "nats://x:4222",
    redis: url,
    metricsAddr: "off",
    logLevel: "info",
    name: "t",
  });
  return connectRedis(cfg.redis, { name: "leases-ha-test", logger });
}

describe("on a Redis Cluster", () => {
  let cluster: RedisCluster;
  let redis: RedisClient;
  let store: LeaseStore;
  const vnis = Array.from({ length: 40 }, (_, i) => 100 + i);

  beforeAll(async () => {
    cluster = await startRedisCluster();
    redis = await connect(cluster.url);
    store = new LeaseStore(redis, { waitReplicas: 1 });
    for (const vni of vnis) await store.markIntact(vni);
  }, 60_000);
  afterAll(async () => {
    if (redis) await closeRedis(redis);
    await cluster?.stop();
  });

  it("keeps each script's keys in its VNI's slot, spread over every master", async () => {
    for (const vni of vnis) {
      const r = await store.allocate({ vni, subnet, owner: `o${vni}`, ref: `ns/o${vni}` });
      expect(r).toMatchObject({ ok: true, ip: first });
      const lease = (await store.ownerLease(vni, `o${vni}`))!;
      // release.lua builds the released-queue key itself: it must land in the same slot.
      expect(await store.release(vni, lease.ip, lease.owner, lease.seq)).toBe(true);
      expect(await store.allocate({ vni, subnet, owner: `p${vni}`, ref: `ns/p${vni}` })).toMatchObject({
        ok: true,
        ip: first + 1,
      });
      const k = vniKeys(vni);
      const slots = await Promise.all(
        [k.ip, k.index, k.released("10.0.0.0/24")].map((key) => redis.cluster("KEYSLOT", key)),
      );
      expect(new Set(slots).size).toBe(1);
    }
    const masters = redisMasters(redis);
    expect(masters).toHaveLength(3);
    const holding = await Promise.all(masters.map(async (m) => (await m.keys("jetnet:{*}:ip")).length));
    expect(holding.every((n) => n > 0)).toBe(true);
    expect(holding.reduce((a, b) => a + b)).toBe(vnis.length);
  });

  it("sends each script call on its own, so that a MOVED after a failover is followed per call", () => {
    // ioredis retries a redirected pipeline only when every command in it got the same error;
    // an auto-pipelined batch mixes a master's slots, whose MOVED errors differ (lib/service/redis.ts).
    expect(redis).toBeInstanceOf(Cluster);
    expect((redis as Cluster).options.enableAutoPipelining).toBe(false);
    for (const node of redisMasters(redis)) expect(node.options.enableAutoPipelining).toBe(false);
  });

  it("scans every master", async () => {
    const seen = new Map<number, string>();
    for await (const l of store.scanAll()) seen.set(l.vni, l.owner);
    expect([...seen.keys()].sort()).toEqual(vnis);
    expect(new Set(seen.values())).toEqual(new Set(vnis.map((v) => `p${v}`)));
  });

  it("re-asserts leases on any master", async () => {
    const r = await store.assert({ vni: 101, ip: (10 << 24) + 9, owner: "q", ref: "ns/q", subnet });
    expect(r).toMatchObject({ ok: true, created: true });
    expect(await store.assert({ vni: 101, ip: (10 << 24) + 9, owner: "q2", ref: "ns/q2", subnet })).toEqual({
      ok: false,
      reason: "taken",
      holder: "ns/q",
    });
  });

  it("reports one run id per master, a new one after a failover, and which VNIs kept their master", async () => {
    const before = (await store.runIds()).split(",");
    expect(before).toHaveLength(3);
    expect(await store.keptVnis(vnis, new Set(before))).toEqual(new Set(vnis));
    const replica = (await cluster.replicas())[0]!;
    // The VNIs whose keys the replica holds are those of the master it takes over from.
    const c = new Redis(replica.url);
    const moved = new Set((await c.keys("jetnet:{*}:ip")).map((k) => Number(/\{(\d+)\}/.exec(k)?.[1])));
    c.disconnect();
    expect(moved.size).toBeGreaterThan(0);
    await cluster.failover(replica);
    const after = (await store.runIds()).split(",");
    expect(after).toHaveLength(3);
    expect(after.filter((id) => !before.includes(id))).toHaveLength(1);
    expect(await store.keptVnis(vnis, new Set(before))).toEqual(new Set(vnis.filter((v) => !moved.has(v))));
    await cluster.waitHealthy();
    // Right after a failover a node may still map the moved slots to the demoted master (a
    // replica now): keptVnis counts them as not kept until the slot map names the new master.
    await expect
      .poll(() => store.keptVnis(vnis, new Set(after)), { timeout: 20_000, interval: 250 })
      .toEqual(new Set(vnis));
    // The moved VNIs' markers name the old master: they allocate again only once marked anew
    // (by a recovery); the others allocate on.
    for (const vni of vnis) expect([vni, await store.isIntact(vni)]).toEqual([vni, !moved.has(vni)]);
    const vni = [...moved][0]!;
    const req = { vni, subnet, owner: "m", ref: "ns/m" };
    expect(await store.allocate(req)).toEqual({ ok: false, reason: "recovering" });
    for (const v of moved) expect(await store.markIntact(v)).toBe(true);
    expect(await store.allocate(req)).toMatchObject({ ok: true });
  });

  it("fails an allocation that no replica acknowledged", async () => {
    // A VNI no earlier test touched: which VNIs the failover above moved (and so which ones it
    // allocated on) depends on the replica the cluster picked.
    const vni = 150;
    expect(await store.markIntact(vni)).toBe(true);
    const lonely = new LeaseStore(redis, { waitReplicas: 2, waitTimeoutMs: 100 });
    await expect(lonely.allocate({ vni, subnet, owner: "w", ref: "ns/w" })).rejects.toThrow(
      /1 of 2 Redis replicas acknowledged/,
    );
    // The lease was taken all the same; a retry returns it (and is refused again for the same reason).
    expect((await store.ownerLease(vni, "w"))?.ip).toBe(first);
  });
});

describe("behind Sentinel", () => {
  let setup: RedisSentinelSetup;
  let redis: RedisClient;
  let store: LeaseStore;

  beforeAll(async () => {
    setup = await startRedisSentinel();
    redis = await connect(setup.url);
    store = new LeaseStore(redis, { waitReplicas: 2 });
  }, 60_000);
  afterAll(async () => {
    if (redis) await closeRedis(redis);
    await setup?.stop();
  });

  it("pipelines the commands of a turn (one connection, one primary)", () => {
    expect((redis as Redis).options.enableAutoPipelining).toBe(true);
  });

  it("leases on the primary, replicated to both replicas", async () => {
    await store.markIntact(7);
    expect(await store.allocate({ vni: 7, subnet, owner: "a", ref: "ns/a" })).toMatchObject({ ok: true });
    const primary = await setup.primary();
    expect((await store.runIds()).split(",")).toHaveLength(1);
    for (const n of setup.nodes.filter((n) => n !== primary)) {
      const c = new Redis(n.url);
      expect(await c.hlen(vniKeys(7).ip)).toBe(1);
      c.disconnect();
    }
  });
});
