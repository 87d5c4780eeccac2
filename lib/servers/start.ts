import { readFileSync, rmSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { atExit, Child, ChildStartError, type ExitInfo } from "./process.js";
import { describeSource, locateBinary as locate, requirementOf } from "./programs.js";

export const ServerStartErrorCode = {
  BinaryNotFound: "BINARY_NOT_FOUND",
  PortInUse: "PORT_IN_USE",
  StartFailed: "START_FAILED",
  Timeout: "TIMEOUT",
} as const;
export type ServerStartErrorCode = (typeof ServerStartErrorCode)[keyof typeof ServerStartErrorCode];

/** Why a server could not be started; the message carries the tail of the server's log. */
export class ServerStartError extends Error {
  override name = "ServerStartError";
  constructor(
    readonly code: ServerStartErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/**
 * The absolute path of `name` (a program of lib/servers/programs.ts), or a ServerStartError naming the
 * package that provides it. `dirs` replaces the search path (PATH and the system directories).
 */
export function findBinary(name: string, dirs?: readonly string[]): string {
  const row = requirementOf(name);
  if (row === undefined) {
    throw new ServerStartError(
      ServerStartErrorCode.BinaryNotFound,
      `${name} is not in the provisioning table (lib/servers/programs.ts): add a row, so that tests and CI install it`,
    );
  }
  const path = dirs === undefined ? locate(name) : locate(name, [...dirs]);
  if (path !== undefined) return path;
  const pkg = row.source.kind === "apt" ? ` (apt-get install ${row.source.package})` : "";
  throw new ServerStartError(
    ServerStartErrorCode.BinaryNotFound,
    `${name} not found on PATH: install ${describeSource(row)}${pkg}; as root on Debian/Ubuntu, ` +
      "`npm test` and `jetnet provision` install it",
  );
}

// Temp dirs not yet removed; removed on the way out too, after the servers in them are killed.
const tempDirs = new Set<string>();
let removeOnExit = false;

function removeTempDirsSync(): void {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
  tempDirs.clear();
}

export async function makeTempDir(prefix: string): Promise<string> {
  if (!removeOnExit) {
    removeOnExit = true;
    atExit(removeTempDirsSync);
  }
  const dir = await mkdtemp(join(tmpdir(), `jetnet-${prefix}-`));
  tempDirs.add(dir);
  return dir;
}

export async function removeDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  tempDirs.delete(dir);
}

/** The last `lines` lines of a log file, for error messages ("" if unreadable). */
export function logTail(file: string, lines = 25): string {
  try {
    return readFileSync(file, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
  } catch {
    return "";
  }
}

/** A server started on 127.0.0.1 by startNats or startRedis. */
export interface LocalServer {
  readonly url: string;
  readonly port: number;
  /** PID of the current run (changes on restart). */
  readonly pid: number;
  readonly logFile: string;
  readonly running: boolean;
  /** SIGTERM, SIGKILL after 5 s, wait for exit, remove the temp dir. Final: no restart after it. */
  stop(): Promise<void>;
  /** Sends `signal` (default SIGKILL) and waits for exit. */
  kill(signal?: NodeJS.Signals): Promise<void>;
  /** Starts again on the same ports (stopping the current run first if any). */
  restart(): Promise<void>;
}

/**
 * One run of a server binary owned by a test or a benchmark: stdout and stderr appended to `logFile`, killed
 * if the test worker dies. Start failures are ServerStartErrors carrying the tail of the log.
 */
export class ServerProcess {
  private constructor(
    private readonly child: Child,
    readonly what: string,
    readonly logFile: string,
  ) {}

  static async spawn(
    what: string,
    binary: string,
    args: readonly string[],
    logFile: string,
  ): Promise<ServerProcess> {
    try {
      const child = await Child.spawn({
        name: what,
        command: binary,
        args,
        logFile,
        output: "append",
        killOnExit: true,
      });
      return new ServerProcess(child, what, logFile);
    } catch (err) {
      const cause = err instanceof Error && err.cause instanceof Error ? err.cause : err;
      const reason = cause instanceof Error ? cause.message : String(cause);
      throw new ServerStartError(ServerStartErrorCode.StartFailed, `${what}: spawn ${binary}: ${reason}`);
    }
  }

  /** PID of this run. */
  get pid(): number {
    return this.child.pid;
  }

  /** Resolves once the OS has reaped the process, so its PID is gone. */
  get exited(): Promise<ExitInfo> {
    return this.child.exited;
  }

  get running(): boolean {
    return this.child.running;
  }

  /** Sends `signal` and waits until the process is reaped. */
  async kill(signal: NodeJS.Signals = "SIGKILL"): Promise<void> {
    await this.child.kill(signal);
  }

  /** SIGTERM, then SIGKILL if the process is still there after `graceMs`. */
  async stop(graceMs = 5_000): Promise<void> {
    await this.child.stop(graceMs);
  }

  /** An error for a failed start, with the log tail; PORT_IN_USE when the log says so. */
  startError(reason: string): ServerStartError {
    const tail = logTail(this.logFile);
    const code = /address already in use/i.test(tail)
      ? ServerStartErrorCode.PortInUse
      : ServerStartErrorCode.StartFailed;
    return new ServerStartError(
      code,
      `${this.what} (pid ${this.pid}): ${reason}\n--- ${this.logFile} ---\n${tail}`,
    );
  }

  /**
   * Polls `probe` until it returns true. Fails fast if the process exits; on timeout the process is
   * killed so a half-started server does not outlive the failed start.
   */
  async waitUntil(what: string, probe: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
    try {
      await this.child.waitUntil(what, probe, timeoutMs, undefined, 50);
    } catch (err) {
      if (!(err instanceof ChildStartError)) throw err;
      if (err.failure === "timeout") {
        await this.kill();
        const detail = err.cause instanceof Error ? ` (last error: ${err.cause.message})` : "";
        throw this.startError(`not ${what} after ${timeoutMs} ms${detail}`);
      }
      const info = await this.child.exited;
      throw this.startError(`exited (code ${info.code}, signal ${info.signal}) before ${what}`);
    }
  }
}

/**
 * Runs `launch` (a restart on the ports the server already had) until it does not fail with
 * PORT_IN_USE, at most 5 times, pausing longer each time: the ports are fixed now, and a stranger
 * holding one briefly is the only failure worth retrying.
 */
export async function relaunchOnSamePorts(launch: () => Promise<void>): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await launch();
    } catch (err) {
      if (!(err instanceof ServerStartError && err.code === ServerStartErrorCode.PortInUse) || attempt >= 5)
        throw err;
      await sleep(200 * attempt);
    }
  }
}

/** A caller-chosen port stays taken: retrying it only burns time. */
export function fixedPortTries(port: number | undefined): number {
  return port === undefined ? 5 : 1;
}

/**
 * Runs `attempt` with fresh ports until it does not fail with PORT_IN_USE: another vitest worker
 * (or an outgoing connection) can take a port between freePort() and the server's bind.
 */
export async function retryOnPortInUse<T>(attempt: () => Promise<T>, tries = 5): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await attempt();
    } catch (err) {
      if (!(err instanceof ServerStartError && err.code === ServerStartErrorCode.PortInUse) || i >= tries)
        throw err;
    }
  }
}
