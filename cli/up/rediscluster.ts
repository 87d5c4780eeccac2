import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { Child } from "../../lib/servers/process.js";
import { locateBinary } from "../../lib/servers/programs.js";
import {
  createRedisCluster,
  redisClusterNodeArgs,
  redisCommand,
  redisPing,
  redisServerArgs,
} from "../../lib/servers/redis.js";
import { choosePort, prefixWidth, type ServerOptions, type StartedServer } from "./servers.js";

const host = "127.0.0.1";
const masters = 3;
const startTimeoutMs = 30_000;

/** What a cluster under `<data-dir>/redis-cluster` was created with: its nodes must come back on the same ports. */
interface ClusterLayout {
  ports: number[];
  busPorts: number[];
}

/**
 * A Redis Cluster of three masters (no replicas) for trying `redis-cluster://` locally: each node
 * with an append-only file under `<data-dir>/redis-cluster/<port>`. The first run creates the
 * cluster with `redis-cli --cluster create`; later runs start the same nodes on the same ports
 * (their nodes.conf remembers the slots), so leases survive like with the single server.
 */
export async function startRedisCluster(
  o: ServerOptions,
  onServer: (s: StartedServer) => void,
): Promise<StartedServer[]> {
  const root = join(o.dataDir, "redis-cluster");
  await mkdir(root, { recursive: true });
  const layoutFile = join(root, "layout.json");
  const existing = await readLayout(layoutFile);
  const layout = existing ?? (await chooseLayout(o));
  if (!existing) await writeFile(layoutFile, `${JSON.stringify(layout)}\n`);

  const servers: StartedServer[] = [];
  for (let i = 0; i < masters; i++) {
    const port = layout.ports[i]!;
    const dir = join(root, String(port));
    await mkdir(dir, { recursive: true });
    const child = await Child.spawn({
      name: `redis-${i + 1}`,
      command: o.binary,
      args: [
        ...redisServerArgs({ host, port, dir, appendOnly: true }),
        ...redisClusterNodeArgs(layout.busPorts[i]!),
      ],
      logFile: join(o.logDir, `redis-${i + 1}.log`),
      echo: o.verbose,
      detached: true,
      prefixWidth,
    });
    o.onSpawn(child);
    const server = { child, url: `redis://${host}:${port}`, extra: {} };
    servers.push(server);
    onServer(server);
    await child.waitUntil("answering PING", () => redisPing(host, port), startTimeoutMs, o.signal);
  }
  if (!existing) {
    o.say(`creating a Redis Cluster of ${masters} masters on ports ${layout.ports.join(", ")}`);
    const cli = locateBinary("redis-cli") ?? join(dirname(o.binary), "redis-cli");
    try {
      await createRedisCluster(
        cli,
        layout.ports.map((p) => `${host}:${p}`),
        0,
      );
    } catch (err) {
      throw new Error(
        `redis-cli --cluster create failed (install redis-tools for redis-cli): ${String(err)}`,
      );
    }
  }
  await waitClusterOk(layout.ports, o.signal);
  return servers;
}

/** The `--redis` value for the services. */
export function clusterUrl(servers: readonly StartedServer[]): string {
  return `redis-cluster://${servers.map((s) => s.url.replace(/^redis:\/\//, "")).join(",")}`;
}

async function readLayout(file: string): Promise<ClusterLayout | undefined> {
  try {
    return JSON.parse(await readFile(file, "utf8")) as ClusterLayout;
  } catch {
    return undefined;
  }
}

/** Client ports from `--redis-port` up (free ones instead if taken), bus ports anywhere free. */
async function chooseLayout(o: ServerOptions): Promise<ClusterLayout> {
  const ports: number[] = [];
  const busPorts: number[] = [];
  for (let i = 0; i < masters; i++) {
    const wanted = o.port === 0 ? 0 : o.port + i;
    let p = await choosePort(`redis-${i + 1}`, wanted, o.say);
    while (ports.includes(p) || busPorts.includes(p)) p = await choosePort(`redis-${i + 1}`, 0, o.say);
    ports.push(p);
  }
  for (let i = 0; i < masters; i++) {
    let p = await choosePort("a cluster bus", 0, () => {});
    while (ports.includes(p) || busPorts.includes(p)) p = await choosePort("a cluster bus", 0, () => {});
    busPorts.push(p);
  }
  return { ports, busPorts };
}

async function waitClusterOk(ports: readonly number[], signal: AbortSignal): Promise<void> {
  const end = Date.now() + startTimeoutMs;
  for (;;) {
    signal.throwIfAborted();
    const states = await Promise.all(
      ports.map((p) => redisCommand(host, p, "CLUSTER", "INFO").then(String, () => "")),
    );
    if (states.every((s) => /^cluster_state:ok/m.test(s))) return;
    if (Date.now() > end)
      throw new Error(
        `the Redis Cluster on ports ${ports.join(", ")} is not ok after ${startTimeoutMs / 1000} s`,
      );
    await new Promise((r) => setTimeout(r, 200));
  }
}
