import type { NatsConnection } from "@nats-io/nats-core";
import { connect } from "@nats-io/transport-node";
import pino from "pino";
import { expect } from "vitest";
import { JetnetClient } from "../../../lib/api/client.js";
import { Bucket } from "../../../lib/api/subjects.js";
import { attachmentCodec, type NetworkAttachment } from "../../../lib/codec.js";
import { formatIPv4 } from "../../../lib/net/cidr.js";
import { seededInts } from "../../../lib/random.js";
import { commonConfig } from "../../../lib/service/config.js";
import { closeRedis, connectRedis, type RedisClient, redisMasters } from "../../../lib/service/index.js";
import { openStore } from "../../../lib/store/store.js";
import type { ObjectStore, Versioned } from "../../../lib/store/types.js";
import { type JetnetProcess, type NatsServer, startJetnet, startNats } from "../../harness/index.js";
import { eventually } from "./system.js";

/**
 * Attachment churn from several ipam replicas against a Redis that fails over underneath
 * (Cluster or Sentinel; the test decides when and how). The invariants are DESIGN.md's 2-5:
 * no (VNI, IP) in two live statuses at any sampled instant, and after the grace periods no
 * leaked lease and every attachment addressed (the subnets have room for all).
 */

export const gcGraceMs = 3_000;
export const recoveryGraceMs = 7_500;
const workers = 8;
const namespaces = ["fa", "fb"];
/** Six VNIs, so that every master of a 3-master Cluster holds some of them. */
const subnets = namespaces.flatMap((ns, n) =>
  [0, 1, 2].map((i) => ({ ns, name: `s${i}`, vni: 3000 + 10 * n + i, cidr: `10.${80 + 3 * n + i}.0.0/24` })),
);
const pool = 30;

export interface Counts {
  creates: number;
  deletes: number;
  errors: number;
  failovers: number;
  samples: number;
  /** Whole-dataset recoveries the ipam replicas started (their logs), over all replicas. */
  recoveries: number;
  /** Per finished recovery, "re-asserted VNIs/known VNIs" (only those on changed masters are redone). */
  reasserted: string[];
}

export interface FailoverSystem {
  readonly nats: NatsServer;
  readonly redis: RedisClient;
  readonly client: JetnetClient;
  readonly attachments: ObjectStore<NetworkAttachment>;
  readonly replicas: JetnetProcess[];
  stop(): Promise<void>;
}

/** NATS, `jetnet network` and three `jetnet ipam` processes on `redisUrl`, and the subnets. */
export async function startFailoverSystem(redisUrl: string): Promise<FailoverSystem> {
  const nats = await startNats();
  const procs: JetnetProcess[] = [];
  let nc: NatsConnection | undefined;
  let redis: RedisClient | undefined;
  const stop = async () => {
    await Promise.all(procs.map((p) => p.stop()));
    if (redis) await closeRedis(redis);
    await nc?.close();
    await nats.stop();
  };
  try {
    nc = await connect({ servers: nats.url });
    procs.push(
      await startJetnet(["network", "--nats", nats.url, "--metrics-addr", "off", "--name", "net-0"]),
    );
    const ipam = (i: number) => [
      ...["ipam", "--nats", nats.url, "--redis", redisUrl, "--redis-wait-replicas", "1"],
      ...["--metrics-addr", "off", "--name", `ipam-${i}`, "--gc-grace", String(gcGraceMs)],
      ...["--gc-interval", "1000", "--recovery-grace", String(recoveryGraceMs)],
    ];
    const replicas = await Promise.all([0, 1, 2].map((i) => startJetnet(ipam(i))));
    procs.push(...replicas);
    const cfg = commonConfig({
      nats: nats.url,
      redis: redisUrl,
      metricsAddr: "off",
      logLevel: "info",
      name: "t",
    });
    redis = await connectRedis(cfg.redis, { name: "failover-test", logger: pino({ level: "silent" }) });
    const client = new JetnetClient(nc, { timeoutMs: 10_000 });
    const attachments = await openStore(nc, {
      bucket: Bucket.Attachments,
      codec: attachmentCodec,
      bindOnly: true,
    });
    for (const s of subnets)
      await client.subnets(s.ns).create({ meta: { name: s.name }, spec: { vni: s.vni, cidr: s.cidr } });
    await eventually(async () => {
      for (const ns of namespaces)
        if ((await client.subnets(ns).list()).items.some((i) => !i.value.status?.validated)) return undefined;
      return true;
    });
    return { nats, redis, client, attachments, replicas, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const describeAttachment = (a: Versioned<NetworkAttachment>) =>
  `${a.key} uid=${a.value.meta?.uid} vni=${a.value.status?.vni} ip=${a.value.status?.ip || "-"}`;

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

function duplicates(items: readonly Versioned<NetworkAttachment>[]): string[] {
  return [...byAddress(items)]
    .filter(([, holders]) => holders.length > 1)
    .map(([k, holders]) => `duplicate ${k}: ${holders.map(describeAttachment).join(" | ")}`);
}

/** Every lease on every master, keyed `vni/ip`, valued by owner uid. */
async function readLeases(redis: RedisClient): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const node of redisMasters(redis)) {
    for (const key of await node.keys("jetnet:{*}:ip")) {
      const vni = /^jetnet:\{(\d+)\}:ip$/.exec(key)?.[1];
      if (vni === undefined) continue;
      for (const [ip, json] of Object.entries(await redis.hgetall(key)))
        out.set(`${vni}/${formatIPv4(Number(ip))}`, (JSON.parse(json) as { owner: string }).owner);
    }
  }
  return out;
}

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
  for (const a of items) if (!a.value.status?.ip) out.push(`no address: ${describeAttachment(a)}`);
  return out;
}

/**
 * A replica's log as one line per kind of entry (level, message, error), with its count and the
 * times of its first and last entry: what a failed convergence needs first (did a replica's Redis
 * client stay down, a recovery keep failing, the membership change?) in a few dozen lines
 * instead of megabytes of retried reconciles.
 */
export function summarizeLog(log: string): string[] {
  const kinds = new Map<string, { n: number; first: string; last: string }>();
  for (const line of log.split("\n")) {
    let e: { level?: number; time?: string; msg?: string; err?: string | { message?: string } };
    try {
      e = JSON.parse(line);
    } catch {
      continue;
    }
    const err = typeof e.err === "string" ? e.err : e.err?.message;
    const kind = `${e.level ?? "?"} ${e.msg ?? "?"}${err ? ` (${err.split("\n")[0]?.slice(0, 120)})` : ""}`;
    const time = e.time?.slice(11, 23) ?? "?";
    const k = kinds.get(kind);
    if (k) {
      k.n++;
      k.last = time;
    } else kinds.set(kind, { n: 1, first: time, last: time });
  }
  return [...kinds].map(([kind, k]) => `  ${String(k.n).padStart(6)} × ${kind}, ${k.first} to ${k.last}`);
}

/**
 * Runs the churn for `churnMs` while `faults` runs beside it (it returns the number of failovers
 * it caused), samples invariant 2 every 250 ms throughout, then waits out the grace periods and
 * checks the converged state. Returns the counts for the test to print and assert on.
 */
export async function churnThrough(
  sys: FailoverSystem,
  churnMs: number,
  faults: (started: number) => Promise<number>,
): Promise<Counts> {
  const seed = Number(process.env.JETNET_CHAOS_SEED ?? Date.now() % 1_000_000);
  console.log(`failover: seed ${seed} (replay with JETNET_CHAOS_SEED=${seed})`);
  const rand = seededInts(seed);
  const started = Date.now();
  const stopAt = started + churnMs;
  const live = new Set<string>();
  const busy = new Set<string>();
  const counts: Counts = {
    creates: 0,
    deletes: 0,
    errors: 0,
    failovers: 0,
    samples: 0,
    recoveries: 0,
    reasserted: [],
  };
  const churn = async () => {
    while (Date.now() < stopAt) {
      const s = subnets[rand(subnets.length)]!;
      const name = `${s.name}-${rand(pool)}`;
      const key = `${s.ns}/${name}`;
      if (busy.has(key)) continue;
      busy.add(key);
      try {
        if (live.has(key)) {
          await sys.client.attachments(s.ns).delete(name);
          live.delete(key);
          counts.deletes++;
        } else {
          await sys.client.attachments(s.ns).create({ meta: { name }, spec: { node: "n0", subnet: s.name } });
          live.add(key);
          counts.creates++;
        }
      } catch {
        counts.errors++;
        // The outcome of a failed request is unknown; ask the store what happened.
        const now = await sys.attachments.get(`${s.ns}.${name}`).catch(() => undefined);
        if (now) live.add(key);
        else live.delete(key);
      } finally {
        busy.delete(key);
      }
    }
  };
  const transient: string[] = [];
  let sampling = true;
  const sampler = async () => {
    while (sampling) {
      // A list that times out on a loaded machine is no sample; the next one is.
      const items = await sys.attachments.list().then(
        (l) => l.items,
        () => undefined,
      );
      if (items) {
        counts.samples++;
        transient.push(...duplicates(items).map((d) => `at ${Date.now() - started} ms: ${d}`));
      }
      await sleep(250);
    }
  };
  const sampled = sampler();
  const [failovers] = await Promise.all([faults(started), ...Array.from({ length: workers }, churn)]);
  counts.failovers = failovers;

  // Quiet: GC may release a lease once it looked orphaned for its grace; recovery waits its own.
  await sleep(gcGraceMs + recoveryGraceMs + 3_000);
  const quietFrom = Date.now();
  let last = ["never checked"];
  let items: Versioned<NetworkAttachment>[] = [];
  while (Date.now() - quietFrom < 45_000) {
    try {
      items = (await sys.attachments.list()).items;
      last = violations(items, await readLeases(sys.redis)).slice(0, 8);
    } catch (err) {
      // The test's own client may be reconnecting after the failover (ioredis follows it too),
      // or may have given up ("Connection is closed"): then it connects again, through the
      // sentinels or the cluster's nodes as at the start.
      last = [`could not read the state: ${(err as Error).message}`];
      if (sys.redis.status === "end") await sys.redis.connect().catch(() => undefined);
    }
    if (last.length === 0) break;
    await sleep(500);
  }
  sampling = false;
  await sampled;
  counts.recoveries = sys.replicas.reduce((n, r) => n + (r.log().match(/Redis lost data/g) ?? []).length, 0);
  for (const r of sys.replicas)
    for (const m of r.log().matchAll(/"vnis":(\d+),"of":(\d+),"msg":"re-asserting the affected VNIs"/g))
      counts.reasserted.push(`${m[1]}/${m[2]}`);
  console.log(
    `failover: ${JSON.stringify(counts)} in ${((Date.now() - started) / 1000).toFixed(1)} s; ` +
      `${items.length} attachments, ${items.filter((i) => i.value.status?.ip).length} addressed; ` +
      `converged ${last.length === 0 ? "" : "NOT "}${((Date.now() - quietFrom) / 1000).toFixed(1)} s after the quiet period`,
  );
  if (last.length > 0)
    for (const [i, r] of sys.replicas.entries())
      console.log(`failover: ipam-${i} log, by message:\n${summarizeLog(r.log()).join("\n")}`);
  expect(transient.slice(0, 5)).toEqual([]);
  expect(last).toEqual([]);
  expect(new Set(items.map((i) => `${i.value.meta?.namespace}/${i.value.meta?.name}`))).toEqual(live);
  expect(sys.replicas.every((r) => r.running)).toBe(true);
  return counts;
}
