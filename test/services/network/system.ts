import { setMaxListeners } from "node:events";
import type { NatsConnection } from "@nats-io/nats-core";
import { connect } from "@nats-io/transport-node";
import pino from "pino";
import { Registry } from "prom-client";
import { JetnetClient } from "../../../lib/api/client.js";
import type { RetentionOptions } from "../../../lib/service/retention.js";
import { runNetwork } from "../../../services/network/service.js";
import { type NatsServer, startNats } from "../../harness/index.js";

/** A nats-server and the network service in-process, with an SDK client: the API tests' setup. */
export interface NetworkSystem {
  readonly nats: NatsServer;
  readonly nc: NatsConnection;
  readonly client: JetnetClient;
  /** The service's metrics. */
  readonly registry: Registry;
  stop(): Promise<void>;
}

export async function startNetworkSystem(
  opts: {
    resyncMs?: number;
    listWindowMs?: number;
    natsConfig?: string;
    retention?: RetentionOptions;
    maxPending?: number;
  } = {},
): Promise<NetworkSystem> {
  const nats = await startNats(opts.natsConfig ? { config: opts.natsConfig } : {});
  const nc = await connect({ servers: nats.url });
  const ac = new AbortController();
  // One signal for every informer, controller and watch of the service(s), as lib/service/run.ts gives it:
  // each holds one abort listener for its lifetime, more than node's default warning limit of 10.
  setMaxListeners(0, ac.signal);
  let service: Promise<void> | undefined;
  const registry = new Registry();
  await new Promise<void>((resolve, reject) => {
    service = runNetwork({
      nc,
      registry,
      logger: pino({ level: "silent" }),
      signal: ac.signal,
      ...(opts.resyncMs ? { resyncMs: opts.resyncMs } : {}),
      ...(opts.listWindowMs ? { listWindowMs: opts.listWindowMs } : {}),
      ...(opts.retention ? { retention: opts.retention } : {}),
      ...(opts.maxPending !== undefined ? { maxPending: opts.maxPending } : {}),
      onReady: resolve,
    });
    service.catch(reject);
  });
  return {
    nats,
    nc,
    client: new JetnetClient(nc),
    registry,
    async stop() {
      ac.abort();
      await service;
      await nc.close();
      await nats.stop();
    },
  };
}
