import { setMaxListeners } from "node:events";
import type { NatsConnection } from "@nats-io/transport-node";
import { collectDefaultMetrics, Registry } from "prom-client";
import { connectNats } from "./connect.js";
import { startHttp } from "./http.js";
import { createLogger } from "./logger.js";
import { closeRedis, connectRedis, type RedisClient } from "./redis.js";
import type {
  HttpServer,
  Logger,
  ReadyCheck,
  RunMainOptions,
  ServiceContext,
  ServiceSpec,
  SignalSource,
} from "./types.js";

const shutdownSignals = ["SIGTERM", "SIGINT"] as const;

/**
 * Runs `main` under one AbortSignal and ends the process with its outcome.
 *  - first SIGTERM/SIGINT: abort the signal and wait for `main` to drain;
 *  - second signal: exit 1 at once (the operator, or the platform, has run out of patience);
 *  - `main` resolves: exit 0; `main` throws: log it, exit 1. Throwing the signal's own abort
 *    reason after a shutdown signal counts as a clean stop.
 * Resolves after `exit` was called (which, with the real `process.exit`, is never); the signal
 * handlers are removed by then, so tests can run it repeatedly.
 */
export async function runMain(
  main: (signal: AbortSignal) => Promise<void>,
  opts: RunMainOptions,
): Promise<void> {
  const { logger } = opts;
  const signals: SignalSource = opts.signals ?? process;
  const exit = opts.exit ?? ((code: number) => process.exit(code));
  const controller = new AbortController();
  // Every informer, watch and timed loop of a service listens on this one signal (hollow agents:
  // thousands); that is by design, not a leak.
  setMaxListeners(0, controller.signal);
  let exited = false;
  const exitOnce = (code: number) => {
    if (exited) return;
    exited = true;
    exit(code);
  };

  const onSignal = (signal: NodeJS.Signals) => {
    if (!controller.signal.aborted) {
      logger.info({ signal }, "draining (send the signal again to exit at once)");
      controller.abort(new ShutdownSignal(signal));
      return;
    }
    logger.warn({ signal }, "second signal: exiting without draining");
    exitOnce(1);
  };
  for (const s of shutdownSignals) signals.on(s, onSignal);

  let code = 0;
  try {
    await main(controller.signal);
    logger.info("stopped");
  } catch (err) {
    if (controller.signal.aborted && err === controller.signal.reason) {
      logger.info("stopped");
    } else {
      code = 1;
      logger.error({ err }, "failed");
    }
  } finally {
    for (const s of shutdownSignals) signals.off(s, onSignal);
  }
  // pino writes to stdout asynchronously; flush so the last lines survive process.exit.
  await new Promise<void>((resolve) => logger.flush(() => resolve()));
  exitOnce(code);
}

/** The abort reason after a shutdown signal; `run` code can tell shutdown from other aborts. */
export class ShutdownSignal extends Error {
  override name = "ShutdownSignal";
  constructor(readonly signal: NodeJS.Signals) {
    super(`received ${signal}`);
  }
}

export interface RunServiceOptions {
  /** Passed to `runMain`: tests inject both. */
  exit?: RunMainOptions["exit"];
  signals?: SignalSource;
  /** A logger to use instead of a fresh one on stdout (tests). */
  logger?: Logger;
}

/**
 * The whole process for one service: logs, metrics and probes, connections, `spec.run`, then an
 * orderly teardown (see the lifecycle in types.ts). A service's main.ts reads:
 *
 * ```ts
 * addCommonOptions(new Command("jetnet-ipam")).action((opts) =>
 *   runService({ name: "ipam", config: commonConfig(opts), redis: true, run: (ctx) => runIpam(ctx) }),
 * );
 * ```
 */
export async function runService(spec: ServiceSpec, options: RunServiceOptions = {}): Promise<void> {
  const { config } = spec;
  const logger =
    options.logger ?? createLogger({ level: config.logLevel, name: spec.name, instance: config.instance });
  await runMain((signal) => serve(spec, logger, signal), {
    logger,
    exit: options.exit,
    signals: options.signals,
  });
}

async function serve(spec: ServiceSpec, logger: Logger, signal: AbortSignal): Promise<void> {
  const { config } = spec;
  const clientName = `jetnet-${spec.name}/${config.instance}`;
  const registry = new Registry();
  // Prefixed so the process metrics of every jetnet service sort together and never collide
  // with another exporter's on the same Prometheus.
  collectDefaultMetrics({ register: registry, prefix: "jetnet_" });

  // Not ready until the service says so; never ready again once draining.
  let check: ReadyCheck = () => false;
  const ready: ReadyCheck = () => !signal.aborted && check();

  let http: HttpServer | undefined;
  let nc: NatsConnection | undefined;
  let redis: RedisClient | undefined;
  try {
    if (config.metricsAddr) http = await startHttp({ addr: config.metricsAddr, registry, ready, logger });
    nc = await connectNats(config.nats, { name: clientName, logger, signal });
    if (spec.redis) redis = await connectRedis(config.redis, { name: clientName, logger, signal });
    const ctx: ServiceContext = {
      service: spec.name,
      config,
      logger,
      registry,
      nc,
      redis,
      signal,
      setReady(fn) {
        check = fn;
      },
    };
    logger.info("started");
    await spec.run(ctx);
  } finally {
    await teardown(logger, nc, redis, http);
  }
}

/** Closes in dependency order; every step runs even if an earlier one failed, the first error wins. */
async function teardown(
  logger: Logger,
  nc: NatsConnection | undefined,
  redis: RedisClient | undefined,
  http: HttpServer | undefined,
): Promise<void> {
  const errors: unknown[] = [];
  const step = async (what: string, fn: () => Promise<unknown>) => {
    try {
      await fn();
    } catch (err) {
      logger.error({ err }, `${what} failed`);
      errors.push(err);
    }
  };
  // Drain flushes pending publishes and lets subscriptions finish their in-flight messages.
  if (nc && !nc.isClosed()) await step("NATS drain", () => nc.drain());
  if (redis) await step("Redis quit", () => closeRedis(redis));
  if (http) await step("HTTP close", () => http.close());
  if (errors.length > 0) throw errors[0];
}

/**
 * What a service's run function takes from the runtime: the connection, metrics registry, logger
 * and stop signal, and an onReady that marks the process ready (/readyz) and logs it once.
 */
export function serviceBasics(ctx: ServiceContext, readyLog: Record<string, unknown> = {}) {
  return {
    nc: ctx.nc,
    registry: ctx.registry,
    logger: ctx.logger,
    signal: ctx.signal,
    onReady: () => {
      const ready = () => {
        if (ctx.signal.aborted) return;
        ctx.setReady(() => true);
        // uptimeMs: from the process's start, so a restart's cost is read from the log itself.
        ctx.logger.info({ ...readyLog, uptimeMs: Math.round(process.uptime() * 1000) }, "ready");
      };
      // Ready once nats-server holds every subscription made so far (a flush is answered after
      // the server read all sent before it): a request sent on the strength of the log line or
      // /readyz finds the service's endpoints, never "no responders".
      ctx.nc.flush().then(ready, ready);
    },
  };
}
