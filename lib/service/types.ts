import type { NatsConnection } from "@nats-io/transport-node";
import type { Logger } from "pino";
import type { Registry } from "prom-client";
import type { RedisClient } from "./redis.js";
import type { RedisTarget } from "./redisurl.js";

/**
 * The process runtime every jetnet service (network, ipam, mapping, agent) shares, so that each
 * `services/<name>/main.ts` only wires: parse flags, build a `CommonConfig`, call `runService`
 * with a `run(ctx)` that resolves once its work has drained.
 *
 * Lifecycle of one process (`runService`):
 *  1. logger, then a metrics registry with the default process metrics (prefix `jetnet_`);
 *  2. the HTTP server (`/metrics`, `/healthz`, `/readyz`) comes up first, so liveness answers
 *     while the connections are still being made; `/readyz` is 503 until `run` says otherwise;
 *  3. NATS (and Redis when asked for) connect; a failure here exits 1;
 *  4. `run(ctx)` runs; the first SIGTERM/SIGINT aborts `ctx.signal` and turns `/readyz` to 503;
 *     `run` drains and resolves; a second signal exits 1 at once;
 *  5. NATS drains, Redis quits, the HTTP server closes last (so metrics survive the drain).
 */

export type { Logger };

/** pino's level names; `silent` turns logging off (tests). */
export const LogLevel = {
  Fatal: "fatal",
  Error: "error",
  Warn: "warn",
  Info: "info",
  Debug: "debug",
  Trace: "trace",
  Silent: "silent",
} as const;
export type LogLevel = (typeof LogLevel)[keyof typeof LogLevel];

/** The NATS authentication and TLS flags, as commander hands them over; services and the CLI share them. */
export interface NatsAuthOptions {
  natsUser?: string | undefined;
  natsPassword?: string | undefined;
  natsCreds?: string | undefined;
  natsTlsCa?: string | undefined;
  natsTlsCert?: string | undefined;
  natsTlsKey?: string | undefined;
  natsInboxPrefix?: string | undefined;
}

/** Raw option values as commander hands them over (after flag > env > default precedence). */
export interface CommonOptions extends NatsAuthOptions {
  nats: string;
  natsWriteWindow?: string | undefined;
  redis: string;
  redisPassword?: string | undefined;
  sentinelPassword?: string | undefined;
  redisTlsCa?: string | undefined;
  metricsAddr: string;
  logLevel: string;
  name: string;
}

/** How to reach NATS. At most one of user/password and credsFile is set. */
export interface NatsConfig {
  /** Seed servers, normalised to URLs (`nats://` or `tls://`); at least one. */
  servers: string[];
  user?: string | undefined;
  password?: string | undefined;
  /** A `.creds` file (JWT + nkey seed); re-read on every reconnect so rotation needs no restart. */
  credsFile?: string | undefined;
  /** Set when any TLS file is given: TLS is then required. */
  tls?:
    | { caFile?: string | undefined; certFile?: string | undefined; keyFile?: string | undefined }
    | undefined;
  /**
   * Prefix of this client's reply and delivery subjects (default `_INBOX`). With `jetnet auth gen`
   * each identity gets its own, so no client can subscribe to another's replies.
   */
  inboxPrefix?: string | undefined;
  /**
   * Milliseconds a busy connection holds what it sends after its last write, so that sends close
   * together leave as one write (see CoalescingTransport); 0 writes at the end of every loop turn.
   * Default `defaults.natsWriteWindowMs`.
   */
  writeWindowMs?: number | undefined;
}

/** How to reach Redis: one server, a Sentinel-watched primary, or a Cluster (see redisurl.ts). */
export interface RedisConfig {
  /** The `--redis` value as given, credentials included (log it through `redactRedisUrl`). */
  url: string;
  target: RedisTarget;
  /** The data nodes' password; overrides one in the URL. */
  password?: string | undefined;
  /** The sentinels' own password (Sentinel mode). */
  sentinelPassword?: string | undefined;
  /** CA certificate for the `rediss` schemes; default the system's. */
  tlsCa?: string | undefined;
}

/** A TCP listen address; port 0 asks the kernel for a free port. */
export interface ListenAddr {
  host: string;
  port: number;
}

/** Validated configuration shared by every service. */
export interface CommonConfig {
  nats: NatsConfig;
  redis: RedisConfig;
  /** Where to serve /metrics, /healthz, /readyz; undefined when disabled. */
  metricsAddr: ListenAddr | undefined;
  logLevel: LogLevel;
  /** This process's instance name: in every log line and in the NATS/Redis client names. */
  instance: string;
}

/** Answers /readyz: true when ready; false or a thrown error (its message is the reason) when not. */
export type ReadyCheck = () => boolean | Promise<boolean>;

/** A running metrics/health server. */
export interface HttpServer {
  /** The bound port (the real one when 0 was asked for). */
  readonly port: number;
  /** Base URL, e.g. `http://127.0.0.1:41234`. */
  readonly url: string;
  /** Stops listening and drops idle keep-alive connections; resolves when the port is free. */
  close(): Promise<void>;
}

/** What a service's `run` gets: everything already connected, one signal for shutdown. */
export interface ServiceContext {
  /** The service name ("network", "ipam", ...), as in the logs' `service` field. */
  readonly service: string;
  readonly config: CommonConfig;
  readonly logger: Logger;
  /** Register the service's metrics here; served on /metrics. */
  readonly registry: Registry;
  readonly nc: NatsConnection;
  /** Present only when the service asked for Redis (`ServiceSpec.redis`). */
  readonly redis: RedisClient | undefined;
  /** Aborted on the first SIGTERM/SIGINT: stop taking work, finish what is in flight, return. */
  readonly signal: AbortSignal;
  /**
   * Sets what /readyz reports (e.g. "informers synced"). Until called, the service is not ready;
   * once `signal` aborts it is not ready whatever the check says, so traffic moves away first.
   */
  setReady(check: ReadyCheck): void;
}

export interface ServiceSpec {
  /** The service name, used in logs, metrics and client connection names. */
  name: string;
  config: CommonConfig;
  /** Connect to Redis too (ipam only, today). */
  redis?: boolean;
  /** The service's work: resolves only after it has drained, once `ctx.signal` aborts. */
  run(ctx: ServiceContext): Promise<void>;
}

/** The part of `process` the runner needs, so tests can send signals without killing the runner. */
export interface SignalSource {
  on(event: "SIGTERM" | "SIGINT", listener: (signal: NodeJS.Signals) => void): unknown;
  off(event: "SIGTERM" | "SIGINT", listener: (signal: NodeJS.Signals) => void): unknown;
}

export interface RunMainOptions {
  logger: Logger;
  /** Ends the process; `process.exit` by default. Tests inject a recorder. */
  exit?: (code: number) => void;
  /** Where signals come from; `process` by default. */
  signals?: SignalSource;
}
