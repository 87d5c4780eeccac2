import { Redis } from "ioredis";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { LeaseStore, type SubnetRange, subnetId, vniKeys } from "../../../lib/ipam/leases.js";
import { type RedisServer, startRedis } from "../../harness/index.js";
import { eventually } from "./system.js";

const ip = (s: string) => s.split(".").reduce((n, octet) => n * 256 + Number(octet), 0);
const subnet = (cidr: string, excludes: [string, string?][] = []): SubnetRange => {
  const [base, prefix] = cidr.split("/");
  return {
    base: ip(base!),
    prefix: Number(prefix),
    excludes: excludes.map(([first, last]) => ({ first: ip(first), last: ip(last ?? first) })),
  };
};

let server: RedisServer;
let redis: Redis;
let store: LeaseStore;

beforeAll(async () => {
  server = await startRedis();
  redis = new Redis(server.url, { lazyConnect: false });
  store = new LeaseStore(redis);
});

afterAll(async () => {
  redis?.disconnect();
  await server?.stop();
});

beforeEach(async () => {
  await redis.flushall();
  // A fresh Redis has lost nothing: mark the VNIs the tests use as intact.
  for (const vni of [1, 2, 3, 7, 8, 9, 12, 100, 40000, 2 ** 21 - 1]) await store.markIntact(vni);
});

/** Allocates for owners o1..on and returns the addresses in order. */
/** Calls per Redis command since the last RESETSTAT, without the scripts and INFO themselves. */
async function scriptCalls(): Promise<{ total: number; probes: number; each: Record<string, number> }> {
  const each: Record<string, number> = {};
  let total = 0;
  for (const m of (await redis.info("commandstats")).matchAll(/^cmdstat_([\w|]+):calls=(\d+)/gm)) {
    const [name, calls] = [m[1]!, Number(m[2])];
    if (/^(eval|evalsha|script|info|config)/.test(name)) continue;
    each[name] = calls;
    total += calls;
  }
  // The per-address probes a scan would repeat.
  const probes = (each.hexists ?? 0) + (each.hget ?? 0) + (each.zrange ?? 0);
  return { total, probes, each };
}

async function fill(vni: number, sn: SubnetRange, n: number, from = 1): Promise<number[]> {
  const out: number[] = [];
  for (let i = from; i < from + n; i++) {
    const r = await store.allocate({ vni, subnet: sn, owner: `o${i}`, ref: `ns/a${i}` });
    if (!r.ok) throw new Error(`allocation ${i} failed: ${r.reason}`);
    out.push(r.ip);
  }
  return out;
}

describe("LeaseStore.allocate", () => {
  it("is idempotent per owner", async () => {
    const sn = subnet("10.0.0.0/24");
    const a = await store.allocate({ vni: 7, subnet: sn, owner: "u1", ref: "ns/a" });
    const b = await store.allocate({ vni: 7, subnet: sn, owner: "u1", ref: "ns/a" });
    expect(a).toEqual({ ok: true, ip: ip("10.0.0.2"), seq: 1, reused: false });
    expect(b).toEqual({ ok: true, ip: ip("10.0.0.2"), seq: 1, reused: true });
    // Asking for another address still returns the one held.
    const c = await store.allocate({
      vni: 7,
      subnet: sn,
      owner: "u1",
      ref: "ns/a",
      requestedIp: ip("10.0.0.9"),
    });
    expect(c).toEqual({ ok: true, ip: ip("10.0.0.2"), seq: 1, reused: true });
    const lease = await store.ownerLease(7, "u1");
    expect(lease).toMatchObject({
      vni: 7,
      ip: ip("10.0.0.2"),
      owner: "u1",
      ref: "ns/a",
      seq: 1,
      subnet: "10.0.0.0/24",
    });
    expect(Math.abs(lease!.since - Date.now())).toBeLessThan(5_000);
    expect(await store.get(7, ip("10.0.0.2"))).toEqual(lease);
  });

  it("hands never-used addresses out in ascending order, distinct per owner", async () => {
    expect(await fill(7, subnet("10.0.0.0/24"), 4)).toEqual(
      ["10.0.0.2", "10.0.0.3", "10.0.0.4", "10.0.0.5"].map(ip),
    );
  });

  it("exhausts a /29 after its 5 allocatable addresses", async () => {
    const sn = subnet("10.0.0.8/29");
    expect(await fill(7, sn, 5)).toEqual(
      ["10.0.0.10", "10.0.0.11", "10.0.0.12", "10.0.0.13", "10.0.0.14"].map(ip),
    );
    expect(await store.allocate({ vni: 7, subnet: sn, owner: "o6", ref: "ns/a6" })).toEqual({
      ok: false,
      reason: "exhausted",
    });
    expect(await store.ownerLease(7, "o6")).toBeUndefined();
  });

  it("uses every address of a /30, /31 and /32", async () => {
    expect(await fill(7, subnet("10.0.0.4/30"), 4)).toEqual(
      ["10.0.0.4", "10.0.0.5", "10.0.0.6", "10.0.0.7"].map(ip),
    );
    expect(await fill(8, subnet("10.0.0.4/31"), 2)).toEqual(["10.0.0.4", "10.0.0.5"].map(ip));
    expect(await fill(9, subnet("10.0.0.4/32"), 1)).toEqual([ip("10.0.0.4")]);
    const r = await store.allocate({ vni: 9, subnet: subnet("10.0.0.4/32"), owner: "x", ref: "ns/x" });
    expect(r).toEqual({ ok: false, reason: "exhausted" });
  });

  it("never allocates excluded addresses", async () => {
    const sn = subnet("10.0.0.0/28", [["10.0.0.3", "10.0.0.5"], ["10.0.0.9"], ["10.0.0.13", "10.0.0.20"]]);
    const got = await fill(7, sn, 7);
    expect(got).toEqual(
      ["10.0.0.2", "10.0.0.6", "10.0.0.7", "10.0.0.8", "10.0.0.10", "10.0.0.11", "10.0.0.12"].map(ip),
    );
    expect((await store.allocate({ vni: 7, subnet: sn, owner: "x", ref: "ns/x" })).ok).toBe(false);
    for (const bad of ["10.0.0.4", "10.0.0.9", "10.0.0.0", "10.0.0.1", "10.0.0.15", "10.0.1.2"]) {
      const r = await store.allocate({ vni: 7, subnet: sn, owner: "y", ref: "ns/y", requestedIp: ip(bad) });
      expect(r, bad).toEqual({ ok: false, reason: "out_of_range" });
    }
  });

  it("skips addresses leased statically ahead of the cursor", async () => {
    const sn = subnet("10.0.0.0/29");
    const s = await store.allocate({
      vni: 7,
      subnet: sn,
      owner: "s",
      ref: "ns/s",
      requestedIp: ip("10.0.0.3"),
    });
    expect(s).toMatchObject({ ok: true, ip: ip("10.0.0.3") });
    expect(await fill(7, sn, 4)).toEqual(["10.0.0.2", "10.0.0.4", "10.0.0.5", "10.0.0.6"].map(ip));
    expect((await store.allocate({ vni: 7, subnet: sn, owner: "z", ref: "ns/z" })).ok).toBe(false);
  });

  it("prefers never-used addresses, then reuses released ones least recently released first", async () => {
    const sn = subnet("10.0.0.0/29"); // .2-.6
    await fill(7, sn, 3); // o1=.2 o2=.3 o3=.4
    const l1 = (await store.ownerLease(7, "o1"))!;
    const l3 = (await store.ownerLease(7, "o3"))!;
    expect(await store.release(7, l3.ip, "o3", l3.seq)).toBe(true);
    expect(await store.release(7, l1.ip, "o1", l1.seq)).toBe(true);
    // .5 and .6 were never used: they go first although .4 and .2 are free.
    expect(await fill(7, sn, 2, 10)).toEqual(["10.0.0.5", "10.0.0.6"].map(ip));
    // Then .4 (released first), then .2.
    expect(await fill(7, sn, 2, 20)).toEqual(["10.0.0.4", "10.0.0.2"].map(ip));
    expect((await store.allocate({ vni: 7, subnet: sn, owner: "z", ref: "ns/z" })).ok).toBe(false);
  });

  it("serves allocations requested together in one script call, one after the other", async () => {
    const sn = subnet("10.0.0.0/29"); // .2-.6
    await fill(7, sn, 2); // o1=.2 o2=.3
    for (const owner of ["o2", "o1"]) {
      const l = (await store.ownerLease(7, owner))!;
      await store.release(7, l.ip, owner, l.seq);
    }
    const calls = await redis.info("commandstats");
    const evalsBefore = Number(/cmdstat_evalsha:calls=(\d+)/.exec(calls)?.[1] ?? 0);
    // Requested in the same turn: never-used .4 .5 .6 first, then the queue (.3 before .2); a
    // repeated owner reuses its lease; a static request sees the leases taken before it.
    const req = (owner: string, requestedIp?: string) =>
      store.allocate({
        vni: 7,
        subnet: sn,
        owner,
        ref: `ns/${owner}`,
        ...(requestedIp ? { requestedIp: ip(requestedIp) } : {}),
      });
    const results = await Promise.all([
      req("a"),
      req("b"),
      req("a"),
      req("c"),
      req("s", "10.0.0.5"),
      req("d"),
      req("s2", "10.0.0.2"),
      req("e"),
      req("f"),
    ]);
    const evalsAfter = Number(/cmdstat_evalsha:calls=(\d+)/.exec(await redis.info("commandstats"))?.[1] ?? 0);
    expect(evalsAfter - evalsBefore).toBe(1);
    const ok = (addr: string, seq: number, reused = false) => ({ ok: true, ip: ip(addr), seq, reused });
    expect(results).toEqual([
      ok("10.0.0.4", 5),
      ok("10.0.0.5", 6),
      ok("10.0.0.4", 5, true),
      ok("10.0.0.6", 7),
      { ok: false, reason: "taken", holder: "ns/b" },
      ok("10.0.0.3", 8),
      ok("10.0.0.2", 9),
      { ok: false, reason: "exhausted" },
      { ok: false, reason: "exhausted" },
    ]);
    // What was written is what was answered, and the queue is empty.
    const held = new Map((await store.listVni(7)).map((l) => [l.owner, [l.ip, l.seq]]));
    expect(held).toEqual(
      new Map([
        ["a", [ip("10.0.0.4"), 5]],
        ["b", [ip("10.0.0.5"), 6]],
        ["c", [ip("10.0.0.6"), 7]],
        ["d", [ip("10.0.0.3"), 8]],
        ["s2", [ip("10.0.0.2"), 9]],
      ]),
    );
    expect(await redis.zcard(vniKeys(7).released("10.0.0.0/29"))).toBe(0);
    // The seq counter went on from where the batch left it.
    const g = await req("g");
    expect(g).toEqual({ ok: false, reason: "exhausted" });
    const l = (await store.ownerLease(7, "a"))!;
    expect(await store.release(7, l.ip, "a", l.seq)).toBe(true);
    expect(await req("g")).toEqual(ok("10.0.0.4", 11));
  });

  it("gives a re-released address the back of the queue", async () => {
    const sn = subnet("10.0.0.0/29"); // .2-.6
    await fill(7, sn, 5);
    for (const owner of ["o2", "o4", "o1"]) {
      const l = (await store.ownerLease(7, owner))!;
      expect(await store.release(7, l.ip, owner, l.seq)).toBe(true);
    }
    const [again] = await fill(7, sn, 1, 10); // .3 (o2's), released first
    expect(again).toBe(ip("10.0.0.3"));
    const l = (await store.ownerLease(7, "o10"))!;
    expect(await store.release(7, l.ip, "o10", l.seq)).toBe(true);
    expect(await fill(7, sn, 3, 20)).toEqual(["10.0.0.5", "10.0.0.2", "10.0.0.3"].map(ip));
  });

  it("reports a taken static address with its holder, and honours it once released", async () => {
    const sn = subnet("10.0.0.0/24");
    const want = ip("10.0.0.50");
    const a = await store.allocate({ vni: 7, subnet: sn, owner: "u1", ref: "ns/first", requestedIp: want });
    expect(a).toEqual({ ok: true, ip: want, seq: 1, reused: false });
    const b = await store.allocate({ vni: 7, subnet: sn, owner: "u2", ref: "ns/second", requestedIp: want });
    expect(b).toEqual({ ok: false, reason: "taken", holder: "ns/first" });
    expect(await store.release(7, want, "u1", 1)).toBe(true);
    const c = await store.allocate({ vni: 7, subnet: sn, owner: "u2", ref: "ns/second", requestedIp: want });
    expect(c).toMatchObject({ ok: true, ip: want, reused: false });
    // A released static address taken again statically has left the released queue.
    expect(await redis.zcard(vniKeys(7).released("10.0.0.0/24"))).toBe(0);
  });

  it("keeps VNIs apart: the same address can be leased once per VNI", async () => {
    const sn = subnet("10.0.0.0/24");
    const a = await store.allocate({ vni: 1, subnet: sn, owner: "u", ref: "ns/a" });
    const b = await store.allocate({ vni: 2, subnet: sn, owner: "u", ref: "ns/a" });
    expect(a).toMatchObject({ ok: true, ip: ip("10.0.0.2"), reused: false });
    expect(b).toMatchObject({ ok: true, ip: ip("10.0.0.2"), reused: false });
  });

  it("offers addresses whose exclusion was lifted after the cursor passed them", async () => {
    const excluded = subnet("10.0.0.0/29", [["10.0.0.3", "10.0.0.4"]]);
    expect(await fill(7, excluded, 3)).toEqual(["10.0.0.2", "10.0.0.5", "10.0.0.6"].map(ip));
    expect((await store.allocate({ vni: 7, subnet: excluded, owner: "x", ref: "ns/x" })).ok).toBe(false);
    expect(await fill(7, subnet("10.0.0.0/29"), 2, 10)).toEqual(["10.0.0.3", "10.0.0.4"].map(ip));
  });

  it("does not reuse a released address that is excluded now, but keeps it queued", async () => {
    const sn = subnet("10.0.0.0/29");
    await fill(7, sn, 5);
    const l = (await store.ownerLease(7, "o2"))!; // .3
    expect(await store.release(7, l.ip, "o2", l.seq)).toBe(true);
    const narrowed = subnet("10.0.0.0/29", [["10.0.0.3"]]);
    expect(await store.allocate({ vni: 7, subnet: narrowed, owner: "x", ref: "ns/x" })).toEqual({
      ok: false,
      reason: "exhausted",
    });
    expect(await store.allocate({ vni: 7, subnet: sn, owner: "x", ref: "ns/x" })).toMatchObject({
      ip: ip("10.0.0.3"),
    });
  });

  it("does not scan a /8: an allocation costs a few Redis operations, whatever the subnet size", async () => {
    const sn = subnet("10.0.0.0/8", [["10.0.0.0", "10.127.255.255"]]);
    await store.markIntact(7);
    await redis.config("RESETSTAT");
    const got = await fill(7, sn, 50);
    expect(got[0]).toBe(ip("10.128.0.0"));
    expect(got[49]).toBe(ip("10.128.0.49"));
    // Commands the scripts ran (INFO commandstats counts those called from Lua too). A walk over
    // the 8 million excluded addresses would run millions; the allocator runs a handful each.
    const calls = await scriptCalls();
    expect(calls.total, JSON.stringify(calls.each)).toBeGreaterThan(0); // the counting works
    expect(calls.probes, JSON.stringify(calls.each)).toBeLessThanOrEqual(50 * 4);
    expect(calls.total, JSON.stringify(calls.each)).toBeLessThanOrEqual(50 * 10);
  });

  it("rejects invalid requests", async () => {
    const sn = subnet("10.0.0.0/24");
    await expect(store.allocate({ vni: 0, subnet: sn, owner: "u", ref: "ns/a" })).rejects.toMatchObject({
      code: "INVALID",
    });
    await expect(store.allocate({ vni: 7, subnet: sn, owner: "", ref: "ns/a" })).rejects.toMatchObject({
      code: "INVALID",
    });
    await expect(
      store.allocate({
        vni: 7,
        subnet: { base: ip("10.0.0.1"), prefix: 24, excludes: [] },
        owner: "u",
        ref: "ns/a",
      }),
    ).rejects.toMatchObject({ code: "INVALID", field: "subnet" });
    // Owners and refs go into the lease record unencoded, and owners share the index hash with
    // its "#" bookkeeping fields.
    for (const [owner, ref, field] of [
      ['u"1', "ns/a", "owner"],
      ["u1", "ns/a\\", "ref"],
      ["u1", "ns a", "ref"],
      ["#seq", "ns/a", "owner"],
      ["#intact", "ns/a", "owner"],
    ] as const)
      await expect(store.allocate({ vni: 7, subnet: sn, owner, ref })).rejects.toMatchObject({
        code: "INVALID",
        field,
      });
    expect(await store.listVni(7)).toEqual([]);
    expect(await store.isIntact(7)).toBe(true);
  });

  it("gives 1,000 concurrent owners on 4 connections 1,000 distinct addresses of a /22", async () => {
    const conns = Array.from({ length: 4 }, () => new Redis(server.url));
    try {
      const stores = conns.map((c) => new LeaseStore(c));
      const sn = subnet("10.1.0.0/22", [["10.1.1.0", "10.1.1.9"]]);
      const results = await Promise.all(
        Array.from({ length: 1000 }, (_, i) =>
          stores[i % 4]!.allocate({ vni: 9, subnet: sn, owner: `u${i}`, ref: `ns/a${i}` }),
        ),
      );
      const ips = results.map((r) => (r.ok ? r.ip : Number.NaN));
      expect(ips.every((x) => x >= ip("10.1.0.2") && x <= ip("10.1.3.254"))).toBe(true);
      expect(ips.some((x) => x >= ip("10.1.1.0") && x <= ip("10.1.1.9"))).toBe(false);
      expect(new Set(ips).size).toBe(1000);
      expect(new Set(results.map((r) => (r.ok ? r.seq : 0))).size).toBe(1000);
      const leases = await store.listVni(9);
      expect(leases).toHaveLength(1000);
      expect(new Set(leases.map((l) => l.owner)).size).toBe(1000);
    } finally {
      for (const c of conns) c.disconnect();
    }
  });
});

describe("LeaseStore.release", () => {
  it("refuses a wrong owner or a stale seq and leaves the lease in place", async () => {
    const sn = subnet("10.0.0.0/24");
    const a = await store.allocate({ vni: 7, subnet: sn, owner: "u1", ref: "ns/a" });
    if (!a.ok) throw new Error("allocate failed");
    expect(await store.release(7, a.ip, "u2", a.seq)).toBe(false);
    expect(await store.release(7, a.ip, "u1", a.seq + 1)).toBe(false);
    expect(await store.release(7, a.ip + 1, "u1", a.seq)).toBe(false);
    expect(await store.get(7, a.ip)).toMatchObject({ owner: "u1", seq: a.seq });
    expect(await store.ownerLease(7, "u1")).toMatchObject({ ip: a.ip });
    expect(await store.release(7, a.ip, "u1", a.seq)).toBe(true);
    expect(await store.release(7, a.ip, "u1", a.seq)).toBe(false);
    expect(await store.get(7, a.ip)).toBeUndefined();
    expect(await store.ownerLease(7, "u1")).toBeUndefined();
  });

  it("fences a stale holder: the old seq cannot end the owner's newer lease", async () => {
    const sn = subnet("10.0.0.0/30");
    const a = await store.allocate({
      vni: 7,
      subnet: sn,
      owner: "u1",
      ref: "ns/a",
      requestedIp: ip("10.0.0.1"),
    });
    if (!a.ok) throw new Error("allocate failed");
    expect(await store.release(7, a.ip, "u1", a.seq)).toBe(true);
    const b = await store.allocate({
      vni: 7,
      subnet: sn,
      owner: "u1",
      ref: "ns/a",
      requestedIp: ip("10.0.0.1"),
    });
    expect(b).toMatchObject({ ok: true, ip: a.ip });
    expect(await store.release(7, a.ip, "u1", a.seq)).toBe(false);
    expect(await store.get(7, a.ip)).toMatchObject({ owner: "u1" });
  });
});

describe("LeaseStore.assert", () => {
  it("re-creates a free lease with the recorded seq and keeps the counter above it", async () => {
    const sn = subnet("10.0.0.0/24");
    const r = await store.assert({
      vni: 7,
      ip: ip("10.0.0.40"),
      owner: "u1",
      ref: "ns/a",
      seq: 57,
      subnet: sn,
    });
    expect(r).toMatchObject({
      ok: true,
      created: true,
      lease: { ip: ip("10.0.0.40"), owner: "u1", seq: 57 },
    });
    const again = await store.assert({ vni: 7, ip: ip("10.0.0.40"), owner: "u1", ref: "ns/a", subnet: sn });
    expect(again).toMatchObject({ ok: true, created: false, lease: { seq: 57, subnet: "10.0.0.0/24" } });
    const next = await store.allocate({ vni: 7, subnet: sn, owner: "u2", ref: "ns/b" });
    expect(next).toMatchObject({ ok: true, ip: ip("10.0.0.2"), seq: 58 });
    expect(await store.assert({ vni: 7, ip: ip("10.0.0.40"), owner: "u3", ref: "ns/c", subnet: sn })).toEqual(
      {
        ok: false,
        reason: "taken",
        holder: "ns/a",
      },
    );
    expect(await store.assert({ vni: 7, ip: ip("10.0.0.41"), owner: "u1", ref: "ns/a", subnet: sn })).toEqual(
      {
        ok: false,
        reason: "owner_holds",
        ip: ip("10.0.0.40"),
      },
    );
    // An asserted lease is released into its subnet's queue like any other.
    expect(await store.release(7, ip("10.0.0.40"), "u1", 57)).toBe(true);
    expect(await redis.zrange(vniKeys(7).released("10.0.0.0/24"), "0", "-1")).toEqual([
      String(ip("10.0.0.40")),
    ]);
  });

  it("is skipped over by the never-used cursor", async () => {
    const sn = subnet("10.0.0.0/29");
    await store.assert({ vni: 7, ip: ip("10.0.0.2"), owner: "r", ref: "ns/r", subnet: sn });
    expect(await fill(7, sn, 4)).toEqual(["10.0.0.3", "10.0.0.4", "10.0.0.5", "10.0.0.6"].map(ip));
  });

  it("rejects a subnet whose base is not an aligned address, writing nothing", async () => {
    for (const sn of [
      { base: ip("10.0.0.1"), prefix: 24 },
      { base: Number.NaN, prefix: 24 },
      { base: ip("10.0.0.0"), prefix: 33 },
    ])
      await expect(
        store.assert({ vni: 7, ip: ip("10.0.0.40"), owner: "u1", ref: "ns/a", subnet: sn }),
      ).rejects.toMatchObject({ code: "INVALID", field: "subnet" });
    expect(await store.listVni(7)).toEqual([]);
    expect(await redis.keys("jetnet:{7}:released:*")).toEqual([]);
  });
});

describe("LeaseStore listing", () => {
  it("lists one VNI and scans all", async () => {
    await fill(3, subnet("10.0.0.0/24"), 3);
    await fill(40000, subnet("192.168.0.0/16"), 2, 10);
    expect((await store.listVni(3)).map((l) => l.ip).sort()).toEqual(
      ["10.0.0.2", "10.0.0.3", "10.0.0.4"].map(ip),
    );
    expect(await store.listVni(5)).toEqual([]);
    const all = [];
    for await (const l of store.scanAll()) all.push(`${l.vni}:${l.owner}`);
    expect(all.sort()).toEqual(["3:o1", "3:o2", "3:o3", "40000:o10", "40000:o11"]);
  });

  it("reports a malformed lease at a field that is not an address as an internal error naming it", async () => {
    await redis.hset(vniKeys(3).ip, "junk", "[]");
    await expect(store.listVni(3)).rejects.toMatchObject({
      code: "INTERNAL",
      message: "malformed lease of NaN (not an IPv4 address) in VNI 3: []",
    });
  });
});

describe("LeaseStore and Redis failures", () => {
  it("reloads its scripts after SCRIPT FLUSH", async () => {
    const sn = subnet("10.0.0.0/24");
    await fill(7, sn, 1);
    await redis.script("FLUSH");
    expect(await redis.script("EXISTS", "0000000000000000000000000000000000000000")).toEqual([0]);
    expect(await fill(7, sn, 1, 2)).toEqual([ip("10.0.0.3")]);
    const l = (await store.ownerLease(7, "o2"))!;
    await redis.script("FLUSH");
    expect(await store.release(7, l.ip, "o2", l.seq)).toBe(true);
  });

  it("refuses to allocate in a VNI that is not marked intact (lost data) until it is marked", async () => {
    const sn = { base: ip("10.9.0.0"), prefix: 24, excludes: [] };
    await redis.hdel(vniKeys(7).index, "#intact");
    expect(await store.isIntact(7)).toBe(false);
    expect(await store.allocate({ vni: 7, subnet: sn, owner: "u1", ref: "ns/a" })).toEqual({
      ok: false,
      reason: "recovering",
    });
    await store.markIntact(7);
    expect((await store.allocate({ vni: 7, subnet: sn, owner: "u1", ref: "ns/a" })).ok).toBe(true);
    await redis.flushall();
    expect(await store.isIntact(7)).toBe(false);
  });

  it("refuses to allocate on a promoted replica whose marker names its old master, at once", async () => {
    const sn = subnet("10.9.0.0/24");
    const replica = await startRedis({ args: ["--replicaof", "127.0.0.1", String(server.port)] });
    const toReplica = new Redis(replica.url);
    try {
      // A master's first replica gives it a new replication id, and with it a new token.
      await eventually(
        async () => (await toReplica.info("replication")).includes("master_link_status:up") || undefined,
      );
      expect(await store.markIntact(7)).toBe(true);
      expect((await fill(7, sn, 2)).length).toBe(2);
      expect(await redis.call("WAIT", 1, 5_000)).toBe(1);
      const onReplica = new LeaseStore(toReplica);
      // A copy of every lease and of the marker, but the marker names the master.
      expect(await onReplica.listVni(7)).toHaveLength(2);
      expect(await toReplica.hexists(vniKeys(7).index, "#intact")).toBe(1);
      const masterToken = await store.serverToken(7);
      // Promoted (as a failover would); with it, a lease the master took later is missing.
      await toReplica.call("REPLICAOF", "NO", "ONE");
      await fill(7, sn, 1, 3);
      expect(await onReplica.listVni(7)).toHaveLength(2);
      expect(await onReplica.isIntact(7)).toBe(false);
      expect(await onReplica.allocate({ vni: 7, subnet: sn, owner: "o9", ref: "ns/a9" })).toEqual({
        ok: false,
        reason: "recovering",
      });
      // A recovery that verified the leases on the old master cannot mark the new one.
      expect(await onReplica.markIntact(7, masterToken)).toBe(false);
      const token = await onReplica.serverToken(7);
      expect(token).not.toBe(masterToken);
      expect(await onReplica.markIntact(7, token)).toBe(true);
      expect(await onReplica.isIntact(7)).toBe(true);
      expect((await onReplica.allocate({ vni: 7, subnet: sn, owner: "o9", ref: "ns/a9" })).ok).toBe(true);
      // The master still holds its own marker.
      expect(await store.isIntact(7)).toBe(true);
    } finally {
      toReplica.disconnect();
      await replica.stop();
    }
  });

  it("refuses to allocate on a demoted master promoted again, whose data came from the other side", async () => {
    const sn = subnet("10.9.0.0/24");
    const other = await startRedis({ args: ["--replicaof", "127.0.0.1", String(server.port)] });
    const toOther = new Redis(other.url);
    const linked = (r: Redis) =>
      eventually(async () => (await r.info("replication")).includes("master_link_status:up") || undefined);
    try {
      await linked(toOther);
      expect(await store.markIntact(7)).toBe(true);
      await fill(7, sn, 1);
      expect(await redis.call("WAIT", 1, 5_000)).toBe(1);
      // A failover to the other server; this one comes back as its replica, with the same run id,
      // and takes the other's data: the marker naming this server, and whatever the other lacks.
      await toOther.call("REPLICAOF", "NO", "ONE");
      await redis.call("REPLICAOF", "127.0.0.1", String(other.port));
      await linked(redis);
      expect(await store.listVni(7)).toHaveLength(1);
      // Promoted again before any recovery: the run id alone would take the marker as its own.
      await redis.call("REPLICAOF", "NO", "ONE");
      expect(await store.isIntact(7)).toBe(false);
      expect(await store.allocate({ vni: 7, subnet: sn, owner: "o9", ref: "ns/a9" })).toEqual({
        ok: false,
        reason: "recovering",
      });
    } finally {
      await redis.call("REPLICAOF", "NO", "ONE");
      toOther.disconnect();
      await other.stop();
    }
  });

  it("refuses to allocate on a restarted server whose marker it kept", async () => {
    const sn = subnet("10.9.0.0/24");
    // The harness keeps the server's directory across restarts: the append-only file survives.
    const durable = await startRedis({ args: ["--appendonly", "yes", "--appendfsync", "always"] });
    const client = new Redis(durable.url, { maxRetriesPerRequest: 50 });
    try {
      const leases = new LeaseStore(client);
      await leases.markIntact(7);
      expect((await leases.allocate({ vni: 7, subnet: sn, owner: "o1", ref: "ns/a1" })).ok).toBe(true);
      await durable.restart();
      // The append-only file brought the lease and the marker back, but from another process:
      // what it may have missed is not known here.
      expect(await leases.listVni(7)).toHaveLength(1);
      expect(await client.hexists(vniKeys(7).index, "#intact")).toBe(1);
      expect(await leases.allocate({ vni: 7, subnet: sn, owner: "o2", ref: "ns/a2" })).toEqual({
        ok: false,
        reason: "recovering",
      });
    } finally {
      client.disconnect();
      await durable.stop();
    }
  });

  it("detects data loss through the epoch key", async () => {
    const first = await store.ensureEpoch();
    expect(first.created).toBe(true);
    expect(await store.ensureEpoch()).toEqual({ epoch: first.epoch, created: false });
    expect(await store.epochPresent()).toBe(true);
    expect(await store.readEpoch()).toBe(first.epoch);
    await redis.flushall();
    expect(await store.epochPresent()).toBe(false);
    expect(await store.readEpoch()).toBeUndefined();
    const second = await store.ensureEpoch();
    expect(second.created).toBe(true);
    expect(second.epoch).not.toBe(first.epoch);
  });

  it("reports the server's run id (one master)", async () => {
    expect(await store.runIds()).toMatch(/^[0-9a-f]{40}$/);
  });
});

describe("key layout", () => {
  it("puts every key of one VNI in one cluster slot", async () => {
    const sn = subnet("10.0.0.0/29");
    await fill(12, sn, 5);
    const l = (await store.ownerLease(12, "o1"))!;
    await store.release(12, l.ip, "o1", l.seq);
    const keys = (await redis.keys("jetnet:{12}:*")).sort();
    expect(keys).toEqual(["jetnet:{12}:index", "jetnet:{12}:ip", "jetnet:{12}:released:10.0.0.0/29"].sort());
    // Redis Cluster hashes only what lies between the first "{" and the next "}" when non-empty
    // (this server runs without cluster support, so CLUSTER KEYSLOT is not available).
    const hashed = (key: string) => {
      const open = key.indexOf("{");
      const close = open < 0 ? -1 : key.indexOf("}", open + 1);
      return close > open + 1 ? key.slice(open + 1, close) : key;
    };
    expect(new Set(keys.map(hashed))).toEqual(new Set(["12"]));
    expect(subnetId(ip("10.0.0.0"), 29)).toBe("10.0.0.0/29");
  });
});
