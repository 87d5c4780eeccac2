import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { freePort } from "./ports.js";
import { redisPing, redisServerArgs } from "./redis.js";
import {
  findBinary,
  fixedPortTries,
  type LocalServer,
  makeTempDir,
  relaunchOnSamePorts,
  removeDir,
  retryOnPortInUse,
  ServerProcess,
  ServerStartError,
  ServerStartErrorCode,
} from "./start.js";

export interface RedisServerOptions {
  /** Default a free one. */
  port?: number;
  /** Extra redis-server arguments (`--name value` pairs), appended last. */
  args?: string[];
}

/**
 * A redis-server child process owned by a test or a benchmark. No persistence: a restart starts
 * empty.
 */
export interface RedisServer extends LocalServer {
  /** Working directory (and log) of the server. */
  readonly dir: string;
}

const redisBinary = () => findBinary("redis-server");

class RedisNode implements RedisServer {
  readonly url: string;
  private stopped = false;

  constructor(
    readonly port: number,
    readonly dir: string,
    readonly logFile: string,
    private readonly argv: string[],
    private proc: ServerProcess,
  ) {
    this.url = `redis://127.0.0.1:${port}`;
  }

  static async launch(port: number, argv: string[], logFile: string): Promise<ServerProcess> {
    const proc = await ServerProcess.spawn(`redis-server :${port}`, redisBinary(), argv, logFile);
    await proc.waitUntil("answering PING", () => redisPing("127.0.0.1", port));
    return proc;
  }

  get pid(): number {
    return this.proc.pid;
  }
  get running(): boolean {
    return this.proc.running;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.proc.stop();
    await removeDir(this.dir);
  }

  kill(signal: NodeJS.Signals = "SIGKILL"): Promise<void> {
    return this.proc.kill(signal);
  }

  async restart(): Promise<void> {
    if (this.stopped)
      throw new ServerStartError(ServerStartErrorCode.StartFailed, `redis-server: restart after stop()`);
    await this.proc.stop();
    await relaunchOnSamePorts(async () => {
      this.proc = await RedisNode.launch(this.port, this.argv, this.logFile);
    });
  }
}

/** Starts a redis-server on 127.0.0.1 without persistence and waits until it answers PING. */
export async function startRedis(opts: RedisServerOptions = {}): Promise<RedisServer> {
  redisBinary();
  const dir = await makeTempDir("redis");
  try {
    return await retryOnPortInUse(async () => {
      const port = opts.port ?? (await freePort());
      const logFile = join(dir, "server.log");
      await writeFile(logFile, "");
      const argv = [
        ...redisServerArgs({ host: "127.0.0.1", port, dir, appendOnly: false }),
        ...(opts.args ?? []),
      ];
      const proc = await RedisNode.launch(port, argv, logFile);
      return new RedisNode(port, dir, logFile, argv, proc);
    }, fixedPortTries(opts.port));
  } catch (err) {
    await removeDir(dir);
    throw err;
  }
}
