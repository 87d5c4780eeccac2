import pino from "pino";
import { Registry } from "prom-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { JetnetClient } from "../../../lib/api/client.js";
import { newAttachment } from "../../../lib/api/objects.js";
import { reportStatus } from "../../../lib/api/status.js";
import type { NetworkAttachment, Subnet } from "../../../lib/codec.js";
import { ErrorCode, unavailable } from "../../../lib/errors.js";
import type { Lister } from "../../../lib/informer/types.js";
import { LeaseStore } from "../../../lib/ipam/leases.js";
import { parseIPv4 } from "../../../lib/net/cidr.js";
import { macAddress } from "../../../lib/net/mac.js";
import { MemoryStore } from "../../../lib/store/memory.js";
import type { Versioned } from "../../../lib/store/types.js";
import { CreateLeases } from "../../../services/network/address.js";
import { eventually, startSystem, type TestSystem } from "../ipam/system.js";

/**
 * The network service with Redis leases each attachment's address within its create, and ipam
 * (running beside it) then writes nothing; every way the lease can fail stores the create
 * without an address, and ipam addresses it as it always did. Real nats-server and redis-server.
 */

let sys: TestSystem;
let leases: LeaseStore;
beforeAll(async () => {
  sys = await startSystem(
    { gcGraceMs: 1_000, gcIntervalMs: 300, recoveryGraceMs: 2_500 },
    {},
    { leaseInCreate: {} },
  );
  leases = new LeaseStore(sys.redisClient);
});
afterAll(async () => {
  await sys?.stop();
});

/** Creates a subnet and waits until the network service's cache has it validated. */
async function validatedSubnet(ns: string, name: string, vni: number, cidr: string) {
  await sys.client.subnets(ns).create({ meta: { name }, spec: { vni, cidr } });
  const s = await eventually(async () => {
    const v = await sys.client.subnets(ns).get(name);
    return v.value.status?.validated ? v : undefined;
  });
  // The API read the bucket; the service's subnet cache follows its watch a moment later.
  await new Promise((r) => setTimeout(r, 300));
  return s;
}

/** The value of a counter or histogram count series of the shared registry. */
async function metric(name: string, labels: Record<string, string> = {}): Promise<number> {
  const m = sys.registry.getSingleMetric(name);
  if (!m) return 0;
  const values = (await m.get()).values;
  return values
    .filter((v) => Object.entries(labels).every(([k, x]) => v.labels[k] === x))
    .filter((v) => {
      const series = (v as { metricName?: string }).metricName;
      return series === undefined || series === `${name}_count`;
    })
    .reduce((n, v) => n + v.value, 0);
}

const leasesOf = async (vni: number, ref: string) => (await leases.listVni(vni)).filter((l) => l.ref === ref);

describe("address leased within the create", () => {
  it("stores the attachment addressed in its one create write, and ipam writes nothing to it", async () => {
    const subnet = await validatedSubnet("lc", "s", 101, "10.101.0.0/24");
    const before = await metric("jetnet_network_create_addresses_total", { result: "addressed" });
    const created = await sys.client
      .attachments("lc")
      .create({ meta: { name: "a1" }, spec: { node: "n1", subnet: "s" } });
    const s = created.value.status;
    expect(s?.ip).toBe("10.101.0.2");
    expect(s?.vni).toBe(101);
    expect(s?.leaseSeq).toBeGreaterThan(0);
    expect(s?.mac).toBe(macAddress(101, parseIPv4("10.101.0.2")!));
    expect(s?.subnetUid).toBe(subnet.value.meta?.uid);
    expect(s?.ipamErrors ?? []).toEqual([]);
    expect(created.value.meta?.writeTimesUs?.["status.address"]).toBeGreaterThan(0);
    const lease = await leases.get(101, parseIPv4("10.101.0.2")!);
    expect(lease).toMatchObject({ owner: created.value.meta?.uid, seq: s?.leaseSeq, ref: "lc/a1" });
    expect(await metric("jetnet_network_create_addresses_total", { result: "addressed" })).toBe(before + 1);
    expect(await metric("jetnet_network_create_to_address_seconds")).toBeGreaterThan(0);
    // ipam saw it (its GC sweeps every 300 ms, its controller reacts at once) and left it alone.
    await new Promise((r) => setTimeout(r, 2_000));
    const later = await sys.client.attachments("lc").get("a1");
    expect(later.revision).toBe(created.revision);
    expect(await leases.get(101, parseIPv4("10.101.0.2")!)).toMatchObject({ owner: created.value.meta?.uid });
    // The delete releases it through ipam, as for an address ipam wrote.
    await sys.client.attachments("lc").delete("a1");
    await eventually(async () => ((await leasesOf(101, "lc/a1")).length === 0 ? true : undefined));
  });

  it("stamps the node's host IP as its agent last reported it, learnt only from reports accepted", async () => {
    await validatedSubnet("hh", "s", 107, "10.107.0.0/24");
    const create = async (name: string, node: string) =>
      (await sys.client.attachments("hh").create({ meta: { name }, spec: { node, subnet: "s" } })).value;
    // Nothing heard from n7 yet.
    const first = await create("h1", "n7");
    expect(first.status?.ip).toBeTruthy();
    expect(first.status?.nodeHostIp ?? "").toBe("");
    const report = {
      namespace: "hh",
      name: "h1",
      uid: first.meta?.uid ?? "",
      implemented: true,
      hostErrors: [],
    };
    const ifc = { ifName: "jn-h1", mac: first.status?.mac ?? "" };
    // n8 claims h1 (on n7): refused, and teaches nothing about n8.
    await expect(reportStatus(sys.nc, "n8", "100.64.8.1", { ...report, ...ifc })).rejects.toThrow(
      /FORBIDDEN/,
    );
    await reportStatus(sys.nc, "n7", "100.64.7.1", { ...report, ...ifc });
    const second = await create("h2", "n7");
    expect(second.status?.nodeHostIp).toBe("100.64.7.1");
    expect((await create("h3", "n8")).status?.nodeHostIp ?? "").toBe("");
    // The reporting node's address changes: the next create names the new one.
    await reportStatus(sys.nc, "n7", "100.64.7.2", {
      ...report,
      name: "h2",
      uid: second.meta?.uid ?? "",
      ...ifc,
      ifName: "jn-h2",
    });
    expect((await create("h4", "n7")).status?.nodeHostIp).toBe("100.64.7.2");
  });

  it("a create that fails leaves no lease of its uid (ALREADY_EXISTS, raced and sequential)", async () => {
    await validatedSubnet("dup", "s", 102, "10.102.0.0/24");
    const releasedBefore = await metric("jetnet_network_create_lease_releases_total", { result: "released" });
    // Five creates of one name at once: all pass the list-cache check and lease; one is stored.
    // Sent apart (the SDK's batching would send four together, run one after the other).
    const apart = new JetnetClient(sys.nc, { batchWrites: false });
    const results = await Promise.allSettled(
      Array.from({ length: 5 }, () =>
        apart.attachments("dup").create({ meta: { name: "d" }, spec: { node: "n1", subnet: "s" } }),
      ),
    );
    const ok = results.filter((r) => r.status === "fulfilled") as PromiseFulfilledResult<
      Versioned<NetworkAttachment>
    >[];
    const failed = results.filter((r) => r.status === "rejected") as PromiseRejectedResult[];
    expect(ok).toHaveLength(1);
    expect(failed.map((f) => (f.reason as { code?: string }).code)).toEqual(
      Array(4).fill(ErrorCode.AlreadyExists),
    );
    const stored = ok[0]!.value.value;
    expect(stored.status?.ip).toBeTruthy();
    // Released before the error reply went out: only the stored uid's lease is left.
    const left = await leasesOf(102, "dup/d");
    expect(left.map((l) => l.owner)).toEqual([stored.meta?.uid]);
    expect(
      await metric("jetnet_network_create_lease_releases_total", { result: "released" }),
    ).toBeGreaterThan(releasedBefore);
    // Once the list cache has it, a repeated create is refused without leasing at all.
    await new Promise((r) => setTimeout(r, 300));
    await expect(
      sys.client.attachments("dup").create({ meta: { name: "d" }, spec: { node: "n1", subnet: "s" } }),
    ).rejects.toMatchObject({ code: ErrorCode.AlreadyExists });
    expect((await leasesOf(102, "dup/d")).map((l) => l.owner)).toEqual([stored.meta?.uid]);
  });

  it("bad input gets its structured error and leaves no lease", async () => {
    await validatedSubnet("bad", "s", 103, "10.103.0.0/24");
    await expect(
      sys.client
        .attachments("bad")
        .create({ meta: { name: "b" }, spec: { node: "n1", subnet: "s", ip: "10.104.0.9" } }),
    ).rejects.toMatchObject({ code: ErrorCode.Invalid, field: "spec.ip" });
    await expect(
      sys.client.attachments("bad").create({ meta: { name: "B!" }, spec: { node: "n1", subnet: "s" } }),
    ).rejects.toMatchObject({ code: ErrorCode.Invalid });
    expect(await leases.listVni(103)).toEqual([]);
  });

  it("a static address is leased in the create when free; when taken ipam reports the wait as before", async () => {
    await validatedSubnet("st", "s", 104, "10.104.0.0/24");
    const free = await sys.client
      .attachments("st")
      .create({ meta: { name: "holder" }, spec: { node: "n1", subnet: "s", ip: "10.104.0.7" } });
    expect(free.value.status?.ip).toBe("10.104.0.7");
    const takenBefore = await metric("jetnet_network_create_addresses_total", {
      result: "deferred",
      reason: "taken",
    });
    const wanting = await sys.client
      .attachments("st")
      .create({ meta: { name: "wants" }, spec: { node: "n1", subnet: "s", ip: "10.104.0.7" } });
    expect(wanting.value.status?.ip ?? "").toBe("");
    expect(
      await metric("jetnet_network_create_addresses_total", { result: "deferred", reason: "taken" }),
    ).toBe(takenBefore + 1);
    const waiting = await eventually(async () => {
      const a = await sys.client.attachments("st").get("wants");
      return a.value.status?.ipamErrors?.length ? a : undefined;
    });
    expect(waiting.value.status?.ipamErrors?.[0]).toContain("held by st/holder");
    expect(waiting.value.status?.addressContention).toBe(true);
    expect(waiting.value.status?.ip ?? "").toBe("");
    // Released: ipam hands it to the waiter.
    await sys.client.attachments("st").delete("holder");
    const got = await eventually(async () => {
      const a = await sys.client.attachments("st").get("wants");
      return a.value.status?.ip ? a : undefined;
    });
    expect(got.value.status?.ip).toBe("10.104.0.7");
  });

  it("a Redis that hangs: the create is stored quickly without an address, and ipam addresses it", async () => {
    await validatedSubnet("hang", "s", 105, "10.105.0.0/24");
    const timeouts = { result: "deferred", reason: "timeout" };
    const timeoutsBefore = await metric("jetnet_network_create_addresses_total", timeouts);
    // Stopped, not dead: its connections stay open and every command waits.
    process.kill(sys.redis.pid, "SIGSTOP");
    let created: Versioned<NetworkAttachment>;
    const t0 = performance.now();
    try {
      created = await sys.client
        .attachments("hang")
        .create({ meta: { name: "h" }, spec: { node: "n1", subnet: "s" } });
    } finally {
      process.kill(sys.redis.pid, "SIGCONT");
    }
    expect(performance.now() - t0).toBeLessThan(1_500);
    expect(created.value.status?.ip ?? "").toBe("");
    expect(await metric("jetnet_network_create_addresses_total", timeouts)).toBe(timeoutsBefore + 1);
    const addressed = await eventually(async () => {
      const a = await sys.client.attachments("hang").get("h");
      return a.value.status?.ip ? a : undefined;
    });
    // The lease the timed-out allocate took is the one ipam recorded (idempotent per owner).
    expect((await leasesOf(105, "hang/h")).map((l) => [l.owner, l.seq])).toEqual([
      [created.value.meta?.uid, addressed.value.status?.leaseSeq],
    ]);
  });

  it("Redis down: the create succeeds at once without an address; ipam addresses it once Redis is back", async () => {
    await validatedSubnet("down", "s", 106, "10.106.0.0/24");
    const down = { result: "deferred", reason: "redis_unavailable" };
    const deferredBefore = await metric("jetnet_network_create_addresses_total", down);
    await sys.redis.kill();
    await eventually(async () => (sys.networkRedis?.status !== "ready" ? true : undefined));
    const t0 = performance.now();
    const created = await sys.client
      .attachments("down")
      .create({ meta: { name: "x" }, spec: { node: "n1", subnet: "s" } });
    expect(performance.now() - t0).toBeLessThan(1_000);
    expect(created.value.status?.ip ?? "").toBe("");
    expect(await metric("jetnet_network_create_addresses_total", down)).toBe(deferredBefore + 1);
    // Back empty (no persistence): ipam recovers the leases from statuses, then addresses it.
    await sys.redis.restart();
    const addressed = await eventually(
      async () => {
        const a = await sys.client.attachments("down").get("x");
        return a.value.status?.ip ? a : undefined;
      },
      30_000,
      "addressed after Redis returned",
    );
    expect(addressed.value.status?.ip).toBe("10.106.0.2");
    expect((await leasesOf(106, "down/x")).map((l) => l.owner)).toEqual([created.value.meta?.uid]);
  });
});

describe("CreateLeases at its limits (real Redis, in-memory bucket)", () => {
  const vni = 120;
  const subnet: Subnet = {
    meta: { namespace: "lim", name: "s", uid: "subnet-uid" },
    spec: { vni, cidr: "10.120.0.0/24" },
    status: { validated: true },
  };
  const subnetCache = {
    get: (key: string) => (key === "lim.s" ? { key, value: subnet, revision: 1 } : undefined),
  } as unknown as Lister<Subnet>;
  const make = (abandonMs?: number) => {
    const registry = new Registry();
    const leasing = new CreateLeases({
      options: { redis: sys.redisClient },
      subnetCache,
      exists: () => false,
      registry,
      logger: pino({ level: "silent" }),
      ...(abandonMs !== undefined && { abandonMs }),
    });
    return { leasing, registry };
  };
  const fresh = (name: string) => newAttachment("lim", { meta: { name }, spec: { node: "n1", subnet: "s" } });

  it("a create sent later than abandonMs after its lease goes without it; the lease stays the uid's", async () => {
    await leases.markIntact(vni);
    const { leasing, registry } = make(-1);
    const store = new MemoryStore<NetworkAttachment>("attachments");
    const a = fresh("late");
    const out = await leasing.create(store, "lim.late", a, () => undefined);
    expect(out.value.status?.ip ?? "").toBe("");
    expect((await store.get("lim.late"))?.value.status?.ip ?? "").toBe("");
    const counted = (await registry.getSingleMetric("jetnet_network_create_addresses_total")?.get())?.values;
    expect(counted?.find((v) => v.labels.reason === "abandoned")?.value).toBe(1);
    // ipam's allocate for this uid returns it (idempotent per owner), and its GC keeps it meanwhile.
    expect((await leasesOf(vni, "lim/late")).map((l) => l.owner)).toEqual([a.meta?.uid]);
    // This attachment never reached the bucket ipam watches, as a create with an unknown outcome
    // that was not stored: ipam's lease GC releases the lease once its grace (1 s here) is over.
    await eventually(async () => ((await leasesOf(vni, "lim/late")).length === 0 ? true : undefined), 10_000);
  });

  it("a deadline that passes after the lease stores nothing and releases the lease", async () => {
    await leases.markIntact(vni);
    const { leasing } = make();
    const store = new MemoryStore<NetworkAttachment>("attachments");
    await expect(
      leasing.create(store, "lim.expired", fresh("expired"), () => {
        throw unavailable("request expired before the service could write");
      }),
    ).rejects.toMatchObject({ code: ErrorCode.Unavailable });
    expect(await store.get("lim.expired")).toBeUndefined();
    expect(await leasesOf(vni, "lim/expired")).toEqual([]);
  });
});
