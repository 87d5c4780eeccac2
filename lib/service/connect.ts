import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import {
  type Authenticator,
  credsAuthenticator,
  type NatsConnection,
  type NodeConnectionOptions,
} from "@nats-io/transport-node";
import { invalid, unavailable } from "../errors.js";
import { connectCoalescing } from "../nats/transport.js";
import { defaults } from "./config.js";
import type { Logger, NatsConfig } from "./types.js";

export interface ConnectNatsOptions {
  /** Client connection name, shown by `nats server report connections`. */
  name: string;
  logger: Logger;
  /** Gives up on the initial connect; an established connection is not closed by it (see below). */
  signal?: AbortSignal;
}

/**
 * Connects to NATS and keeps reconnecting forever: a control-plane process has nothing useful to
 * do without NATS, and exiting would only trade a reconnect for a restart that also throws away
 * its caches. The initial connect, in contrast, fails fast so a misconfiguration is seen at once.
 *
 * Why `signal` does not close the connection: a service still needs NATS while it drains after
 * the signal; the runner drains the connection once the service's `run` has returned.
 *
 * Connection events are logged by a loop over `nc.status()`; nats-core ends every status
 * iterator on close, so the loop lives exactly as long as the connection.
 */
export async function connectNats(cfg: NatsConfig, opts: ConnectNatsOptions): Promise<NatsConnection> {
  const { logger, signal } = opts;
  signal?.throwIfAborted();
  const options: NodeConnectionOptions = {
    servers: cfg.servers,
    name: opts.name,
    maxReconnectAttempts: -1,
    reconnectTimeWait: 250,
    // A dead TCP peer is noticed after pingInterval * maxPingOut (~30 s) instead of the 2-minute
    // default, so reconnecting to another cluster node starts while the work is still fresh.
    pingInterval: 10_000,
    maxPingOut: 3,
    // Without this, nats.js builds an Error with a stack trace for every request it sends (to
    // report where a later failure came from): about a quarter of a busy service's CPU.
    noAsyncTraces: true,
  };
  if (cfg.user !== undefined) {
    options.user = cfg.user;
    options.pass = cfg.password ?? "";
  }
  if (cfg.credsFile !== undefined) options.authenticator = await credsFromFile(cfg.credsFile);
  if (cfg.inboxPrefix !== undefined) options.inboxPrefix = cfg.inboxPrefix;
  if (cfg.tls) {
    const { caFile, certFile, keyFile } = cfg.tls;
    options.tls = {
      ...(caFile !== undefined && { caFile }),
      ...(certFile !== undefined && { certFile }),
      ...(keyFile !== undefined && { keyFile }),
    };
  }

  const servers = cfg.servers.map(redactUrl).join(",");
  let nc: NatsConnection;
  try {
    nc = await connectCoalescing(options, cfg.writeWindowMs ?? defaults.natsWriteWindowMs);
  } catch (err) {
    // The reason travels as `cause`, which pino and Node both print.
    throw unavailable(`cannot connect to NATS at ${servers}`, err);
  }
  if (signal?.aborted) {
    await nc.close();
    signal.throwIfAborted();
  }
  logger.info({ server: nc.getServer(), servers }, "connected to NATS");
  // Owned by the connection: the iterator ends when nc closes, and the loop never rejects.
  void logNatsStatus(nc, logger);
  return nc;
}

async function logNatsStatus(nc: NatsConnection, logger: Logger): Promise<void> {
  try {
    for await (const s of nc.status()) {
      switch (s.type) {
        case "disconnect":
          logger.warn({ server: s.server }, "NATS disconnected");
          break;
        case "reconnect":
          logger.info({ server: s.server }, "NATS reconnected");
          break;
        case "reconnecting":
          logger.debug("NATS reconnecting");
          break;
        case "ldm":
          logger.warn({ server: s.server }, "NATS server entering lame-duck mode");
          break;
        case "staleConnection":
          logger.warn("NATS connection stale (pings unanswered)");
          break;
        case "slowConsumer":
          logger.warn({ subject: s.sub.getSubject(), pending: s.pending }, "NATS slow consumer");
          break;
        case "error":
          logger.error({ err: s.error }, "NATS async error");
          break;
        case "update":
          logger.debug({ added: s.added, deleted: s.deleted }, "NATS cluster update");
          break;
        case "close":
          logger.info("NATS connection closed");
          break;
        // ping and forceReconnect: too chatty or already logged as disconnect/reconnect.
      }
    }
  } catch (err) {
    logger.error({ err }, "NATS status loop failed");
  }
}

/**
 * Reads the creds file now, so a wrong path fails the start with a clear message, and again on
 * every (re)connect, so a rotated file is picked up without a restart; if a re-read fails the
 * last good copy is used.
 */
async function credsFromFile(file: string): Promise<Authenticator> {
  let last: Uint8Array;
  try {
    last = await readFile(file);
  } catch (err) {
    throw invalid("--nats-creds", `cannot read ${file}: ${errorMessage(err)}`);
  }
  return credsAuthenticator(() => {
    try {
      last = readFileSync(file);
    } catch {
      // keep the last good copy
    }
    return last;
  });
}

/** The URL without its password, for logs and error messages. */
export function redactUrl(raw: string): string {
  try {
    const u = new URL(raw);
    if (u.password === "") return raw;
    u.password = "***";
    return u.toString();
  } catch {
    return raw;
  }
}

function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
