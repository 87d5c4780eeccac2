import { spawn } from "node:child_process";
import { HookEnv } from "../../lib/api/hooks.js";
import type { ExecReport } from "../../lib/codec.js";
import { nowUs } from "../../lib/time.js";

/** Output kept per stream in a report. */
export const maxOutputBytes = 4096;
export const defaultExecTimeoutMs = 30_000;

/** Exit statuses for commands that did not exit normally (negative, as in KOS). */
export const ExecStatus = {
  /** The program could not be started (not found, not executable). */
  NotStarted: -2,
  /** Killed by a signal (other than our timeout). */
  Signalled: -3,
  /** Killed because it ran past the timeout. */
  TimedOut: -4,
} as const;

/** The attachment's own values: what a hook's arguments may name (see lib/api/hooks). */
export interface HookVars {
  readonly ifname: string;
  readonly ipv4: string;
  readonly mac: string;
  /** The attachment's guest namespace (guestNetns). */
  readonly netns: string;
}

/**
 * `${ifname}`, `${ipv4}`, `${mac}` and `${netns}` replaced; nothing else is interpreted (there is
 * no shell). Run only on a command the allow-list admitted (allowlist.ts `refusal`).
 */
export function expandArgs(command: readonly string[], vars: HookVars): string[] {
  return command.map((arg) =>
    arg.replace(/\$\{(ifname|ipv4|mac|netns)\}/g, (_m, name: keyof HookVars) => vars[name]),
  );
}

const defaultPath = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

/**
 * A hook's whole environment: PATH and the attachment's values (so a hook can check that its
 * arguments are its attachment's), nothing else of the agent's. The agent's environment holds
 * its NATS credentials, which a hook has no business seeing (its output goes into status).
 */
export function hookEnv(vars: HookVars, hostNetns: string): Record<string, string> {
  return {
    PATH: process.env.PATH || defaultPath,
    [HookEnv.IfName]: vars.ifname,
    [HookEnv.Ipv4]: vars.ipv4,
    [HookEnv.Mac]: vars.mac,
    [HookEnv.Netns]: vars.netns,
    [HookEnv.HostNetns]: hostNetns,
  };
}

/** Keeps the first maxOutputBytes of a stream and whether there was more. */
class OutputCapture {
  private readonly chunks: Buffer[] = [];
  private kept = 0;
  private dropped = false;

  add(chunk: Buffer): void {
    const room = maxOutputBytes - this.kept;
    if (chunk.length > room) this.dropped = true;
    if (room <= 0) return;
    const part = chunk.length > room ? chunk.subarray(0, room) : chunk;
    this.chunks.push(part);
    this.kept += part.length;
  }

  text(suffix = ""): string {
    const s = Buffer.concat(this.chunks).toString("utf8");
    return `${this.dropped ? `${s}…[truncated]` : s}${suffix}`;
  }
}

/**
 * Runs an already expanded and allowed command without a shell, with exactly the environment
 * `env` (hookEnv; by default PATH alone). Kills it (SIGKILL) after
 * `timeoutMs`; the report says so with `timed_out` and exit status TimedOut.
 *
 * The command runs in its own process group and the timeout kills the whole group: a hook such
 * as `sh -c "sleep 60; …"` would otherwise leave the shell's children running, holding the
 * output pipes open. Output beyond maxOutputBytes per stream is read and dropped, so a chatty
 * hook neither grows the agent's memory nor blocks on a full pipe.
 */
export function runHook(
  command: readonly string[],
  timeoutMs = defaultExecTimeoutMs,
  env: Readonly<Record<string, string>> = { PATH: process.env.PATH || defaultPath },
): Promise<ExecReport> {
  const start = nowUs();
  return new Promise((resolve) => {
    const [program, ...args] = command;
    const out = new OutputCapture();
    const err = new OutputCapture();
    let timedOut = false;
    let done = false;
    const finish = (exitStatus: number) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      resolve({
        command: [...command],
        exitStatus,
        startTimeUs: start,
        stopTimeUs: nowUs(),
        stdout: out.text(),
        stderr: err.text(timedOut ? `\nkilled after ${timeoutMs} ms timeout` : ""),
        timedOut,
      });
    };
    const child = spawn(program ?? "", args, {
      stdio: ["ignore", "pipe", "pipe"],
      env,
      detached: true,
      windowsHide: true,
    });
    child.stdout.on("data", (c: Buffer) => out.add(c));
    child.stderr.on("data", (c: Buffer) => err.add(c));
    child.once("error", () => finish(ExecStatus.NotStarted));
    // "close" waits for the pipes, so the report holds all output the group wrote.
    child.once("close", (code, signal) => {
      if (timedOut) finish(ExecStatus.TimedOut);
      else if (code !== null) finish(code);
      else finish(signal ? ExecStatus.Signalled : ExecStatus.NotStarted);
    });
    const timer = setTimeout(() => {
      if (child.pid === undefined) return;
      timedOut = true;
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
        // Already gone: "close" reports how it ended.
      }
    }, timeoutMs);
  });
}
