import { setMaxListeners } from "node:events";
import type { NatsConnection } from "@nats-io/nats-core";
import { connect } from "@nats-io/transport-node";
import pino from "pino";
import { Registry } from "prom-client";
import { emptyAllowList } from "../../services/agent/allowlist.js";
import type { LoggerFabric } from "../../services/agent/fabric/logger.js";
import { hollowSpecs, runAgents } from "../../services/agent/service.js";

/** Hollow agents in this process, so the test can read their fabrics. */
export interface ClusterAgents {
  readonly fabrics: Map<string, LoggerFabric>;
  stop(): Promise<void>;
}

/** Like a separate node's connection: any cluster node, reconnecting forever. */
function connectTo(servers: string[], name: string): Promise<NatsConnection> {
  return connect({ servers, name, maxReconnectAttempts: -1, reconnectTimeWait: 250, noAsyncTraces: true });
}

/** Starts `n` hollow agents (`<prefix>-1` …) against a NATS cluster; resolves once each has synced. */
export async function startClusterAgents(
  servers: string[],
  n: number,
  prefix: string,
): Promise<ClusterAgents> {
  const specs = await hollowSpecs(n, prefix);
  const ac = new AbortController();
  // One signal for every informer, controller and watch of the service(s), as lib/service/run.ts gives it:
  // each holds one abort listener for its lifetime, more than node's default warning limit of 10.
  setMaxListeners(0, ac.signal);
  const nc = await connectTo(servers, `jetnet-agent/${specs[0]?.node}`);
  let ready!: () => void;
  const up = new Promise<void>((r) => (ready = r));
  const run = runAgents({
    nc,
    connectMore: (name) => connectTo(servers, name),
    agents: specs,
    registry: new Registry(),
    logger: pino({ level: process.env.JETNET_TEST_LOG ?? "silent" }),
    signal: ac.signal,
    allowedPrograms: emptyAllowList,
    execTimeoutMs: 5_000,
    digestIntervalMs: 1_000,
    onReady: ready,
  });
  await Promise.race([up, run]);
  return {
    fabrics: new Map(specs.map((s) => [s.node, s.fabric as LoggerFabric])),
    async stop() {
      ac.abort();
      await run;
      await nc.close();
    },
  };
}
