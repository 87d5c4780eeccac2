import type { NatsConnection } from "@nats-io/nats-core";
import { connect } from "@nats-io/transport-node";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { JetnetClient } from "../../../lib/api/client.js";
import { Bucket } from "../../../lib/api/subjects.js";
import { attachmentCodec, type NetworkAttachment } from "../../../lib/codec.js";
import { formatIPv4 } from "../../../lib/net/cidr.js";
import { openStore } from "../../../lib/store/store.js";
import type { ObjectStore, Versioned } from "../../../lib/store/types.js";
import {
  type JetnetProcess,
  type NatsServer,
  type RedisServer,
  startJetnet,
  startNats,
  startRedis,
} from "../../harness/index.js";
import { watchDuplicates } from "./duplicates.js";
import { eventually } from "./system.js";

/**
 * IPAM at scale through the whole system: one network process, three ipam processes that all
 * handle every VNI (`--divide-work=false`, so replicas race on every attachment), 10,000
 * attachments over 50 subnets. The small subnets are over-subscribed on purpose, so exhaustion, waiting and
 * wake-up on release are part of the run.
 */

interface SubnetPlan {
  readonly ns: string;
  readonly name: string;
  readonly vni: number;
  readonly cidr: string;
  /** Leasable addresses: a /30 leases all 4, larger blocks reserve network, gateway, broadcast. */
  readonly capacity: number;
  /** Attachments created in the first wave. */
  readonly demand: number;
}

const total = 10_000;
const inFlight = 500;
const namespaces = ["sa", "sb", "sc", "sd", "se"];

/**
 * 5 namespaces x 10 subnets; subnets 2k and 2k+1 share a VNI (one namespace per VNI). Per
 * namespace: 2 x /22, 2 x /23, 2 x /24 (demand ~55 % of capacity), 2 x /29 and 2 x /30 (demand 10,
 * capacity 5 and 4): 2,000 attachments, 18 of them left waiting.
 */
function planSubnets(): SubnetPlan[] {
  const kinds = [22, 22, 23, 23, 24, 24, 29, 29, 30, 30];
  const demands: Record<number, number> = { 22: 562, 23: 280, 24: 138, 29: 10, 30: 10 };
  const plan: SubnetPlan[] = [];
  namespaces.forEach((ns, n) => {
    kinds.forEach((prefix, k) => {
      const i = n * kinds.length + k;
      const size = 2 ** (32 - prefix);
      const capacity = prefix >= 30 ? size : size - 3;
      plan.push({
        ns,
        name: `net${k}`,
        vni: 1000 + Math.floor(i / 2),
        cidr: `10.${10 + i}.0.0/${prefix}`,
        capacity,
        demand: demands[prefix] ?? 0,
      });
    });
  });
  return plan;
}

const subnetKey = (s: { ns: string; name: string }) => `${s.ns}/${s.name}`;
const attachmentSubnet = (a: NetworkAttachment) => `${a.meta?.namespace}/${a.spec?.subnet}`;
const isExhausted = (a: NetworkAttachment) =>
  (a.status?.ipamErrors ?? []).some((e) => e.includes("exhausted"));
const describeAttachment = (a: Versioned<NetworkAttachment>) =>
  `${a.key} uid=${a.value.meta?.uid} vni=${a.value.status?.vni} ip=${a.value.status?.ip || "-"} ` +
  `errors=${JSON.stringify(a.value.status?.ipamErrors ?? [])}`;

/** Runs `fn` over `items` with at most `limit` promises pending; collects failures. */
async function bounded<T>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<void>,
): Promise<unknown[]> {
  const errors: unknown[] = [];
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++]!;
      await fn(item).catch((err: unknown) => errors.push(err));
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return errors;
}

/** Every lease in Redis of these VNIs, keyed `vni/ip` (dotted), valued by owner uid. */
async function readLeases(redis: Redis, vnis: Iterable<number>): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const vni of vnis) {
    const h = await redis.hgetall(`jetnet:{${vni}}:ip`);
    for (const [ip, json] of Object.entries(h)) {
      out.set(`${vni}/${formatIPv4(Number(ip))}`, (JSON.parse(json) as { owner: string }).owner);
    }
  }
  return out;
}

/**
 * The lease/status correspondence: each addressed attachment's lease exists and is its own; no
 * lease without such an attachment. (No (vni, ip) named twice is checked at every revision, see
 * watchDuplicates.)
 */
function leaseViolations(
  items: readonly Versioned<NetworkAttachment>[],
  leases: Map<string, string>,
): string[] {
  const out: string[] = [];
  const byAddress = new Map<string, Versioned<NetworkAttachment>[]>();
  for (const a of items) {
    const s = a.value.status;
    if (!s?.ip) continue;
    const k = `${s.vni}/${s.ip}`;
    byAddress.set(k, [...(byAddress.get(k) ?? []), a]);
    const owner = leases.get(k);
    if (owner !== a.value.meta?.uid)
      out.push(`status without its lease (lease owner ${owner}): ${describeAttachment(a)}`);
  }
  for (const [k, owner] of leases) {
    const named = byAddress.get(k)?.some((a) => a.value.meta?.uid === owner);
    if (!named) out.push(`lease ${k} owned by ${owner} that no live status names`);
  }
  return out;
}

/** Per subnet: addressed = min(capacity, live); every unaddressed one says "exhausted". */
function progressViolations(
  plan: readonly SubnetPlan[],
  items: readonly Versioned<NetworkAttachment>[],
): string[] {
  const out: string[] = [];
  for (const s of plan) {
    const mine = items.filter((a) => attachmentSubnet(a.value) === subnetKey(s));
    const addressed = mine.filter((a) => a.value.status?.ip).length;
    const want = Math.min(s.capacity, mine.length);
    if (addressed !== want)
      out.push(`${subnetKey(s)}: ${addressed} addressed, want ${want} of ${mine.length}`);
    const stuck = mine.filter((a) => !a.value.status?.ip && !isExhausted(a.value));
    if (stuck.length)
      out.push(
        `${subnetKey(s)}: neither addressed nor exhausted: ${stuck.slice(0, 3).map(describeAttachment).join(" | ")}`,
      );
  }
  return out;
}

let nats: NatsServer;
let redisServer: RedisServer;
let nc: NatsConnection;
let redis: Redis;
let client: JetnetClient;
let attachments: ObjectStore<NetworkAttachment>;
const services: JetnetProcess[] = [];

beforeAll(async () => {
  [nats, redisServer] = await Promise.all([startNats(), startRedis()]);
  nc = await connect({ servers: nats.url });
  redis = new Redis(redisServer.url);
  services.push(
    await startJetnet(["network", "--nats", nats.url, "--metrics-addr", "off", "--name", "net-0"]),
  );
  const common = ["--nats", nats.url, "--redis", redisServer.url, "--metrics-addr", "off"];
  const gc = ["--gc-grace", "3000", "--gc-interval", "1000"];
  services.push(
    ...(await Promise.all(
      [0, 1, 2].map((i) =>
        startJetnet(["ipam", ...common, ...gc, "--divide-work", "false", "--name", `ipam-${i}`]),
      ),
    )),
  );
  client = new JetnetClient(nc, { timeoutMs: 30_000 });
  attachments = await openStore(nc, { bucket: Bucket.Attachments, codec: attachmentCodec, bindOnly: true });
}, 120_000);

afterAll(async () => {
  await Promise.all(services.map((s) => s.stop()));
  redis?.disconnect();
  await nc?.close();
  await Promise.all([nats?.stop(), redisServer?.stop()]);
});

describe("static address requests through the whole system", () => {
  it("a taken address names its holder and is honoured once the holder is deleted", async () => {
    await client.subnets("st").create({ meta: { name: "s" }, spec: { vni: 900, cidr: "10.200.0.0/24" } });
    await client.attachments("st").create({ meta: { name: "holder" }, spec: { node: "n1", subnet: "s" } });
    const holder = await eventually(async () => {
      const a = await client.attachments("st").get("holder");
      return a.value.status?.ip ? a : undefined;
    });
    const ip = holder.value.status?.ip ?? "";
    await client
      .attachments("st")
      .create({ meta: { name: "static" }, spec: { node: "n1", subnet: "s", ip } });
    // The reserved address is refused at admission: the subnet exists.
    await expect(
      client
        .attachments("st")
        .create({ meta: { name: "gw" }, spec: { node: "n1", subnet: "s", ip: "10.200.0.1" } }),
    ).rejects.toMatchObject({ code: "INVALID", field: "spec.ip" });
    const waiting = await eventually(async () => {
      const a = await client.attachments("st").get("static");
      return a.value.status?.ipamErrors?.length ? a : undefined;
    });
    expect(waiting.value.status?.ip).toBe("");
    expect(waiting.value.status?.ipamErrors).toEqual([
      `requested address ${ip} is held by st/holder; waiting for it to be released`,
    ]);
    await client.attachments("st").delete("holder");
    const honoured = await eventually(async () => {
      const a = await client.attachments("st").get("static");
      return a.value.status?.ip ? a : undefined;
    });
    expect(honoured.value.status?.ip).toBe(ip);
    expect(honoured.value.status?.ipamErrors).toEqual([]);
    const leases = await readLeases(redis, [900]);
    expect([...leases]).toEqual([[`900/${ip}`, honoured.value.meta?.uid]]);
  }, 60_000);
});

describe("ipam at scale with 3 replicas", () => {
  it("10,000 attachments over 50 subnets: no duplicates, leases match statuses, waiters served after releases", async () => {
    const plan = planSubnets();
    expect(plan.reduce((n, s) => n + s.demand, 0)).toBe(total);
    const vnis = new Set(plan.map((s) => s.vni));
    const ours = (items: Versioned<NetworkAttachment>[]) =>
      items.filter((a) => namespaces.includes(a.value.meta?.namespace ?? ""));
    const listOurs = async () => ours((await attachments.list()).items);
    // Invariant 2 at every revision of the bucket, through all three phases.
    const watch = watchDuplicates(nc);
    try {
      await scaleRun(watch, listOurs, vnis, plan);
    } finally {
      await watch.history.stop();
    }
  }, 300_000);
});

async function scaleRun(
  watch: ReturnType<typeof watchDuplicates>,
  listOurs: () => Promise<Versioned<NetworkAttachment>[]>,
  vnis: Set<number>,
  plan: SubnetPlan[],
): Promise<void> {
  const t0 = performance.now();
  const lap = (what: string) =>
    console.log(`scale: ${what} at ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  for (const s of plan)
    await client.subnets(s.ns).create({ meta: { name: s.name }, spec: { vni: s.vni, cidr: s.cidr } });
  await eventually(
    async () => {
      for (const ns of namespaces) {
        const l = await client.subnets(ns).list();
        if (l.items.some((i) => !i.value.status?.validated)) return undefined;
      }
      return true;
    },
    30_000,
    "all 50 subnets validated",
  );

  // Interleave subnets so every subnet sees concurrent creates throughout the wave.
  const wave1: { s: SubnetPlan; name: string }[] = [];
  for (let k = 0; wave1.length < total; k++)
    for (const s of plan) if (k < s.demand) wave1.push({ s, name: `${s.name}-a${k}` });
  const createAll = (batch: { s: SubnetPlan; name: string }[]) =>
    bounded(batch, inFlight, async ({ s, name }) => {
      await client
        .attachments(s.ns)
        .create({ meta: { name }, spec: { node: `node${name.length % 7}`, subnet: s.name } });
    });
  expect(await createAll(wave1)).toEqual([]);
  lap(`${total} creates acknowledged`);

  // Quiet: every subnet holds min(capacity, demand) addresses and the rest say "exhausted".
  const quiet = async (what: string, timeoutMs: number, count: number) => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const items = await listOurs();
      const last =
        items.length === count
          ? progressViolations(plan, items)
          : [`${items.length} attachments, want ${count}`];
      if (last.length === 0) {
        lap(what);
        return items;
      }
      if (Date.now() > deadline) throw new Error(`not quiet (${what}):\n${last.slice(0, 5).join("\n")}`);
      await new Promise((r) => setTimeout(r, 1000));
    }
  };
  const settled = async (what: string, count: number) => {
    const items = await quiet(what, 150_000, count);
    await watch.history.caughtUp(60_000);
    expect(watch.check.violations.slice(0, 5)).toEqual([]);
    // A release enqueued by a delete may still be in flight for a moment after the statuses
    // settle: a lease without its owner may linger, briefly (a duplicate may not, see above).
    let violations: string[] = [];
    for (let i = 0; i < 20; i++) {
      violations = leaseViolations(await listOurs(), await readLeases(redis, vnis));
      if (violations.length === 0) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    expect(violations.slice(0, 5)).toEqual([]);
    return items;
  };
  const first = await settled("wave 1 quiet", total);
  const small = plan.filter((s) => s.demand > s.capacity);
  const waiting = first.filter((a) => !a.value.status?.ip);
  expect(waiting).toHaveLength(small.reduce((n, s) => n + s.demand - s.capacity, 0));
  expect(waiting.every((a) => a.value.status?.addressContention)).toBe(true);

  // Delete half: every addressed attachment of the small subnets and every other one elsewhere.
  const isSmall = new Set(small.map(subnetKey));
  let other = 0;
  const doomed = first.filter((a) =>
    isSmall.has(attachmentSubnet(a.value)) ? Boolean(a.value.status?.ip) : other++ % 2 === 0,
  );
  const survivors = total - doomed.length;
  lap(`deleting ${doomed.length}`);
  expect(
    await bounded(doomed, inFlight, (a) =>
      client.attachments(a.value.meta?.namespace ?? "").delete(a.value.meta?.name ?? ""),
    ),
  ).toEqual([]);
  const second = await settled("deletes quiet", survivors);
  const waitingUids = new Set(waiting.map((a) => a.value.meta?.uid));
  const served = second.filter((a) => waitingUids.has(a.value.meta?.uid) && a.value.status?.ip);
  expect(served).toHaveLength(small.reduce((n, s) => n + Math.min(s.capacity, s.demand - s.capacity), 0));

  // A second wave: 5 more in each small subnet, the rest spread over the large ones.
  const large = plan.filter((s) => s.demand <= s.capacity);
  const wave2: { s: SubnetPlan; name: string }[] = [];
  for (const s of small) for (let k = 0; k < 5; k++) wave2.push({ s, name: `${s.name}-b${k}` });
  for (let k = 0; wave2.length < 1000; k++)
    wave2.push({ s: large[k % large.length]!, name: `${large[k % large.length]!.name}-b${k}` });
  expect(await createAll(wave2)).toEqual([]);
  const third = await settled("wave 2 quiet", survivors + wave2.length);
  expect(third.filter((a) => !a.value.status?.ip).every((a) => isSmall.has(attachmentSubnet(a.value)))).toBe(
    true,
  );
  lap(`${watch.history.records} revisions checked (${watch.history.skipped} skipped)`);
  expect(watch.history.records).toBeGreaterThan(2 * (total + wave2.length));
}
