import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { JetnetClient } from "../../lib/api/client.js";
import { splitObjectKey } from "../../lib/api/subjects.js";
import type { Subnet } from "../../lib/codec.js";
import { ErrorCode, JetnetError } from "../../lib/errors.js";
import { seededRng } from "../../lib/random.js";
import type { Child } from "../../lib/servers/process.js";
import { connectNats } from "../../lib/service/connect.js";
import { startHttp } from "../../lib/service/http.js";
import type { HttpServer, Logger, NatsConfig } from "../../lib/service/types.js";
import { runThreads } from "./driver.js";
import { startHollowAgents } from "./hollow.js";
import { DriverMetrics } from "./metrics.js";
import { type BenchConfig, runId as makeRunId, resolveNodes } from "./options.js";
import { type PingPlan, pingAllowList, pingPlan } from "./ping.js";
import {
  allSlots,
  firstNonPrivateCidr,
  firstVni,
  type NetPlan,
  nameWidth,
  netSizes,
  planNets,
  summarizeSizes,
  vniHex,
} from "./plan.js";
import { startProgress } from "./progress.js";
import { formatSummary, summarizeRun, writeOutputs } from "./report.js";
import { arrivalOffsets, dealSlots, defaultNumCreates, nominalLifetimeS, phaseBounds } from "./schedule.js";
import { LifecycleTracker } from "./tracker.js";

export interface RunContext {
  readonly nats: NatsConfig;
  /** NATS flags for a hollow-agents child. */
  readonly natsArgs: readonly string[];
  readonly instance: string;
  readonly logger: Logger;
  /** Progress and notices (stderr); the final report goes to stdout. */
  readonly say: (line: string) => void;
}

/** How long subnets may take to be validated, and deletions to be seen after the last delete. */
const subnetValidationMs = 30_000;
const stragglerWaitMs = 10_000;

/**
 * One bench run: plan, connect, set up subnets (and hollow agents), drive the schedule while a
 * watch measures, report, clean up. Throws on anything that prevents the run; the caller maps
 * errors to exit codes.
 */
export async function runBench(cfg: BenchConfig, ctx: RunContext): Promise<void> {
  const { say } = ctx;
  const id = makeRunId(new Date(), Math.random());
  const namespace = `${cfg.namespacePrefix}-${id}`;
  const sizes = netSizes(cfg);
  const sizeSummary = summarizeSizes(sizes);
  // Not from the seed: a re-run with the same seed must not collide with a leftover run's VNIs.
  const nets = planNets(sizes, {
    vni0: firstVni(Math.random()),
    baseAddress: cfg.baseAddress,
    subnetsPerNet: cfg.subnetsPerNet,
  });
  const badCidr = firstNonPrivateCidr(nets);
  if (badCidr)
    throw new JetnetError(
      ErrorCode.Invalid,
      `subnet ${badCidr} falls outside RFC 1918: lower --base-address or the sizes`,
    );
  const { nodes, hollowPrefix } = resolveNodes(cfg, namespace);
  const numCreates =
    cfg.numAttachments ?? defaultNumCreates(cfg.warmupS, cfg.cruiseS, cfg.cooldownS, cfg.rate);
  const threads = Math.min(cfg.threads, sizeSummary.numSlots, numCreates);
  const rng = seededRng(cfg.seed);
  const slots = allSlots(sizes);
  const dealt = dealSlots(slots.length, threads, rng);
  const offsets = arrivalOffsets(2 * numCreates, cfg.rate, cfg.arrivals, rng);
  const scheduleEndS = (2 * numCreates) / cfg.rate;
  const bounds = phaseBounds(cfg.warmupS, cfg.cooldownS, scheduleEndS);
  const lifetimeS = nominalLifetimeS(sizeSummary.numSlots, numCreates, threads, cfg.rate);

  say(`run ${id}: namespace ${namespace}, seed ${cfg.seed}, first VNI ${vniHex(nets[0]?.vni ?? 0)}`);
  say(
    `${cfg.numNets} networks, ${sizeSummary.numSlots} slots (avg peers ${sizeSummary.avgPeers.toFixed(1)}, ` +
      `break point ${sizeSummary.breakPoint}); ${numCreates} attachments on ${nodes.length} nodes, ` +
      `${2 * numCreates} ops at ${cfg.rate} ops/s (${cfg.arrivals}) over ${scheduleEndS.toFixed(1)} s, ${threads} threads`,
  );
  say(
    `phases: warm-up < ${bounds.cruiseStartS} s ≤ cruise < ${bounds.cooldownStartS.toFixed(1)} s ≤ cool-down`,
  );
  if (lifetimeS < 3)
    say(`warning: nominal attachment lifetime ${lifetimeS.toFixed(2)} s: they may be deleted before ready`);
  const fillS = Math.min(sizeSummary.numSlots, numCreates) / cfg.rate;
  if (fillS > cfg.warmupS)
    say(`warning: filling the slots takes ~${fillS.toFixed(1)} s, longer than the warm-up`);

  let ping: PingPlan | undefined;
  if (cfg.ping && cfg.pingHooks !== undefined) {
    ping = pingPlan(cfg.pingHooks);
    say(`ping tests: agents must allow (--allowed-programs) '${pingAllowList(cfg.pingHooks)}'`);
  }

  const nc = await connectNats(ctx.nats, { name: `jetnet-bench/${ctx.instance}`, logger: ctx.logger });
  const cleanups: (() => Promise<unknown>)[] = [() => nc.drain()];
  const stopCreates = new AbortController();
  let interrupts = 0;
  let agents: Child | undefined;
  const onSignal = () => {
    if (++interrupts > 1) {
      // The agents run in their own process group: they would outlive an abrupt exit.
      agents?.signal("SIGTERM");
      process.exit(1);
    }
    say("interrupted: no more creates; deleting what is live (^C again to exit at once)");
    stopCreates.abort();
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  try {
    const metrics = new DriverMetrics();
    if (cfg.metricsAddr) {
      const http: HttpServer = await startHttp({
        addr: cfg.metricsAddr,
        registry: metrics.registry,
        ready: () => true,
        logger: ctx.logger,
      });
      cleanups.push(() => http.close());
      say(`metrics at ${http.url}/metrics`);
    }
    if (hollowPrefix !== undefined && cfg.hollow !== undefined) {
      const logFile = cfg.out
        ? `${cfg.out}.agents.log`
        : join(await mkdtemp(join(tmpdir(), "jetnet-bench-")), "agents.log");
      say(`starting ${cfg.hollow} hollow agents (${hollowPrefix}-1…), log ${logFile}`);
      agents = await startHollowAgents({
        count: cfg.hollow,
        prefix: hollowPrefix,
        natsArgs: ctx.natsArgs,
        logFile,
        signal: stopCreates.signal,
      });
      const started = agents;
      cleanups.push(() => started.stop(10_000));
    }

    const client = new JetnetClient(nc);
    const labels = { app: "jetnet-bench", run: id };
    await createSubnets(client, namespace, nets, labels, stopCreates.signal);
    if (!cfg.keepSubnets) cleanups.push(() => deleteSubnets(client, namespace, nets, say));
    say(`${nets.reduce((n, net) => n + net.subnets.length, 0)} subnets validated`);

    let t0 = performance.now();
    const tracker = new LifecycleTracker(metrics, () => (performance.now() - t0) / 1000);
    const watch = await client.attachments(namespace).watch({});
    let onSynced: () => void = () => {};
    const synced = new Promise<void>((resolve) => {
      onSynced = resolve;
    });
    const consuming = (async () => {
      for await (const event of watch) {
        if (event.type === "synced") onSynced();
        tracker.observe(event);
      }
    })();
    cleanups.push(async () => {
      watch.stop();
      await consuming;
    });
    await synced;

    const progress = startProgress({ tracker, plannedOps: 2 * numCreates, bounds, out: process.stderr });
    t0 = performance.now();
    const startedAt = new Date();
    try {
      await runThreads(
        {
          attachments: client.attachments(namespace),
          nets,
          slots,
          dealt,
          numCreates,
          offsets,
          bounds,
          nodes,
          nodeChoice: cfg.nodeChoice,
          rng,
          labels,
          nameWidth: nameWidth(numCreates),
          tracker,
          metrics,
          stopCreates: stopCreates.signal,
          ...(ping ? { ping } : {}),
        },
        t0,
      );
      // Deletion events trail the delete replies; KOS waits for stragglers too.
      const deadline = performance.now() + stragglerWaitMs;
      while (tracker.unconfirmedDeletes() > 0 && performance.now() < deadline) {
        await new Promise((r) => setTimeout(r, 50));
      }
    } finally {
      progress.stop();
    }

    const summary = summarizeRun(tracker, 2 * numCreates, cfg.rate, cfg.ping);
    process.stdout.write(`${formatSummary(summary)}\n`);
    if (ping) explainFailedTests(tracker, say);
    if (cfg.out) {
      const json = {
        runId: id,
        namespace,
        startedAt: startedAt.toISOString(),
        config: {
          ...cfg,
          numAttachments: numCreates,
          threads,
        },
        nodes,
        sizes,
        sizeSummary,
        nominalLifetimeS: lifetimeS,
        phases: bounds,
        nets,
        summary,
      };
      await writeOutputs(cfg.out, json, tracker, cfg.ping);
      say(`wrote ${cfg.out}.json and ${cfg.out}.csv`);
    }
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    for (const cleanup of cleanups.reverse()) {
      await cleanup().catch((err: unknown) => ctx.logger.warn({ err }, "cleanup failed"));
    }
  }
}

/** Shows a few failed tests' output and host errors (e.g. a hook the agents may not run). */
function explainFailedTests(tracker: LifecycleTracker, say: (line: string) => void): void {
  const shown = { tests: 0, hostErrors: 0 };
  for (const lc of tracker.byName.values()) {
    if (lc.testOutput !== undefined && shown.tests++ < 3) {
      say(`test of ${lc.create.name} on ${lc.create.node} exited ${lc.testExit}: ${lc.testOutput}`);
    }
    if (lc.hostError !== undefined && shown.hostErrors++ < 3) {
      say(`host error of ${lc.create.name} on ${lc.create.node}: ${lc.hostError}`);
    }
  }
}

/** Creates every subnet and resolves once all are validated (their VNI claims held). */
async function createSubnets(
  client: JetnetClient,
  namespace: string,
  nets: readonly NetPlan[],
  labels: Record<string, string>,
  signal: AbortSignal,
): Promise<void> {
  const api = client.subnets(namespace);
  const pending = new Map<string, Subnet>();
  const wanted = nets.flatMap((net) => net.subnets.map((s) => ({ net, s })));
  for (const { s } of wanted) pending.set(s.name, {});
  const watch = await api.watch({});
  const validated = (async () => {
    for await (const event of watch) {
      if (event.type !== "put") continue;
      const name = splitObjectKey(event.key).name;
      pending.set(name, event.value);
      if (event.value.status?.validated) pending.delete(name);
      if (pending.size === 0) return;
    }
  })();
  const timer = setTimeout(() => watch.stop(), subnetValidationMs);
  const onAbort = () => watch.stop();
  signal.addEventListener("abort", onAbort, { once: true });
  try {
    // Batched: one request per subnet, a bounded number in flight.
    for (let i = 0; i < wanted.length; i += 32) {
      await Promise.all(
        wanted
          .slice(i, i + 32)
          .map(({ net, s }) =>
            api.create({ meta: { name: s.name, labels }, spec: { vni: net.vni, cidr: s.cidr } }),
          ),
      );
    }
    await validated;
  } finally {
    clearTimeout(timer);
    signal.removeEventListener("abort", onAbort);
    watch.stop();
    await validated.catch(() => undefined);
  }
  if (pending.size > 0) {
    const [name, subnet] = [...pending][0]!;
    const why = subnet.status?.errors?.join("; ") || "no status yet";
    throw new JetnetError(
      ErrorCode.Unavailable,
      `${pending.size} subnets not validated after ${subnetValidationMs / 1000} s (e.g. ${name}: ${why}); are the network and ipam services running?`,
    );
  }
}

async function deleteSubnets(
  client: JetnetClient,
  namespace: string,
  nets: readonly NetPlan[],
  say: (line: string) => void,
): Promise<void> {
  const api = client.subnets(namespace);
  const results = await Promise.allSettled(nets.flatMap((net) => net.subnets.map((s) => api.delete(s.name))));
  const failed = results.filter((r) => r.status === "rejected").length;
  if (failed > 0) say(`warning: ${failed} subnets of ${namespace} could not be deleted`);
}
