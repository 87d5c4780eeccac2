import { spawnSync } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { jetStreamAnswers, natsServerArgs } from "../../lib/servers/nats.js";
import { freePort, portFree } from "../../lib/servers/ports.js";
import { Child } from "../../lib/servers/process.js";
import { redisPing, redisServerArgs } from "../../lib/servers/redis.js";

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

/**
 * `wanted` if it is free, else a free port (saying so). Another process may still take it before
 * the server binds; the server then fails to start and its log says "address already in use".
 */
export async function choosePort(what: string, wanted: number, say: (line: string) => void): Promise<number> {
  if (wanted !== 0 && (await portFree(wanted))) return wanted;
  const port = await freePort();
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
    args: [...configArgs, ...natsServerArgs({ host, port, monitorPort, storeDir })],
    logFile: join(o.logDir, "nats-server.log"),
    echo: o.verbose,
    detached: true,
    prefixWidth: prefixWidth,
  });
  o.onSpawn(child);
  const url = `nats://${host}:${port}`;
  await child.waitUntil("serving JetStream", () => jetStreamAnswers(url), startTimeoutMs, o.signal);
  return { child, url, extra: { monitor: `http://${host}:${monitorPort}` } };
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
    args: redisServerArgs({ host, port, dir, appendOnly: true }),
    logFile: join(o.logDir, "redis-server.log"),
    echo: o.verbose,
    detached: true,
    prefixWidth: prefixWidth,
  });
  o.onSpawn(child);
  await child.waitUntil("answering PING", () => redisPing(host, port), startTimeoutMs, o.signal);
  return { child, url: `redis://${host}:${port}`, extra: {} };
}

/** Width of the longest child name, for aligned `--verbose` prefixes. */
export const prefixWidth = "redis-server".length;
