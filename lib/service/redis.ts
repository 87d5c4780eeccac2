import { readFileSync } from "node:fs";
import type { ConnectionOptions } from "node:tls";
import { Cluster, Redis, type RedisOptions } from "ioredis";
import { invalid, unavailable } from "../errors.js";
import { sleep } from "../time.js";
import { RedisMode, redactRedisUrl } from "./redisurl.js";
import type { Logger, RedisConfig } from "./types.js";

/**
 * A connection to whatever `--redis` names: one server, a primary found through Sentinel (a
 * `Redis` with `sentinels`), or a Redis Cluster. Failover and slot routing are ioredis's own.
 * Single-key commands and scripts whose keys share a slot work the same on both; whatever must
 * see every node (SCAN, INFO) goes through `redisMasters`.
 */
export type RedisClient = Redis | Cluster;

export interface ConnectRedisOptions {
  /** Client connection name (CLIENT SETNAME), shown by `CLIENT LIST`. */
  name: string;
  logger: Logger;
  /** Gives up on the initial connect. */
  signal?: AbortSignal;
}

/** How long one Redis command may take before it fails (see `connectRedis`). */
export const redisCommandTimeoutMs = 5_000;

/** How long the first connection may take: a Cluster or Sentinel never reports a final failure. */
const initialConnectMs = 15_000;

/** Clients their owner closed (closeRedis): the only ones left ended (see `connectRedis`). */
const closedByOwner = new WeakSet<RedisClient>();

/**
 * Connects to Redis and resolves once it is ready. Redis is the lease arbiter: a command that
 * cannot reach it must fail within seconds, so the caller's reconcile errors out and backs off
 * (and its error metrics show it) rather than hang a worker, and with it its key, forever.
 * Hence, where ioredis defaults to waiting:
 *  - `maxRetriesPerRequest: 2`: a command queued while disconnected fails after two reconnect
 *    attempts (~0.3 s) instead of 20 (or never, with `null`);
 *  - `commandTimeout`: a command on a connection that went silent (half-open TCP) fails after 5 s;
 *  - reconnecting itself never stops, at most 2 s apart, so the service recovers on its own;
 *  - nor does the client itself: one that ends ("Connection is closed.") without `closeRedis`
 *    connects again, at most 2 s later. ioredis ends a Sentinel client for good, whatever its
 *    retry strategy says, when a sentinel's +switch-master arrives while a reconnect is still
 *    asking a sentinel for the primary (the failover detector of the lost connection aborts the
 *    connect in flight). Every command of that service then failed until it was restarted: ipam
 *    replicas left their share of attachments without addresses after a failover.
 * The same holds for every node of a Cluster and for the primary behind Sentinel. During a
 * failover commands fail for the seconds it takes; callers retry them.
 * A failed command may still have run on the server: callers keep every write idempotent or fenced
 * (lease scripts check the owner and sequence), which they must anyway.
 */
export async function connectRedis(cfg: RedisConfig, opts: ConnectRedisOptions): Promise<RedisClient> {
  const { logger, signal } = opts;
  signal?.throwIfAborted();
  const where = redactRedisUrl(cfg.url);
  const redis = createClient(cfg, opts.name);

  // One warning per outage, not one per reconnect attempt: every failed attempt emits "error",
  // and without any "error" listener ioredis would print each to stderr.
  let up = false; // the initial connect succeeded (it reports its own failure)
  let connected = false; // between "ready" and the next loss of the connection
  redis.on("ready", () => {
    if (up && !connected) logger.info({ redis: where }, "Redis reconnected");
    connected = true;
  });
  redis.on("reconnecting", () => {
    if (up && connected) logger.warn({ redis: where }, "Redis connection lost, reconnecting");
    connected = false;
  });
  redis.on("error", (err: Error) => {
    if (up) logger[connected ? "warn" : "debug"]({ err: err.message, redis: where }, "Redis error");
  });
  if (redis instanceof Cluster) {
    redis.on("+node", (node: Redis) =>
      logger.debug({ redis: where, node: `${node.options.host}:${node.options.port}` }, "Redis node added"),
    );
    redis.on("node error", (err: Error, node: string) => {
      if (up) logger.debug({ err: err.message, node }, "Redis Cluster node error");
    });
  } else if (cfg.target.mode === RedisMode.Sentinel) {
    redis.on("+switch-master", () => logger.warn({ redis: where }, "Redis Sentinel switched primary"));
  }

  try {
    await new Promise<void>((resolve, reject) => {
      const onAbort = () => {
        cleanup();
        reject(signal?.reason);
      };
      const fail = (err: unknown) => {
        cleanup();
        reject(unavailable(`cannot connect to Redis at ${where}`, err));
      };
      const timer = setTimeout(
        () => fail(new Error(`not ready after ${initialConnectMs} ms`)),
        initialConnectMs,
      );
      const cleanup = () => {
        clearTimeout(timer);
        redis.off("ready", onReady);
        redis.off("error", fail);
        signal?.removeEventListener("abort", onAbort);
      };
      const onReady = () => {
        cleanup();
        resolve();
      };
      redis.once("ready", onReady);
      redis.once("error", fail);
      signal?.addEventListener("abort", onAbort, { once: true });
    });
  } catch (err) {
    closedByOwner.add(redis);
    redis.disconnect();
    throw err;
  }
  up = true;
  logger.info({ redis: where, mode: cfg.target.mode }, "connected to Redis");
  let restarts = 0; // connects after an end, since the client was last ready
  redis.on("ready", () => {
    restarts = 0;
  });
  redis.on("end", () => {
    if (closedByOwner.has(redis)) return;
    const delayMs = Math.min(++restarts * 100, 2_000);
    logger.warn({ redis: where, delayMs }, "Redis client gave up reconnecting; connecting it again");
    setTimeout(() => {
      // A connect that ends the same way emits "end" again, and so comes back here.
      if (redis.status === "end" && !closedByOwner.has(redis)) redis.connect().catch(() => undefined);
    }, delayMs);
  });
  return redis;
}

function createClient(cfg: RedisConfig, name: string): RedisClient {
  const { target } = cfg;
  const tls = target.tls ? tlsOptions(cfg.tlsCa) : undefined;
  const common: RedisOptions = {
    lazyConnect: false,
    connectionName: name,
    connectTimeout: 5_000,
    commandTimeout: redisCommandTimeoutMs,
    maxRetriesPerRequest: 2,
    // The commands of one event-loop turn leave as one write, and while such a batch waits for
    // its replies the next turns' commands queue behind it: no added delay when idle, one write
    // for many leases under load (bench:e2e at 2,000 ops/s: the network process makes a third
    // of the write system calls it made with one write per command).
    enableAutoPipelining: true,
    retryStrategy: (times) => Math.min(times * 100, 2_000),
    ...(target.username !== undefined && { username: target.username }),
    ...((cfg.password ?? target.password) !== undefined && { password: cfg.password ?? target.password }),
    ...(tls && { tls }),
  };
  switch (target.mode) {
    case RedisMode.Standalone:
      return new Redis(target.url ?? "", common);
    case RedisMode.Sentinel:
      return new Redis({
        ...common,
        sentinels: target.nodes,
        name: target.masterName ?? "",
        db: target.db,
        role: "master",
        ...(cfg.sentinelPassword !== undefined && { sentinelPassword: cfg.sentinelPassword }),
        ...(tls && { enableTLSForSentinelMode: true, sentinelTLS: tls }),
        sentinelRetryStrategy: (times) => Math.min(times * 100, 2_000),
        // Subscribes to the sentinels' +switch-master, so a failover is followed at once rather
        // than when the old primary's connection breaks (it may only hang).
        failoverDetector: true,
      });
    case RedisMode.Cluster:
      return new Cluster(target.nodes, {
        redisOptions: { ...common, enableAutoPipelining: false },
        scaleReads: "master",
        // No auto-pipelining here: ioredis follows a redirect for a pipeline only when all its
        // commands got the same error, and a batch mixes slots of one master, whose MOVED
        // errors name different slots. After a failover its scripts would fail instead of
        // following MOVED to the promoted replica, as a lone command does.
        clusterRetryStrategy: (times) => Math.min(times * 100, 2_000),
        // Under a failover a slot answers CLUSTERDOWN or TRYAGAIN, or its node refuses: retry
        // (bounded by maxRedirections) while the cluster elects a replica.
        retryDelayOnFailover: 200,
        retryDelayOnClusterDown: 200,
        retryDelayOnTryAgain: 200,
        slotsRefreshTimeout: 2_000,
        slotsRefreshInterval: 2_000,
      });
  }
}

function tlsOptions(caFile: string | undefined): ConnectionOptions {
  if (caFile === undefined) return {};
  try {
    return { ca: readFileSync(caFile) };
  } catch (err) {
    throw invalid("--redis-tls-ca", `cannot read ${caFile}: ${err instanceof Error ? err.message : err}`);
  }
}

/**
 * Every node that serves writes: the Cluster's masters as ioredis last saw them, or the one
 * connection otherwise (behind Sentinel: whichever primary it is connected to now).
 */
export function redisMasters(redis: RedisClient): Redis[] {
  return redis instanceof Cluster ? redis.nodes("master") : [redis];
}

/** Every node ioredis holds a connection to (a Cluster's masters and replicas). */
export function redisNodes(redis: RedisClient): Redis[] {
  return redis instanceof Cluster ? redis.nodes("all") : [redis];
}

/**
 * QUIT when connected (pending replies arrive first), else just drop the socket and retries.
 * The way to close a client from `connectRedis`: one ended otherwise (`disconnect`) connects again.
 */
export async function closeRedis(redis: RedisClient): Promise<void> {
  closedByOwner.add(redis);
  if (redis.status !== "ready") {
    redis.disconnect();
    return;
  }
  try {
    await redis.quit();
  } catch {
    redis.disconnect();
    return;
  }
  // QUIT closes the connection to the primary only: behind Sentinel, the failover detector's
  // subscriptions to the sentinels stay open until the connector is disconnected.
  if (!(redis instanceof Cluster)) redis.disconnect();
}

/**
 * A Redis connection a service can do without (the network service leases addresses within
 * creates when it has one): it connects in the background, retrying every `retryMs` until
 * `signal` aborts, so the service starts and serves whatever Redis does. `client` stays undefined
 * until the first connect succeeds; from then on the client reconnects by itself (connectRedis)
 * and users check its `status` before each use.
 */
export class BackgroundRedis {
  private current: RedisClient | undefined;
  private readonly connecting: Promise<void>;

  constructor(cfg: RedisConfig, opts: ConnectRedisOptions & { signal: AbortSignal; retryMs?: number }) {
    this.connecting = this.connect(cfg, opts);
  }

  get client(): RedisClient | undefined {
    return this.current;
  }

  /** Resolves with the client once connected, or undefined if the signal aborted first. */
  async connected(): Promise<RedisClient | undefined> {
    await this.connecting;
    return this.current;
  }

  /** Closes the client; call once `signal` has aborted (a connect in flight ends with it). */
  async close(): Promise<void> {
    await this.connecting;
    if (this.current) await closeRedis(this.current);
  }

  private async connect(
    cfg: RedisConfig,
    opts: ConnectRedisOptions & { signal: AbortSignal; retryMs?: number },
  ): Promise<void> {
    const { signal, logger } = opts;
    const retryMs = opts.retryMs ?? 5_000;
    while (!signal.aborted) {
      try {
        this.current = await connectRedis(cfg, opts);
        return;
      } catch (err) {
        if (signal.aborted) return;
        logger.warn(
          { err: err instanceof Error ? err.message : String(err), retryMs },
          "Redis not reachable; connecting again in the background",
        );
      }
      await sleep(retryMs, signal);
    }
  }
}
