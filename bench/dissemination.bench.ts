/**
 * How mappings reach the agents that need them, at 100 and 1,000 hollow agents (quick: 50, 200).
 *
 * Everything runs as real processes on one box: nats-server, redis-server, `jetnet network`,
 * `jetnet ipam`, `jetnet mapping`, and `jetnet agent --hollow` processes holding the N agents
 * (each with its own NATS connection and logger fabric): one process below 500 agents, else two
 * with disjoint node ranges (`--hollow-first`), one per core. The agents are observed from
 * outside through their /metrics endpoints (summed), so the measurement does not share their
 * event loops.
 *
 * (a) cold start: spawn of the hollow processes to their "ready" log lines (every agent has taken its
 *     first snapshot); measured empty, and again after the batch (restart with data: also the
 *     time until the fabrics hold every entry again).
 * (b) a batch of attachments (power-law over 20 VNIs, nodes picked at random): attachments
 *     implemented (status.ifName set) per second, from the first spec write to the last impl
 *     write (server stamps), and create -> implemented p50/p99.
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
 * Usage: tsx bench/dissemination.bench.ts [--quick] [--json <file>] [--scale <agents>] [--profile-dir <dir>]
 *   --scale        run one fleet size instead of the default two
 *   --profile-dir  write CPU profiles (node --cpu-prof) and the logs of every jetnet process there
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { NatsConnection } from "@nats-io/nats-core";
import { connect } from "@nats-io/transport-node";
import { JetnetClient } from "../lib/api/client.js";
import { Bucket, feedSubject, Section } from "../lib/api/subjects.js";
import { attachmentCodec, mappingCodec } from "../lib/codec.js";
import { invalid } from "../lib/errors.js";
import { seededRng } from "../lib/random.js";
import { opsPerSecond, percentile } from "../lib/stats.js";
import { openStore } from "../lib/store/store.js";
import { freePort, type JetnetProcess, startJetnet, startNats, startRedis } from "../test/harness/index.js";
import { parseBenchArgs } from "./lib/args.js";
import { pipelineDepth, rawKvPutRate } from "./lib/raw.js";
import { formatMs, formatRate } from "./lib/table.js";

const vniCount = 20;
const createInFlight = 100;
/** Fleets this large run in `hollowProcesses` agent processes (see measureScale). */
const hollowPerProcess = 500;
const hollowProcesses = 2;

interface Workload {
  readonly scales: readonly number[];
  readonly attachments: number;
}

/** Samples of one Prometheus text exposition: metric name with labels -> value. */
type Scrape = Map<string, number>;

/** Scrapes every hollow process and adds their samples up (counters, gauges and buckets all add). */
async function scrape(urls: readonly string[]): Promise<Scrape> {
  const out: Scrape = new Map();
  for (const url of urls) {
    const res = await fetch(url, { signal: AbortSignal.timeout(10_000) });
    const text = await res.text();
    for (const line of text.split("\n")) {
      if (!line || line.startsWith("#")) continue;
      const i = line.lastIndexOf(" ");
      const key = line.slice(0, i);
      out.set(key, (out.get(key) ?? 0) + Number(line.slice(i + 1)));
    }
  }
  return out;
}

/** Sum of every sample of `name` (any labels). */
function total(s: Scrape, name: string): number {
  let sum = 0;
  for (const [k, v] of s) if (k === name || k.startsWith(`${name}{`)) sum += v;
  return sum;
}

/** Cumulative buckets of a label-less histogram, sorted by upper bound. */
function buckets(
  s: Scrape,
  name: string,
  where: Record<string, string> = {},
): { le: number; count: number }[] {
  const byLe = new Map<number, number>();
  for (const [k, v] of s) {
    if (!k.startsWith(`${name}_bucket{`)) continue;
    const labels = Object.fromEntries([...k.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    if (Object.entries(where).some(([l, want]) => labels[l] !== want)) continue;
    const le = labels.le === "+Inf" ? Number.POSITIVE_INFINITY : Number(labels.le);
    byLe.set(le, (byLe.get(le) ?? 0) + v);
  }
  return [...byLe].map(([le, count]) => ({ le, count })).sort((a, b) => a.le - b.le);
}

/** The q-quantile (0..1) in seconds, linear within the bucket that holds it (as Prometheus does). */
function bucketQuantile(bs: readonly { le: number; count: number }[], q: number): number {
  const n = bs.at(-1)?.count ?? 0;
  if (n === 0) return Number.NaN;
  const rank = q * n;
  let prevLe = 0;
  let prevCount = 0;
  for (const b of bs) {
    if (b.count >= rank) {
      if (!Number.isFinite(b.le)) return Number.POSITIVE_INFINITY; // beyond the last bound
      return prevLe + ((b.le - prevLe) * (rank - prevCount)) / Math.max(1, b.count - prevCount);
    }
    prevLe = b.le;
    prevCount = b.count;
  }
  return prevLe;
}

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

/** One scale: a fresh control plane, N hollow agents, one batch. Returns the figures printed. */
async function measureScale(nodes: number, work: Workload, log: (s: string) => void, profileDir?: string) {
  const timeoutMs = 120_000 + nodes * 600;
  const [nats, redis] = await Promise.all([startNats(), startRedis()]);
  const procs: JetnetProcess[] = [];
  let nc: NatsConnection | undefined;
  const result: Record<string, unknown> = { nodes };
  try {
    const common = ["--nats", nats.url, "--metrics-addr", "off"];
    const nodeArgs = (role: string) =>
      profileDir === undefined ? [] : ["--cpu-prof", "--cpu-prof-dir", join(profileDir, `${nodes}-${role}`)];
    procs.push(await startJetnet(["network", ...common], undefined, nodeArgs("network")));
    procs.push(await startJetnet(["ipam", ...common, "--redis", redis.url], undefined, nodeArgs("ipam")));
    procs.push(await startJetnet(["mapping", ...common], undefined, nodeArgs("mapping")));
    nc = await connect({ servers: nats.url });
    const raw = await rawKvPutRate(nc, 10_000, mappingBytes, "bench-raw-map");
    log(`  baseline: KV put, pipelined x${pipelineDepth}, mapping-sized value: ${formatRate(raw)}/s`);
    result.rawPutsPerSec = raw;

    // (a) cold start, empty. A fleet of hollowPerProcess or more agents is split over
    // hollowProcesses processes (disjoint node ranges): a real fleet has a core per node, and one
    // event loop for all would measure the simulator rather than dissemination.
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
            nats.url,
            "--metrics-addr",
            `127.0.0.1:${ports[k]}`,
            "--hollow",
            String(r.count),
            "--hollow-prefix",
            "node",
            "--hollow-first",
            String(r.first),
          ],
          timeoutMs,
          ["--expose-gc", ...nodeArgs(`agents-${k + 1}`)],
        ),
      ),
    );
    procs.push(...agents);
    const coldMs = performance.now() - t0;
    log(
      `  (a) cold start, no attachments: ${sec(coldMs)} from spawn to ready (${nodes} agents synced, ${split} process${split > 1 ? "es" : ""})`,
    );
    result.coldStartMs = coldMs;
    const [heap0, rss0] = await settledMin(
      metricsUrl,
      ["jetnet_nodejs_heap_size_used_bytes", "jetnet_process_resident_memory_bytes"],
      agents.map((a) => a.pid),
    );
    log(
      `      idle: heap ${mb(heap0!)}, RSS ${mb(rss0!)} (${(rss0! / nodes / 1024).toFixed(0)} KiB RSS per agent)`,
    );

    // (b) the batch.
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
    const cpu0 = total(await scrape(metricsUrl), "jetnet_process_cpu_seconds_total");
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
    const items = await waitFor("every attachment implemented", timeoutMs, async () => {
      const l = (await store.list()).items;
      return l.length === placements.length && l.every((i) => i.value.status?.ifName) ? l : undefined;
    });
    const readyMs = performance.now() - started;
    const spec = items.map((i) => Number(i.value.meta?.writeTimesUs?.[Section.Spec] ?? 0));
    const impl = items.map((i) => Number(i.value.meta?.writeTimesUs?.[Section.Impl] ?? 0));
    const spanUs = Math.max(...impl) - Math.min(...spec);
    const addr = items.map((i) => Number(i.value.meta?.writeTimesUs?.[Section.Address] ?? 0));
    const lat = items.map((_, i) => (impl[i]! - spec[i]!) / 1000);
    const toAddr = items.map((_, i) => (addr[i]! - spec[i]!) / 1000);
    const addrToImpl = items.map((_, i) => (impl[i]! - addr[i]!) / 1000);
    const rate = opsPerSecond(items.length, spanUs / 1000);
    log(
      `  (b) ${items.length} attachments over ${vniCount} VNIs (sizes ${zipf(work.attachments, vniCount).slice(0, 5).join(",")},...): ` +
        `created in ${sec(createdMs)}, all implemented after ${sec(readyMs)}; ` +
        `${formatRate(rate)} implemented/s (server stamps); create->implemented p50 ${formatMs(percentile(lat, 50))} ms, p99 ${formatMs(percentile(lat, 99))} ms`,
    );
    log(
      `      of which create->address (ipam) p50 ${formatMs(percentile(toAddr, 50))} ms, p99 ${formatMs(percentile(toAddr, 99))} ms; ` +
        `address->implemented (mapping, agent, network) p50 ${formatMs(percentile(addrToImpl, 50))} ms, p99 ${formatMs(percentile(addrToImpl, 99))} ms`,
    );
    Object.assign(result, {
      createdMs,
      readyMs,
      implementedPerSec: rate,
      implP50Ms: percentile(lat, 50),
      implP99Ms: percentile(lat, 99),
    });

    // (d) wait until the fabrics hold what the nodes need; then (c) and (e) are complete.
    const exactAt = await waitFor("remote entries as expected", timeoutMs, async () => {
      const s = await scrape(metricsUrl);
      const held = total(s, "jetnet_agent_remote_interfaces");
      return held >= want.remote && total(s, "jetnet_agent_local_interfaces") === placements.length
        ? s
        : undefined;
    }).catch((err: unknown) => {
      log(`  !! ${(err as Error).message}`);
      return undefined;
    });
    const exactMs = performance.now() - started;
    const s = exactAt ?? (await scrape(metricsUrl));
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
    const resyncs = ["digest", "reconnect", "slow_consumer"].map(
      (r) => `${r} ${total(s, `jetnet_agent_view_resyncs_total{reason="${r}"}`)}`,
    );
    const errors = total(s, 'jetnet_controller_reconcile_total{controller="agent",result="error"}');
    log(`      view re-snapshots: ${resyncs.join(", ")}; agent reconcile errors ${errors}`);
    const cpu1 = total(s, "jetnet_process_cpu_seconds_total");
    Object.assign(result, {
      remoteP50Ms: p50,
      remoteP99Ms: p99,
      remoteObserved: observed,
      exactMs,
      remoteHeld: held,
      remoteNeeded: want.remote,
      followedVnis: followed,
      nodeVniPairs: want.pairs,
      irrelevantCounter,
      agentCpuSeconds: cpu1 - cpu0,
    });

    // (c') the same latency at a steady, modest rate on the loaded system: one create every
    // 100 ms into the existing VNIs, so it measures dissemination rather than a backlog.
    const steadyCount = 50;
    const steady = Array.from({ length: steadyCount }, (_, j) => ({
      name: `steady-${j}`,
      vniIndex: j % vniCount,
      node: `node-${1 + Math.floor(rand() * nodes)}`,
    }));
    // One more subscriber on the mappings, in this process: when each steady mapping was
    // published, which splits create -> remote entry into the control plane's part and the fan-out.
    const steadyPublishedMs: number[] = [];
    /** Steady attachment name -> when (ms since the epoch) its mapping was first seen. */
    const steadyPublishedAt = new Map<string, number>();
    const mapSub = nc.subscribe(feedSubject(Bucket.Map, ">"), {
      callback: (_err, m) => {
        if (!m.subject.includes(".steady-") || m.data.length === 0) return;
        const mapping = mappingCodec.decode(m.data);
        const clientWriteUs = Number(mapping.clientWriteUs ?? 0);
        steadyPublishedMs.push(Date.now() - clientWriteUs / 1000);
        if (!steadyPublishedAt.has(mapping.name ?? "")) steadyPublishedAt.set(mapping.name ?? "", Date.now());
      },
    });
    const beforeScrape = await scrape(metricsUrl);
    const before = buckets(beforeScrape, remoteHist, { trigger: "attachment" });
    const beforeCatchUp = buckets(beforeScrape, remoteHist, { trigger: "vni_relevance" });
    for (const p of steady) {
      await client
        .attachments("bench")
        .create({ meta: { name: p.name }, spec: { node: p.node, subnet: `s${p.vniIndex}` } });
      await new Promise((r) => setTimeout(r, 100));
    }
    const wantAll = expected([...placements, ...steady]);
    const steadyAt = await waitFor("steady attachments disseminated", timeoutMs, async () => {
      const s2 = await scrape(metricsUrl);
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
          `p99 ${quantileMs(sp99, lastBound)} ms (${formatRate(diff.at(-1)?.count ?? 0)} remote entries; target p99 <= 50 ms)`,
      );
      log(
        `      catching up (a create that is a node's first in its VNI brings the VNI's older mappings there): ` +
          `p50 ${quantileMs(cp50, lastBound)} ms, p99 ${quantileMs(cp99, lastBound)} ms from that create ` +
          `(${formatRate(diffCatchUp.at(-1)?.count ?? 0)} entries)`,
      );
      Object.assign(result, {
        steadyRemoteP50Ms: sp50,
        steadyRemoteP99Ms: sp99,
        steadyCatchUpP50Ms: cp50,
        steadyCatchUpP99Ms: cp99,
      });
    } else {
      log("  !! steady attachments did not all reach their agents in time");
    }
    // Where the time of one steady create goes, up to the write of its implementation status.
    const steadyNames = new Set(steady.map((p) => p.name));
    const steadyItems = (await store.list()).items.filter((i) => steadyNames.has(i.value.meta?.name ?? ""));
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

    // (e) after (c'): the forced collections it takes (each pauses a hollow process for a
    // quarter of a second) would otherwise disturb the steady latencies.
    const heldNow = total(await scrape(metricsUrl), "jetnet_agent_remote_interfaces");
    const [heap1, rss1] = await settledMin(
      metricsUrl,
      ["jetnet_nodejs_heap_size_used_bytes", "jetnet_process_resident_memory_bytes"],
      agents.map((a) => a.pid),
    );
    const perHeap = (heap1! - heap0!) / Math.max(1, heldNow);
    const perRss = (rss1! - rss0!) / Math.max(1, heldNow);
    log(
      `  (e) hollow process(es) after the batch and the steady creates: heap ${mb(heap1!)} (+${mb(heap1! - heap0!)}), RSS ${mb(rss1!)} (+${mb(rss1! - rss0!)}); ` +
        `${perHeap.toFixed(0)} B heap / ${perRss.toFixed(0)} B RSS per remote mapping (target <= 1024 B); ` +
        `agent CPU for the batch ${(cpu1 - cpu0).toFixed(1)} s`,
    );
    Object.assign(result, { heapBytesPerRemote: perHeap, rssBytesPerRemote: perRss });

    // (a') restart with data: the hollow fabrics are in memory, so every entry is rebuilt.
    const t1 = performance.now();
    // Profiled processes stop gracefully so that node writes their profiles.
    await Promise.all(agents.map((a) => a.restart(profileDir === undefined ? "SIGKILL" : "SIGTERM")));
    const restartReadyMs = performance.now() - t1;
    let rebuilt = 0;
    await waitFor("fabrics rebuilt after restart", timeoutMs, async () => {
      rebuilt = total(await scrape(metricsUrl), "jetnet_agent_remote_interfaces");
      return rebuilt >= want.remote ? true : undefined;
    }).catch((err: unknown) => log(`  !! ${(err as Error).message}`));
    const restartExactMs = performance.now() - t1;
    log(
      `  (a') restart with ${items.length} attachments: ready after ${sec(restartReadyMs)}, ` +
        `${formatRate(rebuilt)} of ${formatRate(want.remote)} remote entries rebuilt after ${sec(restartExactMs)}`,
    );
    Object.assign(result, { restartReadyMs, restartExactMs });
    const varz = (await (await fetch(`${nats.monitorUrl}/varz`)).json()) as {
      mem?: number;
      connections?: number;
    };
    log(`  nats-server: ${varz.connections ?? "?"} connections, RSS ${mb(varz.mem ?? 0)}`);
    return result;
  } catch (err) {
    log(`  FAILED at ${nodes} agents: ${(err as Error).message}`);
    for (const p of procs) if (!p.running) log(`  process exited: ${p.logFile}`);
    return { ...result, error: (err as Error).message };
  } finally {
    await nc?.close().catch(() => undefined);
    for (const [i, p] of procs.entries()) {
      if (profileDir !== undefined)
        await writeFile(join(profileDir, `${nodes}-${i}.log`), p.log()).catch(() => undefined);
    }
    for (const p of procs.reverse()) await p.stop().catch(() => undefined);
    await Promise.all([nats.stop(), redis.stop()]);
  }
}

async function main(): Promise<void> {
  const args = parseBenchArgs(undefined, { scale: { type: "string" }, "profile-dir": { type: "string" } });
  const quick: Workload = { scales: [50, 200], attachments: 500 };
  const full: Workload = { scales: [100, 1000], attachments: 2000 };
  let work = args.quick ? quick : full;
  const scale = args.extra.scale;
  if (typeof scale === "string") {
    const n = Number(scale);
    if (!Number.isInteger(n) || n < 1 || n > 5000)
      throw invalid("--scale", "must be a number of agents in [1, 5000]");
    work = { ...work, scales: [n] };
  }
  const profileDir = args.extra["profile-dir"] as string | undefined;
  if (profileDir !== undefined) await mkdir(profileDir, { recursive: true });
  const started = performance.now();
  console.log(
    `bench:dissemination: node ${process.version}, hollow agents ${work.scales.join(" then ")}, ` +
      `${work.attachments} attachments over ${vniCount} VNIs (Zipf), ${createInFlight} creates in flight`,
  );
  const results: Record<string, unknown>[] = [];
  for (const n of work.scales) {
    console.log(`\n${n} hollow agents`);
    results.push(await measureScale(n, work, (line) => console.log(line), profileDir));
  }
  if (args.jsonFile !== undefined) {
    const out = {
      bench: "dissemination",
      date: new Date().toISOString(),
      quick: args.quick,
      node: process.version,
      work,
      results,
    };
    await writeFile(args.jsonFile, `${JSON.stringify(out, null, 2)}\n`);
    console.log(`results written to ${args.jsonFile}`);
  }
  console.log(`\ndone in ${sec(performance.now() - started)}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
