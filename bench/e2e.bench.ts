/**
 * The whole create→ready path under load: every process of the plane on this box, hollow nodes,
 * and `jetnet bench` driving attachment creates and deletes.
 *
 * Own servers (nats-server, redis-server on free ports, temp dirs), `jetnet network` (with ipam
 * and mapping inside, or `jetnet ipam` and `jetnet mapping` beside it), one `jetnet agent --hollow N` process holding N hollow nodes (100; quick: 10), each
 * with its own NATS connection, and the driver as its own process. For each workload (small
 * networks; a power-law mix) and arrival process (steady; Poisson) it ramps the operation rate
 * (creates + deletes, as `jetnet bench --rate`) to the knee — the highest rate whose create→ready p99 is ≤ 1 s with nothing never-ready
 * and at least 90 % of the offered creates ready each second —
 * then measures at 30 % of it. The ramp's steps grow by ~1.4x, so past its first miss the knee is
 * narrowed by bisection (two more steps between the last rate that passed and the one that did
 * not): the knee is then known within ~10 % instead of 40 %. Beside it, on the same servers in
 * the same run: pipelined KV put/s and JetStream publish/s.
 *
 * Per lifecycle (one create and its delete), over the window from the driver's first operation
 * to its last deletion seen:
 * - CPU ms of every process, from /proc/<pid>/stat;
 * - messages into and out of nats-server (`/varz` deltas), and per kind of client (`/connz`, by
 *   connection name): the agents' out-count is the deliveries to agents;
 * - KV writes and JetStream API calls, as JetStream counts them (`/jsz`: the KV streams' last
 *   sequences, API requests served);
 * - with `--tap`, the messages published by subject class, counted by core subscriptions on
 *   `$KV.>`, `$JS.API.>` and `jetnet.>` of the bench's own: a diagnosis, off by default, since
 *   every tapped message costs nats-server a delivery (about a tenth of its CPU per lifecycle at
 *   the knee) and the bench a callback on the same cores (their deliveries are taken off the
 *   out-count, their CPU cannot be);
 * - the agent deliveries the workload needs: for every create and delete, the nodes its VNI
 *   is on at that moment (replayed from the driver's CSV).
 *
 * Prints; asserts nothing about time. `--json FILE` writes the first workload's figures (steady
 * arrivals) in the keys the goals are stated in.
 * `--at OPS` skips the ramp and measures at that rate only (the "knee" columns then show the
 * same step): two builds compared at one rate, where a noisy ramp could pick different knees.
 * Usage: tsx bench/e2e.bench.ts [--quick] [--json <file>] [--workloads small,powerlaw]
 *        [--arrivals steady,poisson] [--nodes N] [--at OPS] [--profile-dir DIR] [--inside ipam,mapping|none]
 *        [--tap] [--writers N]
 * `--profile-dir DIR` writes a CPU profile of each jetnet process (node --cpu-prof) under DIR/<role>.
 * `--inside ipam,mapping` (default, as `jetnet up` runs them) runs those services in the network
 * process (`jetnet network --ipam --mapping`), whose CPU then includes theirs (their rows show
 * "-", the JSON 0); `--inside none` runs each as a process of its own.
 * `--writers N` runs N more network processes as writers (`--role writer`, with Redis: they take
 * creates and deletes and follow no attachments; see docs/design.md, "What replicas add"); their
 * CPU shows as "network writers" and counts in the control plane's (the JSON: in its total).
 * `--compact-now` runs network with retention of deleted objects cut to seconds
 * (`--deleted-retention 0 --tombstone-retention 2000`), so the removals compaction makes for each
 * lifecycle an hour later by default fall in the measured window and count in its messages and
 * CPU (nats-server 2.10+ purges a deleted key whole, 2.9 removes its records one by one: run on
 * another server with JETNET_TEST_NATS_SERVER).
 * The plane's processes take JETNET_* settings from the environment, so
 * `JETNET_NATS_WRITE_WINDOW=1 npm run bench:e2e` measures it with a write window (docs/design.md,
 * "A write window"; the first line says so).
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { NatsConnection } from "@nats-io/nats-core";
import { connect } from "@nats-io/transport-node";
import { attachmentCodec } from "../lib/codec.js";
import { invalid } from "../lib/errors.js";
import { type JetnetProcess, startJetnet, startNats, startRedis } from "../lib/servers/index.js";
import { parseBenchArgs } from "./lib/args.js";
import { runStep, type StepPlan, type StepResult } from "./lib/driver-step.js";
import { bisectRate } from "./lib/lifecycles.js";
import { SubjectTap, settle } from "./lib/nats-monitor.js";
import { loadAverage1m } from "./lib/proc.js";
import { rawKvPutRate, rawPublishRate } from "./lib/raw.js";
import { formatMs, formatRate, formatTable } from "./lib/table.js";

/** `jetnet bench` flags of each workload: how many networks and how their sizes fall off. */
const workloads: Record<string, { readonly about: string; readonly args: readonly string[] }> = {
  small: { about: "100 networks of 1-4 slots", args: ["--num-nets", "100", "--top-net-size", "4"] },
  powerlaw: {
    about: "100 networks, power law from 50 slots",
    args: ["--num-nets", "100", "--top-net-size", "50"],
  },
};
const quickWorkloads: Record<string, { readonly about: string; readonly args: readonly string[] }> = {
  small: { about: "30 networks of 1-4 slots", args: ["--num-nets", "30", "--top-net-size", "4"] },
  powerlaw: {
    about: "40 networks, power law from 20 slots",
    args: ["--num-nets", "40", "--top-net-size", "20"],
  },
};

const full = {
  nodes: 100,
  /** Operations per second tried in turn until one misses the knee's conditions. */
  ramp: [10, 20, 40, 80, 160, 320, 500, 700, 1000, 1400, 2000, 2800, 4000, 5600, 8000],
  rampPhases: { warmupS: 3, cruiseS: 8, cooldownS: 2 },
  /** Steps that narrow the knee between the last passing ramp step and the first miss. */
  bisections: 2,
  measurePhases: { warmupS: 3, cruiseS: 20, cooldownS: 2 },
  rawOps: 20_000,
};
const quick = {
  nodes: 10,
  ramp: [20, 40],
  rampPhases: { warmupS: 1, cruiseS: 3, cooldownS: 1 },
  bisections: 0,
  measurePhases: { warmupS: 1, cruiseS: 3, cooldownS: 1 },
  rawOps: 2_000,
};
const kneeP99Ms = 1000;
const measureFraction = 0.3;
const threads = 32;

interface Knee {
  readonly workload: string;
  readonly arrivals: string;
  /** Ramp steps in the order run (bisections last); the knee is the fastest that passed (none: the first). */
  readonly ramp: readonly StepResult[];
  readonly found: boolean;
  readonly knee: StepResult;
  readonly at30: StepResult;
}

/**
 * A step the plane kept up with readies at least this share of the creates offered (the creates
 * its arrivals held per second: half the operations if steady, more or less if Poisson). Without
 * it, a step whose writes queued in the driver's client (batched writes wait there for the one
 * in flight) counted as passed while the plane fell behind: create→ready is measured from the
 * write's arrival at the service, so that wait never showed.
 */
const keepUp = 0.9;

/** Creates the step offered per second: what its arrivals held, else half the operations. */
const offered = (s: StepResult) => (Number.isFinite(s.offeredPerS) ? s.offeredPerS : s.opsPerS / 2);

const passes = (s: StepResult) =>
  s.readyP99Ms <= kneeP99Ms && s.neverReady === 0 && s.lifecycles > 0 && s.readyPerS >= keepUp * offered(s);

/** An attachment as stored, the size a KV write of the plane carries. */
const attachmentBytes = attachmentCodec.encode({
  meta: { namespace: "bench", name: "a-000123", uid: "4b1f6a2e-8c1d-4e57-9a3b-2f6d0c9e7a15", labels: {} },
  spec: { node: "node-12", subnet: "s-0042" },
  status: {
    ip: "172.24.3.7",
    vni: 1234,
    mac: "06:1e:00:02:01:2c",
    ifName: "jn0a1b2c3d",
    hostIp: "100.64.3.7",
  },
});

async function main(): Promise<void> {
  const args = parseBenchArgs(process.argv.slice(2), {
    workloads: { type: "string" },
    arrivals: { type: "string" },
    nodes: { type: "string" },
    at: { type: "string" },
    "profile-dir": { type: "string" },
    inside: { type: "string" },
    "compact-now": { type: "boolean" },
    tap: { type: "boolean" },
    writers: { type: "string" },
  });
  const writerCount = args.extra.writers === undefined ? 0 : Number(args.extra.writers);
  if (!Number.isSafeInteger(writerCount) || writerCount < 0)
    throw invalid("--writers", "needs a whole number of processes");
  const tapping = args.extra.tap === true;
  const compactNow = args.extra["compact-now"] === true;
  const insideArg = (args.extra.inside as string | undefined) ?? "ipam,mapping";
  const inside = new Set(insideArg === "none" ? [] : insideArg.split(","));
  for (const s of inside)
    if (s !== "ipam" && s !== "mapping") throw invalid("--inside", `ipam, mapping or none, not "${s}"`);
  const work = args.quick ? quick : full;
  const shapes = args.quick ? quickWorkloads : workloads;
  const chosen = (
    (args.extra.workloads as string | undefined) ?? (args.quick ? "small" : "small,powerlaw")
  ).split(",");
  for (const w of chosen) if (!shapes[w]) throw invalid("--workloads", `unknown workload "${w}"`);
  const arrivals = (
    (args.extra.arrivals as string | undefined) ?? (args.quick ? "steady" : "steady,poisson")
  ).split(",");
  for (const a of arrivals)
    if (a !== "steady" && a !== "poisson") throw invalid("--arrivals", `unknown "${a}"`);
  const nodes = args.extra.nodes === undefined ? work.nodes : Number(args.extra.nodes);
  if (!Number.isSafeInteger(nodes) || nodes < 1) throw invalid("--nodes", "needs a positive integer");
  const fixedRate = args.extra.at === undefined ? undefined : Number(args.extra.at);
  if (fixedRate !== undefined && !(fixedRate > 0)) throw invalid("--at", "needs a positive rate");
  const log = (s: string) => process.stdout.write(`${s}\n`);
  const load0 = loadAverage1m();
  log(
    `bench:e2e${args.quick ? " (quick)" : ""}: ${nodes} hollow nodes; inside the network process: ${[...inside].join(", ") || "none"}${writerCount > 0 ? `; ${writerCount} network writers beside it` : ""}${compactNow ? "; compaction within seconds of a delete (--compact-now)" : ""}${process.env.JETNET_NATS_WRITE_WINDOW ? `; NATS write window ${process.env.JETNET_NATS_WRITE_WINDOW} ms (JETNET_NATS_WRITE_WINDOW)` : ""}; load average ${load0.toFixed(2)}`,
  );

  const dir = await mkdtemp(join(tmpdir(), "jetnet-e2e-bench-"));
  const [nats, redis] = await Promise.all([startNats(), startRedis()]);
  const procs: JetnetProcess[] = [];
  let nc: NatsConnection | undefined;
  let tapNc: NatsConnection | undefined;
  let tornDown: Promise<void> | undefined;
  const teardown = () =>
    (tornDown ??= (async () => {
      await tapNc?.close().catch(() => undefined);
      await nc?.close().catch(() => undefined);
      for (const p of procs.reverse()) await p.stop().catch(() => undefined);
      await Promise.all([nats.stop(), redis.stop()]);
      await rm(dir, { recursive: true, force: true });
    })());
  // An interrupted run still stops every process it started (they would outlive it).
  const onSignal = () => void teardown().finally(() => process.exit(130));
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  try {
    const common = ["--nats", nats.url, "--metrics-addr", "off"];
    const profileDir = args.extra["profile-dir"] as string | undefined;
    const prof = (role: string) =>
      profileDir === undefined ? [] : ["--cpu-prof", "--cpu-prof-dir", join(profileDir, role)];
    const [network, ipam, mapping] = await Promise.all([
      // Redis for network too: it leases addresses within creates, as `jetnet up` runs it.
      startJetnet(
        [
          "network",
          ...common,
          "--redis",
          redis.url,
          ...[...inside].map((s) => `--${s}`),
          ...(compactNow ? ["--deleted-retention", "0", "--tombstone-retention", "2000"] : []),
        ],
        undefined,
        prof("network"),
      ),
      inside.has("ipam")
        ? undefined
        : startJetnet(["ipam", ...common, "--redis", redis.url], undefined, prof("ipam")),
      inside.has("mapping") ? undefined : startJetnet(["mapping", ...common], undefined, prof("mapping")),
    ]);
    procs.push(network, ...(ipam ? [ipam] : []), ...(mapping ? [mapping] : []));
    const agents = await startJetnet(
      ["agent", ...common, "--hollow", String(nodes), "--hollow-prefix", "node"],
      120_000 + nodes * 600,
      prof("agents"),
    );
    procs.push(agents);
    const writers = await Promise.all(
      Array.from({ length: writerCount }, (_, i) =>
        startJetnet(
          ["network", ...common, "--redis", redis.url, "--role", "writer"],
          undefined,
          prof(`network-writer-${i + 1}`),
        ),
      ),
    );
    procs.push(...writers);
    nc = await connect({ servers: nats.url });
    const rawPut = await rawKvPutRate(nc, work.rawOps, attachmentBytes);
    const rawPub = await rawPublishRate(nc, work.rawOps, attachmentBytes);
    log(
      `raw, same servers: KV put ${formatRate(rawPut)}/s, JetStream publish ${formatRate(rawPub)}/s (pipelined)`,
    );

    if (tapping) tapNc = await connect({ servers: nats.url, name: "bench-tap" });
    const tap = tapNc ? new SubjectTap(tapNc) : undefined;
    const pids = {
      nats_server: nats.pid,
      redis_server: redis.pid,
      network: network.pid,
      ...(ipam && { ipam: ipam.pid }),
      ...(mapping && { mapping: mapping.pid }),
      agents: agents.pid,
      ...Object.fromEntries(writers.map((w, i) => [`${writerPrefix}${i + 1}`, w.pid])),
    };
    let seed = 1;
    const knees: Knee[] = [];
    // Every step starts on a quiet plane: what an overloaded step left behind is not charged to the next.
    const settleLogged = async () => {
      const ms = await settle(nats.monitorUrl);
      if (ms > 2_500) log(`  (waited ${formatMs(ms)} ms for the plane to go quiet)`);
    };
    for (const workload of chosen) {
      for (const arrival of arrivals) {
        const plan = (opsPerS: number, phases: StepPlan["phases"]): StepPlan => ({
          natsUrl: nats.url,
          monitorUrl: nats.monitorUrl,
          pids,
          tap,
          nodePrefix: "node",
          numNodes: nodes,
          workloadArgs: shapes[workload]!.args,
          opsPerS,
          arrivals: arrival,
          phases,
          threads,
          seed: seed++,
          dir,
        });
        if (fixedRate !== undefined) {
          await settleLogged();
          const step = await runStep(plan(fixedRate, work.measurePhases));
          log(
            `  ${workload}/${arrival} at ${fixedRate} ops/s (no ramp): ready ${step.readyPerS.toFixed(1)}/s, ` +
              `create→ready p50 / p99 ${formatMs(step.readyP50Ms)} / ${formatMs(step.readyP99Ms)} ms, ` +
              `never ready ${step.neverReady}, refused per lifecycle ${step.refusedPerLifecycle.toFixed(3)}; load ${loadAverage1m().toFixed(1)}`,
          );
          knees.push({ workload, arrivals: arrival, ramp: [step], found: false, knee: step, at30: step });
          continue;
        }
        const ramp: StepResult[] = [];
        const step = async (rate: number) => {
          await settleLogged();
          const s = await runStep(plan(rate, work.rampPhases));
          ramp.push(s);
          log(
            `  ${workload}/${arrival} ${rate} ops/s: ready ${s.readyPerS.toFixed(1)}/s of ${offered(s).toFixed(1)} offered, ` +
              `create→ready p99 ${formatMs(s.readyP99Ms)} ms, never ready ${s.neverReady}, ` +
              `refused per lifecycle ${s.refusedPerLifecycle.toFixed(3)}; load ${loadAverage1m().toFixed(1)}`,
          );
          return s;
        };
        for (const rate of work.ramp) if (!passes(await step(rate))) break;
        // Narrow the knee between the last rate that passed and the first that missed.
        let below = ramp.filter(passes).at(-1);
        let above = ramp.find((s) => !passes(s));
        for (let i = 0; i < work.bisections && below && above; i++) {
          const rate = bisectRate(below.opsPerS, above.opsPerS);
          if (rate === undefined) break;
          const s = await step(rate);
          if (passes(s)) below = s;
          else above = s;
        }
        // The ramp passes in rising order and a bisection only ever raises `below`: the fastest pass.
        const knee = below ?? ramp[0]!;
        await settleLogged();
        const at30 = await runStep(plan(knee.opsPerS * measureFraction, work.measurePhases));
        knees.push({ workload, arrivals: arrival, ramp, found: below !== undefined, knee, at30 });
      }
    }
    const load1 = loadAverage1m();
    report(knees, rawPut, rawPub, log);
    log(`load average (1 min): ${load0.toFixed(2)} at the start, ${load1.toFixed(2)} at the end`);
    if (args.jsonFile) {
      await writeFile(args.jsonFile, `${JSON.stringify(goalFigures(knees[0]!, rawPut), null, 2)}\n`);
      log(`wrote ${args.jsonFile}`);
    }
    tap?.stop();
  } finally {
    await teardown();
  }
}

/** The CPU of the network writers (`--writers`) is summed under this name. */
const writersRow = "network writers";
const writerPrefix = "network_writer_";
const cpuOf = (s: StepResult, name: string) => {
  if (name !== writersRow) return s.cpuMsPerLifecycle[name] ?? Number.NaN;
  const ws = Object.entries(s.cpuMsPerLifecycle).filter(([k]) => k.startsWith(writerPrefix));
  return ws.length === 0 ? Number.NaN : ws.reduce((sum, [, v]) => sum + v, 0);
};
const controlPlane = ["nats_server", "redis_server", "network", writersRow, "ipam", "mapping"];
/** The control plane's CPU per lifecycle: ipam and mapping count only when they ran as processes of their own. */
const planeCpu = (s: StepResult) =>
  controlPlane.reduce((sum, p) => sum + (Number.isFinite(cpuOf(s, p)) ? cpuOf(s, p) : 0), 0);

/** The figures the goals are stated in, for one workload (keys exactly as the issue gives them). */
function goalFigures(k: Knee, rawPut: number) {
  const m = k.at30;
  return {
    raw_put_per_s: rawPut,
    ready_per_s: k.knee.readyPerS,
    ready_ratio: k.knee.readyPerS / rawPut,
    p99_ready_ms_at_30pct: m.readyP99Ms,
    cpu_ms_per_lifecycle: {
      nats_server: cpuOf(m, "nats_server"),
      network: cpuOf(m, "network"),
      // Inside the network process, ipam's and mapping's CPU is in network's.
      ipam: Number.isFinite(cpuOf(m, "ipam")) ? cpuOf(m, "ipam") : 0,
      mapping: Number.isFinite(cpuOf(m, "mapping")) ? cpuOf(m, "mapping") : 0,
      agents: cpuOf(m, "agents"),
      total_control_plane: planeCpu(m),
    },
    msgs_per_lifecycle: {
      nats_in: m.natsIn,
      nats_out: m.natsOut,
      kv_writes: m.kvWrites,
      js_api: m.jsApi,
      agent_deliveries: m.agentDeliveries,
      agent_deliveries_needed: m.agentDeliveriesNeeded,
    },
  };
}

const f1 = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : "-");
const f2 = (n: number) => (Number.isFinite(n) ? n.toFixed(2) : "-");

function report(knees: readonly Knee[], rawPut: number, rawPub: number, log: (s: string) => void): void {
  const cols = knees.map((k) => ({ header: `${k.workload}/${k.arrivals}`, align: "right" as const }));
  const row = (label: string, f: (k: Knee) => string) => [label, ...knees.map(f)];
  const rows = [
    row("raw KV put/s (pipelined)", () => formatRate(rawPut)),
    row("raw JetStream publish/s", () => formatRate(rawPub)),
    row("knee, ops/s (creates + deletes)", (k) => `${k.found ? "" : "< "}${k.knee.opsPerS}`),
    row("sustained ready/s at the knee", (k) => f1(k.knee.readyPerS)),
    row("ready/s ÷ raw put/s", (k) => (k.knee.readyPerS / rawPut).toFixed(4)),
    row("measured at 30 %, ops/s", (k) => f1(k.at30.opsPerS)),
    row("lifecycles measured", (k) => String(k.at30.lifecycles)),
    row(
      "create→addressed p50 / p99 ms",
      (k) => `${formatMs(k.at30.addressedP50Ms)} / ${formatMs(k.at30.addressedP99Ms)}`,
    ),
    row(
      "create→ready p50 / p99 ms",
      (k) => `${formatMs(k.at30.readyP50Ms)} / ${formatMs(k.at30.readyP99Ms)}`,
    ),
    row("never ready / other failures", (k) => `${k.at30.neverReady} / ${otherFailures(k.at30)}`),
    row("creates refused per lifecycle (30 % / knee)", (k) =>
      [k.at30, k.knee].map((s) => s.refusedPerLifecycle.toFixed(3)).join(" / "),
    ),
    ["CPU ms per lifecycle (30 % / knee)"],
    ...["nats_server", "redis_server", "network", writersRow, "ipam", "mapping", "agents", "driver"].map(
      (p) => row(`  ${p}`, (k) => `${f2(cpuOf(k.at30, p))} / ${f2(cpuOf(k.knee, p))}`),
    ),
    row("  control plane total", (k) => [k.at30, k.knee].map((s) => f2(planeCpu(s))).join(" / ")),
    ["messages per lifecycle (30 % / knee)"],
    row("  into nats-server", (k) => `${f1(k.at30.natsIn)} / ${f1(k.knee.natsIn)}`),
    row("  out of nats-server", (k) => `${f1(k.at30.natsOut)} / ${f1(k.knee.natsOut)}`),
    row("  KV writes", (k) => `${f1(k.at30.kvWrites)} / ${f1(k.knee.kvWrites)}`),
    row("  JetStream API calls", (k) => `${f1(k.at30.jsApi)} / ${f1(k.knee.jsApi)}`),
    row("  deliveries to agents", (k) => `${f1(k.at30.agentDeliveries)} / ${f1(k.knee.agentDeliveries)}`),
    row(
      "  … needed by the workload",
      (k) => `${f1(k.at30.agentDeliveriesNeeded)} / ${f1(k.knee.agentDeliveriesNeeded)}`,
    ),
  ];
  log("");
  log(formatTable([{ header: "" }, ...cols], rows));
  // Where the messages go, at 30 %: every tapped class and every kind of client.
  const seen = knees.flatMap((k) => [...k.at30.classes].filter(([, n]) => n > 0).map(([c]) => c));
  const classes = [...new Set(seen)].sort();
  log("");
  log(
    classes.length > 0
      ? "per lifecycle at 30 %, by subject class (published) and by client (in / out):"
      : "per lifecycle at 30 %, by client (in / out; --tap adds the subjects published, by class):",
  );
  log(
    formatTable(
      [{ header: "" }, ...cols],
      [
        ...classes.map((c) => row(`  ${c}`, (k) => f2(k.at30.classes.get(c) ?? 0))),
        ...[...new Set(knees.flatMap((k) => [...k.at30.byClient.keys()]))].sort().map((c) =>
          row(`  client ${c}`, (k) => {
            const t = k.at30.byClient.get(c);
            return t ? `${f1(t.in)} / ${f1(t.out)}` : "-";
          }),
        ),
      ],
    ),
  );
  // Which of the plane's subscriptions took them (agents' are the deliveries above).
  const subs = [
    ...new Set(knees.flatMap((k) => [...k.at30.bySubscription].filter(([, n]) => n >= 0.05).map(([s]) => s))),
  ].sort();
  log("");
  log("deliveries per lifecycle at 30 %, by the plane's subscription (client kind, subject):");
  log(
    formatTable(
      [{ header: "" }, ...cols],
      subs.map((s) => row(`  ${s}`, (k) => f2(k.at30.bySubscription.get(s) ?? 0))),
    ),
  );
}

function otherFailures(s: StepResult): number {
  return Object.entries(s.failures).reduce((n, [kind, c]) => (kind === "never ready" ? n : n + c), 0);
}

await main();
