import { type ChildProcess, spawn } from "node:child_process";
import { createWriteStream, type WriteStream } from "node:fs";
import { createInterface } from "node:readline";

const tailLines = 15;

/** How a child process ended. */
export interface ExitInfo {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface ChildSpec {
  /** Shown in `jetnet up` output and as the line prefix with --verbose. */
  name: string;
  command: string;
  args: readonly string[];
  /** Every line of stdout and stderr is written here (truncated at start). */
  logFile: string;
  /** Also echo each line to our stdout, prefixed with the name (--verbose). */
  echo: boolean;
  /** Width the name is padded to in echoed lines, so the prefixes line up. */
  prefixWidth?: number;
}

/** A line did not appear: the child exited first, the time ran out, or we are shutting down. */
export class ChildStartError extends Error {
  override name = "ChildStartError";
}

/**
 * One process started by `jetnet up`, in its own process group.
 *
 * Why its own group (`detached`): a Ctrl-C in the terminal signals the whole foreground group.
 * Were the children in it, every process would get SIGINT at once: the services would drain
 * against a NATS that is already going away. Detached, only `jetnet up` hears it and stops them
 * in reverse start order.
 *
 * Why output goes through a pipe to us rather than straight to the log file: we need the lines
 * (readiness, URLs), and if `jetnet up` itself is killed -9 the children lose their reader, so
 * the next write fails and most of them (Go, Node) exit instead of lingering unsupervised.
 */
export class Child {
  readonly pid: number;
  /** Resolves once the process has exited and been reaped. */
  readonly exited: Promise<ExitInfo>;
  private exitInfo: ExitInfo | undefined;
  private readonly listeners = new Set<(line: string) => void>();
  /** The last lines of output, to show when the process dies. */
  private readonly lastLines: string[] = [];
  private readonly log: WriteStream;
  /** Resolves when both output streams have ended and the log file is flushed. */
  private readonly drained: Promise<void>;

  private constructor(
    readonly spec: ChildSpec,
    private readonly proc: ChildProcess,
  ) {
    this.pid = proc.pid!;
    this.log = createWriteStream(spec.logFile, { flags: "w" });
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
        this.log.write(`${line}\n`);
        this.lastLines.push(line);
        if (this.lastLines.length > tailLines) this.lastLines.shift();
        if (spec.echo) process.stdout.write(`${prefix} ${line}\n`);
        for (const fn of this.listeners) fn(line);
      });
      lines.once("close", () => {
        if (--open === 0) streamsDone();
      });
    }
    this.drained = allEnded.then(() => new Promise<void>((resolve) => this.log.end(resolve)));
    this.exited = new Promise((resolve) => {
      proc.once("exit", (code, signal) => {
        this.exitInfo = { code, signal };
        resolve(this.exitInfo);
      });
    });
  }

  /** Spawns the process; rejects if it cannot be started at all (e.g. the binary vanished). */
  static spawn(spec: ChildSpec): Promise<Child> {
    const proc = spawn(spec.command, spec.args, { detached: true, stdio: ["ignore", "pipe", "pipe"] });
    return new Promise((resolve, reject) => {
      proc.once("error", (err) => reject(new ChildStartError(`${spec.name}: cannot start: ${err.message}`)));
      proc.once("spawn", () => resolve(new Child(spec, proc)));
    });
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
          new ChildStartError(`${this.name}: not ${what} after ${timeoutMs / 1000} s (see ${this.logFile})`),
        );
      }, timeoutMs);
      this.listeners.add(onLine);
      signal.addEventListener("abort", onAbort, { once: true });
      void this.exited.then((info) => {
        if (!this.listeners.has(onLine)) return;
        cleanup();
        reject(
          new ChildStartError(
            `${this.name}: exited (${describeExit(info)}) before ${what} (see ${this.logFile})`,
          ),
        );
      });
    });
  }

  /** Polls `probe` every 100 ms until it returns true; rejects like waitForLine. */
  async waitUntil(what: string, probe: () => Promise<boolean>, timeoutMs: number, signal: AbortSignal) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      signal.throwIfAborted();
      if (!this.running) {
        throw new ChildStartError(
          `${this.name}: exited (${describeExit(this.exitInfo!)}) before ${what} (see ${this.logFile})`,
        );
      }
      if (await probe().catch(() => false)) return;
      if (Date.now() > deadline) {
        throw new ChildStartError(
          `${this.name}: not ${what} after ${timeoutMs / 1000} s (see ${this.logFile})`,
        );
      }
      await new Promise((r) => setTimeout(r, 100));
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
