import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { Command, InvalidArgumentError, Option } from "commander";
import { traitsOf } from "../../lib/nats/server.js";
import type { Child } from "../../lib/servers/process.js";
import { Need } from "../../lib/servers/programs.js";
import { ShutdownSignal } from "../../lib/service/index.js";
import { type ContextFiles, writeContext } from "../client/context.js";
import { defaultProvisionEnv, provision } from "../provision/provision.js";
import { createDemo, type DemoResult } from "./demo.js";
import { type NatsSync, natsSyncForms, parseNatsSync, planNatsSync } from "./nats-sync.js";
import { ChildDied, LocalPlane, Tier } from "./plane.js";
import { clusterUrl, startRedisCluster } from "./rediscluster.js";
import { natsServerVersion, type StartedServer, startNatsServer, startRedisServer } from "./servers.js";
import { Fabric, planeServices, type StartedService, startService } from "./services.js";
import { printSummary } from "./summary.js";

/** `jetnet up` cannot go on; the message says what to do. */
export class UpError extends Error {
  override name = "UpError";
}

/** The flags of `jetnet up`, typed. */
export interface UpOptions {
  dataDir: string;
  natsPort: number;
  /** Undefined: 8222, or any free port with --nats-port 0. */
  natsMonitorPort?: number | undefined;
  redisPort: number;
  redisCluster: boolean;
  agents: number;
  demo: boolean;
  verbose: boolean;
  fabric: Fabric;
  natsSync: NatsSync;
}

/** `jetnet up`: a whole local control plane in the foreground; Ctrl-C stops it. */
export function upCommand(): Command {
  return new Command("up")
    .description(
      "Run a local control plane in the foreground: nats-server, redis-server and the jetnet services, " +
        "plus a demo network. Ctrl-C stops everything.",
    )
    .option("--data-dir <dir>", "JetStream store, Redis append-only file, logs", ".jetnet")
    .addOption(
      new Option("--nats-port <port>", "nats-server client port (a free one if taken; 0: any)")
        .default(4222)
        .argParser(port),
    )
    .addOption(
      new Option(
        "--nats-monitor-port <port>",
        "nats-server monitoring port (default 8222, or any with --nats-port 0; a free one if taken; 0: any)",
      ).argParser(port),
    )
    .addOption(
      new Option("--redis-port <port>", "redis-server port (a free one if taken; 0: any)")
        .default(6379)
        .argParser(port),
    )
    .option(
      "--redis-cluster",
      "run a Redis Cluster of 3 masters (ports from --redis-port up) instead of one redis-server",
      false,
    )
    .addOption(
      new Option("--agents <n>", "hollow node agents to simulate, nodes node-1..N (0: none)")
        .default(3)
        .argParser(count),
    )
    .option("--no-demo", "do not create the demo network (namespace demo)")
    .option("--verbose", "echo every process's output here, prefixed with its name", false)
    .addOption(
      new Option("--fabric <fabric>", "agent datapath; linux (kernel VXLAN) needs root")
        .choices(Object.values(Fabric))
        .default(Fabric.Logger),
    )
    .addOption(
      new Option(
        "--nats-sync <when>",
        `when JetStream fsyncs acknowledged writes (nats-server >= 2.10): ${natsSyncForms}`,
      )
        .default(parseNatsSync("default"), "default")
        .argParser(parseNatsSync),
    )
    .exitOverride((err) => process.exit(err.exitCode === 0 ? 0 : usageExit))
    .action(async (opts: UpOptions, cmd: Command) => {
      const available = new Set(cmd.parent?.commands.map((c) => c.name()) ?? []);
      const code = await runUp(opts, available);
      // Flush what we printed before exiting: stdout is asynchronous when it is a pipe.
      await new Promise<void>((r) => process.stdout.write("", () => r()));
      process.exit(code);
    });
}

/** The CLI's exit status for a usage error (as every jetnet command). */
const usageExit = 2;
const stopGraceMs = 10_000;
/** `npm run` forwards the terminal's SIGINT that we also get directly: one keypress, two signals. */
const duplicateSignalMs = 1_000;

/** Brings the plane up, waits for a signal or a death, stops it; resolves with the exit code. */
export async function runUp(opts: UpOptions, available: ReadonlySet<string>): Promise<number> {
  const say = (line: string) => process.stdout.write(`jetnet up: ${line}\n`);
  const controller = new AbortController();
  const { signal } = controller;
  const plane = new LocalPlane((died) => {
    if (!signal.aborted) controller.abort(died);
  });

  let signalledAt = 0;
  const onSignal = (sig: NodeJS.Signals) => {
    if (!signal.aborted) {
      signalledAt = Date.now();
      say(`${sig}: stopping everything (press Ctrl-C again to kill at once)`);
      controller.abort(new ShutdownSignal(sig));
      return;
    }
    if (Date.now() - signalledAt < duplicateSignalMs) return;
    say(`${sig} again: killing everything`);
    plane.killAll();
    process.exit(1);
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);

  const dataDir = resolve(opts.dataDir);
  const pidFile = join(dataDir, "up.pid");
  let ownPidFile = false;
  let code = 0;
  try {
    await claimDataDir(dataDir, pidFile);
    ownPidFile = true;
    await bringUp(opts, dataDir, available, plane, say, signal);
    say("ready (Ctrl-C to stop)");
    await new Promise<void>((r) => signal.addEventListener("abort", () => r(), { once: true }));
  } catch (err) {
    // After an abort, what failed is a consequence; the abort reason is the story (below).
    if (!signal.aborted) {
      say(`error: ${err instanceof Error ? err.message : String(err)}`);
      code = 1;
    }
  }
  const reason: unknown = signal.reason;
  if (reason instanceof ChildDied) {
    code = 1;
    await reason.child.stop(0);
    say(`${reason.message}; its last lines (${reason.child.logFile}):`);
    for (const line of reason.child.tail()) process.stdout.write(`    ${line}\n`);
  }
  if (!signal.aborted) controller.abort(new Error("stopping"));
  await plane.stop(stopGraceMs, say);
  if (ownPidFile) await rm(pidFile, { force: true });
  process.off("SIGINT", onSignal);
  process.off("SIGTERM", onSignal);
  say(code === 0 ? "stopped" : "stopped after an error");
  return code;
}

async function bringUp(
  opts: UpOptions,
  dataDir: string,
  available: ReadonlySet<string>,
  plane: LocalPlane,
  say: (line: string) => void,
  signal: AbortSignal,
): Promise<void> {
  if (opts.fabric === Fabric.Linux && process.getuid?.() !== 0) {
    throw new UpError("--fabric linux programs the kernel (VXLAN, bridges, veth pairs): run as root");
  }
  const needs = opts.fabric === Fabric.Linux ? [Need.Up, Need.Fabric] : [Need.Up];
  // A ProvisionError names each missing program and its package; the catch in runUp prints it.
  const binaries = provision(needs, defaultProvisionEnv(say));
  const logDir = join(dataDir, "logs");
  await mkdir(logDir, { recursive: true });
  const serverOpts = { dataDir, logDir, verbose: opts.verbose, say, signal };
  const trackServer = (child: Child) => plane.add(child, Tier.Server);

  // Each server is tracked as soon as it exists, so a failed readiness wait still stops it.
  const sync = planNatsSync(
    opts.natsSync,
    traitsOf(natsServerVersion(binaries["nats-server"] ?? "nats-server")),
  );
  if (sync.warning !== undefined) say(`warning: ${sync.warning}`);
  say(sync.note);
  const nats = await startNatsServer({
    ...serverOpts,
    ...(sync.config !== undefined && { config: sync.config }),
    binary: binaries["nats-server"] ?? "nats-server",
    port: opts.natsPort,
    monitorPort: opts.natsMonitorPort ?? (opts.natsPort === 0 ? 0 : defaultMonitorPort),
    onSpawn: trackServer,
  });
  const redisOpts = {
    ...serverOpts,
    binary: binaries["redis-server"] ?? "redis-server",
    port: opts.redisPort,
    onSpawn: trackServer,
  };
  const redis: StartedServer[] = [];
  if (opts.redisCluster) await startRedisCluster(redisOpts, (s) => redis.push(s));
  else redis.push(await startRedisServer(redisOpts));
  const redisUrl = opts.redisCluster ? clusterUrl(redis) : redis[0]!.url;

  const services: StartedService[] = [];
  const skipped: string[] = [];
  for (const entry of planeServices(opts)) {
    if (entry.replicas === 0) continue;
    if (!available.has(entry.name)) {
      skipped.push(entry.name);
      continue;
    }
    say(
      `starting ${entry.name}${entry.replicas > 1 ? ` x${entry.replicas}` : ""}${entry.about ? ` (${entry.about})` : ""}`,
    );
    const started = await startService(entry, {
      entry: process.argv[1] ?? "",
      execArgv: process.execArgv,
      natsUrl: nats.url,
      redisUrl,
      logDir,
      verbose: opts.verbose,
      signal,
      onSpawn: (child) => plane.add(child, Tier.Service),
    });
    services.push(...started);
  }

  let demo: DemoResult | undefined;
  if (opts.demo && available.has("network")) {
    say("creating the demo network (namespace demo)");
    demo = await createDemo(nats.url, signal, available.has("ipam"));
  }
  const context = await writeUpContext(nats.url, dataDir, say);
  printSummary({ nats, redis, redisUrl, services, skipped, demo, dataDir, available, context, say });
}

const defaultMonitorPort = 8222;

/**
 * Makes this plane the CLI's current context (`<data-dir>/context.yaml`, named by the config
 * file), so `jetnet get …` in another terminal finds it without flags. Not fatal: the plane runs
 * either way, and --nats still reaches it.
 */
async function writeUpContext(
  natsUrl: string,
  dataDir: string,
  say: (line: string) => void,
): Promise<ContextFiles | undefined> {
  try {
    const files = await writeContext(
      join(dataDir, "context.yaml"),
      { servers: natsUrl },
      {
        writtenBy: `jetnet up (pid ${process.pid}, data dir ${dataDir})`,
      },
    );
    say(`CLI context ${files.contextFile} (current-context in ${files.configFile})`);
    return files;
  } catch (err) {
    say(`warning: the CLI will need --nats ${natsUrl}: cannot write its context: ${(err as Error).message}`);
    return undefined;
  }
}

/**
 * Takes `<data-dir>/up.pid`. Two `jetnet up` on one data dir would run two Redis servers on one
 * append-only file and two JetStream servers on one store: refuse instead.
 */
async function claimDataDir(dataDir: string, pidFile: string): Promise<void> {
  await mkdir(dataDir, { recursive: true });
  const other = Number((await readFile(pidFile, "utf8").catch(() => "")).trim());
  if (Number.isSafeInteger(other) && other > 0 && other !== process.pid && alive(other)) {
    throw new UpError(
      `another jetnet up (pid ${other}) is using ${dataDir}: stop it, or pass another --data-dir ` +
        `(if pid ${other} is not jetnet, remove ${pidFile})`,
    );
  }
  await writeFile(pidFile, `${process.pid}\n`);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

function port(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError("expected a port, 0..65535");
  return n;
}

function count(v: string): number {
  const n = Number(v);
  if (!Number.isSafeInteger(n) || n < 0) throw new InvalidArgumentError("expected a whole number, 0 or more");
  return n;
}
