/**
 * How mappings reach the agents that need them, at 100 and 1,000 hollow agents (quick: 50, 200).
 *
 * Everything runs as real processes on one box: nats-server, redis-server, `jetnet network`
 * (with ipam and mapping inside, as `jetnet up` runs them), and `jetnet agent --hollow`
 * processes holding the N agents (each with its own NATS connection and logger fabric): one process below 500 agents, else two
 * with disjoint node ranges (`--hollow-first`), one per core. The agents are observed from
 * outside through their /metrics endpoints (summed), so the measurement does not share their
 * event loops. The fleet stands for a thousand other machines: it runs at niceness 10
 * (`--fleet-nice`), so it takes the cores the control plane leaves rather than half of them
 * (at 0, as before, the batch's creates took 2.6-4.6 s instead of 1.2-1.4 s while the fleet
 * applied its 400,000 remote entries).
 *
 * (a) cold start: spawn of the hollow processes to their "ready" log lines (every agent has taken its
 *     first snapshot); measured empty, and again after the batch (restart with data: also the
 *     time until the fabrics hold every entry again).
 * (b) a batch of attachments (power-law over 20 VNIs, nodes picked at random): attachments
 *     implemented (status.ifName set) per second, from the first spec write to the last impl
 *     write (server stamps), and create -> implemented p50/p99.
 *     Beside it, the CPU each process spent on the batch (agents, nats-server, redis-server,
 *     network with ipam and mapping inside; from /proc and the agents' metrics) up to every fabric complete: on
 *     one box the simulated fleet shares the cores with the control plane.
 * (c) create -> remote entry on every relevant agent: the agents' histogram
 *     jetnet_agent_client_write_to_remote_ifc_seconds{trigger="attachment"}, quantiles
 *     interpolated within buckets. Reported apart: trigger="vni_relevance", the older mappings a
 *     node receives when it gets its first attachment in a VNI, from that attachment's create.
 * (d) irrelevant deliveries: remote entries held (gauge) against what the nodes need (computed
 *     from the placements), and VNIs followed against (node, VNI) pairs with a local attachment;
 *     also the agents' jetnet_agent_irrelevant_remote_entries_total counter.
 * (e) agent memory per remote mapping: heap (and RSS) of the hollow processes after the batch minus
 *     before, over the remote entries held; each heap sample follows a full collection (the
 *     hollow processes run with --expose-gc and collect on SIGUSR2), the minimum of several.
 * Baseline from the same nats-server: pipelined KV put/s of a mapping-sized value.
 *
 * Prints; asserts nothing about time.
 * Goals (1,000 agents): the batch implemented at >= 1,000/s, and the steady p99 of (c')
 * <= 25 ms in every one of 5 runs: `--scale 1000 --runs 5` measures both and says how many runs met
 * each (a fresh fleet and control plane per run).
 *
 * Usage: tsx bench/dissemination.bench.ts [--quick] [--json <file>] [--scale <agents>] [--runs <n>]
 *          [--profile-dir <dir>] [--fleet-nice <n>]
 *   --scale        run one fleet size instead of the default two
 *   --runs         measure each fleet size this many times (default 1) and sum the goals up
 *   --profile-dir  write CPU profiles (node --cpu-prof) and the logs of every jetnet process there
 *   --fleet-nice   niceness of the hollow agent processes (default 10; 0: the control plane's own)
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { NatsConnection } from "@nats-io/nats-core";
import { connect } from "@nats-io/transport-node";
import { JetnetClient } from "../lib/api/client.js";
import { feedEntries } from "../lib/api/feed-batch.js";
import { Bucket, feedSubject, Projection, Section } from "../lib/api/subjects.js";
import { attachmentCodec, mappingCodec, type NetworkAttachment } from "../lib/codec.js";
import { invalid } from "../lib/errors.js";
import { seededRng } from "../lib/random.js";
import {
  freePort,
  type JetnetProcess,
  type NatsServer,
  type RedisServer,
  startJetnet,
  startNats,
  startRedis,
} from "../lib/servers/index.js";
import { maxOf, minOf, opsPerSecond, percentile } from "../lib/stats.js";
import { openStore } from "../lib/store/store.js";
import type { ObjectStore } from "../lib/store/types.js";
import { parseBenchArgs } from "./lib/args.js";
import { cpuMs } from "./lib/proc.js";
import { bucketQuantile, buckets, scrape, total } from "./lib/prometheus.js";
import { pipelineDepth, rawKvPutRate } from "./lib/raw.js";
import { runBench, writeResults } from "./lib/run.js";
import { formatMs, formatRate } from "./lib/table.js";

const vniCount = 20;
/** Goals at 1,000 agents: see the file comment. */
const burstGoalPerSec = 1000;
const steadyP99GoalMs = 25;
const createInFlight = 100;
/** Fleets this large run in `hollowProcesses` agent processes (see measureScale). */
const hollowPerProcess = 500;
const hollowProcesses = 2;

interface Workload {
  readonly scales: readonly number[];
  readonly attachments: number;
  /** Niceness of the hollow agent processes. */
  readonly fleetNice: number;
}

const defaultFleetNice = 10;

/** `n` items over `k` VNIs by Zipf (exponent 1), largest first; sums to n. */
function zipf(n: number, k: number): number[] {
  const w = Array.from({ length: k }, (_, i) => 1 / (i + 1));
  const sum = w.reduce((x, y) => x + y, 0);
  const sizes = w.map((x) => Math.floor((n * x) / sum));
  for (let i = 0; sizes.reduce((x, y) => x + y, 0) < n; i++) sizes[i % k]!++;
  return sizes;
}

interface Placement {
  readonly name: string;
  readonly vniIndex: number;
  readonly node: string;
}

/** What the nodes need: remote entries summed over nodes, and (node, VNI) pairs followed. */
function expected(placements: readonly Placement[]) {
  const perVni = new Map<number, Map<string, number>>();
  for (const p of placements) {
    const nodes = perVni.get(p.vniIndex) ?? new Map<string, number>();
    nodes.set(p.node, (nodes.get(p.node) ?? 0) + 1);
    perVni.set(p.vniIndex, nodes);
  }
  let remote = 0;
  let pairs = 0;
  for (const nodes of perVni.values()) {
    const size = [...nodes.values()].reduce((x, y) => x + y, 0);
    for (const local of nodes.values()) remote += size - local;
    pairs += nodes.size;
  }
  return { remote, pairs };
}

async function waitFor<T>(what: string, timeoutMs: number, probe: () => Promise<T | undefined>): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < end) {
    try {
      const v = await probe();
      if (v !== undefined) return v;
    } catch (err) {
      last = err;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? `: ${String(last)}` : ""}`);
}

/** The smallest of a few samples of a gauge: heap and RSS move with garbage not yet collected. */
async function settledMin(
  urls: readonly string[],
  names: readonly string[],
  pids: readonly number[],
): Promise<number[]> {
  const mins = names.map(() => Number.POSITIVE_INFINITY);
  // The hollow processes run with --expose-gc and collect on SIGUSR2: each sample follows a
  // full collection, so the heap is live memory (the minimum of a few, as agents keep working).
  for (let i = 0; i < 6; i++) {
    for (const pid of pids) process.kill(pid, "SIGUSR2");
    await new Promise((r) => setTimeout(r, 300));
    const s = await scrape(urls);
    names.forEach((n, j) => {
      mins[j] = Math.min(mins[j]!, total(s, n));
    });
    await new Promise((r) => setTimeout(r, 500));
  }
  return mins;
}

/** A mapping as stored, the value of the baseline's puts. */
const mappingBytes = mappingCodec.encode({
  vni: 1234,
  ip: "10.1.2.3",
  mac: "06:1e:00:02:01:2c",
  hostIp: "100.64.3.7",
  namespace: "bench",
  name: "a-000123",
  uid: "4b1f6a2e-8c1d-4e57-9a3b-2f6d0c9e7a15",
  node: "node-123",
  sourceRevision: 123456,
  clientWriteUs: Date.now() * 1000,
});

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
/** Create -> remote entry, labelled by what it is measured from (services/agent/metrics.ts). */
const remoteHist = "jetnet_agent_client_write_to_remote_ifc_seconds";
const sec = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
/** A bucket quantile in ms; past the histogram's last bound only a lower limit is known. */
const quantileMs = (ms: number, lastBoundS: number) =>
  Number.isFinite(ms) ? formatMs(ms) : `> ${formatMs(lastBoundS * 1000)}`;

/** What the steps of one scale share: its servers, its agents and the figures gathered so far. */
interface Scale {
  readonly nodes: number;
  readonly work: Workload;
  readonly log: (s: string) => void;
  readonly profileDir: string | undefined;
  /** How long any one wait of this scale may take. */
  readonly timeoutMs: number;
  readonly nats: NatsServer;
  readonly redis: RedisServer;
  /** Every jetnet process started, in start order (stopped in reverse). */
  readonly procs: JetnetProcess[];
  /** The figures printed, for --json. */
  readonly result: Record<string, unknown>;
}

/** The hollow agent processes and where to scrape them. */
interface Fleet {
  readonly agents: JetnetProcess[];
  readonly metricsUrl: string[];
  /** Heap and RSS of the idle fleet, the baseline of (e). */
  readonly heap0: number;
  readonly rss0: number;
}

/** The batch of (b) and what the later steps measure it against. */
interface Batch {
  readonly client: JetnetClient;
  readonly store: ObjectStore<NetworkAttachment>;
  /** Placements of the steady creates of (c') are drawn from it too, after the batch's. */
  readonly rand: () => number;
  readonly placements: Placement[];
  readonly want: { remote: number; pairs: number };
  readonly attachments: number;
  /** performance.now() of the first create. */
  readonly started: number;
  /** The fleet's CPU seconds before the batch. */
  readonly cpu0: number;
  /** The control plane's CPU ms before the batch, by process (see planeCpuMs). */
  readonly plane0: Record<string, number>;
}

/** CPU ms so far of nats-server, redis-server and the network process (ipam and mapping inside). */
function planeCpuMs(sc: Scale): Record<string, number> {
  const [network] = sc.procs;
  const pids: Record<string, number> = {
    "nats-server": sc.nats.pid,
    "redis-server": sc.redis.pid,
    network: network?.pid ?? 0,
  };
  return Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, pid ? cpuMs(pid) : 0]));
}

const gauges = ["jetnet_nodejs_heap_size_used_bytes", "jetnet_process_resident_memory_bytes"];

/** Node options of a jetnet process: CPU profiles into --profile-dir, if given. */
const profileArgs = (sc: Scale, role: string) =>
  sc.profileDir === undefined
    ? []
    : ["--cpu-prof", "--cpu-prof-dir", join(sc.profileDir, `${sc.nodes}-${role}`)];

/** The network service (ipam and mapping inside), and the baseline: pipelined KV puts of a mapping. */
async function startControlPlane(sc: Scale): Promise<NatsConnection> {
  const common = ["--nats", sc.nats.url, "--metrics-addr", "off"];
  // As `jetnet up` runs them: network leases addresses within creates (docs/design.md), and ipam
  // and mapping run inside it on its caches.
  sc.procs.push(
    await startJetnet(
      ["network", ...common, "--redis", sc.redis.url, "--ipam", "--mapping"],
      undefined,
      profileArgs(sc, "network"),
    ),
  );
  const nc = await connect({ servers: sc.nats.url });
  const raw = await rawKvPutRate(nc, 10_000, mappingBytes, "bench-raw-map");
  sc.log(`  baseline: KV put, pipelined x${pipelineDepth}, mapping-sized value: ${formatRate(raw)}/s`);
  sc.result.rawPutsPerSec = raw;
  return nc;
}

/**
 * (a) cold start, empty. A fleet of hollowPerProcess or more agents is split over
 * hollowProcesses processes (disjoint node ranges): a real fleet has a core per node, and one
 * event loop for all would measure the simulator rather than dissemination.
 */
async function coldStart(sc: Scale): Promise<Fleet> {
  const { nodes } = sc;
  const split = nodes >= hollowPerProcess ? hollowProcesses : 1;
  const ranges = Array.from({ length: split }, (_, k) => {
    const first = Math.floor((k * nodes) / split) + 1;
    return { first, count: Math.floor(((k + 1) * nodes) / split) + 1 - first };
  });
  const ports = await Promise.all(ranges.map(() => freePort()));
  const metricsUrl = ports.map((port) => `http://127.0.0.1:${port}/metrics`);
  const t0 = performance.now();
  const agents = await Promise.all(
    ranges.map((r, k) =>
      startJetnet(
        [
          "agent",
          "--nats",
          sc.nats.url,
          "--metrics-addr",
          `127.0.0.1:${ports[k]}`,
          "--hollow",
          String(r.count),
          "--hollow-prefix",
          "node",
          "--hollow-first",
          String(r.first),
        ],
        sc.timeoutMs,
        ["--expose-gc", ...profileArgs(sc, `agents-${k + 1}`)],
        { nice: sc.work.fleetNice },
      ),
    ),
  );
  sc.procs.push(...agents);
  const coldMs = performance.now() - t0;
  sc.log(
    `  (a) cold start, no attachments: ${sec(coldMs)} from spawn to ready (${nodes} agents synced, ${split} process${split > 1 ? "es" : ""})`,
  );
  sc.result.coldStartMs = coldMs;
  const [heap0, rss0] = await settledMin(
    metricsUrl,
    gauges,
    agents.map((a) => a.pid),
  );
  sc.log(
    `      idle: heap ${mb(heap0!)}, RSS ${mb(rss0!)} (${(rss0! / nodes / 1024).toFixed(0)} KiB RSS per agent)`,
  );
  return { agents, metricsUrl, heap0: heap0!, rss0: rss0! };
}

/** (b) the batch: subnets, then the attachments (Zipf over the VNIs, nodes at random) until implemented. */
async function createBatch(sc: Scale, nc: NatsConnection, fleet: Fleet): Promise<Batch> {
  const { nodes, work, log } = sc;
  const client = new JetnetClient(nc, { timeoutMs: 60_000 });
  for (let v = 0; v < vniCount; v++)
    await client
      .subnets("bench")
      .create({ meta: { name: `s${v}` }, spec: { vni: 1000 + v, cidr: `10.${v}.0.0/21` } });
  await waitFor("subnets validated", 60_000, async () =>
    (await client.subnets("bench").list()).items.every((i) => i.value.status?.validated) ? true : undefined,
  );
  const rand = seededRng(nodes); // reproducible placements
  const placements: Placement[] = zipf(work.attachments, vniCount).flatMap((size, vniIndex) =>
    Array.from({ length: size }, (_, j) => ({
      name: `v${vniIndex}-a${j}`,
      vniIndex,
      node: `node-${1 + Math.floor(rand() * nodes)}`,
    })),
  );
  const want = expected(placements);
  const cpu0 = total(await scrape(fleet.metricsUrl), "jetnet_process_cpu_seconds_total");
  const plane0 = planeCpuMs(sc);
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: createInFlight }, async () => {
      while (next < placements.length) {
        const p = placements[next++]!;
        await client
          .attachments("bench")
          .create({ meta: { name: p.name }, spec: { node: p.node, subnet: `s${p.vniIndex}` } });
      }
    }),
  );
  const createdMs = performance.now() - started;
  const store = await openStore(nc, { bucket: Bucket.Attachments, codec: attachmentCodec, bindOnly: true });
  const items = await waitFor("every attachment implemented", sc.timeoutMs, async () => {
    const l = (await store.list()).items;
    return l.length === placements.length && l.every((i) => i.value.status?.ifName) ? l : undefined;
  });
  const readyMs = performance.now() - started;
  const spec = items.map((i) => Number(i.value.meta?.writeTimesUs?.[Section.Spec] ?? 0));
  const impl = items.map((i) => Number(i.value.meta?.writeTimesUs?.[Section.Impl] ?? 0));
  const spanUs = maxOf(impl) - minOf(spec);
  const addr = items.map((i) => Number(i.value.meta?.writeTimesUs?.[Section.Address] ?? 0));
  const lat = items.map((_, i) => (impl[i]! - spec[i]!) / 1000);
  const toAddr = items.map((_, i) => (addr[i]! - spec[i]!) / 1000);
  const addrToImpl = items.map((_, i) => (impl[i]! - addr[i]!) / 1000);
  const rate = opsPerSecond(items.length, spanUs / 1000);
  // The agents' part: create -> local interface on the node (node work received, fabric done).
  const toLocal = buckets(await scrape(fleet.metricsUrl), "jetnet_agent_client_write_to_local_ifc_seconds");
  log(
    `  (b) ${items.length} attachments over ${vniCount} VNIs (sizes ${zipf(work.attachments, vniCount).slice(0, 5).join(",")},...): ` +
      `created in ${sec(createdMs)}, all implemented after ${sec(readyMs)}; ` +
      `${formatRate(rate)} implemented/s (server stamps); create->implemented p50 ${formatMs(percentile(lat, 50))} ms, p99 ${formatMs(percentile(lat, 99))} ms`,
  );
  log(
    `      of which create->address p50 ${formatMs(percentile(toAddr, 50))} ms, p99 ${formatMs(percentile(toAddr, 99))} ms; ` +
      `address->implemented (mapping, agent, network) p50 ${formatMs(percentile(addrToImpl, 50))} ms, p99 ${formatMs(percentile(addrToImpl, 99))} ms; ` +
      `create->local interface (agents) p50 ${formatMs(bucketQuantile(toLocal, 0.5) * 1000)} ms, p99 ${formatMs(bucketQuantile(toLocal, 0.99) * 1000)} ms`,
  );
  Object.assign(sc.result, {
    createdMs,
    readyMs,
    implementedPerSec: rate,
    implP50Ms: percentile(lat, 50),
    implP99Ms: percentile(lat, 99),
  });
  return { client, store, rand, placements, want, attachments: items.length, started, cpu0, plane0 };
}

/**
 * (d) waits until the fabrics hold what the nodes need; then (c), create -> remote entry, is
 * complete. Returns the histogram's last finite bound (quantiles beyond it are only a lower limit)
 * and the fleet's CPU seconds after the batch.
 */
async function remoteEntries(
  sc: Scale,
  fleet: Fleet,
  batch: Batch,
): Promise<{ lastBound: number; cpu1: number }> {
  const { log } = sc;
  const { want } = batch;
  const exactAt = await waitFor("remote entries as expected", sc.timeoutMs, async () => {
    const s = await scrape(fleet.metricsUrl);
    const held = total(s, "jetnet_agent_remote_interfaces");
    return held >= want.remote && total(s, "jetnet_agent_local_interfaces") === batch.placements.length
      ? s
      : undefined;
  }).catch((err: unknown) => {
    log(`  !! ${(err as Error).message}`);
    return undefined;
  });
  const exactMs = performance.now() - batch.started;
  const s = exactAt ?? (await scrape(fleet.metricsUrl));
  const held = total(s, "jetnet_agent_remote_interfaces");
  const followed = total(s, "jetnet_agent_followed_vnis");
  const irrelevantCounter = total(s, "jetnet_agent_irrelevant_remote_entries_total");
  const hist = buckets(s, remoteHist, { trigger: "attachment" });
  const catchUp = buckets(s, remoteHist, { trigger: "vni_relevance" });
  const observed = hist.at(-1)?.count ?? 0;
  const lastBound = hist.at(-2)?.le ?? 0;
  const p50 = bucketQuantile(hist, 0.5) * 1000;
  const p99 = bucketQuantile(hist, 0.99) * 1000;
  log(
    `  (c) create -> remote entry on every relevant agent: p50 ${quantileMs(p50, lastBound)} ms, p99 ${quantileMs(p99, lastBound)} ms ` +
      `(${formatRate(observed)} remote entries observed; all fabrics complete ${sec(exactMs)} after the first create)`,
  );
  log(
    `      catching up (mappings older than the node's first local attachment in the VNI): p50 ` +
      `${quantileMs(bucketQuantile(catchUp, 0.5) * 1000, lastBound)} ms, p99 ${quantileMs(bucketQuantile(catchUp, 0.99) * 1000, lastBound)} ms ` +
      `from that attachment's create (${formatRate(catchUp.at(-1)?.count ?? 0)} entries)`,
  );
  log(
    `  (d) remote entries held ${formatRate(held)} vs needed ${formatRate(want.remote)} (extra ${formatRate(held - want.remote)}); ` +
      `VNIs followed ${formatRate(followed)} vs (node, VNI) pairs ${formatRate(want.pairs)}; ` +
      `irrelevant counter ${irrelevantCounter}`,
  );
  const resyncs = ["digest", "gap", "gap_partial", "reconnect", "slow_consumer"].map(
    (r) => `${r} ${total(s, `jetnet_agent_view_resyncs_total{reason="${r}"}`)}`,
  );
  const errors = total(s, 'jetnet_controller_reconcile_total{controller="agent",result="error"}');
  const digestChecks = total(s, "jetnet_agent_digest_checks_total");
  log(
    `      view re-snapshots: ${resyncs.join(", ")}; agent reconcile errors ${errors}; digest requests ${digestChecks}`,
  );
  const cpu1 = total(s, "jetnet_process_cpu_seconds_total");
  // Where the CPU of the batch went, up to every fabric complete: the agents' event loops share
  // the two cores with the control plane here, unlike a real fleet.
  const plane1 = planeCpuMs(sc);
  const planeS = Object.fromEntries(
    Object.entries(plane1).map(([name, ms]) => [name, (ms - (batch.plane0[name] ?? 0)) / 1000]),
  );
  log(
    `      CPU of the batch (s): agents ${(cpu1 - batch.cpu0).toFixed(1)}, ` +
      Object.entries(planeS)
        .map(([name, sec]) => `${name} ${sec.toFixed(1)}`)
        .join(", ") +
      ` over ${sec(exactMs)}`,
  );
  Object.assign(sc.result, {
    remoteP50Ms: p50,
    remoteP99Ms: p99,
    remoteObserved: observed,
    exactMs,
    remoteHeld: held,
    remoteNeeded: want.remote,
    followedVnis: followed,
    nodeVniPairs: want.pairs,
    irrelevantCounter,
    digestChecks,
    agentCpuSeconds: cpu1 - batch.cpu0,
    planeCpuSeconds: planeS,
  });
  return { lastBound, cpu1 };
}

/**
 * (c') the same latency at a steady, modest rate on the loaded system: one create every 100 ms
 * into the existing VNIs, so it measures dissemination rather than a backlog; then where the time
 * of one steady create goes, up to the write of its implementation status.
 */
async function steadyCreates(
  sc: Scale,
  nc: NatsConnection,
  fleet: Fleet,
  batch: Batch,
  lastBound: number,
): Promise<void> {
  const { log } = sc;
  const { client, rand } = batch;
  const steadyCount = 50;
  const steady = Array.from({ length: steadyCount }, (_, j) => ({
    name: `steady-${j}`,
    vniIndex: j % vniCount,
    node: `node-${1 + Math.floor(rand() * sc.nodes)}`,
  }));
  // One more subscriber on the mappings, in this process: when each steady mapping was
  // published, which splits create -> remote entry into the control plane's part and the fan-out.
  const steadyPublishedMs: number[] = [];
  /** Steady attachment name -> when (ms since the epoch) its mapping was first seen. */
  const steadyPublishedAt = new Map<string, number>();
  const mapPrefixLen = feedSubject(Projection.Map, "").length;
  const mapSub = nc.subscribe(feedSubject(Projection.Map, ">"), {
    callback: (_err, m) => {
      for (const e of feedEntries(m, mapPrefixLen)) {
        if (!e.key.includes(".steady-") || e.value === undefined) continue;
        const mapping = mappingCodec.decode(e.value);
        const clientWriteUs = Number(mapping.clientWriteUs ?? 0);
        steadyPublishedMs.push(Date.now() - clientWriteUs / 1000);
        if (!steadyPublishedAt.has(mapping.name ?? "")) steadyPublishedAt.set(mapping.name ?? "", Date.now());
      }
    },
  });
  const beforeScrape = await scrape(fleet.metricsUrl);
  const before = buckets(beforeScrape, remoteHist, { trigger: "attachment" });
  const beforeCatchUp = buckets(beforeScrape, remoteHist, { trigger: "vni_relevance" });
  for (const p of steady) {
    await client
      .attachments("bench")
      .create({ meta: { name: p.name }, spec: { node: p.node, subnet: `s${p.vniIndex}` } });
    await new Promise((r) => setTimeout(r, 100));
  }
  const wantAll = expected([...batch.placements, ...steady]);
  const steadyAt = await waitFor("steady attachments disseminated", sc.timeoutMs, async () => {
    const s2 = await scrape(fleet.metricsUrl);
    return total(s2, "jetnet_agent_remote_interfaces") >= wantAll.remote ? s2 : undefined;
  }).catch(() => undefined);
  if (steadyAt) {
    const minus = (a: typeof before, b: typeof before) =>
      a.map((x, i) => ({ le: x.le, count: x.count - (b[i]?.count ?? 0) }));
    const diff = minus(buckets(steadyAt, remoteHist, { trigger: "attachment" }), before);
    const diffCatchUp = minus(buckets(steadyAt, remoteHist, { trigger: "vni_relevance" }), beforeCatchUp);
    const sp50 = bucketQuantile(diff, 0.5) * 1000;
    const sp99 = bucketQuantile(diff, 0.99) * 1000;
    const cp50 = bucketQuantile(diffCatchUp, 0.5) * 1000;
    const cp99 = bucketQuantile(diffCatchUp, 0.99) * 1000;
    log(
      `  (c') steady 10 creates/s: create -> remote entry on every relevant agent p50 ${quantileMs(sp50, lastBound)} ms, ` +
        `p99 ${quantileMs(sp99, lastBound)} ms (${formatRate(diff.at(-1)?.count ?? 0)} remote entries; goal p99 <= ${steadyP99GoalMs} ms)`,
    );
    // Mostly the batch's views going quiet: each is compared with the mapping service once.
    const steadyDigestChecks =
      total(steadyAt, "jetnet_agent_digest_checks_total") -
      total(beforeScrape, "jetnet_agent_digest_checks_total");
    // What the hollow processes spent meanwhile, per remote entry the steady creates made: their
    // idle work (1,000 agents' timers and heartbeats) and the digest requests above included.
    const steadyCpuS =
      total(steadyAt, "jetnet_process_cpu_seconds_total") -
      total(beforeScrape, "jetnet_process_cpu_seconds_total");
    const steadyEntries = diff.at(-1)?.count ?? 0;
    const steadyCpuUsPerEntry = steadyEntries > 0 ? (steadyCpuS * 1e6) / steadyEntries : 0;
    log(
      `      meanwhile: digest requests ${formatRate(steadyDigestChecks)}; agents' CPU ${steadyCpuS.toFixed(2)} s, ` +
        `${steadyCpuUsPerEntry.toFixed(0)} µs per remote entry made (idle work and digest requests included)`,
    );
    log(
      `      catching up (a create that is a node's first in its VNI brings the VNI's older mappings there): ` +
        `p50 ${quantileMs(cp50, lastBound)} ms, p99 ${quantileMs(cp99, lastBound)} ms from that create ` +
        `(${formatRate(diffCatchUp.at(-1)?.count ?? 0)} entries)`,
    );
    Object.assign(sc.result, {
      steadyRemoteP50Ms: sp50,
      steadyRemoteP99Ms: sp99,
      steadyCatchUpP50Ms: cp50,
      steadyCatchUpP99Ms: cp99,
      steadyDigestChecks,
      steadyAgentCpuUsPerEntry: steadyCpuUsPerEntry,
    });
  } else {
    log("  !! steady attachments did not all reach their agents in time");
  }
  // Where the time of one steady create goes, up to the write of its implementation status.
  const steadyNames = new Set(steady.map((p) => p.name));
  const steadyItems = (await batch.store.list()).items.filter((i) =>
    steadyNames.has(i.value.meta?.name ?? ""),
  );
  const stamp = (i: (typeof steadyItems)[number], section: (typeof Section)[keyof typeof Section]) =>
    Number(i.value.meta?.writeTimesUs?.[section] ?? 0) / 1000;
  const hop = (from: (typeof Section)[keyof typeof Section], to: (typeof Section)[keyof typeof Section]) =>
    steadyItems.map((i) => stamp(i, to) - stamp(i, from));
  const steadyToAddr = hop(Section.Spec, Section.Address);
  const steadyToImpl = hop(Section.Address, Section.Impl);
  mapSub.unsubscribe();
  const implToPublished = steadyItems.flatMap((i) => {
    const at = steadyPublishedAt.get(i.value.meta?.name ?? "");
    return at === undefined ? [] : [at - stamp(i, Section.Impl)];
  });
  log(
    `      steady creates: mapping published (seen by one subscriber) p50 ${formatMs(percentile(steadyPublishedMs, 50))} ms, ` +
      `p99 ${formatMs(percentile(steadyPublishedMs, 99))} ms after the create (${steadyPublishedMs.length} seen); ` +
      `implemented->published p50 ${formatMs(percentile(implToPublished, 50))} ms, p99 ${formatMs(percentile(implToPublished, 99))} ms`,
  );
  log(
    `      steady creates: create->address p50 ${formatMs(percentile(steadyToAddr, 50))} ms, p99 ${formatMs(percentile(steadyToAddr, 99))} ms; ` +
      `address->implemented p50 ${formatMs(percentile(steadyToImpl, 50))} ms, p99 ${formatMs(percentile(steadyToImpl, 99))} ms`,
  );
}

/**
 * (e) agent memory per remote mapping. After (c'): the forced collections it takes (each pauses
 * a hollow process for a quarter of a second) would otherwise disturb the steady latencies.
 */
async function memoryPerMapping(sc: Scale, fleet: Fleet, cpu: { cpu0: number; cpu1: number }): Promise<void> {
  const heldNow = total(await scrape(fleet.metricsUrl), "jetnet_agent_remote_interfaces");
  const [heap1, rss1] = await settledMin(
    fleet.metricsUrl,
    gauges,
    fleet.agents.map((a) => a.pid),
  );
  const { heap0, rss0 } = fleet;
  const perHeap = (heap1! - heap0) / Math.max(1, heldNow);
  const perRss = (rss1! - rss0) / Math.max(1, heldNow);
  sc.log(
    `  (e) hollow process(es) after the batch and the steady creates: heap ${mb(heap1!)} (+${mb(heap1! - heap0)}), RSS ${mb(rss1!)} (+${mb(rss1! - rss0)}); ` +
      `${perHeap.toFixed(0)} B heap / ${perRss.toFixed(0)} B RSS per remote mapping (target <= 1024 B); ` +
      `agent CPU for the batch ${(cpu.cpu1 - cpu.cpu0).toFixed(1)} s`,
  );
  Object.assign(sc.result, { heapBytesPerRemote: perHeap, rssBytesPerRemote: perRss });
}

/** (a') restart with data: the hollow fabrics are in memory, so every entry is rebuilt. */
async function restartWithData(sc: Scale, fleet: Fleet, batch: Batch): Promise<void> {
  const t1 = performance.now();
  // Profiled processes stop gracefully so that node writes their profiles.
  await Promise.all(fleet.agents.map((a) => a.restart(sc.profileDir === undefined ? "SIGKILL" : "SIGTERM")));
  const restartReadyMs = performance.now() - t1;
  let rebuilt = 0;
  await waitFor("fabrics rebuilt after restart", sc.timeoutMs, async () => {
    rebuilt = total(await scrape(fleet.metricsUrl), "jetnet_agent_remote_interfaces");
    return rebuilt >= batch.want.remote ? true : undefined;
  }).catch((err: unknown) => sc.log(`  !! ${(err as Error).message}`));
  const restartExactMs = performance.now() - t1;
  sc.log(
    `  (a') restart with ${batch.attachments} attachments: ready after ${sec(restartReadyMs)}, ` +
      `${formatRate(rebuilt)} of ${formatRate(batch.want.remote)} remote entries rebuilt after ${sec(restartExactMs)}`,
  );
  Object.assign(sc.result, { restartReadyMs, restartExactMs });
}

/** One scale: a fresh control plane, N hollow agents, one batch. Returns the figures printed. */
async function measureScale(nodes: number, work: Workload, log: (s: string) => void, profileDir?: string) {
  const [nats, redis] = await Promise.all([startNats(), startRedis()]);
  const sc: Scale = {
    nodes,
    work,
    log,
    profileDir,
    timeoutMs: 120_000 + nodes * 600,
    nats,
    redis,
    procs: [],
    result: { nodes },
  };
  let nc: NatsConnection | undefined;
  try {
    nc = await startControlPlane(sc);
    const fleet = await coldStart(sc);
    const batch = await createBatch(sc, nc, fleet);
    const { lastBound, cpu1 } = await remoteEntries(sc, fleet, batch);
    await steadyCreates(sc, nc, fleet, batch, lastBound);
    await memoryPerMapping(sc, fleet, { cpu0: batch.cpu0, cpu1 });
    await restartWithData(sc, fleet, batch);
    const varz = (await (await fetch(`${nats.monitorUrl}/varz`)).json()) as {
      mem?: number;
      connections?: number;
    };
    log(`  nats-server: ${varz.connections ?? "?"} connections, RSS ${mb(varz.mem ?? 0)}`);
    return sc.result;
  } catch (err) {
    log(`  FAILED at ${nodes} agents: ${(err as Error).message}`);
    for (const p of sc.procs) if (!p.running) log(`  process exited: ${p.logFile}`);
    return { ...sc.result, error: (err as Error).message };
  } finally {
    await nc?.close().catch(() => undefined);
    for (const [i, p] of sc.procs.entries()) {
      if (profileDir !== undefined)
        await writeFile(join(profileDir, `${nodes}-${i}.log`), p.log()).catch(() => undefined);
    }
    for (const p of sc.procs.reverse()) await p.stop().catch(() => undefined);
    await Promise.all([nats.stop(), redis.stop()]);
  }
}

/** How many of a fleet size's runs met the goals, and the figures of each run. */
function goalSummary(nodes: number, runs: readonly Record<string, unknown>[]): string {
  const figure = (r: Record<string, unknown>, key: string) =>
    typeof r[key] === "number" ? (r[key] as number) : Number.NaN;
  const burst = runs.map((r) => figure(r, "implementedPerSec"));
  const steady = runs.map((r) => figure(r, "steadyRemoteP99Ms"));
  const met = (xs: number[], ok: (x: number) => boolean) => xs.filter((x) => ok(x)).length;
  const list = (xs: number[], f: (x: number) => string) =>
    xs.map((x) => (Number.isNaN(x) ? "-" : f(x))).join(", ");
  return (
    `\n${nodes} hollow agents over ${runs.length} runs:\n` +
    `  batch implemented/s: ${list(burst, formatRate)} (${met(burst, (x) => x >= burstGoalPerSec)} of ${runs.length} >= ${formatRate(burstGoalPerSec)}/s)\n` +
    `  steady p99 create -> remote entry: ${list(steady, formatMs)} ms (${met(steady, (x) => x <= steadyP99GoalMs)} of ${runs.length} <= ${steadyP99GoalMs} ms)`
  );
}

async function main(): Promise<void> {
  const args = parseBenchArgs(undefined, {
    scale: { type: "string" },
    runs: { type: "string" },
    "profile-dir": { type: "string" },
    "fleet-nice": { type: "string" },
  });
  const fleetNice =
    args.extra["fleet-nice"] === undefined ? defaultFleetNice : Number(args.extra["fleet-nice"]);
  if (!Number.isInteger(fleetNice) || fleetNice < 0 || fleetNice > 19)
    throw invalid("--fleet-nice", "must be a niceness in [0, 19]");
  const quick: Workload = { scales: [50, 200], attachments: 500, fleetNice };
  const full: Workload = { scales: [100, 1000], attachments: 2000, fleetNice };
  let work = args.quick ? quick : full;
  const scale = args.extra.scale;
  if (typeof scale === "string") {
    const n = Number(scale);
    if (!Number.isInteger(n) || n < 1 || n > 5000)
      throw invalid("--scale", "must be a number of agents in [1, 5000]");
    work = { ...work, scales: [n] };
  }
  const runs = args.extra.runs === undefined ? 1 : Number(args.extra.runs);
  if (!Number.isInteger(runs) || runs < 1 || runs > 20)
    throw invalid("--runs", "must be a number of runs in [1, 20]");
  const profileDir = args.extra["profile-dir"] as string | undefined;
  if (profileDir !== undefined) await mkdir(profileDir, { recursive: true });
  const started = performance.now();
  console.log(
    `bench:dissemination: node ${process.version}, hollow agents ${work.scales.join(" then ")}, ` +
      `${work.attachments} attachments over ${vniCount} VNIs (Zipf), ${createInFlight} creates in flight; ` +
      `hollow processes at niceness ${work.fleetNice}`,
  );
  const results: Record<string, unknown>[] = [];
  for (const n of work.scales) {
    const ofScale: Record<string, unknown>[] = [];
    for (let run = 1; run <= runs; run++) {
      console.log(`\n${n} hollow agents${runs > 1 ? `, run ${run} of ${runs}` : ""}`);
      const dir = profileDir !== undefined && runs > 1 ? join(profileDir, `run-${run}`) : profileDir;
      if (dir !== undefined) await mkdir(dir, { recursive: true });
      ofScale.push({ ...(await measureScale(n, work, (line) => console.log(line), dir)), run });
    }
    if (runs > 1) console.log(goalSummary(n, ofScale));
    results.push(...ofScale);
  }
  await writeResults(args, "dissemination", {
    work,
    results,
  });
  console.log(`\ndone in ${sec(performance.now() - started)}`);
}

runBench(main);
