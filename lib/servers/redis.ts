import { execFile } from "node:child_process";
import { connect as tcpConnect } from "node:net";
import { promisify } from "node:util";
import { Redis } from "ioredis";

/**
 * How jetnet runs redis-server on this machine, for `jetnet up` and for the tests and benchmarks:
 * the command lines of a server and of a cluster node, the readiness check, the cluster's
 * creation, and one-off commands for checking on a deployment. Each caller keeps its own process
 * supervision.
 */

export interface RedisServerArgs {
  /** Address to bind. */
  readonly host: string;
  readonly port: number;
  /** Working directory: the append-only file and a cluster node's nodes.conf live there. */
  readonly dir: string;
  /**
   * Keep an append-only file (`jetnet up`: leases survive a restart) or nothing at all (tests:
   * a restart starts empty). RDB snapshots are off either way (`--save ""`).
   */
  readonly appendOnly: boolean;
}

/** The command line of a redis-server in the foreground on `host:port`. */
export function redisServerArgs(o: RedisServerArgs): string[] {
  return [
    ...["--port", String(o.port), "--bind", o.host, "--dir", o.dir],
    ...["--appendonly", o.appendOnly ? "yes" : "no", "--save", ""],
    ...["--daemonize", "no"],
  ];
}

/**
 * What makes a redis-server a Redis Cluster node, its slots kept in `<dir>/nodes.conf`. The bus
 * port is given: by default it is the client port + 10000, which may exceed 65535.
 */
export function redisClusterNodeArgs(busPort: number): string[] {
  return [
    ...["--cluster-enabled", "yes", "--cluster-config-file", "nodes.conf"],
    ...["--cluster-port", String(busPort)],
  ];
}

/** Joins running cluster nodes into one cluster with `redis-cli --cluster create`. */
export async function createRedisCluster(
  redisCli: string,
  nodes: readonly string[],
  replicasPerMaster: number,
): Promise<void> {
  await promisify(execFile)(redisCli, [
    ...["--cluster", "create", ...nodes],
    ...["--cluster-replicas", String(replicasPerMaster), "--cluster-yes"],
  ]);
}

/**
 * Whether a redis-server answers PING: one raw RESP round trip, as a client library would add
 * reconnect logic a readiness poll does not want. Throws when it cannot connect.
 */
export function redisPing(host: string, port: number): Promise<boolean> {
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

/** One command on a throwaway connection that never retries: whoever asks wants the truth now. */
export async function redisCommand(host: string, port: number, ...args: string[]): Promise<unknown> {
  const c = new Redis({ host, port, lazyConnect: true, retryStrategy: () => null });
  c.on("error", () => undefined);
  try {
    await c.connect();
    return await c.call(args[0]!, ...args.slice(1));
  } finally {
    c.disconnect();
  }
}
