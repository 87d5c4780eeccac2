import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { makeTempDir, removeDir, ServerProcess } from "./start.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
// Tests and benchmarks run the TypeScript sources even where a dist/ build exists.
process.env.JETNET_FROM_SOURCE = "1";

/** A jetnet service (`jetnet <command> …`) running as its own process, so tests and benchmarks can kill -9 it. */
export interface JetnetProcess {
  readonly pid: number;
  readonly logFile: string;
  readonly running: boolean;
  /** SIGTERM (drain), SIGKILL after the grace period. */
  stop(graceMs?: number): Promise<void>;
  kill(signal?: NodeJS.Signals): Promise<void>;
  /** Kills the process (SIGKILL unless told), starts the same command again and waits until it is ready. */
  restart(signal?: NodeJS.Signals): Promise<void>;
  log(): string;
}

/**
 * Starts `jetnet <args>` and waits until it logs `"msg":"ready"` (every jetnet service logs it
 * once its informers have synced and it is serving).
 */
export async function startJetnet(
  args: readonly string[],
  timeoutMs = 30_000,
  /** Options for node itself, before the script (e.g. `--cpu-prof`). */
  nodeArgs: readonly string[] = [],
  /**
   * nice: the process's scheduling niceness (0 unless given), for every thread of it: it is
   * started through nice(1) (setpriority on a running process changes one thread on Linux, not
   * the collector's and the thread pool's).
   */
  opts: { readonly nice?: number } = {},
): Promise<JetnetProcess> {
  const dir = await makeTempDir("jetnet-svc-");
  const logFile = join(dir, "service.log");
  let proc: ServerProcess | undefined;
  let readySeen = 0;
  const readyCount = () => (readFileSync(logFile, "utf8").match(/"msg":"ready"/g) ?? []).length;
  const launch = async () => {
    const before = readySeen;
    const argv = [...nodeArgs, join(root, "bin/jetnet.js"), ...args];
    proc = await ServerProcess.spawn(
      `jetnet ${args[0]}`,
      opts.nice ? "nice" : process.execPath,
      opts.nice ? ["-n", String(opts.nice), process.execPath, ...argv] : argv,
      logFile,
    );
    await proc.waitUntil("ready", async () => readyCount() > before, timeoutMs);
    readySeen = readyCount();
  };
  await launch();
  return {
    get pid() {
      return proc?.pid ?? 0;
    },
    logFile,
    get running() {
      return proc?.running ?? false;
    },
    async stop(graceMs = 10_000) {
      await proc?.stop(graceMs);
      await removeDir(dir).catch(() => undefined);
    },
    async kill(signal: NodeJS.Signals = "SIGKILL") {
      await proc?.kill(signal);
    },
    async restart(signal: NodeJS.Signals = "SIGKILL") {
      await proc?.kill(signal);
      await launch();
    },
    log: () => readFileSync(logFile, "utf8"),
  };
}

/** What a jetnet command that ran to its end printed, and how it exited. */
export interface JetnetRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `jetnet <args>` from the repository's root to its end (a command, not a service). */
export function runJetnet(args: readonly string[]): Promise<JetnetRun> {
  const proc = spawn(process.execPath, [join(root, "bin/jetnet.js"), ...args], {
    cwd: root,
    env: { ...process.env, JETNET_FROM_SOURCE: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  proc.stdout.on("data", (c: Buffer) => {
    stdout += c.toString("utf8");
  });
  proc.stderr.on("data", (c: Buffer) => {
    stderr += c.toString("utf8");
  });
  return new Promise((resolve) => proc.once("close", (code) => resolve({ code, stdout, stderr })));
}
