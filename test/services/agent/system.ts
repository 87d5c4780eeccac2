import { setMaxListeners } from "node:events";
import type { NatsConnection } from "@nats-io/nats-core";
import { connect } from "@nats-io/transport-node";
import pino from "pino";
import { Registry } from "prom-client";
import type { AttachmentReport } from "../../../lib/api/status.js";
import type { Lane } from "../../../lib/lane.js";
import type { NodeAgent } from "../../../services/agent/agent.js";
import { parseAllowList } from "../../../services/agent/allowlist.js";
import type { LoggerFabric } from "../../../services/agent/fabric/logger.js";
import { hollowSpecs, runAgents } from "../../../services/agent/service.js";
import { runMapping } from "../../../services/mapping/service.js";
import { startSystem, type TestSystem } from "../ipam/system.js";

export interface AgentSystem extends TestSystem {
  readonly agents: NodeAgent[];
  readonly fabrics: Map<string, LoggerFabric>;
  /** The hollow agents' metrics (jetnet_agent_*), shared by all of them. */
  readonly agentRegistry: Registry;
  stopAgents(): Promise<void>;
  stopMapping(): Promise<void>;
  startMapping(): Promise<void>;
}

export interface HollowAgentOptions {
  digestIntervalMs?: number;
  dropLive?: () => boolean;
  /** Drop reports sent without a reply (the mapping service asks for them again). */
  dropReports?: (r: AttachmentReport) => boolean;
  /** Exec hooks that may run, as agent --allowed-programs takes them (default: none). */
  allowedPrograms?: string;
  /** Kill exec hooks after this (default 5 s). */
  execTimeoutMs?: number;
  /** Where the agents' VNI views apply what they receive (default: runAgents' own lane). */
  remoteLane?: Lane;
}

/** `n` hollow agents (node-1 … node-n, logger fabrics) in this process, each with its own connection. */
export interface HollowAgents {
  readonly agents: NodeAgent[];
  readonly fabrics: Map<string, LoggerFabric>;
  readonly registry: Registry;
  stop(): Promise<void>;
}

// JETNET_TEST_LOG=<level> (and JETNET_TEST_LOG_FILE=<file>) shows the mapping's and agents' logs.
function testLogger() {
  const logFile = process.env.JETNET_TEST_LOG_FILE;
  return pino(
    { level: process.env.JETNET_TEST_LOG ?? "silent" },
    logFile ? pino.destination({ dest: logFile, sync: true }) : undefined,
  );
}

/**
 * A connection as a separate process would have its own, reconnecting forever so a NATS restart
 * is survived. No async stack traces: at test volumes they cost more CPU than the requests.
 */
function connectTo(natsUrl: string, name: string): Promise<NatsConnection> {
  return connect({
    servers: natsUrl,
    name,
    maxReconnectAttempts: -1,
    reconnectTimeWait: 100,
    noAsyncTraces: true,
  });
}

/** Starts `n` hollow agents and resolves once each has taken its first snapshots. */
export async function startHollowAgents(
  natsUrl: string,
  n: number,
  opts: HollowAgentOptions = {},
): Promise<HollowAgents> {
  const specs = await hollowSpecs(n, "node");
  const fabrics = new Map(specs.map((s) => [s.node, s.fabric as LoggerFabric]));
  const ac = new AbortController();
  // One signal for every informer, controller and watch of the service(s), as lib/service/run.ts gives it:
  // each holds one abort listener for its lifetime, more than node's default warning limit of 10.
  setMaxListeners(0, ac.signal);
  const nc = await connectTo(natsUrl, `jetnet-agent/${specs[0]?.node}`);
  let agents: NodeAgent[] = [];
  const registry = new Registry();
  let ready!: () => void;
  const up = new Promise<void>((r) => (ready = r));
  const run = runAgents({
    nc,
    connectMore: (name) => connectTo(natsUrl, name),
    agents: specs,
    registry,
    logger: testLogger(),
    signal: ac.signal,
    allowedPrograms: parseAllowList(opts.allowedPrograms ?? ""),
    execTimeoutMs: opts.execTimeoutMs ?? 5_000,
    digestIntervalMs: opts.digestIntervalMs ?? 1_000,
    dropLive: opts.dropLive,
    dropReports: opts.dropReports,
    remoteLane: opts.remoteLane,
    onReady: ready,
    onAgents: (a) => {
      agents = [...a];
    },
  });
  await Promise.race([up, run]);
  return {
    agents,
    fabrics,
    registry,
    async stop() {
      ac.abort();
      await run;
      await nc.close();
    },
  };
}

/** The whole control plane in-process plus `n` hollow agents (logger fabrics). */
export async function startAgentSystem(
  n: number,
  opts: HollowAgentOptions & {
    withMapping?: boolean;
    /** Runs after NATS, Redis, network and ipam (and mapping) are up, before the agents start. */
    beforeAgents?: (sys: TestSystem) => Promise<void>;
  } = {},
): Promise<AgentSystem> {
  const sys = await startSystem({ gcGraceMs: 5_000 });
  const logger = testLogger();
  const mappingNc = await connectTo(sys.nats.url, "jetnet-mapping");
  let mappingAc = new AbortController();
  let mappingRun: Promise<void> = Promise.resolve();
  const startMapping = async () => {
    mappingAc = new AbortController();
    setMaxListeners(0, mappingAc.signal); // every informer and watch of the mapping service
    let ready!: () => void;
    const up = new Promise<void>((r) => (ready = r));
    mappingRun = runMapping({
      nc: mappingNc,
      registry: new Registry(),
      logger,
      signal: mappingAc.signal,
      onReady: ready,
    });
    await up;
  };
  if (opts.withMapping !== false) await startMapping();
  await opts.beforeAgents?.(sys);
  const hollow = await startHollowAgents(sys.nats.url, n, opts);
  const stopMapping = async () => {
    mappingAc.abort();
    await mappingRun;
  };
  return {
    ...sys,
    agents: hollow.agents,
    fabrics: hollow.fabrics,
    agentRegistry: hollow.registry,
    stopAgents: () => hollow.stop(),
    stopMapping,
    startMapping,
    async stop() {
      await hollow.stop();
      await stopMapping();
      await mappingNc.close();
      await sys.stop();
    },
  };
}

/** Runs `fn` over `items` with at most `limit` calls in flight; rejects with the first failure. */
export async function runBounded<T>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      await fn(items[i] as T, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** `total` split over `n` buckets by a Zipf law of exponent `s` (largest first); sums to total. */
export function zipfSizes(total: number, n: number, s = 1): number[] {
  const w = Array.from({ length: n }, (_, k) => 1 / (k + 1) ** s);
  const sum = w.reduce((x, y) => x + y, 0);
  const sizes = w.map((x) => Math.max(1, Math.floor((total * x) / sum)));
  sizes[0] = (sizes[0] ?? 0) + total - sizes.reduce((x, y) => x + y, 0);
  return sizes;
}

/** A value of the counter `name` with exactly these labels (0 if absent). */
export async function counterValue(
  registry: Registry,
  name: string,
  labels: Record<string, string>,
): Promise<number> {
  const m = (await registry.getMetricsAsJSON()).find((x) => x.name === name);
  const want = Object.entries(labels);
  const v = (m?.values ?? []).find((x) =>
    want.every(([k, val]) => (x.labels as Record<string, unknown>)[k] === val),
  );
  return v?.value ?? 0;
}
