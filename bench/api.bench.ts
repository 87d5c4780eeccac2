/**
 * What the network service's intent API and subnet validator cost, against raw KV puts measured
 * in the same run on the same nats-server.
 *
 * Per round and per configuration (the network service as 1 process; as 3 in one queue group,
 * dividing the subnet validator's VNIs between them, the default; as 3 of which two are writers,
 * `--role writer`, which follow no attachments), a fresh nats-server and fresh `jetnet network`
 * processes; then, after a discarded warm-up, in one system:
 *   raw          kv.put of an attachment-sized value into a fresh bucket: pipelined in batches of
 *                `putBatch` (the rate), then one at a time (the latency). The baseline.
 *   attachments  SDK creates with `createInFlight` pending (the rate), then one at a time (the
 *                request latency). Raw and attachments swap order every round.
 *   subnets      one at a time: create, then wait for the validated event on a watch of the
 *                subnets bucket (the target case); then a burst with `createInFlight` pending.
 *                create->validated is status write stamp - spec write stamp: both server
 *                stamps on one machine, so no client clock enters. Each subnet has its own VNI
 *                and a disjoint /24, so every one validates.
 *   apply        `jetnet apply`'s own code (parse, then get + create per document with
 *                `applyConcurrency` in flight) on a file of `listed` attachments, in-process
 *                (no CLI start-up in the figure).
 *   list         the SDK's list of those `listed` attachments, pages of 500, three times.
 * An attachment costs one KV write (the create), so its ceiling is the raw put rate; the target
 * asks for half of it. A last table puts x3 and x3w beside x1, as ratios.
 *
 * Prints; asserts nothing about time. Usage: tsx bench/api.bench.ts [--quick] [--json <file>]
 */
import { cpus, loadavg } from "node:os";
import { jetstream } from "@nats-io/jetstream";
import { Kvm } from "@nats-io/kv";
import type { NatsConnection } from "@nats-io/nats-core";
import { connect } from "@nats-io/transport-node";
import { applyAll, applyManifest, defaultApplyConcurrency } from "../cli/client/apply.js";
import { parseManifests } from "../cli/client/manifest.js";
import { defaultChunkSize, JetnetClient } from "../lib/api/client.js";
import { newAttachment } from "../lib/api/objects.js";
import { Section } from "../lib/api/subjects.js";
import { attachmentCodec, type Subnet } from "../lib/codec.js";
import { type JetnetProcess, startJetnet, startNats } from "../lib/servers/index.js";
import { maxOf, median, minOf, opsPerSecond, percentile } from "../lib/stats.js";
import type { Watch } from "../lib/store/types.js";
import { parseBenchArgs } from "./lib/args.js";
import { runBench, writeResults } from "./lib/run.js";
import { formatMs, formatRate, formatTable } from "./lib/table.js";

const targetValidatedP99Ms = 10;
const targetAttachmentRatio = 0.5;
const createInFlight = 200;
/** Attachment creates (and raw puts) per network process discarded before measuring. */
const warmCreates = 3_000;
/**
 * Subnets per network process created in a discarded burst before measuring. Each replica
 * creates and validates its share of them: with only the 50 subnets of the one-at-a-time warm-up,
 * three replicas ran their first few hundred each with cold code, and the measured burst was
 * validated at 0.65-0.7 of x1's rate (acked at 0.4-0.47); 0.8-0.85 (0.47-0.65) warmed up so.
 * Measured outside this bench, bursts of 1,000 one after another on one system: x3 reached
 * x1's validated rate by the sixth.
 */
const warmSubnets = 2_000;
const putBatch = 500;
const namespace = "bench";
/**
 * The systems compared: one network process; three full replicas (a queue group, the validator's
 * VNIs divided); three of which two are writers (`--role writer`: they follow no attachments).
 */
interface Config {
  readonly label: string;
  readonly replicas: number;
  readonly writers: number;
}
const configs: readonly Config[] = [
  { label: "x1", replicas: 1, writers: 0 },
  { label: "x3", replicas: 3, writers: 0 },
  { label: "x3w", replicas: 3, writers: 2 },
];
/** Attachments applied from one file, then listed. */
const listed = 10_000;
const applyConcurrency = defaultApplyConcurrency;
/** A subnet not validated within this long means the validator is stuck, not slow. */
const validateTimeoutMs = 60_000;

interface Workload {
  readonly rounds: number;
  /** Raw puts and attachment creates per round, pipelined. */
  readonly pipelined: number;
  /** Raw puts and attachment creates per round, one at a time. */
  readonly sequential: number;
  readonly subnetsOneByOne: number;
  readonly subnetBurst: number;
}

/** What one round measured in one system. */
interface SystemRound {
  rawPutRate: number;
  rawPutMs: number[];
  attachmentRate: number;
  attachmentMs: number[];
  /** One at a time: subnets per second including the wait for validation. */
  subnetOneByOneRate: number;
  subnetCreateMs: number[];
  /** create->validated from server stamps. */
  subnetValidatedMs: number[];
  /** From sending the create to seeing the validated event on the watch (client clock). */
  subnetSeenMs: number[];
  subnetBurstAckRate: number;
  /** Burst subnets over the span from the first spec stamp to the last status stamp. */
  subnetBurstValidatedRate: number;
  subnetBurstValidatedMs: number[];
  /** Documents of one file applied per second (each a create). */
  applyRate: number;
  /** ms to list `listed` attachments, once per try. */
  listMs: number[];
}

/** A validated subnet as seen on the watch. */
interface Validation {
  readonly specUs: number;
  readonly statusUs: number;
  /** performance.now() when the event arrived. */
  readonly seenMs: number;
}

/**
 * Follows the subnets bucket and remembers when each subnet was first seen validated, so that
 * a caller can wait for one by name. One watch for the whole system, opened before any create.
 */
class ValidationTracker {
  private readonly seen = new Map<string, Validation>();
  private readonly waiters = new Map<string, (v: Validation) => void>();
  private readonly loop: Promise<void>;

  private constructor(private readonly watch: Watch<Subnet>) {
    this.loop = (async () => {
      for await (const e of watch) {
        if (e.type !== "put" || !e.value.status?.validated) continue;
        const name = e.value.meta?.name ?? "";
        if (this.seen.has(name)) continue;
        const stamps = e.value.meta?.writeTimesUs ?? {};
        const v = {
          specUs: stamps[Section.Spec] ?? 0,
          statusUs: stamps[Section.Status] ?? 0,
          seenMs: performance.now(),
        };
        this.seen.set(name, v);
        this.waiters.get(name)?.(v);
        this.waiters.delete(name);
      }
    })();
  }

  static async open(client: JetnetClient): Promise<ValidationTracker> {
    return new ValidationTracker(await client.subnets(namespace).watch());
  }

  validated(name: string): Promise<Validation> {
    const v = this.seen.get(name);
    if (v) return Promise.resolve(v);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.delete(name);
        reject(new Error(`subnet ${name} not validated within ${validateTimeoutMs} ms`));
      }, validateTimeoutMs);
      this.waiters.set(name, (found) => {
        clearTimeout(timer);
        resolve(found);
      });
    });
  }

  async close(): Promise<void> {
    this.watch.stop();
    await this.loop;
    await this.watch.closed;
  }
}

/** Runs `op(0..n-1)` with at most `inFlight` pending; returns the elapsed ms. */
async function bounded(n: number, inFlight: number, op: (i: number) => Promise<unknown>): Promise<number> {
  let next = 0;
  const start = performance.now();
  const lane = async () => {
    while (next < n) await op(next++);
  };
  await Promise.all(Array.from({ length: Math.min(n, inFlight) }, lane));
  return performance.now() - start;
}

/** Runs `op(0..n-1)` one at a time; returns each call's ms. */
async function oneByOne(n: number, op: (i: number) => Promise<unknown>): Promise<number[]> {
  const ms: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await op(i);
    ms.push(performance.now() - t0);
  }
  return ms;
}

/** Exactly the bytes the service stores for a fresh attachment, so raw puts carry the same size. */
function attachmentBytes(): Uint8Array {
  return attachmentCodec.encode(
    newAttachment(namespace, { meta: { name: "a-p-000000" }, spec: { node: "node-17", subnet: "s1" } }),
  );
}

/** Raw kv.put: pipelined rate and sequential latencies, in a fresh bucket destroyed afterwards. */
async function measureRaw(
  nc: NatsConnection,
  bucket: string,
  work: { pipelined: number; sequential: number },
) {
  const kv = await new Kvm(jetstream(nc)).create(bucket, { history: 1, replicas: 1 });
  const bytes = attachmentBytes();
  try {
    const start = performance.now();
    for (let base = 0; base < work.pipelined; base += putBatch) {
      const batch: Promise<number>[] = [];
      for (let i = base; i < Math.min(work.pipelined, base + putBatch); i++)
        batch.push(kv.put(`p.a${i}`, bytes));
      await Promise.all(batch);
    }
    const rate = opsPerSecond(work.pipelined, performance.now() - start);
    const ms = await oneByOne(work.sequential, (i) => kv.put(`s.a${i}`, bytes));
    return { rate, ms };
  } finally {
    await kv.destroy();
  }
}

async function measureAttachments(
  client: JetnetClient,
  prefix: string,
  work: { pipelined: number; sequential: number },
) {
  const api = client.attachments(namespace);
  const create = (name: string, i: number) =>
    api.create({ meta: { name }, spec: { node: `node-${i % 50}`, subnet: `s${i % 8}` } });
  const ms = await bounded(work.pipelined, createInFlight, (i) => create(`${prefix}p-a${i}`, i));
  const seq = await oneByOne(work.sequential, (i) => create(`${prefix}s-a${i}`, i));
  return { rate: opsPerSecond(work.pipelined, ms), ms: seq };
}

/** Hands out subnets with their own VNI and a /24 no other subnet of the system overlaps. */
class SubnetSource {
  private next = 0;
  take(): { meta: { name: string }; spec: { vni: number; cidr: string } } {
    const k = this.next++;
    if (k >= 65_536) throw new Error("out of /24s in 10.0.0.0/8");
    return { meta: { name: `s-${k}` }, spec: { vni: 1000 + k, cidr: `10.${k >> 8}.${k & 255}.0/24` } };
  }
}

const stampMs = (v: Validation) => (v.statusUs - v.specUs) / 1000;

async function measureSubnetsOneByOne(
  client: JetnetClient,
  tracker: ValidationTracker,
  src: SubnetSource,
  n: number,
) {
  const createMs: number[] = [];
  const validatedMs: number[] = [];
  const seenMs: number[] = [];
  const start = performance.now();
  for (let i = 0; i < n; i++) {
    const s = src.take();
    const t0 = performance.now();
    await client.subnets(namespace).create(s);
    createMs.push(performance.now() - t0);
    const v = await tracker.validated(s.meta.name);
    validatedMs.push(stampMs(v));
    seenMs.push(v.seenMs - t0);
  }
  return { rate: opsPerSecond(n, performance.now() - start), createMs, validatedMs, seenMs };
}

async function measureSubnetBurst(
  client: JetnetClient,
  tracker: ValidationTracker,
  src: SubnetSource,
  n: number,
) {
  const subnets = Array.from({ length: n }, () => src.take());
  const ms = await bounded(n, createInFlight, (i) => client.subnets(namespace).create(subnets[i]!));
  const vs = await Promise.all(subnets.map((s) => tracker.validated(s.meta.name)));
  const spanUs = maxOf(vs.map((v) => v.statusUs)) - minOf(vs.map((v) => v.specUs));
  return {
    ackRate: opsPerSecond(n, ms),
    validatedRate: opsPerSecond(n, spanUs / 1000),
    validatedMs: vs.map(stampMs),
  };
}

/** `jetnet apply -f` of `listed` attachments (its code, in-process), then lists of them. */
async function measureApplyAndList(client: JetnetClient) {
  const ns = "listed";
  const yaml = Array.from(
    { length: listed },
    (_, i) =>
      `kind: NetworkAttachment\nmeta:\n  namespace: ${ns}\n  name: l-${i}\nspec:\n  node: node-${i % 50}\n  subnet: s${i % 8}\n`,
  ).join("---\n");
  const start = performance.now();
  const manifests = parseManifests(yaml, "bench");
  const exit = await applyAll(
    manifests,
    applyConcurrency,
    async (m) => ({ out: await applyManifest(client, m, ns), err: [], exit: 0 }),
    () => undefined,
  );
  const applyMs = performance.now() - start;
  if (exit !== 0) throw new Error("apply failed");
  const listMs: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    const { items } = await client.attachments(ns).list();
    listMs.push(performance.now() - t0);
    if (items.length !== listed) throw new Error(`listed ${items.length} of ${listed}`);
  }
  return { applyRate: opsPerSecond(listed, applyMs), listMs };
}

/** One round of one configuration on a fresh system, torn down afterwards (also on error). */
async function measureSystem(cfg: Config, work: Workload, round: number): Promise<SystemRound> {
  const { replicas, writers } = cfg;
  const nats = await startNats();
  const procs: JetnetProcess[] = [];
  let nc: NatsConnection | undefined;
  let tracker: ValidationTracker | undefined;
  try {
    const args = ["network", "--nats", nats.url, "--metrics-addr", "off"];
    // The first (a full replica) creates the buckets; the others then start side by side.
    procs.push(await startJetnet(args));
    procs.push(
      ...(await Promise.all(
        Array.from({ length: replicas - 1 }, (_, i) =>
          startJetnet(i < writers ? [...args, "--role", "writer"] : args),
        ),
      )),
    );
    nc = await connect({ servers: nats.url });
    const client = new JetnetClient(nc, { timeoutMs: 30_000 });
    tracker = await ValidationTracker.open(client);
    const src = new SubnetSource();

    // Warm-up (JIT in every process, connection buffers, the server's file store), discarded.
    // A fresh process needs a few thousand requests before its hot paths are compiled, subnet
    // creates and validations as much as attachment creates. The attachments come last: subnets through the same code (dispatch, store, informers) after
    // them left that code to be compiled again in the measured creates, a few thousand per
    // process, which three replicas sharing the creates paid for in a third of the time
    // (x3 measured about 0.5 of x1's attachment creates that way, 0.6-0.9 with them last).
    const warm = { pipelined: Math.max(warmCreates * replicas, work.pipelined / 10), sequential: 100 };
    await measureRaw(nc, "bench-warm", warm);
    await measureSubnetsOneByOne(client, tracker, src, 50);
    await measureSubnetBurst(client, tracker, src, warmSubnets * replicas);
    await measureAttachments(client, "w-", warm);

    const sizes = { pipelined: work.pipelined, sequential: work.sequential };
    let raw: { rate: number; ms: number[] } | undefined;
    let att: { rate: number; ms: number[] } | undefined;
    for (const which of round % 2 === 0 ? ["raw", "att"] : ["att", "raw"]) {
      if (which === "raw") raw = await measureRaw(nc, "bench-raw", sizes);
      else att = await measureAttachments(client, "m-", sizes);
    }
    const one = await measureSubnetsOneByOne(client, tracker, src, work.subnetsOneByOne);
    const burst = await measureSubnetBurst(client, tracker, src, work.subnetBurst);
    const applyList = await measureApplyAndList(client);
    return {
      ...applyList,
      rawPutRate: raw!.rate,
      rawPutMs: raw!.ms,
      attachmentRate: att!.rate,
      attachmentMs: att!.ms,
      subnetOneByOneRate: one.rate,
      subnetCreateMs: one.createMs,
      subnetValidatedMs: one.validatedMs,
      subnetSeenMs: one.seenMs,
      subnetBurstAckRate: burst.ackRate,
      subnetBurstValidatedRate: burst.validatedRate,
      subnetBurstValidatedMs: burst.validatedMs,
    };
  } finally {
    await tracker?.close();
    await nc?.close();
    await Promise.all(procs.map((p) => p.stop()));
    await nats.stop();
  }
}

/** All rounds of one configuration: rates are medians of rounds, latencies pooled over rounds. */
interface Summary {
  label: string;
  replicas: number;
  writers: number;
  rounds: SystemRound[];
  /** Median of the per-round ratios attachment/raw. */
  attachmentRatio: number;
  validatedP99Ms: number;
}

function summarize(cfg: Config, rounds: SystemRound[]): Summary {
  const attachmentRatio = median(rounds.map((r) => r.attachmentRate / r.rawPutRate));
  return {
    ...cfg,
    rounds,
    attachmentRatio,
    validatedP99Ms: percentile(
      rounds.flatMap((r) => r.subnetValidatedMs),
      99,
    ),
  };
}

function report(summaries: readonly Summary[], work: Workload): string {
  const rows = summaries.flatMap((s) => {
    type Rate = (r: SystemRound) => number;
    type Lat = (r: SystemRound) => number[];
    /** One table row: rate cells (median, range, vs raw) if `rate`, latency cells if `lat`. */
    const row = (operation: string, rate?: Rate, lat?: Lat) => {
      const xs = rate ? s.rounds.map(rate) : [];
      const ms = lat ? s.rounds.flatMap(lat) : [];
      return [
        s.label,
        operation,
        rate ? formatRate(median(xs)) : "",
        rate ? `${formatRate(Math.min(...xs))}..${formatRate(Math.max(...xs))}` : "",
        rate ? median(s.rounds.map((r) => rate(r) / r.rawPutRate)).toFixed(2) : "",
        lat ? formatMs(percentile(ms, 50)) : "",
        lat ? formatMs(percentile(ms, 99)) : "",
      ];
    };
    return [
      row(
        `kv.put raw (batches of ${putBatch} / one at a time)`,
        (r) => r.rawPutRate,
        (r) => r.rawPutMs,
      ),
      row(
        `attachment create (${createInFlight} in flight / one at a time)`,
        (r) => r.attachmentRate,
        (r) => r.attachmentMs,
      ),
      row(
        "subnet one at a time: create request",
        (r) => r.subnetOneByOneRate,
        (r) => r.subnetCreateMs,
      ),
      row("  create->validated (server stamps)", undefined, (r) => r.subnetValidatedMs),
      row("  create sent->validated seen (client)", undefined, (r) => r.subnetSeenMs),
      row(
        `subnet burst (${work.subnetBurst}, ${createInFlight} in flight): acked`,
        (r) => r.subnetBurstAckRate,
      ),
      row(
        "  validated (first spec -> last status)",
        (r) => r.subnetBurstValidatedRate,
        (r) => r.subnetBurstValidatedMs,
      ),
      row(`apply of ${listed} (${applyConcurrency} in flight): creates`, (r) => r.applyRate),
      row(`list of ${listed} (SDK, pages of ${defaultChunkSize}): ms per list`, undefined, (r) => r.listMs),
    ];
  });
  return formatTable(
    [
      { header: "network" },
      { header: "operation" },
      { header: "ops/s", align: "right" },
      { header: "rounds min..max", align: "right" },
      { header: "vs raw", align: "right" },
      { header: "p50 ms", align: "right" },
      { header: "p99 ms", align: "right" },
    ],
    rows,
  );
}

/**
 * What three replicas add, side by side: per operation the median rate of each system and its
 * ratio to x1's (> 1: the replicas add throughput), and the pooled create->validated p99 of
 * each. The API is a queue group in every system; the validator's VNIs are divided between the
 * replicas, writers included. `ratios` holds x3/x1 per operation, `writerRatios` x3w/x1.
 */
function scaling(summaries: readonly Summary[]): {
  table: string;
  ratios: Record<string, number>;
  writerRatios: Record<string, number>;
} {
  const one = summaries.find((s) => s.label === "x1");
  const others = summaries.filter((s) => s.label !== "x1");
  const ratios: Record<string, number> = {};
  const writerRatios: Record<string, number> = {};
  if (!one || others.length === 0) return { table: "", ratios, writerRatios };
  const ops: [string, (r: SystemRound) => number][] = [
    ["kv.put raw (batches)", (r) => r.rawPutRate],
    ["attachment creates", (r) => r.attachmentRate],
    ["subnets one at a time (create + validated)", (r) => r.subnetOneByOneRate],
    ["subnet burst acked", (r) => r.subnetBurstAckRate],
    ["subnet burst validated", (r) => r.subnetBurstValidatedRate],
    [`apply of ${listed}`, (r) => r.applyRate],
  ];
  // Each system's own raw put rate factors out how busy the machine was during its rounds.
  const vsRaw = (s: Summary, f: (r: SystemRound) => number) =>
    median(s.rounds.map((r) => f(r) / r.rawPutRate));
  const rows = ops.map(([label, f]) => {
    const a = median(one.rounds.map(f));
    return [
      label,
      formatRate(a),
      ...others.flatMap((o) => {
        const b = median(o.rounds.map(f));
        (o.writers > 0 ? writerRatios : ratios)[label] = b / a;
        return [formatRate(b), (b / a).toFixed(2), (vsRaw(o, f) / vsRaw(one, f)).toFixed(2)];
      }),
    ];
  });
  rows.push([
    "create->validated p99 ms (one at a time)",
    formatMs(one.validatedP99Ms),
    ...others.flatMap((o) => [
      formatMs(o.validatedP99Ms),
      (o.validatedP99Ms / one.validatedP99Ms).toFixed(2),
      "",
    ]),
  ]);
  const table = formatTable(
    [
      { header: "operation (ops/s, medians of rounds)" },
      { header: "x1", align: "right" },
      ...others.flatMap((o) => [
        { header: o.label, align: "right" as const },
        { header: `${o.label}/x1`, align: "right" as const },
        { header: "of vs-raw", align: "right" as const },
      ]),
    ],
    rows,
  );
  return { table, ratios, writerRatios };
}

function verdicts(summaries: readonly Summary[]): { lines: string[]; met: boolean } {
  const lines: string[] = [];
  let met = true;
  for (const s of summaries) {
    const p99ok = s.validatedP99Ms <= targetValidatedP99Ms;
    const ratioOk = s.attachmentRatio >= targetAttachmentRatio;
    met &&= p99ok && ratioOk;
    lines.push(
      `network ${s.label}: create->validated p99 ${formatMs(s.validatedP99Ms)} ms ` +
        (p99ok ? `<= ${targetValidatedP99Ms} ms ok` : `> ${targetValidatedP99Ms} ms MISSED`) +
        `; attachment creates ${s.attachmentRatio.toFixed(2)} of raw put/s ` +
        (ratioOk ? `>= ${targetAttachmentRatio} ok` : `< ${targetAttachmentRatio} MISSED`),
    );
  }
  return { lines, met };
}

async function main(): Promise<void> {
  const args = parseBenchArgs();
  const work: Workload = args.quick
    ? { rounds: 2, pipelined: 2_000, sequential: 300, subnetsOneByOne: 100, subnetBurst: 300 }
    : { rounds: 3, pipelined: 10_000, sequential: 1_000, subnetsOneByOne: 300, subnetBurst: 1_000 };
  const begun = performance.now();
  console.log(
    `bench:api: node ${process.version}, ${cpus().length} cores, load average ${loadavg()[0]!.toFixed(1)} at start; ` +
      `${work.rounds} rounds x network ${configs.map((c) => c.label).join(", ")} (x3w: two of the three --role writer), a fresh nats-server each; ` +
      `${work.pipelined} pipelined + ${work.sequential} sequential raw puts and attachment creates, ` +
      `${work.subnetsOneByOne} subnets one at a time, a burst of ${work.subnetBurst}; value ${attachmentBytes().length} B`,
  );
  const byConfig = new Map<string, SystemRound[]>();
  for (let round = 0; round < work.rounds; round++) {
    const order = round % 2 === 0 ? configs : [...configs].reverse();
    for (const cfg of order) {
      const r = await measureSystem(cfg, work, round);
      byConfig.set(cfg.label, [...(byConfig.get(cfg.label) ?? []), r]);
      console.log(
        `round ${round + 1}/${work.rounds} network ${cfg.label}: raw put ${formatRate(r.rawPutRate)}/s, ` +
          `attachments ${formatRate(r.attachmentRate)}/s, create->validated p50 ${formatMs(percentile(r.subnetValidatedMs, 50))} ` +
          `p99 ${formatMs(percentile(r.subnetValidatedMs, 99))} ms, burst validated ${formatRate(r.subnetBurstValidatedRate)}/s, ` +
          `apply ${formatRate(r.applyRate)}/s, list of ${listed} ${formatMs(median(r.listMs))} ms; ` +
          `load average ${loadavg()[0]!.toFixed(1)}`,
      );
    }
  }
  const summaries = configs.map((c) => summarize(c, byConfig.get(c.label) ?? []));
  console.log(
    "\nops/s: median of rounds; vs raw: median of per-round ratios to raw put/s; latencies pooled over rounds\n",
  );
  console.log(report(summaries, work));
  const scaled = scaling(summaries);
  console.log(
    "\nthree replicas against one (the validator's VNIs divided between the replicas; x3w: two writers, which follow no attachments)\n",
  );
  console.log(scaled.table);
  const { lines, met } = verdicts(summaries);
  console.log(
    `\ntargets (informational): create->validated p99 <= ${targetValidatedP99Ms} ms (one at a time); ` +
      `attachment creates/s >= ${targetAttachmentRatio} x raw put/s`,
  );
  for (const l of lines) console.log(l);
  console.log(`all targets met: ${met ? "yes" : "no"}`);
  await writeResults(args, "api", {
    cores: cpus().length,
    config: {
      ...work,
      createInFlight,
      putBatch,
      listed,
      applyConcurrency,
      targetValidatedP99Ms,
      targetAttachmentRatio,
    },
    results: summaries,
    scaling: scaled.ratios,
    scalingWithWriters: scaled.writerRatios,
    meetsTarget: met,
  });
  console.log(
    `done in ${((performance.now() - begun) / 1000).toFixed(1)} s; load average ${loadavg()[0]!.toFixed(1)}`,
  );
}

runBench(main);
