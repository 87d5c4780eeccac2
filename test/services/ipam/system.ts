import { setMaxListeners } from "node:events";
import type { NatsConnection } from "@nats-io/nats-core";
import { connect } from "@nats-io/transport-node";
import { Redis } from "ioredis";
import pino from "pino";
import { Registry } from "prom-client";
import { JetnetClient } from "../../../lib/api/client.js";
import { ipamInside } from "../../../services/ipam/inside.js";
import { type IpamOptions, runIpam } from "../../../services/ipam/service.js";
import { mappingInside } from "../../../services/mapping/inside.js";
import type { CreateLeaseOptions } from "../../../services/network/address.js";
import { type NetworkOptions, runNetwork } from "../../../services/network/service.js";
import { type NatsServer, type RedisServer, startNats, startRedis } from "../../harness/index.js";

/** NATS, Redis and in-process network + ipam services, for integration tests. */
export interface TestSystem {
  readonly nats: NatsServer;
  readonly redis: RedisServer;
  readonly nc: NatsConnection;
  readonly client: JetnetClient;
  readonly redisClient: Redis;
  /** The network service's own Redis client, when it leases addresses within creates. */
  readonly networkRedis: Redis | undefined;
  readonly registry: Registry;
  stop(): Promise<void>;
}

export async function startSystem(
  ipam: Partial<IpamOptions> = {},
  network: Partial<NetworkOptions> = {},
  opts: {
    /** Give the network service Redis (its own client), so it leases addresses within creates. */
    leaseInCreate?: Omit<CreateLeaseOptions, "redis">;
    /**
     * Run ipam inside the network service, on its caches (`jetnet network --ipam`), instead of
     * beside it; the network service then also leases within creates (as that flag does).
     */
    embedded?: boolean;
    /** Run mapping inside the network service too (`jetnet network --mapping`). */
    mapping?: boolean;
  } = {},
): Promise<TestSystem> {
  const [nats, redis] = await Promise.all([startNats(), startRedis()]);
  const nc = await connect({ servers: nats.url });
  const redisClient = new Redis(redis.url, { maxRetriesPerRequest: 2 });
  const leaseInCreate = opts.leaseInCreate ?? (opts.embedded ? {} : undefined);
  const networkRedis = leaseInCreate && new Redis(redis.url, { maxRetriesPerRequest: 2 });
  // Tests stop Redis under it: reconnect errors are expected, and the service copes without it.
  networkRedis?.on("error", () => undefined);
  const ac = new AbortController();
  setMaxListeners(0, ac.signal); // one signal for every informer of two services

  const logger = pino({ level: process.env.JETNET_TEST_LOG ?? "silent" });
  const registry = new Registry();
  let netReady!: () => void;
  const netUp = new Promise<void>((r) => (netReady = r));
  let ipamReady!: () => void;
  const ipamUp = new Promise<void>((r) => (ipamReady = r));
  const net = runNetwork({
    nc,
    registry,
    logger,
    signal: ac.signal,
    onReady: netReady,
    resyncMs: 2000,
    ...(networkRedis && { leases: { ...leaseInCreate, redis: networkRedis } }),
    companions: [
      ...(opts.embedded ? [ipamInside({ ...ipam, redis: async () => redisClient, onReady: ipamReady })] : []),
      ...(opts.mapping ? [mappingInside({})] : []),
    ],
    ...network,
  });
  await netUp;
  const ip = opts.embedded
    ? Promise.resolve()
    : runIpam({
        nc,
        redis: redisClient,
        registry,
        logger,
        signal: ac.signal,
        onReady: ipamReady,
        ...ipam,
      });
  await ipamUp;
  return {
    nats,
    redis,
    nc,
    client: new JetnetClient(nc, { timeoutMs: 20_000 }),
    redisClient,
    networkRedis,
    registry,
    async stop() {
      ac.abort();
      await Promise.allSettled([net, ip]);
      redisClient.disconnect();
      networkRedis?.disconnect();
      await nc.close();
      await Promise.all([nats.stop(), redis.stop()]);
    },
  };
}

export async function eventually<T>(
  fn: () => Promise<T | undefined>,
  timeoutMs = 20_000,
  what = "condition",
): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < end) {
    try {
      const v = await fn();
      if (v !== undefined) return v;
    } catch (err) {
      last = err;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}${last ? `: ${(last as Error).message}` : ""}`);
}
