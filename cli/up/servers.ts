import { spawnSync } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import { createServer, connect as tcpConnect } from "node:net";
import { join } from "node:path";
import { jetstreamManager } from "@nats-io/jetstream";
import { connect } from "@nats-io/transport-node";
import { Child } from "./child.js";

const host = "127.0.0.1";
const startTimeoutMs = 30_000;

/** A server `jetnet up` started, with what the summary prints. */
export interface StartedServer {
  child: Child;
  url: string;
  /** Extra URLs worth printing, e.g. the NATS monitoring endpoint. */
  extra: Record<string, string>;
}

export interface ServerOptions {
  binary: string;
  /** Wanted port; 0 asks for any free one. */
  port: number;
  /** Wanted monitoring port (nats-server); 0 asks for any free one. */
  monitorPort?: number;
  dataDir: string;
  logDir: string;
  verbose: boolean;
  say(line: string): void;
  signal: AbortSignal;
  /** Called as soon as the process exists, so shutdown covers it even if it never gets ready. */
  onSpawn(child: Child): void;
}

/** Whether nothing listens on host:port right now (binding tells; connecting would not see every case). */
function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.once("error", () => resolve(false));
    srv.listen({ host, port, exclusive: true }, () => srv.close(() => resolve(true)));
  });
}

async function anyFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen({ host, port: 0, exclusive: true }, () => {
      const addr = srv.address();
      const port = typeof addr === "object" && addr !== null ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/**
 * `wanted` if it is free, else a free port (saying so). Another process may still take it before
 * the server binds; the server then fails to start and its log says "address already in use".
 */
export async function choosePort(what: string, wanted: number, say: (line: string) => void): Promise<number> {
  if (wanted !== 0 && (await portFree(wanted))) return wanted;
  const port = await anyFreePort();
  if (wanted !== 0) say(`port ${wanted} for ${what} is taken (another server?): using ${port} instead`);
  return port;
}

/** What `nats-server --version` prints ("nats-server: v2.10.27"), or "" if it does not run. */
export function natsServerVersion(binary: string): string {
  const r = spawnSync(binary, ["--version"], { encoding: "utf8", timeout: 10_000 });
  return r.status === 0 ? r.stdout.trim() : "";
}

/**
 * nats-server with JetStream, storing under `<data-dir>/nats`; ready once JetStream answers.
 * `config` (settings only a config file takes, e.g. sync_interval) goes to
 * `<data-dir>/nats-server.conf`; the flags set the rest and take precedence.
 */
export async function startNatsServer(o: ServerOptions & { config?: string }): Promise<StartedServer> {
  const port = await choosePort("nats-server", o.port, o.say);
  // Free like the client port, so two `jetnet up` on one machine do not collide here either.
  const monitorPort = await choosePort("the nats-server monitor", o.monitorPort ?? 0, o.say);
  const storeDir = join(o.dataDir, "nats");
  await mkdir(storeDir, { recursive: true });
  const configArgs: string[] = [];
  if (o.config !== undefined) {
    const configFile = join(o.dataDir, "nats-server.conf");
    await writeFile(configFile, o.config);
    configArgs.push("-c", configFile);
  }
  const child = await Child.spawn({
    name: "nats-server",
    command: o.binary,
    args: [
      ...configArgs,
      ...["-js", "-a", host, "-p", String(port), "-m", String(monitorPort), "-sd", storeDir],
    ],
    logFile: join(o.logDir, "nats-server.log"),
    echo: o.verbose,
    prefixWidth: prefixWidth,
  });
  o.onSpawn(child);
  const url = `nats://${host}:${port}`;
  await child.waitUntil("serving JetStream", () => jetStreamAnswers(url), startTimeoutMs, o.signal);
  return { child, url, extra: { monitor: `http://${host}:${monitorPort}` } };
}

async function jetStreamAnswers(url: string): Promise<boolean> {
  const nc = await connect({ servers: url, reconnect: false, timeout: 1_000 });
  try {
    const jsm = await jetstreamManager(nc, { timeout: 2_000 });
    await jsm.getAccountInfo();
    return true;
  } finally {
    await nc.close();
  }
}

/**
 * redis-server with an append-only file under `<data-dir>/redis`, so IP leases survive a
 * restart of `jetnet up`; RDB snapshots are off (`--save ""`): the AOF is the one copy.
 */
export async function startRedisServer(o: ServerOptions): Promise<StartedServer> {
  const port = await choosePort("redis-server", o.port, o.say);
  const dir = join(o.dataDir, "redis");
  await mkdir(dir, { recursive: true });
  const child = await Child.spawn({
    name: "redis-server",
    command: o.binary,
    args: [
      "--port",
      String(port),
      "--bind",
      host,
      "--dir",
      dir,
      "--appendonly",
      "yes",
      "--save",
      "",
      "--daemonize",
      "no",
    ],
    logFile: join(o.logDir, "redis-server.log"),
    echo: o.verbose,
    prefixWidth: prefixWidth,
  });
  o.onSpawn(child);
  await child.waitUntil("answering PING", () => redisPing(port), startTimeoutMs, o.signal);
  return { child, url: `redis://${host}:${port}`, extra: {} };
}

/** One raw RESP round trip; a client library would add reconnect logic we do not want here. */
function redisPing(port: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const socket = tcpConnect({ host, port });
    let reply = "";
    socket.setTimeout(1_000, () => socket.destroy(new Error("PING timed out")));
    socket.once("error", reject);
    socket.once("connect", () => socket.write("PING\r\n"));
    socket.on("data", (chunk) => {
      reply += chunk.toString("latin1");
      if (reply.includes("\r\n")) {
        socket.destroy();
        resolve(reply.startsWith("+PONG"));
      }
    });
  });
}

/** Width of the longest child name, for aligned `--verbose` prefixes. */
export const prefixWidth = "redis-server".length;
