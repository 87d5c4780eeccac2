import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { jetstreamManager, StorageType } from "@nats-io/jetstream";
import { connect } from "@nats-io/transport-node";
import { jetStreamAnswers, natsServerArgs } from "./nats.js";
import { natsBinary } from "./nats-binary.js";
import { freePort, freePorts } from "./ports.js";
import {
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

export interface NatsServerOptions {
  /** Enable JetStream (default true). */
  jetstream?: boolean;
  /** Client port; default a free one. */
  port?: number;
  /** JetStream store directory; default `<tempdir>/store`. Not removed on stop when given. */
  storeDir?: string;
  /** Extra nats-server 2.9 config text; switches the server to a generated config file. */
  config?: string;
  /**
   * JetStream's `sync_interval` ("always" or a duration such as "1s"); nats-server 2.10 and later.
   * Switches the server to a generated config file.
   */
  syncInterval?: string;
  /** Extra command-line arguments, appended last. */
  args?: string[];
}

/** A nats-server child process owned by a test or a benchmark; kill() keeps the store for restart(). */
export interface NatsServer extends LocalServer {
  readonly storeDir: string;
  /** http://127.0.0.1:<monitor port>, for /healthz, /jsz, /varz. */
  readonly monitorUrl: string;
}

export interface NatsCluster {
  readonly urls: string[];
  readonly servers: NatsServer[];
  /** Waits until a JetStream meta leader is known and every running node is healthy. */
  waitReady(timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

async function httpOk(url: string): Promise<boolean> {
  const res = await fetch(url, { signal: AbortSignal.timeout(2_000) });
  await res.arrayBuffer();
  return res.ok;
}

async function getJson(url: string): Promise<unknown> {
  const res = await fetch(url, { signal: AbortSignal.timeout(2_000) });
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return res.json();
}

/** What restart() needs to launch the same server again. */
interface Launch {
  what: string;
  argv: string[];
  port: number;
  monitorPort: number;
  dir: string;
  storeDir: string;
  logFile: string;
  /** Resolves once this run serves; rejects (having killed it) otherwise. */
  ready: (proc: ServerProcess) => Promise<void>;
}

class NatsNode implements NatsServer {
  readonly url: string;
  readonly monitorUrl: string;
  private stopped = false;

  constructor(
    private readonly launch: Launch,
    private proc: ServerProcess,
    private readonly ownedDirs: string[],
  ) {
    this.url = `nats://127.0.0.1:${launch.port}`;
    this.monitorUrl = `http://127.0.0.1:${launch.monitorPort}`;
  }

  /** Spawns and waits for readiness; the caller owns cleanup of `launch.dir` on failure. */
  static async launch(launch: Launch, ownedDirs: string[]): Promise<NatsNode> {
    const proc = await ServerProcess.spawn(launch.what, natsBinary(), launch.argv, launch.logFile);
    await launch.ready(proc);
    return new NatsNode(launch, proc, ownedDirs);
  }

  get port(): number {
    return this.launch.port;
  }
  get pid(): number {
    return this.proc.pid;
  }
  get storeDir(): string {
    return this.launch.storeDir;
  }
  get logFile(): string {
    return this.launch.logFile;
  }
  get running(): boolean {
    return this.proc.running;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.proc.stop();
    await Promise.all(this.ownedDirs.map(removeDir));
  }

  kill(signal: NodeJS.Signals = "SIGKILL"): Promise<void> {
    return this.proc.kill(signal);
  }

  /** Polls `probe` against the current run (see ServerProcess.waitUntil). */
  waitUntil(what: string, probe: () => Promise<boolean>, timeoutMs?: number): Promise<void> {
    return this.proc.waitUntil(what, probe, timeoutMs);
  }

  async restart(): Promise<void> {
    if (this.stopped)
      throw new ServerStartError(
        ServerStartErrorCode.StartFailed,
        `${this.launch.what}: restart after stop()`,
      );
    await this.proc.stop();
    await relaunchOnSamePorts(async () => {
      const proc = await ServerProcess.spawn(
        this.launch.what,
        natsBinary(),
        this.launch.argv,
        this.launch.logFile,
      );
      await this.launch.ready(proc);
      this.proc = proc;
    });
  }
}

/** Starts a nats-server on 127.0.0.1 and waits until it accepts clients (and JetStream answers). */
export async function startNats(opts: NatsServerOptions = {}): Promise<NatsServer> {
  natsBinary();
  const jetstream = opts.jetstream ?? true;
  const dir = await makeTempDir("nats");
  const storeDir = opts.storeDir ?? join(dir, "store");
  try {
    return await retryOnPortInUse(async () => {
      const port = opts.port ?? (await freePort());
      const monitorPort = await freePort();
      let argv: string[];
      if (opts.config !== undefined || opts.syncInterval !== undefined) {
        const configFile = join(dir, "server.conf");
        const sync = opts.syncInterval === undefined ? "" : `, sync_interval: ${opts.syncInterval}`;
        const js = jetstream ? `jetstream { store_dir: ${JSON.stringify(storeDir)}${sync} }\n` : "";
        const text = `listen: "127.0.0.1:${port}"\nhttp: "127.0.0.1:${monitorPort}"\n${js}${opts.config ?? ""}\n`;
        await writeFile(configFile, text);
        argv = ["-c", configFile];
      } else {
        argv = natsServerArgs({
          host: "127.0.0.1",
          port,
          monitorPort,
          ...(jetstream ? { storeDir } : {}),
        });
      }
      argv.push(...(opts.args ?? []));
      const monitorUrl = `http://127.0.0.1:${monitorPort}`;
      const url = `nats://127.0.0.1:${port}`;
      // A fresh log per attempt, so an earlier attempt's "address in use" cannot be misread.
      const logFile = join(dir, "server.log");
      await writeFile(logFile, "");
      const launch: Launch = {
        what: `nats-server :${port}`,
        argv,
        port,
        monitorPort,
        dir,
        storeDir,
        logFile,
        // Full /healthz: after a kill -9 it also waits until the streams are recovered.
        ready: async (proc) => {
          await proc.waitUntil("healthy", () => httpOk(`${monitorUrl}/healthz`));
          if (jetstream) await proc.waitUntil("serving JetStream", () => jetStreamAnswers(url));
        },
      };
      return NatsNode.launch(launch, [dir]);
    }, fixedPortTries(opts.port));
  } catch (err) {
    await removeDir(dir);
    throw err;
  }
}

/**
 * True once the cluster places an R`replicas` stream. A formed meta group is not enough: the
 * meta leader places streams only on peers whose server stats it has received, and a server
 * sends those on a timer that backs off from 250 ms after its start (2.10 at most once a
 * second), so "no suitable peers for placement, peer offline" can follow a ready cluster on a
 * busy machine.
 */
async function placesStreams(servers: string[], replicas: number): Promise<boolean> {
  const nc = await connect({ servers, reconnect: false, timeout: 2_000 });
  try {
    const jsm = await jetstreamManager(nc, { timeout: 5_000 });
    const name = "JETNET_PLACEMENT_PROBE";
    await jsm.streams.add({
      name,
      subjects: ["jetnet.placement-probe"],
      num_replicas: replicas,
      storage: StorageType.Memory,
    });
    await jsm.streams.delete(name);
    return true;
  } finally {
    await nc.close();
  }
}

interface JszMeta {
  meta_cluster?: { leader?: string; replicas?: { current?: boolean }[] };
}

/** True once this node knows a meta leader which (if it is this node) sees `peers` current peers. */
async function metaLeaderKnown(monitorUrl: string, peers: number): Promise<boolean> {
  const jsz = (await getJson(`${monitorUrl}/jsz`)) as JszMeta;
  const meta = jsz.meta_cluster;
  if (!meta?.leader) return false;
  // Only the leader lists its peers; a follower only needs to know who leads.
  if (meta.replicas === undefined) return true;
  return meta.replicas.filter((r) => r.current === true).length >= peers;
}

function clusterConfig(
  i: number,
  port: number,
  monitorPort: number,
  storeDir: string,
  clusterPorts: number[],
) {
  const routes = clusterPorts.filter((_, j) => j !== i).map((p) => `"nats-route://127.0.0.1:${p}"`);
  return [
    `server_name: n${i + 1}`,
    `listen: "127.0.0.1:${port}"`,
    `http: "127.0.0.1:${monitorPort}"`,
    `jetstream { store_dir: ${JSON.stringify(storeDir)} }`,
    "cluster {",
    "  name: jetnet-test",
    `  listen: "127.0.0.1:${clusterPorts[i]}"`,
    `  routes: [${routes.join(", ")}]`,
    "}",
    "",
  ].join("\n");
}

/**
 * Starts an `n`-node JetStream cluster on loopback and waits until it has a meta leader that sees
 * every peer, so R`n` streams can be created at once.
 */
export async function startNatsCluster(n = 3): Promise<NatsCluster> {
  natsBinary();
  try {
    return await retryOnPortInUse(() => launchCluster(n));
  } catch (err) {
    // On a loaded machine the routes of a starting cluster sometimes race each other (duplicate
    // routes closed, peers not current in time): such a cluster is started afresh, once.
    if (!(err instanceof ServerStartError && err.message.includes("part of a formed cluster"))) throw err;
    return retryOnPortInUse(() => launchCluster(n));
  }
}

async function launchCluster(n: number): Promise<NatsCluster> {
  const dirs = await Promise.all(Array.from({ length: n }, () => makeTempDir("nats-cluster")));
  const [clientPorts, clusterPorts, monitorPorts] = [
    await freePorts(n),
    await freePorts(n),
    await freePorts(n),
  ];
  const quorum = Math.floor(n / 2) + 1;
  const nodes: NatsNode[] = [];
  const cluster: NatsCluster = {
    urls: clientPorts.map((p) => `nats://127.0.0.1:${p}`),
    servers: nodes,
    waitReady: async (timeoutMs = 20_000) => {
      const running = nodes.filter((s) => s.running);
      const formed = async (s: NatsNode) =>
        (await metaLeaderKnown(s.monitorUrl, running.length - 1)) && httpOk(`${s.monitorUrl}/healthz`);
      await Promise.all(
        running.map((s) => s.waitUntil("part of a formed cluster", () => formed(s), timeoutMs)),
      );
    },
    stop: async () => {
      await Promise.all(nodes.map((s) => s.stop()));
    },
  };
  try {
    const launches = dirs.map((dir, i): Launch => {
      const port = clientPorts[i]!;
      const monitorUrl = `http://127.0.0.1:${monitorPorts[i]}`;
      return {
        what: `nats-server n${i + 1} :${port}`,
        argv: ["-c", join(dir, "server.conf")],
        port,
        monitorPort: monitorPorts[i]!,
        dir,
        storeDir: join(dir, "store"),
        logFile: join(dir, "server.log"),
        ready: async (proc) => {
          // A node cannot be healthy without a quorum; below one, "listening" is all we can wait for.
          await proc.waitUntil("listening", () => httpOk(`${monitorUrl}/healthz?js-enabled-only=true`));
          const peersUp = nodes.filter((s) => s.running && s.port !== port).length;
          if (nodes.length === n && peersUp + 1 >= quorum) {
            await proc.waitUntil("healthy", () => httpOk(`${monitorUrl}/healthz`));
          }
        },
      };
    });
    await Promise.all(
      launches.map((l, i) =>
        writeFile(
          join(l.dir, "server.conf"),
          clusterConfig(i, l.port, l.monitorPort, l.storeDir, clusterPorts),
        ),
      ),
    );
    const started = await Promise.allSettled(launches.map((l, i) => NatsNode.launch(l, [dirs[i]!])));
    for (const r of started) if (r.status === "fulfilled") nodes.push(r.value);
    const failed = started.find((r): r is PromiseRejectedResult => r.status === "rejected");
    if (failed) throw failed.reason;
    await cluster.waitReady();
    await nodes[0]!.waitUntil(`placing R${n} streams`, () => placesStreams(cluster.urls, n));
    return cluster;
  } catch (err) {
    await Promise.all(nodes.map((s) => s.stop()));
    await Promise.all(dirs.map(removeDir));
    throw err;
  }
}
