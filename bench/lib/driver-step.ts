import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { jetnetScript } from "../../cli/bench/hollow.js";
import {
  type DriverOp,
  lifecycleNeeds,
  offeredPerSecond,
  readDriverCsv,
  readyPerSecond,
} from "./lifecycles.js";
import {
  type ByClient,
  connzByClient,
  type JsCounts,
  jszCounts,
  type MsgTotals,
  type SubjectTap,
  varz,
} from "./nats-monitor.js";
import { cpuMs } from "./proc.js";

/** Counters read at both ends of a measured window. */
interface Sample {
  readonly t: number;
  readonly cpuMs: Record<string, number>;
  readonly varz: MsgTotals;
  readonly byClient: ByClient;
  readonly js: JsCounts;
  readonly tapped: { received: number; counts: Map<string, number> };
}

export interface StepPlan {
  readonly natsUrl: string;
  readonly monitorUrl: string;
  /** Process name → PID, for CPU time (the driver is added as "driver"). */
  readonly pids: Record<string, number>;
  /**
   * Counts published subjects by class (bench:e2e --tap). Every message it taps costs nats-server
   * a delivery and this process a callback, so it is off unless asked for.
   */
  readonly tap?: SubjectTap;
  readonly nodePrefix: string;
  readonly numNodes: number;
  /** `jetnet bench` workload flags (--num-nets, --top-net-size, …). */
  readonly workloadArgs: readonly string[];
  /** Operations (creates + deletes) per second, `jetnet bench --rate`. */
  readonly opsPerS: number;
  readonly arrivals: string;
  readonly phases: { readonly warmupS: number; readonly cruiseS: number; readonly cooldownS: number };
  readonly threads: number;
  readonly seed: number;
  readonly dir: string;
}

/** What one driver run measured. Latencies in ms; per-lifecycle figures over the whole window. */
export interface StepResult {
  readonly opsPerS: number;
  readonly lifecycles: number;
  readonly neverReady: number;
  /** Creates the network service refused (back-pressure) and the driver sent again, per lifecycle. */
  readonly refusedPerLifecycle: number;
  readonly failures: Record<string, number>;
  readonly readyPerS: number;
  /** Creates per second the schedule offered in the cruise (Poisson: not the nominal half of opsPerS). */
  readonly offeredPerS: number;
  readonly addressedP50Ms: number;
  readonly addressedP99Ms: number;
  readonly readyP50Ms: number;
  readonly readyP99Ms: number;
  readonly windowS: number;
  readonly cpuMsPerLifecycle: Record<string, number>;
  readonly natsIn: number;
  readonly natsOut: number;
  readonly byClient: Map<string, MsgTotals>;
  /**
   * Deliveries per lifecycle to the plane's subscriptions, by "<client kind> <subject>": where
   * an out-count beyond the usual goes.
   */
  readonly bySubscription: Map<string, number>;
  /** Subject class → messages per lifecycle (empty without a tap). */
  readonly classes: Map<string, number>;
  /** KV writes and JetStream API requests per lifecycle, as JetStream counts them. */
  readonly kvWrites: number;
  readonly jsApi: number;
  readonly agentDeliveries: number;
  readonly agentDeliveriesNeeded: number;
}

async function sample(plan: StepPlan, pids: Record<string, number>): Promise<Sample> {
  // What can be read at once is read before the first await: the driver keeps going meanwhile.
  const t = performance.now();
  const tapped = plan.tap?.snapshot() ?? { received: 0, counts: new Map<string, number>() };
  const cpu: Record<string, number> = {};
  for (const [name, pid] of Object.entries(pids)) cpu[name] = cpuMs(pid);
  const [v, byClient, js] = await Promise.all([
    varz(plan.monitorUrl),
    connzByClient(plan.monitorUrl),
    jszCounts(plan.monitorUrl),
  ]);
  return { t, cpuMs: cpu, varz: v, byClient, js, tapped };
}

/**
 * Runs `jetnet bench` as its own process against the running plane and measures the window from
 * its subnets being validated (its first operation follows) to its report (every deletion seen):
 * CPU of every process, nats-server's message counts, the tapped subject classes. Lifecycles and
 * the deliveries they need come from the driver's CSV, latencies from its JSON (cruise phase).
 */
export async function runStep(plan: StepPlan): Promise<StepResult> {
  const out = join(plan.dir, `step-${plan.arrivals}-${plan.opsPerS.toFixed(1)}`);
  const { warmupS, cruiseS, cooldownS } = plan.phases;
  const args = [
    jetnetScript(),
    "bench",
    "--nats",
    plan.natsUrl,
    "--node-prefix",
    plan.nodePrefix,
    "--num-nodes",
    String(plan.numNodes),
    ...plan.workloadArgs,
    "--rate",
    String(plan.opsPerS),
    "--arrivals",
    plan.arrivals,
    "--warmup",
    String(warmupS),
    "--cruise",
    String(cruiseS),
    "--cooldown",
    String(cooldownS),
    "--threads",
    String(plan.threads),
    "--seed",
    String(plan.seed),
    "--out",
    out,
  ];
  const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"] });
  const pids = { ...plan.pids, driver: child.pid ?? 0 };
  const stderr: string[] = [];
  let first: Promise<Sample> | undefined;
  let last: Promise<Sample> | undefined;
  createInterface({ input: child.stderr }).on("line", (line) => {
    stderr.push(line);
    if (first === undefined && line.includes("subnets validated")) first = sample(plan, pids);
  });
  createInterface({ input: child.stdout }).on("line", (line) => {
    // The report is printed before the driver deletes its subnets and exits.
    if (last === undefined && line.startsWith("measured:")) last = sample(plan, pids);
  });
  const code = await new Promise<number>((resolve) => child.on("exit", (c) => resolve(c ?? 1)));
  if (code !== 0 || first === undefined || last === undefined) {
    throw new Error(`jetnet bench exited ${code}:\n${stderr.slice(-15).join("\n")}`);
  }
  const [a, b] = await Promise.all([first, last]);
  const ops: DriverOp[] = readDriverCsv(`${out}.csv`);
  const json = JSON.parse(readFileSync(`${out}.json`, "utf8")) as {
    phases: { cruiseStartS: number; cooldownStartS: number };
    summary: {
      latencies: Record<string, { p50: number; p99: number }>;
      failures: Record<string, number>;
      ops: { refused?: number };
    };
  };
  const { lifecycles, deliveriesNeeded } = lifecycleNeeds(ops);
  const per = (n: number) => (lifecycles > 0 ? n / lifecycles : Number.NaN);
  const cpuMsPerLifecycle: Record<string, number> = {};
  for (const name of Object.keys(pids)) cpuMsPerLifecycle[name] = per(b.cpuMs[name]! - a.cpuMs[name]!);
  const byClient = new Map<string, MsgTotals>();
  for (const [kind, t] of b.byClient.totals) {
    const t0 = a.byClient.totals.get(kind) ?? { in: 0, out: 0 };
    byClient.set(kind, { in: per(t.in - t0.in), out: per(t.out - t0.out) });
  }
  // A subscription made during the window counts from zero.
  const bySubscription = new Map<string, number>();
  for (const [sub, n] of b.byClient.subs) bySubscription.set(sub, per(n - (a.byClient.subs.get(sub) ?? 0)));
  const classes = new Map<string, number>();
  for (const [c, n] of b.tapped.counts) classes.set(c, per(n - (a.tapped.counts.get(c) ?? 0)));
  const tapDeliveries = b.tapped.received - a.tapped.received;
  const ms = (s: number | undefined) => (s === undefined ? Number.NaN : s * 1000);
  const lat = json.summary.latencies;
  const agents = byClient.get("jetnet-agent");
  return {
    opsPerS: plan.opsPerS,
    lifecycles,
    neverReady: json.summary.failures["never ready"] ?? 0,
    refusedPerLifecycle: per(json.summary.ops.refused ?? 0),
    failures: json.summary.failures,
    readyPerS: readyPerSecond(ops.filter((op) => op.phase === "cruise")),
    offeredPerS: offeredPerSecond(ops.filter((op) => op.phase === "cruise")),
    addressedP50Ms: ms(lat.create_to_addressed?.p50),
    addressedP99Ms: ms(lat.create_to_addressed?.p99),
    readyP50Ms: ms(lat.create_to_ready?.p50),
    readyP99Ms: ms(lat.create_to_ready?.p99),
    windowS: (b.t - a.t) / 1000,
    cpuMsPerLifecycle,
    natsIn: per(b.varz.in - a.varz.in),
    // The tap's own deliveries are the measurement's, not the plane's.
    natsOut: per(b.varz.out - a.varz.out - tapDeliveries),
    byClient,
    bySubscription,
    classes,
    kvWrites: per(b.js.kvWrites - a.js.kvWrites),
    jsApi: per(b.js.api - a.js.api),
    agentDeliveries: agents?.out ?? Number.NaN,
    agentDeliveriesNeeded: per(deliveriesNeeded),
  };
}
