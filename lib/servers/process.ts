import { type ChildProcess, spawn } from "node:child_process";
import { closeSync, createWriteStream, openSync, type WriteStream } from "node:fs";
import { createInterface } from "node:readline";
import { sleep } from "../time.js";

const tailLines = 15;

/**
 * One supervisor for the server processes this repository starts: `jetnet up`'s children and
 * the servers of the tests and benchmarks. It spawns without a shell, keeps the output in a log
 * file, waits for readiness, and stops with SIGTERM then SIGKILL, never signalling a PID after
 * the process was reaped.
 */

/** How a child process ended. */
export interface ExitInfo {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface ChildSpec {
  /** Names the process in errors; the line prefix with `echo`. */
  name: string;
  command: string;
  args: readonly string[];
  /** Where stdout and stderr go; see `output`. */
  logFile: string;
  /**
   * "lines" (default): through a pipe to us; each line is written to `logFile` (truncated at
   * start), kept for `tail()` and offered to `waitForLine`. "append": appended straight to
   * `logFile` by the child itself; nothing passes through us.
   */
  output?: "lines" | "append";
  /** With "lines", also echo each line to our stdout, prefixed with the name. */
  echo?: boolean;
  /** Width the name is padded to in echoed lines, so the prefixes line up. */
  prefixWidth?: number;
  /** Start the child in its own process group (see `Child`). */
  detached?: boolean;
  /**
   * SIGKILL the child when we exit, or when SIGTERM, SIGINT or SIGHUP stops us: test workers are
   * stopped with SIGTERM, which skips "exit" handlers, and their servers must not outlive them.
   */
  killOnExit?: boolean;
}

/** Why the child did not start or get ready. */
export type ChildStartFailure = "spawn" | "exited" | "timeout";

/** A line or a probe did not come true: the child exited first, the time ran out, or it never started. */
export class ChildStartError extends Error {
  override name = "ChildStartError";
  constructor(
    readonly failure: ChildStartFailure,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

// Children started with killOnExit and still running.
const live = new Set<ChildProcess>();
// What atExit() registered, run after the children are killed.
const exitCleanups: (() => void)[] = [];
let safetyNetInstalled = false;

/** SIGKILLs every child started with killOnExit that is still running. */
export function killLiveChildrenSync(): void {
  for (const child of live) {
    try {
      child.kill("SIGKILL");
    } catch {
      // already gone
    }
  }
  live.clear();
}

/**
 * Runs `fn` (synchronous, best effort) when we exit or a signal stops us, after the killOnExit
 * children are killed: for what those children leave behind, such as their directories.
 */
export function atExit(fn: () => void): void {
  installSafetyNet();
  exitCleanups.push(fn);
}

function cleanUpSync(): void {
  killLiveChildrenSync();
  for (const fn of exitCleanups) {
    try {
      fn();
    } catch {
      // best effort on the way out
    }
  }
}

// After cleaning up, re-raise the signal so its default action (terminate) still happens when
// nobody else handles it.
function installSafetyNet(): void {
  if (safetyNetInstalled) return;
  safetyNetInstalled = true;
  process.on("exit", cleanUpSync);
  for (const sig of ["SIGTERM", "SIGINT", "SIGHUP"] as const) {
    process.once(sig, () => {
      cleanUpSync();
      if (process.listenerCount(sig) === 0) process.kill(process.pid, sig);
    });
  }
}

/**
 * One supervised process.
 *
 * Why `jetnet up` starts its children in their own group (`detached`): a Ctrl-C in the terminal
 * signals the whole foreground group. Were the children in it, every process would get SIGINT at
 * once: the services would drain against a NATS that is already going away. Detached, only
 * `jetnet up` hears it and stops them in reverse start order.
 *
 * Why `jetnet up` takes the output through a pipe ("lines") rather than straight to the log file:
 * we need the lines (readiness, URLs), and if `jetnet up` itself is killed -9 the children lose
 * their reader, so the next write fails and most of them (Go, Node) exit instead of lingering
 * unsupervised.
 */
export class Child {
  readonly pid: number;
  /** Resolves once the process has exited and been reaped. */
  readonly exited: Promise<ExitInfo>;
  private exitInfo: ExitInfo | undefined;
  private readonly listeners = new Set<(line: string) => void>();
  /** The last lines of output, to show when the process dies. */
  private readonly lastLines: string[] = [];
  /** The log file, when the lines pass through us. */
  private readonly log: WriteStream | undefined;
  /** Resolves when both output streams have ended and the log file is flushed. */
  private readonly drained: Promise<void>;

  private constructor(
    readonly spec: ChildSpec,
    private readonly proc: ChildProcess,
  ) {
    this.pid = proc.pid!;
    this.log = spec.output === "append" ? undefined : createWriteStream(spec.logFile, { flags: "w" });
    const prefix = `[${spec.name}]`.padEnd((spec.prefixWidth ?? 0) + 2);
    const streams = [proc.stdout, proc.stderr].filter((s) => s !== null);
    let open = streams.length;
    let streamsDone: () => void = () => {};
    const allEnded = new Promise<void>((resolve) => {
      streamsDone = resolve;
    });
    if (open === 0) streamsDone();
    for (const stream of streams) {
      const lines = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });
      lines.on("line", (line) => {
        this.log?.write(`${line}\n`);
        this.lastLines.push(line);
        if (this.lastLines.length > tailLines) this.lastLines.shift();
        if (spec.echo) process.stdout.write(`${prefix} ${line}\n`);
        for (const fn of this.listeners) fn(line);
      });
      lines.once("close", () => {
        if (--open === 0) streamsDone();
      });
    }
    this.drained = allEnded.then(
      () => new Promise<void>((resolve) => (this.log ? this.log.end(resolve) : resolve())),
    );
    this.exited = new Promise((resolve) => {
      proc.once("exit", (code, signal) => {
        live.delete(proc);
        this.exitInfo = { code, signal };
        resolve(this.exitInfo);
      });
    });
  }

  /** Spawns the process; rejects if it cannot be started at all (e.g. the binary vanished). */
  static spawn(spec: ChildSpec): Promise<Child> {
    if (spec.killOnExit) installSafetyNet();
    const fd = spec.output === "append" ? openSync(spec.logFile, "a") : undefined;
    try {
      const proc = spawn(spec.command, spec.args, {
        detached: spec.detached ?? false,
        stdio: fd === undefined ? ["ignore", "pipe", "pipe"] : ["ignore", fd, fd],
      });
      return new Promise((resolve, reject) => {
        proc.once("error", (err) =>
          reject(new ChildStartError("spawn", `${spec.name}: cannot start: ${err.message}`, { cause: err })),
        );
        proc.once("spawn", () => {
          if (spec.killOnExit) live.add(proc);
          resolve(new Child(spec, proc));
        });
      });
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
  }

  get name(): string {
    return this.spec.name;
  }

  get logFile(): string {
    return this.spec.logFile;
  }

  /** The last lines the process wrote (complete only after `stop()` has resolved). */
  tail(): readonly string[] {
    return this.lastLines;
  }

  get running(): boolean {
    return this.exitInfo === undefined;
  }

  /**
   * Resolves with the first line (from now on) for which `match` returns a value. Rejects when
   * the child exits first, after `timeoutMs`, or when `signal` aborts.
   */
  waitForLine<T>(
    what: string,
    match: (line: string) => T | undefined,
    timeoutMs: number,
    signal: AbortSignal,
  ): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const cleanup = () => {
        this.listeners.delete(onLine);
        clearTimeout(timer);
        signal.removeEventListener("abort", onAbort);
      };
      const onLine = (line: string) => {
        const found = match(line);
        if (found === undefined) return;
        cleanup();
        resolve(found);
      };
      const onAbort = () => {
        cleanup();
        reject(signal.reason);
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(
          new ChildStartError(
            "timeout",
            `${this.name}: not ${what} after ${timeoutMs / 1000} s (see ${this.logFile})`,
          ),
        );
      }, timeoutMs);
      this.listeners.add(onLine);
      signal.addEventListener("abort", onAbort, { once: true });
      void this.exited.then((info) => {
        if (!this.listeners.has(onLine)) return;
        cleanup();
        reject(
          new ChildStartError(
            "exited",
            `${this.name}: exited (${describeExit(info)}) before ${what} (see ${this.logFile})`,
          ),
        );
      });
    });
  }

  /**
   * Polls `probe` every `pollMs` until it returns true; rejects like waitForLine. The error of a
   * timeout carries the probe's last error as its cause.
   */
  async waitUntil(
    what: string,
    probe: () => Promise<boolean>,
    timeoutMs: number,
    signal?: AbortSignal,
    pollMs = 100,
  ): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let lastError: unknown;
    for (;;) {
      signal?.throwIfAborted();
      if (!this.running) {
        throw new ChildStartError(
          "exited",
          `${this.name}: exited (${describeExit(this.exitInfo!)}) before ${what} (see ${this.logFile})`,
        );
      }
      try {
        if (await probe()) return;
      } catch (err) {
        lastError = err;
      }
      if (Date.now() > deadline) {
        throw new ChildStartError(
          "timeout",
          `${this.name}: not ${what} after ${timeoutMs / 1000} s (see ${this.logFile})`,
          { cause: lastError },
        );
      }
      await sleep(pollMs, signal);
    }
  }

  /** SIGTERM, then SIGKILL if still there after `graceMs`; resolves once exited and the log is flushed. */
  async stop(graceMs: number): Promise<ExitInfo> {
    if (this.running) {
      this.signal("SIGTERM");
      const timer = setTimeout(() => this.signal("SIGKILL"), graceMs);
      try {
        await this.exited;
      } finally {
        clearTimeout(timer);
      }
    }
    await this.drained;
    return this.exitInfo!;
  }

  /** Sends `sig` (if the process is still running) and waits until it is reaped. */
  async kill(sig: NodeJS.Signals = "SIGKILL"): Promise<ExitInfo> {
    this.signal(sig);
    return this.exited;
  }

  /** Sends `sig` if the process is still running (never to a reused PID after it was reaped). */
  signal(sig: NodeJS.Signals): void {
    if (!this.running) return;
    try {
      this.proc.kill(sig);
    } catch {
      // exited between the check and the kill
    }
  }
}

export function describeExit(info: ExitInfo): string {
  return info.signal ? `signal ${info.signal}` : `exit code ${info.code}`;
}
