import type { NatsConnection } from "@nats-io/nats-core";
import { connect } from "@nats-io/transport-node";
import type { Registry } from "prom-client";
import type { AttachmentReport } from "../../lib/api/status.js";
import type { ControllerLogger } from "../../lib/controller/types.js";
import { BackgroundLane, type Lane } from "../../lib/lane.js";
import { runLifecycle, type Syncable } from "../../lib/service/lifecycle.js";
import { sleep } from "../../lib/time.js";
import { NodeAgent } from "./agent.js";
import type { AllowList } from "./allowlist.js";
import { LoggerFabric } from "./fabric/logger.js";
import type { Fabric } from "./fabric/types.js";
import { AgentMetrics } from "./metrics.js";

export interface AgentSpec {
  readonly node: string;
  readonly hostIp: string;
  readonly fabric: Fabric;
  /** The network namespace the fabric programs (agent --netns); default: the agent's own. */
  readonly netns?: string;
}

export interface RunAgentsOptions {
  /** The first agent's connection (from the service runtime); hollow agents open their own. */
  readonly nc: NatsConnection;
  /** How to open more connections, one per hollow agent. */
  readonly connectMore?: (name: string) => Promise<NatsConnection>;
  readonly agents: readonly AgentSpec[];
  readonly registry: Registry;
  readonly logger: ControllerLogger;
  readonly signal: AbortSignal;
  /** What exec hooks may run (--allowed-programs). */
  readonly allowedPrograms: AllowList;
  readonly execTimeoutMs: number;
  /** Guest namespaces of hooks are `<prefix><attachment uid>` (--guest-netns-prefix). */
  readonly guestNetnsPrefix?: string;
  readonly digestIntervalMs?: number;
  readonly dropLive?: () => boolean;
  /** Test hook: drop reports sent without a reply (simulated loss). */
  readonly dropReports?: (r: AttachmentReport) => boolean;
  /** Where the agents' VNI views apply what they receive (default: one lane for the process). */
  readonly remoteLane?: Lane;
  readonly onReady?: () => void;
  /** Receives the agents once created (tests inspect them). */
  readonly onAgents?: (agents: readonly NodeAgent[]) => void;
}

/**
 * Runs one agent, or N hollow agents in one process (each with its own NATS connection and
 * fabric, as separate nodes would have), until the signal aborts.
 */
export async function runAgents(opts: RunAgentsOptions): Promise<void> {
  const metrics = new AgentMetrics(opts.registry);
  // One for every agent of the process: its slices share the event loop with all their sockets.
  const remoteLane =
    opts.remoteLane ??
    new BackgroundLane({
      onError: (err) => opts.logger.error({ err }, "applying a VNI view's message failed"),
    });
  const conns: NatsConnection[] = [];
  const agents: NodeAgent[] = [];
  try {
    for (const [i, spec] of opts.agents.entries()) {
      const nc =
        i === 0 ? opts.nc : await (opts.connectMore ?? defaultConnect(opts.nc))(`jetnet-agent/${spec.node}`);
      if (i > 0) conns.push(nc);
      agents.push(
        new NodeAgent({
          nc,
          node: spec.node,
          hostIp: spec.hostIp,
          fabric: spec.fabric,
          allowedPrograms: opts.allowedPrograms,
          execTimeoutMs: opts.execTimeoutMs,
          guestNetnsPrefix: opts.guestNetnsPrefix,
          hostNetns: spec.netns,
          metrics,
          registry: opts.registry,
          logger: opts.logger,
          digestIntervalMs: opts.digestIntervalMs,
          dropLive: opts.dropLive,
          dropReports: opts.dropReports,
          remoteLane,
        }),
      );
    }
    opts.onAgents?.(agents);
    metrics.agents.set(agents.length);
    metrics.countSynced = () => agents.filter((a) => a.nodeView.synced).length;
    await runLifecycle({
      signal: opts.signal,
      logger: opts.logger,
      informers: [fleet(agents, opts.logger)],
      controllers: [],
      onReady: opts.onReady,
    });
    await Promise.all(agents.map((a) => Promise.allSettled([...a.reconciler.hooks])));
  } finally {
    await Promise.allSettled(conns.map((c) => c.drain()));
    await Promise.allSettled(opts.agents.map((s) => s.fabric.close()));
  }
}

/**
 * The agents as the lifecycle's one informer: each follows its node view rather than an
 * informer, and has synced once that view's first snapshot is applied. A failed agent is logged
 * and leaves the others running.
 */
function fleet(agents: readonly NodeAgent[], logger: ControllerLogger): Syncable {
  return {
    run: async (signal) => {
      await Promise.all(
        agents.map((a) =>
          a.run(signal).catch((err: unknown) => logger.error({ err, node: a.node }, "agent stopped")),
        ),
      );
    },
    // One poll for the fleet rather than a waiter per agent: a hollow process runs thousands.
    waitForSync: async (signal) => {
      while (!agents.every((a) => a.nodeView.synced)) {
        if (signal?.aborted) throw new Error("aborted before every agent synced");
        await sleep(50, signal);
      }
    },
  };
}

function defaultConnect(nc: NatsConnection) {
  return (name: string) =>
    connect({ servers: nc.getServer(), name, maxReconnectAttempts: -1, reconnectTimeWait: 250 });
}

/**
 * Hollow node specs: names `<prefix>-<first>` … `<prefix>-<first + n - 1>`, synthetic host IPs
 * in 100.64/10 derived from the node's number (so processes with disjoint ranges never share
 * one), logger fabrics.
 */
export async function hollowSpecs(n: number, prefix: string, first = 1): Promise<AgentSpec[]> {
  return Promise.all(
    Array.from({ length: n }, async (_, k) => {
      const i = first - 1 + k;
      return {
        node: `${prefix}-${i + 1}`,
        hostIp: `100.${64 + Math.floor(i / 65536)}.${Math.floor(i / 256) % 256}.${i % 256}`,
        fabric: await LoggerFabric.open(),
      };
    }),
  );
}
