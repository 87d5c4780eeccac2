import { execFile } from "node:child_process";
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

export interface HookVars {
  readonly ifname: string;
  readonly ipv4: string;
  readonly mac: string;
}

/** `${ifname}`, `${ipv4}` and `${mac}` replaced; nothing else is interpreted (there is no shell). */
export function expandArgs(command: readonly string[], vars: HookVars): string[] {
  return command.map((arg) =>
    arg.replace(/\$\{(ifname|ipv4|mac)\}/g, (_m, name: keyof HookVars) => vars[name]),
  );
}

/** Why a command may not run, or undefined if it may. An empty allow-list allows nothing. */
export function disallowed(command: readonly string[], allowed: ReadonlySet<string>): string | undefined {
  const program = command[0];
  if (!program) return "empty command";
  if (!allowed.has(program))
    return `program ${JSON.stringify(program)} is not in the agent's --allowed-programs`;
  return undefined;
}

function clip(s: string): string {
  const b = Buffer.from(s, "utf8");
  return b.length <= maxOutputBytes ? s : `${b.subarray(0, maxOutputBytes).toString("utf8")}…[truncated]`;
}

/**
 * Runs an already expanded and allowed command without a shell. Kills it (SIGKILL) after
 * `timeoutMs`; the report says so with `timed_out` and exit status TimedOut.
 */
export function runHook(command: readonly string[], timeoutMs = defaultExecTimeoutMs): Promise<ExecReport> {
  const start = nowUs();
  return new Promise((resolve) => {
    const [program, ...args] = command;
    execFile(
      program ?? "",
      args,
      {
        timeout: timeoutMs,
        killSignal: "SIGKILL",
        maxBuffer: 1024 * 1024,
        encoding: "utf8",
        windowsHide: true,
      },
      (err, stdout, stderr) => {
        const stop = nowUs();
        let exitStatus = 0;
        let timedOut = false;
        if (err) {
          const e = err as NodeJS.ErrnoException & {
            killed?: boolean;
            signal?: string | null;
            code?: unknown;
          };
          if (typeof e.code === "number") exitStatus = e.code;
          else if (e.killed && e.signal === "SIGKILL" && stop - start >= timeoutMs * 1000 - 50_000) {
            exitStatus = ExecStatus.TimedOut;
            timedOut = true;
          } else if (e.signal) exitStatus = ExecStatus.Signalled;
          else exitStatus = ExecStatus.NotStarted;
        }
        resolve({
          command: [...command],
          exitStatus,
          startTimeUs: start,
          stopTimeUs: stop,
          stdout: clip(stdout ?? ""),
          stderr: clip(timedOut ? `${stderr ?? ""}\nkilled after ${timeoutMs} ms timeout` : (stderr ?? "")),
          timedOut,
        });
      },
    );
  });
}
