/**
 * What IPAM costs, in one run, against baselines measured in the same run:
 *
 * (a) leases: LeaseStore.allocate (the allocate Lua script, validation, span arithmetic) over one
 *     ioredis connection with `leaseInFlight` promises pending, many owners over a /16 in one fresh VNI
 *     per round, vs raw `SET key value NX` of a lease-sized value on the same connection with the
 *     same concurrency. LeaseStore sends allocations of one subnet requested in the same turn of
 *     the event loop as one script call (up to 256), as it does in the service; the raw path is
 *     pipelined likewise. Target: the scripts keep >= 0.5 of the raw rate (informational).
 * (a') the same on a Redis Cluster of 3 masters through ioredis's Cluster client, each round's
 *     allocations (and SET NX keys) spread over 24 VNIs (hash tags), so every master takes a share.
 * (b) the whole service: attachment create -> status.ip through real processes (nats-server,
 *     redis-server, `jetnet network`, `jetnet ipam` x replicas), vs raw pipelined kv.put of an
 *     attachment-sized value into a fresh bucket on the same nats-server. Creates go through the
 *     SDK with `createInFlight` pending, after a discarded warm-up of `warmPerReplica` attachments
 *     per ipam replica, created and addressed. The rate is attachments over the span from the first spec
 *     write to the last address write (server stamps, one clock); create->address latency is the
 *     per-attachment gap between the two stamps. Each attachment costs at least two KV writes
 *     (create, status), so ~0.5 of the raw put rate is the ceiling. "writes/att" counts the
 *     attachment bucket's messages per attachment: 2 is the minimum, more is replicas racing.
 *     Two more rows split that rate: "creates acked" is the network service's front door (ipam running beside it),
 *     and "backlog drain" is ipam alone: as many attachments again, created while the ipam
 *     processes are paused (SIGSTOP), then addressed once they are resumed together (SIGCONT;
 *     rate over the span of their address writes). Paused, not restarted: replicas that start
 *     together each work every VNI for their first membership interval (membership.ts, rule 3),
 *     and a backlog of a few thousand was drained within it, so a restart measured x3 as three
 *     replicas racing; resumed, they are settled and each works its share.
 *     Configurations: ipam x1, x3 dividing the VNIs between them (the default), and x3 with
 *     `--divide-work=false` (every replica races on every attachment); a last table puts each
 *     x3 beside x1 as a ratio.
 *
 * Prints; asserts nothing about time. Usage: tsx bench/ipam.bench.ts [--quick] [--json <file>]
 */
import { randomUUID } from "node:crypto";
import { cpus, loadavg } from "node:os";
import { jetstream, jetstreamManager } from "@nats-io/jetstream";
import { Kvm } from "@nats-io/kv";
import type { NatsConnection } from "@nats-io/nats-core";
import { connect } from "@nats-io/transport-node";
import { Redis } from "ioredis";
import pino from "pino";
import { JetnetClient } from "../lib/api/client.js";
import { Bucket, Section } from "../lib/api/subjects.js";
import { attachmentCodec, type NetworkAttachment } from "../lib/codec.js";
import { LeaseStore } from "../lib/ipam/leases.js";
import {
  type JetnetProcess,
  startJetnet,
  startNats,
  startRedis,
  startRedisCluster,
} from "../lib/servers/index.js";
import { commonConfig } from "../lib/service/config.js";
import { closeRedis, connectRedis, type RedisClient } from "../lib/service/index.js";
import { maxOf, median, minOf, opsPerSecond, percentile } from "../lib/stats.js";
import { openStore } from "../lib/store/store.js";
import { nowUs } from "../lib/time.js";
import { parseBenchArgs } from "./lib/args.js";
import { runBench, writeResults } from "./lib/run.js";
import { formatMs, formatRate, formatTable } from "./lib/table.js";

const targetLeaseRatio = 0.5;
const leaseInFlight = 1_000;
const createInFlight = 500;
/** Attachments created and addressed per ipam replica before measuring (see measureService). */
const warmPerReplica = 3_000;
const putBatch = 500;
/** An ipam replica is ready once its informers hold every attachment: 20,000 on a busy box take a while. */
const startTimeoutMs = 180_000;

interface Workload {
  readonly leaseRounds: number;
  readonly leasesPerRound: number;
  readonly serviceRounds: number;
  readonly attachments: number;
}

/** One whole-service configuration: how many ipam processes, and whether they divide the VNIs. */
interface ServiceConfig {
  readonly label: string;
  readonly replicas: number;
  /** Replicas divide the VNIs between them (the default); false: each works every VNI. */
  readonly divide: boolean;
}

const x1 = "ipam x1";
const x3 = "ipam x3 (dividing VNIs)";
const configs: readonly ServiceConfig[] = [
  { label: x1, replicas: 1, divide: true },
  { label: x3, replicas: 3, divide: true },
  { label: "ipam x3 (--divide-work=false)", replicas: 3, divide: false },
];

/**
 * 24 subnets of /21 (2,045 addresses each) in 24 VNIs: room for the warm-up and both waves of
 * attachments, and VNIs enough that three replicas get about equal shares (with 8, one could own half).
 */
const subnets = Array.from({ length: 24 }, (_, i) => ({
  name: `s${i}`,
  vni: 100 + i,
  cidr: `10.${100 + i}.0.0/21`,
}));

const rotate = <T>(xs: readonly T[], by: number): T[] => xs.map((_, i) => xs[(i + by) % xs.length]!);

async function inBatches(n: number, size: number, op: (i: number) => Promise<unknown>): Promise<number> {
  const start = performance.now();
  for (let base = 0; base < n; base += size) {
    const batch: Promise<unknown>[] = [];
    for (let i = base; i < Math.min(n, base + size); i++) batch.push(op(i));
    await Promise.all(batch);
  }
  return performance.now() - start;
}

interface LeaseResult {
  luaRates: number[];
  rawRates: number[];
  ratio: number;
}

/** Where the lease rows run: a Redis connection, how many VNIs a round spreads over, cleanup. */
interface LeaseTarget {
  readonly label: string;
  readonly redis: RedisClient;
  /** VNIs per round: 1 on one server; on a Cluster enough to land on every master. */
  readonly spread: number;
  stop(): Promise<void>;
}

async function singleServer(): Promise<LeaseTarget> {
  const server = await startRedis();
  const redis = new Redis(server.url);
  return {
    label: "",
    redis,
    spread: 1,
    async stop() {
      redis.disconnect();
      await server.stop();
    },
  };
}

/** (a'): a Redis Cluster of 3 masters (no replicas) through ioredis's Cluster client. */
async function threeMasters(): Promise<LeaseTarget> {
  const cluster = await startRedisCluster({ masters: 3, replicas: 0 });
  const cfg = commonConfig({
    nats: "nats://127.0.0.1:4222",
    redis: cluster.url,
    metricsAddr: "off",
    logLevel: "info",
    name: "bench",
  });
  const redis = await connectRedis(cfg.redis, { name: "bench", logger: pino({ level: "silent" }) });
  return {
    label: ", Cluster x3",
    redis,
    spread: 24,
    async stop() {
      await closeRedis(redis);
      await cluster.stop();
    },
  };
}

/** (a): one connection; fresh VNIs (and key space) per round. */
async function measureLeases(
  work: Workload,
  log: (s: string) => void,
  open: () => Promise<LeaseTarget>,
): Promise<LeaseResult> {
  const { label, redis, spread, stop } = await open();
  try {
    const leases = new LeaseStore(redis);
    const subnet = { base: 0x0a000000, prefix: 16, excludes: [] };
    const value = JSON.stringify({
      owner: randomUUID(),
      ref: "bench/a-000000",
      seq: 1,
      since: Date.now(),
      subnet: "10.0.0.0/16",
    });
    let vni = 0;
    const lua = async (n: number) => {
      const base = vni + 1;
      vni += spread;
      for (let v = base; v <= vni; v++) await leases.markIntact(v);
      const ips = new Set<string>();
      const ms = await inBatches(n, leaseInFlight, async (i) => {
        const v = base + (i % spread);
        const r = await leases.allocate({ vni: v, subnet, owner: `owner-${v}-${i}`, ref: `bench/a-${i}` });
        if (!r.ok) throw new Error(`allocation ${i} in VNI ${v} failed: ${r.reason}`);
        ips.add(`${v}/${r.ip}`);
      });
      if (ips.size !== n) throw new Error(`${n} allocations returned ${ips.size} distinct addresses`);
      return opsPerSecond(n, ms);
    };
    const raw = async (n: number) => {
      const base = vni + 1;
      vni += spread;
      const ms = await inBatches(n, leaseInFlight, async (i) => {
        const key = `bench:{${base + (i % spread)}}:k:${i}`;
        if ((await redis.set(key, value, "NX")) !== "OK") throw new Error(`SET NX ${i} refused`);
      });
      return opsPerSecond(n, ms);
    };
    await lua(Math.ceil(work.leasesPerRound / 10));
    await raw(Math.ceil(work.leasesPerRound / 10));
    const luaRates: number[] = [];
    const rawRates: number[] = [];
    for (let round = 0; round < work.leaseRounds; round++) {
      for (const path of rotate(["lua", "raw"] as const, round)) {
        if (path === "lua") luaRates.push(await lua(work.leasesPerRound));
        else rawRates.push(await raw(work.leasesPerRound));
      }
      log(
        `leases${label} round ${round + 1}/${work.leaseRounds}: allocate ${formatRate(luaRates.at(-1)!)}/s, SET NX ${formatRate(rawRates.at(-1)!)}/s`,
      );
    }
    return { luaRates, rawRates, ratio: median(luaRates.map((r, i) => r / rawRates[i]!)) };
  } finally {
    await stop();
  }
}

interface ServiceRound {
  rawPutRate: number;
  /** Attachments per second from the first spec write to the last address write. */
  rate: number;
  /** Creates acknowledged per second by the network service. */
  ackRate: number;
  /** Backlog addressed per second by ipam alone. */
  drainRate: number;
  p50Ms: number;
  p99Ms: number;
  writesPerAttachment: number;
  wallS: number;
}

function sampleAttachment(): NetworkAttachment {
  const now = nowUs();
  return {
    meta: {
      namespace: "bench",
      name: "s3-a004711",
      uid: randomUUID(),
      createTimeUs: now,
      writeTimesUs: { spec: now, [Section.Address]: now },
      generation: 1,
    },
    spec: { node: "node-17", subnet: "s3" },
    status: {
      ip: "10.103.18.103",
      vni: 103,
      leaseSeq: 4712,
      mac: "02:00:67:0a:67:12",
      subnetUid: randomUUID(),
      ipamErrors: [],
    },
  };
}

async function rawPutRate(nc: NatsConnection, n: number, bucket: string): Promise<number> {
  const kv = await new Kvm(jetstream(nc)).create(bucket, { history: 1, replicas: 1 });
  const bytes = attachmentCodec.encode(sampleAttachment());
  try {
    const ms = await inBatches(n, putBatch, (i) => kv.put(`bench.a${i}`, bytes));
    return opsPerSecond(n, ms);
  } finally {
    await kv.destroy();
  }
}

/** (b): a fresh system per round, torn down afterwards (also on error). */
async function measureService(cfg: ServiceConfig, n: number, round: number): Promise<ServiceRound> {
  const [nats, redis] = await Promise.all([startNats(), startRedis()]);
  const procs: JetnetProcess[] = [];
  let nc: NatsConnection | undefined;
  try {
    procs.push(await startJetnet(["network", "--nats", nats.url, "--metrics-addr", "off"], startTimeoutMs));
    const ipamArgs = [
      "ipam",
      "--nats",
      nats.url,
      "--redis",
      redis.url,
      "--metrics-addr",
      "off",
      "--divide-work",
      String(cfg.divide),
    ];
    const startIpam = () =>
      Promise.all(Array.from({ length: cfg.replicas }, () => startJetnet(ipamArgs, startTimeoutMs)));
    const ipam = await startIpam();
    procs.push(...ipam);
    nc = await connect({ servers: nats.url });
    const rawRate = await rawPutRate(nc, n, `bench-raw-${round}`);
    const client = new JetnetClient(nc, { timeoutMs: 30_000 });
    for (const s of subnets)
      await client.subnets("bench").create({ meta: { name: s.name }, spec: { vni: s.vni, cidr: s.cidr } });
    await waitFor(
      async () => (await client.subnets("bench").list()).items.every((i) => i.value.status?.validated),
      30_000,
      "subnets validated",
    );
    const store = await openStore(nc, { bucket: Bucket.Attachments, codec: attachmentCodec, bindOnly: true });
    const createAll = async (prefix: string, count = n) => {
      let next = 0;
      const creator = async () => {
        while (next < count) {
          const i = next++;
          const s = subnets[i % subnets.length]!;
          const meta = { name: `${prefix}${s.name}-a${i}` };
          await client
            .attachments("bench")
            .create({ meta, spec: { node: `node-${i % 50}`, subnet: s.name } });
        }
      };
      await Promise.all(Array.from({ length: createInFlight }, creator));
    };
    const addressed = async (prefix: string, count = n) => {
      let items: NetworkAttachment[] = [];
      await waitFor(
        async () => {
          items = (await store.list()).items
            .map((i) => i.value)
            .filter((a) => a.meta?.name?.startsWith(prefix));
          return items.length === count && items.every((a) => a.status?.ip);
        },
        180_000,
        `${count} attachments addressed`,
      );
      return items;
    };

    // Warm-up, discarded: a fresh process needs a few thousand requests before its hot paths
    // are compiled, and replicas that share the work each get a share of them, so every ipam
    // replica sees about as many as one alone would (the measured creates were the first work of
    // cold processes before, which charged x3 three times the compiling per attachment).
    const warm = warmPerReplica * cfg.replicas;
    await createAll("w-", warm);
    await addressed("w-", warm);
    const jsm = await jetstreamManager(nc);
    const warmWrites = (await jsm.streams.info(`KV_${Bucket.Attachments}`)).state.messages;

    const started = performance.now();
    await createAll("e-");
    const ackRate = opsPerSecond(n, performance.now() - started);
    const items = await addressed("e-");
    const wallS = (performance.now() - started) / 1000;
    const spec = items.map((a) => a.meta?.writeTimesUs?.[Section.Spec] ?? 0);
    const addr = items.map((a) => a.meta?.writeTimesUs?.[Section.Address] ?? 0);
    const spanUs = maxOf(addr) - minOf(spec);
    const latenciesMs = items.map((_, i) => (addr[i]! - spec[i]!) / 1000);
    const info = await jsm.streams.info(`KV_${Bucket.Attachments}`);

    // ipam alone: a backlog created while its processes are paused, addressed once they go on.
    for (const p of ipam) process.kill(p.pid, "SIGSTOP");
    try {
      await createAll("d-");
    } finally {
      for (const p of ipam) process.kill(p.pid, "SIGCONT");
    }
    const drained = (await addressed("d-")).map((a) => a.meta?.writeTimesUs?.[Section.Address] ?? 0);
    return {
      rawPutRate: rawRate,
      rate: opsPerSecond(n, spanUs / 1000),
      ackRate,
      drainRate: opsPerSecond(n, (maxOf(drained) - minOf(drained)) / 1000),
      p50Ms: percentile(latenciesMs, 50),
      p99Ms: percentile(latenciesMs, 99),
      writesPerAttachment: (info.state.messages - warmWrites) / n,
      wallS,
    };
  } finally {
    await nc?.close();
    await Promise.all(procs.map((p) => p.stop()));
    await Promise.all([nats.stop(), redis.stop()]);
  }
}

async function waitFor(probe: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/**
 * What three replicas add: per operation, the median rate at x1, at x3 dividing the VNIs and at
 * x3 each working every VNI, and each x3 over x1 (a ratio of medians; > 1: the replicas add
 * throughput).
 */
function scalingRows(service: ReadonlyMap<string, ServiceRound[]>): {
  rows: string[][];
  ratios: Record<string, { x3Dividing: number; x3All: number }>;
} {
  const [one, dividing, all] = configs.map((c) => service.get(c.label) ?? []);
  const ops: [string, (r: ServiceRound) => number][] = [
    ["create -> status.ip (att/s)", (r) => r.rate],
    ["backlog drain, ipam alone (att/s)", (r) => r.drainRate],
    ["creates acked (att/s)", (r) => r.ackRate],
  ];
  const rows: string[][] = [];
  const ratios: Record<string, { x3Dividing: number; x3All: number }> = {};
  // Each system's own raw put rate factors out how busy the machine was during its round.
  const vsRaw = (rs: readonly ServiceRound[] | undefined, f: (r: ServiceRound) => number) =>
    median((rs ?? []).map((r) => f(r) / r.rawPutRate));
  for (const [label, f] of ops) {
    const base = median((one ?? []).map(f));
    const d = median((dividing ?? []).map(f));
    const a = median((all ?? []).map(f));
    ratios[label] = { x3Dividing: d / base, x3All: a / base };
    rows.push([
      label,
      formatRate(base),
      formatRate(d),
      (d / base).toFixed(2),
      (vsRaw(dividing, f) / vsRaw(one, f)).toFixed(2),
      formatRate(a),
      (a / base).toFixed(2),
    ]);
  }
  return { rows, ratios };
}

async function main(): Promise<void> {
  const args = parseBenchArgs();
  const work: Workload = args.quick
    ? { leaseRounds: 3, leasesPerRound: 10_000, serviceRounds: 1, attachments: 2_000 }
    : { leaseRounds: 5, leasesPerRound: 50_000, serviceRounds: 2, attachments: 10_000 };
  const begun = performance.now();
  const log = (s: string) => console.log(s);
  console.log(
    `bench:ipam: node ${process.version}, ${cpus().length} cores, load average ${loadavg()[0]!.toFixed(1)} at start; leases: ${work.leaseRounds} rounds x ${work.leasesPerRound} allocations, ` +
      `${leaseInFlight} in flight; service: ${work.serviceRounds} round(s) x ${work.attachments} attachments ` +
      `over ${subnets.length} /21 subnets in as many VNIs, ${createInFlight} creates in flight`,
  );
  const leases = await measureLeases(work, log, singleServer);
  const clusterLeases = await measureLeases(work, log, threeMasters);

  const service = new Map<string, ServiceRound[]>();
  for (let round = 0; round < work.serviceRounds; round++) {
    for (const cfg of rotate(configs, round)) {
      const r = await measureService(cfg, work.attachments, round);
      service.set(cfg.label, [...(service.get(cfg.label) ?? []), r]);
      log(
        `service round ${round + 1}/${work.serviceRounds} ${cfg.label}: ${formatRate(r.rate)} att/s ` +
          `(raw put ${formatRate(r.rawPutRate)}/s), p50 ${formatMs(r.p50Ms)} ms, p99 ${formatMs(r.p99Ms)} ms, ` +
          `${r.writesPerAttachment.toFixed(2)} writes/att, ${r.wallS.toFixed(1)} s wall; ` +
          `creates acked ${formatRate(r.ackRate)}/s, backlog drain ${formatRate(r.drainRate)}/s`,
      );
    }
  }

  console.log("\nops/s: median of rounds; vs raw: median of per-round ratios\n");
  const leaseRows = [
    [
      "leases",
      "LeaseStore.allocate (Lua)",
      formatRate(median(leases.luaRates)),
      leases.ratio.toFixed(2),
      "",
      "",
      "",
    ],
    ["leases", "SET NX (raw)", formatRate(median(leases.rawRates)), "1", "", "", ""],
    [
      "leases",
      "LeaseStore.allocate, Cluster x3",
      formatRate(median(clusterLeases.luaRates)),
      clusterLeases.ratio.toFixed(2),
      "",
      "",
      "",
    ],
    ["leases", "SET NX (raw), Cluster x3", formatRate(median(clusterLeases.rawRates)), "1", "", "", ""],
  ];
  const serviceRows = configs.flatMap((cfg) => {
    const rs = service.get(cfg.label) ?? [];
    const rate = (f: (r: ServiceRound) => number) => formatRate(median(rs.map(f)));
    const ratio = (f: (r: ServiceRound) => number) => median(rs.map((r) => f(r) / r.rawPutRate)).toFixed(2);
    return [
      [
        "service",
        `create -> status.ip, ${cfg.label}`,
        formatRate(median(rs.map((r) => r.rate))),
        median(rs.map((r) => r.rate / r.rawPutRate)).toFixed(2),
        formatMs(median(rs.map((r) => r.p50Ms))),
        formatMs(median(rs.map((r) => r.p99Ms))),
        median(rs.map((r) => r.writesPerAttachment)).toFixed(2),
      ],
      [
        "service",
        "  creates acked (network front door)",
        rate((r) => r.ackRate),
        ratio((r) => r.ackRate),
        "",
        "",
        "",
      ],
      [
        "service",
        "  backlog drain (ipam alone)",
        rate((r) => r.drainRate),
        ratio((r) => r.drainRate),
        "",
        "",
        "",
      ],
      ["service", "  kv.put (raw, same server)", rate((r) => r.rawPutRate), "1", "", "", ""],
    ];
  });
  console.log(
    formatTable(
      [
        { header: "part" },
        { header: "operation" },
        { header: "ops/s", align: "right" },
        { header: "vs raw", align: "right" },
        { header: "p50 ms", align: "right" },
        { header: "p99 ms", align: "right" },
        { header: "writes/att", align: "right" },
      ],
      [...leaseRows, ...serviceRows],
    ),
  );
  const meetsTarget = leases.ratio >= targetLeaseRatio;
  console.log(
    `\ntarget: allocate keeps >= ${targetLeaseRatio} of raw SET NX (informational): ` +
      `${leases.ratio.toFixed(2)} ${meetsTarget ? "ok" : "BELOW TARGET"}`,
  );
  const scaling = scalingRows(service);
  console.log(
    `\nreplicas: x3 (dividing VNIs, the default) against x1, and x3 with every replica working every VNI\n`,
  );
  console.log(
    formatTable(
      [
        { header: "operation" },
        { header: x1, align: "right" },
        { header: "x3 dividing", align: "right" },
        { header: "x3/x1", align: "right" },
        { header: "x3/x1 of vs-raw", align: "right" },
        { header: "x3 not dividing", align: "right" },
        { header: "x3/x1", align: "right" },
      ],
      scaling.rows,
    ),
  );
  await writeResults(args, "ipam", {
    scaling: scaling.ratios,
    config: { ...work, leaseInFlight, createInFlight, putBatch, targetLeaseRatio },
    leases,
    clusterLeases,
    service: Object.fromEntries(service),
    meetsTarget,
  });
  console.log(
    `done in ${((performance.now() - begun) / 1000).toFixed(1)} s; load average ${loadavg()[0]!.toFixed(1)}`,
  );
}

runBench(main);
