import type { NatsConnection } from "@nats-io/nats-core";
import { connect } from "@nats-io/transport-node";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { JetnetClient } from "../../../lib/api/client.js";
import { Bucket } from "../../../lib/api/subjects.js";
import { attachmentCodec, type NetworkAttachment } from "../../../lib/codec.js";
import { openStore } from "../../../lib/store/store.js";
import type { ObjectStore, Versioned } from "../../../lib/store/types.js";
import { formatIPv4 } from "../../../services/network/cidr.js";
import {
  type JetnetProcess,
  type NatsServer,
  type RedisServer,
  startJetnet,
  startNats,
  startRedis,
} from "../../harness/index.js";
import { eventually } from "./system.js";

/**
 * Invariants 2-5 for IPAM under crashes (DESIGN.md): attachments are created and deleted
 * continuously while a random ipam replica is killed with SIGKILL (and restarted) every 2 s and
 * Redis loses all its data once. Afterwards the system must converge to: no (VNI, IP) named
 * twice, no leaked lease, and every attachment addressed where there is room.
 *
 * Bounds: churn 25 s by 16 workers; a kill every 2 s (of a replica not already restarting);
 * FLUSHALL at 12 s; then a quiet period of gc grace (3 s) + recovery grace (3 s) + 4 s margin,
 * after which convergence is polled for at most 60 s (the ipam resync period is 30 s, the last
 * resort for a waiter that missed its wake-up).
 */

const gcGraceMs = 3_000;
const recoveryGraceMs = 7_500;
const churnMs = 25_000;
const killEveryMs = 2_000;
const flushAtMs = 12_000;
const workers = 16;
const convergeMs = 60_000;

interface SubnetPlan {
  readonly ns: string;
  readonly name: string;
  readonly vni: number;
  readonly cidr: string;
  readonly capacity: number;
  /** Attachment names the churn draws from. */
  readonly pool: number;
}

/** 2 namespaces x 5 subnets: three /24 (two sharing a VNI), a /29 (5 addresses) and a /30 (4). */
const plan: SubnetPlan[] = ["ca", "cb"].flatMap((ns, n) => [
  { ns, name: "big0", vni: 2000 + 10 * n, cidr: `10.${60 + 10 * n}.0.0/24`, capacity: 253, pool: 60 },
  { ns, name: "big1", vni: 2000 + 10 * n, cidr: `10.${61 + 10 * n}.0.0/24`, capacity: 253, pool: 60 },
  { ns, name: "big2", vni: 2001 + 10 * n, cidr: `10.${62 + 10 * n}.0.0/24`, capacity: 253, pool: 60 },
  { ns, name: "tiny29", vni: 2002 + 10 * n, cidr: `10.${63 + 10 * n}.0.0/29`, capacity: 5, pool: 9 },
  { ns, name: "tiny30", vni: 2003 + 10 * n, cidr: `10.${64 + 10 * n}.0.0/30`, capacity: 4, pool: 8 },
]);

/** A small deterministic PRNG (mulberry32), so a failing run can be replayed by its seed. */
function rng(seed: number): (n: number) => number {
  let a = seed >>> 0;
  return (n) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const describeAttachment = (a: Versioned<NetworkAttachment>) =>
  `${a.key} uid=${a.value.meta?.uid} vni=${a.value.status?.vni} ip=${a.value.status?.ip || "-"} ` +
  `errors=${JSON.stringify(a.value.status?.ipamErrors ?? [])}`;

/** Every lease in Redis (any VNI), keyed `vni/ip` (dotted), valued by owner uid. */
async function readLeases(redis: Redis): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const keys = await redis.keys("jetnet:{*}:ip");
  for (const key of keys) {
    const vni = /^jetnet:\{(\d+)\}:ip$/.exec(key)?.[1];
    if (vni === undefined) continue;
    for (const [ip, json] of Object.entries(await redis.hgetall(key)))
      out.set(`${vni}/${formatIPv4(Number(ip))}`, (JSON.parse(json) as { owner: string }).owner);
  }
  return out;
}

/** Live attachments by the `vni/ip` their status names. */
function byAddress(
  items: readonly Versioned<NetworkAttachment>[],
): Map<string, Versioned<NetworkAttachment>[]> {
  const out = new Map<string, Versioned<NetworkAttachment>[]>();
  for (const a of items) {
    const s = a.value.status;
    if (s?.ip) out.set(`${s.vni}/${s.ip}`, [...(out.get(`${s.vni}/${s.ip}`) ?? []), a]);
  }
  return out;
}

/** Invariant 2 over one snapshot: no (VNI, IP) named by two live statuses. */
function duplicates(items: readonly Versioned<NetworkAttachment>[]): string[] {
  return [...byAddress(items)]
    .filter(([, holders]) => holders.length > 1)
    .map(([k, holders]) => `duplicate ${k}: ${holders.map(describeAttachment).join(" | ")}`);
}

/** Everything that is wrong with the converged state; empty when the invariants hold. */
function violations(items: readonly Versioned<NetworkAttachment>[], leases: Map<string, string>): string[] {
  const addressed = byAddress(items);
  const out = duplicates(items);
  for (const [k, holders] of addressed)
    for (const a of holders)
      if (leases.get(k) !== a.value.meta?.uid)
        out.push(`status names ${k} but the lease is ${leases.get(k) ?? "absent"}: ${describeAttachment(a)}`);
  for (const [k, owner] of leases)
    if (!addressed.get(k)?.some((a) => a.value.meta?.uid === owner))
      out.push(`leaked lease ${k}: owner ${owner} is not a live attachment naming it`);
  for (const s of plan) {
    const mine = items.filter((a) => a.value.meta?.namespace === s.ns && a.value.spec?.subnet === s.name);
    const addressed = mine.filter((a) => a.value.status?.ip).length;
    const want = Math.min(s.capacity, mine.length);
    if (addressed !== want) {
      const idle = mine.filter((a) => !a.value.status?.ip).slice(0, 3);
      out.push(
        `${s.ns}/${s.name}: ${addressed} addressed, want ${want} of ${mine.length}; e.g. ${idle.map(describeAttachment).join(" | ")}`,
      );
    }
  }
  return out;
}

let nats: NatsServer;
let redisServer: RedisServer;
let nc: NatsConnection;
let redis: Redis;
let client: JetnetClient;
let attachments: ObjectStore<NetworkAttachment>;
let network: JetnetProcess | undefined;
const replicas: JetnetProcess[] = [];

beforeAll(async () => {
  [nats, redisServer] = await Promise.all([startNats(), startRedis()]);
  nc = await connect({ servers: nats.url });
  redis = new Redis(redisServer.url);
  network = await startJetnet(["network", "--nats", nats.url, "--metrics-addr", "off", "--name", "net-0"]);
  const args = (i: number) => [
    "ipam",
    ...["--nats", nats.url, "--redis", redisServer.url, "--metrics-addr", "off", "--name", `ipam-${i}`],
    ...[
      "--gc-grace",
      String(gcGraceMs),
      "--gc-interval",
      "1000",
      "--recovery-grace",
      String(recoveryGraceMs),
    ],
  ];
  replicas.push(...(await Promise.all([0, 1, 2].map((i) => startJetnet(args(i))))));
  client = new JetnetClient(nc, { timeoutMs: 10_000 });
  attachments = await openStore(nc, { bucket: Bucket.Attachments, codec: attachmentCodec, bindOnly: true });
}, 120_000);

afterAll(async () => {
  await Promise.all([...replicas, ...(network ? [network] : [])].map((s) => s.stop()));
  redis?.disconnect();
  await nc?.close();
  await Promise.all([nats?.stop(), redisServer?.stop()]);
});

describe("ipam under churn, SIGKILLs and Redis data loss", () => {
  it("converges to no duplicates, no leaked leases and every attachment addressed where there is room", async () => {
    const seed = Number(process.env.JETNET_CHAOS_SEED ?? Date.now() % 1_000_000);
    console.log(`chaos: seed ${seed} (replay with JETNET_CHAOS_SEED=${seed})`);
    const rand = rng(seed);
    for (const s of plan)
      await client.subnets(s.ns).create({ meta: { name: s.name }, spec: { vni: s.vni, cidr: s.cidr } });
    await eventually(async () => {
      for (const ns of ["ca", "cb"])
        if ((await client.subnets(ns).list()).items.some((i) => !i.value.status?.validated)) return undefined;
      return true;
    });

    const started = Date.now();
    const stopAt = started + churnMs;
    const live = new Set<string>();
    const busy = new Set<string>();
    const counts = { creates: 0, deletes: 0, errors: 0, kills: 0, flushes: 0 };
    const errorSamples: string[] = [];
    const churn = async () => {
      while (Date.now() < stopAt) {
        const s = plan[rand(plan.length)]!;
        const name = `${s.name}-${rand(s.pool)}`;
        const key = `${s.ns}/${name}`;
        if (busy.has(key)) continue;
        busy.add(key);
        try {
          if (live.has(key)) {
            await client.attachments(s.ns).delete(name);
            live.delete(key);
            counts.deletes++;
          } else {
            await client
              .attachments(s.ns)
              .create({ meta: { name }, spec: { node: `node${rand(4)}`, subnet: s.name } });
            live.add(key);
            counts.creates++;
          }
        } catch (err) {
          counts.errors++;
          if (errorSamples.length < 5) errorSamples.push(`${key}: ${(err as Error).message}`);
          // The outcome of a failed request is unknown; ask the store what happened.
          const now = await attachments.get(`${s.ns}.${name}`).catch(() => undefined);
          if (now) live.add(key);
          else live.delete(key);
        } finally {
          busy.delete(key);
        }
      }
    };
    const restarting = new Set<Promise<void>>();
    const down = new Set<number>();
    const chaos = async () => {
      let flushed = false;
      while (Date.now() < stopAt) {
        await sleep(killEveryMs);
        if (!flushed && Date.now() - started >= flushAtMs) {
          flushed = true;
          await redis.flushall();
          counts.flushes++;
        }
        const up = [0, 1, 2].filter((i) => !down.has(i));
        const i = up[rand(up.length)];
        if (i === undefined) continue;
        down.add(i);
        counts.kills++;
        // restart() is SIGKILL, then relaunch and wait for "ready".
        const p: Promise<void> = replicas[i]!.restart().finally(() => {
          down.delete(i);
          restarting.delete(p);
        });
        restarting.add(p);
      }
    };
    // Invariant 2 holds at every instant, not only after the dust settles: sample it during the churn.
    const transient: string[] = [];
    let samples = 0;
    const sampler = async () => {
      while (Date.now() < stopAt) {
        await sleep(1_000);
        const snapshot = (await attachments.list()).items;
        samples++;
        transient.push(...duplicates(snapshot).map((d) => `at ${Date.now() - started} ms: ${d}`));
      }
    };
    await Promise.all([...Array.from({ length: workers }, churn), chaos(), sampler()]);
    await Promise.all([...restarting]);
    console.log(
      `chaos: ${JSON.stringify(counts)}, ${live.size} live at the end; errors e.g. ${JSON.stringify(errorSamples)}`,
    );
    // A restart takes seconds on a busy box, and a replica is not killed again while restarting.
    expect(counts.kills).toBeGreaterThanOrEqual(4);
    expect(counts.flushes).toBe(1);
    expect(counts.creates).toBeGreaterThan(500);
    expect(counts.deletes).toBeGreaterThan(200);
    expect(replicas.every((r) => r.running)).toBe(true);
    expect(samples).toBeGreaterThan(5);
    expect(transient.slice(0, 5)).toEqual([]);

    await sleep(gcGraceMs + recoveryGraceMs + 4_000);
    const quietFrom = Date.now();
    let last: string[] = ["never checked"];
    let items: Versioned<NetworkAttachment>[] = [];
    while (Date.now() - quietFrom < convergeMs) {
      items = (await attachments.list()).items.filter((a) =>
        ["ca", "cb"].includes(a.value.meta?.namespace ?? ""),
      );
      last = violations(items, await readLeases(redis));
      if (last.length === 0) break;
      await sleep(500);
    }
    console.log(
      `chaos: converged ${last.length === 0 ? "" : "NOT "}${((Date.now() - quietFrom) / 1000).toFixed(1)} s after the quiet period; ` +
        `${items.length} attachments, ${items.filter((a) => a.value.status?.ip).length} addressed`,
    );
    expect(last.slice(0, 8)).toEqual([]);
    // The model the churn kept agrees with the store: nothing acknowledged was lost.
    expect(new Set(items.map((a) => `${a.value.meta?.namespace}/${a.value.meta?.name}`))).toEqual(live);
  }, 180_000);
});
