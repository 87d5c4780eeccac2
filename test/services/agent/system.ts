import { connect } from "@nats-io/transport-node";
import pino from "pino";
import { Registry } from "prom-client";
import type { NodeAgent } from "../../../services/agent/agent.js";
import type { LoggerFabric } from "../../../services/agent/fabric/logger.js";
import { hollowSpecs, runAgents } from "../../../services/agent/service.js";
import { runMapping } from "../../../services/mapping/service.js";
import { startSystem, type TestSystem } from "../ipam/system.js";

export interface AgentSystem extends TestSystem {
  readonly agents: NodeAgent[];
  readonly fabrics: Map<string, LoggerFabric>;
  stopAgents(): Promise<void>;
  stopMapping(): Promise<void>;
  startMapping(): Promise<void>;
}

/** The whole control plane in-process plus `n` hollow agents (logger fabrics). */
export async function startAgentSystem(
  n: number,
  opts: { digestIntervalMs?: number; dropLive?: () => boolean; withMapping?: boolean } = {},
): Promise<AgentSystem> {
  const sys = await startSystem({ gcGraceMs: 5_000 });
  const logger = pino({ level: process.env.JETNET_TEST_LOG ?? "silent" });
  let mappingAc = new AbortController();
  let mappingRun: Promise<void> = Promise.resolve();
  const startMapping = async () => {
    mappingAc = new AbortController();
    let ready!: () => void;
    const up = new Promise<void>((r) => (ready = r));
    mappingRun = runMapping({
      nc: sys.nc,
      registry: new Registry(),
      logger,
      signal: mappingAc.signal,
      onReady: ready,
    });
    await up;
  };
  if (opts.withMapping !== false) await startMapping();
  const specs = await hollowSpecs(n, "node");
  const fabrics = new Map(specs.map((s) => [s.node, s.fabric as LoggerFabric]));
  const agentsAc = new AbortController();
  const agentNc = await connect({ servers: sys.nats.url, maxReconnectAttempts: -1, reconnectTimeWait: 100 });
  let agents: NodeAgent[] = [];
  let ready!: () => void;
  const up = new Promise<void>((r) => (ready = r));
  const agentsRun = runAgents({
    nc: agentNc,
    connectMore: (name) =>
      connect({ servers: sys.nats.url, name, maxReconnectAttempts: -1, reconnectTimeWait: 100 }),
    agents: specs,
    registry: new Registry(),
    logger,
    signal: agentsAc.signal,
    allowedPrograms: new Set(),
    execTimeoutMs: 5_000,
    digestIntervalMs: opts.digestIntervalMs ?? 1_000,
    dropLive: opts.dropLive,
    onReady: ready,
    onAgents: (a) => {
      agents = [...a];
    },
  });
  await up;
  const stopAgents = async () => {
    agentsAc.abort();
    await agentsRun;
    await agentNc.close();
  };
  const stopMapping = async () => {
    mappingAc.abort();
    await mappingRun;
  };
  return {
    ...sys,
    agents,
    fabrics,
    stopAgents,
    stopMapping,
    startMapping,
    async stop() {
      await stopAgents();
      await stopMapping();
      await sys.stop();
    },
  };
}
