import { setMaxListeners } from "node:events";
import type { NatsConnection } from "@nats-io/nats-core";
import { connect } from "@nats-io/transport-node";
import pino from "pino";
import { Registry } from "prom-client";
import { JetnetClient } from "../../../lib/api/client.js";
import type { RetentionOptions } from "../../../lib/service/retention.js";
import { type NetworkOptions, runNetwork } from "../../../services/network/service.js";
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
  const service = await startNetworkService(nats.url, {
    ...(opts.resyncMs ? { resyncMs: opts.resyncMs } : {}),
    ...(opts.listWindowMs ? { listWindowMs: opts.listWindowMs } : {}),
    ...(opts.retention ? { retention: opts.retention } : {}),
    ...(opts.maxPending !== undefined ? { maxPending: opts.maxPending } : {}),
  });
  return {
    nats,
    nc: service.nc,
    client: new JetnetClient(service.nc),
    registry: service.registry,
    async stop() {
      await service.stop();
      await nats.stop();
    },
  };
}

/** One network service in-process, on its own connection to `natsUrl`, with its own metrics. */
export interface NetworkService {
  readonly nc: NatsConnection;
  readonly registry: Registry;
  /** Aborts the service, waits until it has finished, and closes its connection. */
  stop(): Promise<void>;
}

/** Starts the network service (silent logger unless `opts.logger`) and waits until it is ready. */
export async function startNetworkService(
  natsUrl: string,
  opts: Partial<Omit<NetworkOptions, "nc" | "registry" | "signal" | "onReady">> = {},
): Promise<NetworkService> {
  const nc = await connect({ servers: natsUrl });
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
      ...opts,
      onReady: resolve,
    });
    service.catch(reject);
  });
  return {
    nc,
    registry,
    async stop() {
      ac.abort();
      await service;
      await nc.close();
    },
  };
}

/** A shell's environment for running the CLI from source: no JETNET_* settings, no config file. */
export function cleanEnv(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("JETNET_")));
  return { ...env, JETNET_FROM_SOURCE: "1", HOME: "/nonexistent" };
}
