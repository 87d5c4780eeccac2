import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { freePort } from "./ports.js";
import { createRedisCluster, redisClusterNodeArgs, redisCommand } from "./redis.js";
import {
  findBinary,
  makeTempDir,
  removeDir,
  ServerProcess,
  ServerStartError,
  ServerStartErrorCode,
} from "./start.js";
import { type RedisServer, startRedis } from "./start-redis.js";

/**
 * Redis deployments with failover, on loopback: a Redis Cluster (masters with replicas) and a
 * primary with replicas watched by Sentinel. Built from `startRedis` nodes, so each node can be
 * killed and restarted on its own; timeouts are short so a failover takes a second or two.
 */

/** One command on a throwaway connection to a node of this machine. */
const ask = (port: number, ...args: string[]) => redisCommand("127.0.0.1", port, ...args);

async function until(what: string, probe: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < end) {
    try {
      if (await probe()) return;
    } catch (err) {
      last = err;
    }
    await sleep(100);
  }
  throw new ServerStartError(
    ServerStartErrorCode.StartFailed,
    `timed out waiting for ${what}${last instanceof Error ? `: ${last.message}` : ""}`,
  );
}

export interface RedisClusterOptions {
  /** Default 3. */
  masters?: number;
  /** Replicas per master, default 1. */
  replicas?: number;
  /** cluster-node-timeout: how long a silent master has before its replica takes over. */
  nodeTimeoutMs?: number;
}

export interface RedisCluster {
  /** `redis-cluster://127.0.0.1:p1,...` with every node as a seed. */
  readonly url: string;
  readonly nodes: readonly RedisServer[];
  /** The running nodes that say they are masters (CLUSTER NODES of each node: "myself,master"). */
  masters(): Promise<RedisServer[]>;
  replicas(): Promise<RedisServer[]>;
  /** The running replica of `master`. */
  replicaOf(master: RedisServer): Promise<RedisServer>;
  /** Resolves once the slots of `killed` (a master, now dead) are served by a promoted replica. */
  waitTakeover(killed: RedisServer, timeoutMs?: number): Promise<RedisServer>;
  /** `CLUSTER FAILOVER` on `replica`; resolves once it reports itself master and its old master replica. */
  failover(replica: RedisServer): Promise<void>;
  /** Resolves once every running node reports cluster_state:ok and every master has a replica linked. */
  waitHealthy(timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

/** Full syncs start at once (the default waits 5 s for more replicas to share a diskless transfer). */
const fastSync = ["--repl-diskless-sync-delay", "0"];

/** Replicas of a master that finished their initial sync (INFO replication: `slaveN:...,state=online`). */
function onlineReplicas(info: string): number {
  return (info.match(/^slave\d+:.*state=online/gm) ?? []).length;
}

async function role(node: RedisServer): Promise<string | undefined> {
  if (!node.running) return undefined;
  const info = String(await ask(node.port, "INFO", "replication").catch(() => ""));
  return /^role:(\w+)/m.exec(info)?.[1];
}

/** Starts the nodes, joins them with `redis-cli --cluster create` and waits until the cluster is ok. */
export async function startRedisCluster(opts: RedisClusterOptions = {}): Promise<RedisCluster> {
  const masters = opts.masters ?? 3;
  const replicas = opts.replicas ?? 1;
  const cli = findBinary("redis-cli");
  const nodes: RedisServer[] = [];
  const stop = () => Promise.all(nodes.map((n) => n.stop())).then(() => undefined);
  try {
    for (let i = 0; i < masters * (1 + replicas); i++) {
      // The cluster bus listens on its own port (by default port + 10000, which may exceed 65535).
      const busPort = await freePort();
      nodes.push(
        await startRedis({
          args: [
            ...redisClusterNodeArgs(busPort),
            ...["--cluster-node-timeout", String(opts.nodeTimeoutMs ?? 1_000)],
            // A replica that lost touch with its master long ago may still take over: tests
            // kill masters on purpose, and the point is to see what a failover does.
            ...["--cluster-replica-validity-factor", "0"],
            ...fastSync,
          ],
        }),
      );
    }
    await createRedisCluster(
      cli,
      nodes.map((n) => `127.0.0.1:${n.port}`),
      replicas,
    );
    const cluster: RedisCluster = {
      url: `redis-cluster://${nodes.map((n) => `127.0.0.1:${n.port}`).join(",")}`,
      nodes,
      async masters() {
        const roles = await Promise.all(nodes.map(role));
        return nodes.filter((_, i) => roles[i] === "master");
      },
      async replicas() {
        const roles = await Promise.all(nodes.map(role));
        return nodes.filter((_, i) => roles[i] === "slave");
      },
      async replicaOf(master) {
        for (const n of nodes) {
          const info = String(await ask(n.port, "INFO", "replication").catch(() => ""));
          if (/^role:slave/m.test(info) && Number(/^master_port:(\d+)/m.exec(info)?.[1]) === master.port)
            return n;
        }
        throw new ServerStartError(ServerStartErrorCode.StartFailed, `redis :${master.port} has no replica`);
      },
      async waitTakeover(killed, timeoutMs = 30_000) {
        let promoted: RedisServer | undefined;
        await until(
          `a replica to take over from :${killed.port}`,
          async () => {
            const ms = await cluster.masters();
            promoted = ms.find((m) => m !== killed);
            if (ms.length !== masters || ms.includes(killed)) return false;
            const info = String(await ask(ms[0]!.port, "CLUSTER", "INFO"));
            return /^cluster_state:ok/m.test(info);
          },
          timeoutMs,
        );
        return promoted!;
      },
      async failover(replica) {
        const info = String(await ask(replica.port, "INFO", "replication"));
        const old = nodes.find((n) => n.port === Number(/^master_port:(\d+)/m.exec(info)?.[1]));
        await ask(replica.port, "CLUSTER", "FAILOVER");
        await until(
          `redis :${replica.port} to take over from :${old?.port}`,
          async () => (await role(replica)) === "master" && (!old || (await role(old)) === "slave"),
        );
      },
      async waitHealthy(timeoutMs = 30_000) {
        await until(
          "the Redis Cluster to be ok with a replica per master",
          async () => {
            const running = nodes.filter((n) => n.running);
            for (const n of running) {
              const info = String(await ask(n.port, "CLUSTER", "INFO"));
              if (!/^cluster_state:ok/m.test(info)) return false;
              // Clients learn the topology from CLUSTER SLOTS: every node must list every replica.
              const slots = (await ask(n.port, "CLUSTER", "SLOTS")) as unknown[][];
              if (slots.some((range) => range.length < 3 + replicas)) return false;
            }
            const ms = await cluster.masters();
            if (ms.length !== masters) return false;
            for (const m of ms) {
              const info = String(await ask(m.port, "INFO", "replication"));
              if (onlineReplicas(info) < replicas) return false;
            }
            return true;
          },
          timeoutMs,
        );
      },
      stop,
    };
    await cluster.waitHealthy();
    return cluster;
  } catch (err) {
    await stop();
    throw err;
  }
}

export interface RedisSentinelOptions {
  /** Default 2. */
  replicas?: number;
  /** Default 3 (a quorum of 2). */
  sentinels?: number;
  /** down-after-milliseconds: how long a silent primary has before the sentinels act. */
  downAfterMs?: number;
}

export interface RedisSentinelSetup {
  /** `redis-sentinel://127.0.0.1:s1,.../<masterName>`. */
  readonly url: string;
  readonly masterName: string;
  /** The data nodes; which is primary changes with failovers. */
  readonly nodes: readonly RedisServer[];
  readonly sentinelPorts: readonly number[];
  /** The node the sentinels name as primary now (asks the first sentinel that answers). */
  primary(): Promise<RedisServer>;
  /** Resolves once the sentinels agree on a primary other than `old` and it is master. */
  waitFailover(old: RedisServer, timeoutMs?: number): Promise<RedisServer>;
  stop(): Promise<void>;
}

const masterName = "jetnet";

/**
 * Starts a primary, its replicas and the sentinels (binary `redis-sentinel`, Debian package
 * redis-sentinel), and waits until every sentinel sees every replica and every other sentinel,
 * so that a failover can happen as soon as the test wants one.
 */
export async function startRedisSentinel(opts: RedisSentinelOptions = {}): Promise<RedisSentinelSetup> {
  const sentinelBinary = findBinary("redis-sentinel");
  const replicas = opts.replicas ?? 2;
  const count = opts.sentinels ?? 3;
  const nodes: RedisServer[] = [];
  const sentinels: { proc: ServerProcess; dir: string; port: number }[] = [];
  const stop = async () => {
    await Promise.all(
      sentinels.map(async (s) => {
        await s.proc.stop();
        await removeDir(s.dir);
      }),
    );
    await Promise.all(nodes.map((n) => n.stop()));
  };
  try {
    const primary = await startRedis({ args: fastSync });
    nodes.push(primary);
    for (let i = 0; i < replicas; i++)
      nodes.push(await startRedis({ args: [...fastSync, "--replicaof", "127.0.0.1", String(primary.port)] }));
    await until("the replicas to sync", async () => {
      const info = String(await ask(primary.port, "INFO", "replication"));
      return onlineReplicas(info) === replicas;
    });
    for (let i = 0; i < count; i++) {
      const dir = await makeTempDir("sentinel");
      const port = await freePort();
      const conf = join(dir, "sentinel.conf");
      await writeFile(
        conf,
        [
          `port ${port}`,
          "bind 127.0.0.1",
          "daemonize no",
          `dir ${dir}`,
          `sentinel monitor ${masterName} 127.0.0.1 ${primary.port} ${Math.floor(count / 2) + 1}`,
          `sentinel down-after-milliseconds ${masterName} ${opts.downAfterMs ?? 1_000}`,
          `sentinel failover-timeout ${masterName} 10000`,
          `sentinel parallel-syncs ${masterName} ${replicas}`,
          "",
        ].join("\n"),
      );
      const log = join(dir, "sentinel.log");
      await writeFile(log, "");
      const proc = await ServerProcess.spawn(`redis-sentinel :${port}`, sentinelBinary, [conf], log);
      sentinels.push({ proc, dir, port });
    }
    await until(
      "the sentinels to see each other and the replicas",
      async () => {
        for (const s of sentinels) {
          const m = (await ask(s.port, "SENTINEL", "MASTER", masterName)) as string[];
          const field = (k: string) => Number(m[m.indexOf(k) + 1]);
          if (field("num-slaves") !== replicas || field("num-other-sentinels") !== count - 1) return false;
        }
        return true;
      },
      30_000,
    );
    const byPort = (port: number) => nodes.find((n) => n.port === port);
    const primaryNow = async (): Promise<RedisServer> => {
      for (const s of sentinels) {
        if (!s.proc.running) continue;
        const addr = (await ask(s.port, "SENTINEL", "GET-MASTER-ADDR-BY-NAME", masterName).catch(
          () => null,
        )) as [string, string] | null;
        const node = addr ? byPort(Number(addr[1])) : undefined;
        if (node) return node;
      }
      throw new ServerStartError(ServerStartErrorCode.StartFailed, "no sentinel names a primary");
    };
    return {
      url: `redis-sentinel://${sentinels.map((s) => `127.0.0.1:${s.port}`).join(",")}/${masterName}`,
      masterName,
      nodes,
      sentinelPorts: sentinels.map((s) => s.port),
      primary: primaryNow,
      async waitFailover(old, timeoutMs = 30_000) {
        let now: RedisServer | undefined;
        await until(
          "the sentinels to promote a replica",
          async () => {
            now = await primaryNow();
            return now !== old && (await role(now)) === "master";
          },
          timeoutMs,
        );
        return now!;
      },
      stop,
    };
  } catch (err) {
    await stop();
    throw err;
  }
}
