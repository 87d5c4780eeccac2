import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LeaseStore } from "../../../lib/ipam/leases.js";
import { macAddress } from "../../../lib/net/mac.js";
import { watchDuplicates } from "./duplicates.js";
import { eventually, startSystem, type TestSystem } from "./system.js";

// ipam as its own service beside network, and inside the network service on its caches
// (`jetnet network --ipam`): the same behaviour either way.
describe.each([
  { how: "beside the network service", embedded: false },
  { how: "inside the network service", embedded: true },
])("ipam controller, $how", ({ embedded }) => {
  let sys: TestSystem;
  let watch: ReturnType<typeof watchDuplicates>;
  beforeAll(async () => {
    sys = await startSystem({ gcGraceMs: 500, gcIntervalMs: 300, recoveryGraceMs: 2500 }, {}, { embedded });
    watch = watchDuplicates(sys.nc);
  });
  afterAll(async () => {
    await watch?.history.stop();
    await sys?.stop();
  });

  /** Invariant 2 held at every revision so far, not only in the states a test happened to list. */
  async function expectNoDuplicateEver(): Promise<void> {
    await watch.history.caughtUp();
    expect(watch.check.violations).toEqual([]);
  }

  it("addresses an attachment in a validated subnet and says why otherwise", async () => {
    const c = sys.client;
    await c.subnets("t").create({ meta: { name: "s" }, spec: { vni: 10, cidr: "10.1.0.0/29" } });
    await c.attachments("t").create({ meta: { name: "a1" }, spec: { node: "n1", subnet: "s" } });
    await c.attachments("t").create({ meta: { name: "orphan" }, spec: { node: "n1", subnet: "missing" } });
    const a1 = await eventually(
      async () => {
        const a = await c.attachments("t").get("a1");
        return a.value.status?.ip ? a : undefined;
      },
      10_000,
      "a1 addressed",
    );
    expect(a1.value.status?.ip).toBe("10.1.0.2");
    expect(a1.value.status?.vni).toBe(10);
    expect(a1.value.status?.mac).toBe(macAddress(10, 0x0a010002));
    expect(a1.value.status?.leaseSeq).toBeGreaterThan(0);
    expect(a1.value.meta?.writeTimesUs?.["status.address"]).toBeGreaterThan(0);
    const orphan = await eventually(async () => {
      const a = await c.attachments("t").get("orphan");
      return a.value.status?.ipamErrors?.length ? a : undefined;
    });
    expect(orphan.value.status?.ipamErrors).toEqual(["subnet t/missing does not exist"]);
    expect(orphan.value.status?.ip).toBe("");
    // The subnet appears: the waiting attachment gets an address.
    await c.subnets("t").create({ meta: { name: "missing" }, spec: { vni: 11, cidr: "10.2.0.0/24" } });
    const fixed = await eventually(async () => {
      const a = await c.attachments("t").get("orphan");
      return a.value.status?.ip ? a : undefined;
    });
    expect(fixed.value.status?.ip).toBe("10.2.0.2");
    expect(fixed.value.status?.ipamErrors).toEqual([]);
  });

  it("exhaustion waits and is resolved by a release; static requests name the holder", async () => {
    const c = sys.client;
    await c.subnets("x").create({ meta: { name: "tiny" }, spec: { vni: 20, cidr: "10.3.0.0/30" } });
    for (const n of ["a", "b", "c", "d", "e"]) {
      await c.attachments("x").create({ meta: { name: n }, spec: { node: "n1", subnet: "tiny" } });
    }
    const all = await eventually(async () => {
      const l = await c.attachments("x").list();
      // Settled: addressed, or waiting on exhaustion (not merely "subnet not validated yet").
      const done = l.items.every(
        (i) => i.value.status?.ip || /exhausted/.test(i.value.status?.ipamErrors?.[0] ?? ""),
      );
      return done && l.items.length === 5 ? l.items : undefined;
    });
    const addressed = all.filter((i) => i.value.status?.ip);
    const waiting = all.filter((i) => !i.value.status?.ip);
    expect(addressed).toHaveLength(4);
    expect(new Set(addressed.map((i) => i.value.status?.ip)).size).toBe(4);
    expect(waiting).toHaveLength(1);
    expect(waiting[0]?.value.status?.addressContention).toBe(true);
    expect(waiting[0]?.value.status?.ipamErrors?.[0]).toMatch(/exhausted/);
    // A static request for a held address names the holder.
    const victim = addressed[0]!;
    await c.attachments("x").create({
      meta: { name: "static" },
      spec: { node: "n1", subnet: "tiny", ip: victim.value.status?.ip ?? "" },
    });
    const st = await eventually(async () => {
      const a = await c.attachments("x").get("static");
      return a.value.status?.ipamErrors?.length ? a : undefined;
    });
    expect(st.value.status?.ipamErrors?.[0]).toContain(`held by x/${victim.value.meta?.name}`);
    // Release the victim: either the static request or the exhausted waiter gets it, never both.
    await c.attachments("x").delete(victim.value.meta?.name ?? "");
    const after = await eventually(async () => {
      const l = await c.attachments("x").list();
      const ips = l.items.map((i) => i.value.status?.ip).filter(Boolean);
      return ips.length === 4 && new Set(ips).size === 4 ? l.items : undefined;
    });
    expect(after.filter((i) => i.value.status?.ip)).toHaveLength(4);
    await expectNoDuplicateEver();
  });

  it("recovers leases after FLUSHALL and never hands out an address twice", async () => {
    const c = sys.client;
    await c.subnets("r").create({ meta: { name: "s" }, spec: { vni: 30, cidr: "10.4.0.0/28" } });
    for (let i = 0; i < 6; i++)
      await c.attachments("r").create({ meta: { name: `a${i}` }, spec: { node: "n1", subnet: "s" } });
    await eventually(async () => {
      const l = await c.attachments("r").list();
      return l.items.filter((i) => i.value.status?.ip).length === 6 ? true : undefined;
    });
    await sys.redisClient.flushall();
    for (let i = 6; i < 10; i++)
      await c.attachments("r").create({ meta: { name: `a${i}` }, spec: { node: "n1", subnet: "s" } });
    const items = await eventually(
      async () => {
        const l = await c.attachments("r").list();
        return l.items.filter((i) => i.value.status?.ip).length === 10 ? l.items : undefined;
      },
      30_000,
      "all 10 addressed after recovery",
    );
    const ips = items.map((i) => i.value.status?.ip);
    expect(new Set(ips).size).toBe(10);
    // Every address is leased to its holder again.
    const leases = await sys.redisClient.hgetall("jetnet:{30}:ip");
    expect(Object.keys(leases)).toHaveLength(10);
    // Never both, at any revision: listing until the duplicates are gone would pass a recovery
    // that re-opened the VNI before re-asserting its leases (and then moved the losers).
    await expectNoDuplicateEver();
    expect(watch.history.records).toBeGreaterThan(20);
  }, 60_000);

  it("garbage-collects a lease whose owner is gone", async () => {
    // A lease taken behind the controller's back, for an owner that does not exist.
    const store = new LeaseStore(sys.redisClient);
    await store.markIntact(40);
    const r = await store.allocate({
      vni: 40,
      subnet: { base: 0x0a050000, prefix: 24, excludes: [] },
      owner: "ghost",
      ref: "g/ghost",
    });
    expect(r.ok).toBe(true);
    await eventually(async () => ((await store.listVni(40)).length === 0 ? true : undefined), 10_000, "GC");
  });
});
