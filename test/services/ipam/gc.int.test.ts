import { Redis } from "ioredis";
import { Registry } from "prom-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { NetworkAttachment, Subnet } from "../../../lib/codec.js";
import type { Lister } from "../../../lib/informer/types.js";
import { LeaseStore } from "../../../lib/ipam/leases.js";
import { formatIPv4 } from "../../../lib/net/cidr.js";
import { MemoryStore } from "../../../lib/store/memory.js";
import type { Versioned } from "../../../lib/store/types.js";
import { LeaseCollector } from "../../../services/ipam/gc.js";
import { IpamMetrics } from "../../../services/ipam/metrics.js";
import { type RedisServer, startRedis } from "../../harness/index.js";
import { uidLister } from "./uid-lister.js";

/**
 * Lease garbage collection (docs/design.md, invariant 4) against a real Redis, on a clock the
 * test moves: a lease whose owner is gone, or whose owner's status names another address, is
 * released once it has looked so for the whole grace period, not a sweep earlier; a lease whose
 * owner catches up within the grace, or that only a stale cache shows orphaned, is kept.
 */

const vni = 50;
const grace = 30_000;
const subnetKey = "g.s";
const ip = (last: number) => 0x0a320000 + last; // 10.50.0.<last>

/** A fixed cache: what the collector's informers would hold, changed only by the test. */
class FixedLister<T extends { meta?: { uid?: string | null } | null }> implements Lister<T> {
  readonly items = new Map<string, Versioned<T>>();
  get(key: string) {
    return this.items.get(key);
  }
  list() {
    return [...this.items.values()];
  }
  byIndex(index: string, value: string) {
    if (index !== "uid") throw new Error(`no index ${index}`);
    return this.list().filter((o) => o.value.meta?.uid === value);
  }
  indexValues(): string[] {
    return [];
  }
  hasSynced() {
    return true;
  }
}

let server: RedisServer;
let redis: Redis;
beforeAll(async () => {
  server = await startRedis();
  redis = new Redis(server.url, { maxRetriesPerRequest: 2 });
});
afterAll(async () => {
  redis?.disconnect();
  await server?.stop();
});

describe("lease garbage collection", () => {
  it("releases orphaned leases after the grace period and not a sweep earlier; keeps leases whose owner catches up or that only a stale cache shows orphaned", async () => {
    const leases = new LeaseStore(redis);
    const store = new MemoryStore<NetworkAttachment>("attachments");
    const cache = new FixedLister<NetworkAttachment>();
    const subnets = new FixedLister<Subnet>();
    subnets.items.set(subnetKey, {
      key: subnetKey,
      revision: 1,
      value: {
        meta: { namespace: "g", name: "s", uid: "subnet-uid" },
        spec: { vni, cidr: "10.50.0.0/24" },
        status: { validated: true },
      },
    });
    await leases.markIntact(vni);
    const lease = async (owner: string, last: number) => {
      const r = await leases.allocate({
        vni,
        subnet: { base: ip(0), prefix: 24, excludes: [] },
        owner,
        ref: `g/${owner}`,
        requestedIp: ip(last),
      });
      if (!r.ok) throw new Error(`lease ${owner}: ${r.reason}`);
      return r.seq;
    };
    /** An attachment in the store and, unless `cached` is false, in the cache. */
    const attach = async (name: string, status: { ip?: string; vni?: number }, cached = true) => {
      const value: NetworkAttachment = {
        meta: { namespace: "g", name, uid: name },
        spec: { node: "n1", subnet: "s" },
        status,
      };
      const key = `g.${name}`;
      const cur = await store.get(key);
      const revision = cur ? await store.update(key, value, cur.revision) : await store.create(key, value);
      if (cached) cache.items.set(key, { key, value, revision });
    };

    // keeper: its status names its lease. pending: no address in status yet, but it needs one
    // in this VNI (the status write follows the lease). ghost: no such attachment. mover: its
    // status names another address. late: names another address at first, then its own.
    // unseen: the cache has not seen it yet, the store has it naming its lease.
    await lease("keeper", 2);
    await attach("keeper", { ip: "10.50.0.2", vni });
    await lease("pending", 3);
    await attach("pending", {});
    await lease("ghost", 4);
    await lease("mover", 5);
    await attach("mover", { ip: "10.50.0.15", vni });
    await lease("late", 6);
    await attach("late", { ip: "10.50.0.16", vni });
    await lease("unseen", 7);
    await attach("unseen", { ip: "10.50.0.7", vni }, false);

    const registry = new Registry();
    const collector = new LeaseCollector({
      leases,
      attachments: store,
      attachmentCache: cache,
      subnetCache: subnets,
      metrics: new IpamMetrics(registry),
      graceMs: grace,
      onReleased: () => undefined,
    });
    const held = async () => (await leases.listVni(vni)).map((l) => `${l.owner}@${formatIPv4(l.ip)}`).sort();
    const all = [
      "ghost@10.50.0.4",
      "keeper@10.50.0.2",
      "late@10.50.0.6",
      "mover@10.50.0.5",
      "pending@10.50.0.3",
      "unseen@10.50.0.7",
    ];
    const signal = new AbortController().signal;
    const t0 = 1_000_000;

    // Seen orphaned at t0 (ghost, mover, late, unseen): nothing goes before the grace is over.
    expect(await collector.sweep(signal, t0)).toBe(0);
    expect(await held()).toEqual(all);
    expect(await collector.sweep(signal, t0 + grace / 2)).toBe(0);
    // late's status catches up within the grace: it is no suspect any more.
    await attach("late", { ip: "10.50.0.6", vni });
    expect(await collector.sweep(signal, t0 + grace - 1)).toBe(0);
    expect(await held()).toEqual(all);

    // The grace is over: ghost (owner gone) and mover (owner names another address) go; unseen
    // stays (a fresh read of the store finds its owner naming it), and so do the others.
    expect(await collector.sweep(signal, t0 + grace)).toBe(2);
    expect(await held()).toEqual([
      "keeper@10.50.0.2",
      "late@10.50.0.6",
      "pending@10.50.0.3",
      "unseen@10.50.0.7",
    ]);
    const released = await registry.getSingleMetric("jetnet_ipam_gc_releases_total")?.get();
    expect(Object.fromEntries(released?.values.map((v) => [v.labels.reason, v.value]) ?? [])).toEqual({
      owner_gone: 1,
      owner_moved: 1,
    });
    // Much later, nothing else goes: every remaining lease has an owner that holds or awaits it.
    expect(await collector.sweep(signal, t0 + 10 * grace)).toBe(0);
    expect(await collector.sweep(signal, t0 + 20 * grace)).toBe(0);
    expect(await held()).toEqual([
      "keeper@10.50.0.2",
      "late@10.50.0.6",
      "pending@10.50.0.3",
      "unseen@10.50.0.7",
    ]);
  });
});

describe("lease garbage collection divided between replicas", () => {
  it("collects only the VNIs the replica owns, and does not read the others' leases", async () => {
    const leases = new LeaseStore(redis);
    const [mineVni, theirsVni] = [61, 62];
    for (const v of [mineVni, theirsVni]) {
      await leases.markIntact(v);
      // An orphan in each VNI: no attachment owns it.
      const r = await leases.allocate({
        vni: v,
        subnet: { base: 0x0a3d0000, prefix: 24, excludes: [] },
        owner: `ghost-${v}`,
        ref: `g/ghost-${v}`,
      });
      if (!r.ok) throw new Error(`lease in ${v}: ${r.reason}`);
    }
    const released: number[] = [];
    // VNIs whose leases were judged: the cache is asked for each lease's owner.
    const judged = new Set<number>();
    const cache = uidLister<NetworkAttachment>((uid) => {
      judged.add(Number(uid.slice("ghost-".length)));
      return undefined;
    });
    const collector = new LeaseCollector({
      leases,
      attachments: new MemoryStore<NetworkAttachment>("attachments"),
      attachmentCache: cache,
      subnetCache: new FixedLister<Subnet>(),
      metrics: new IpamMetrics(new Registry()),
      graceMs: grace,
      onReleased: (v) => released.push(v),
      owns: (v) => v === mineVni,
    });
    const signal = new AbortController().signal;
    expect(await collector.sweep(signal, 0)).toBe(0);
    expect(await collector.sweep(signal, grace)).toBe(1);
    expect(released).toEqual([mineVni]);
    expect([...judged]).toEqual([mineVni]);
    expect((await leases.listVni(mineVni)).map((l) => l.owner)).toEqual([]);
    expect((await leases.listVni(theirsVni)).map((l) => l.owner)).toEqual([`ghost-${theirsVni}`]);
  });
});
