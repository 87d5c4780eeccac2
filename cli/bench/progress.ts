import { sortedPercentile } from "../../lib/stats.js";
import { achievedRate } from "./report.js";
import { type PhaseBounds, phaseAt } from "./schedule.js";
import { bar, formatMs } from "./stats.js";
import type { LifecycleTracker } from "./tracker.js";

export interface ProgressOptions {
  readonly tracker: LifecycleTracker;
  readonly plannedOps: number;
  readonly bounds: PhaseBounds;
  readonly out: NodeJS.WriteStream;
  /** Redraw period on a terminal (at most 4 per second). */
  readonly ttyIntervalMs?: number;
  /** Period of plain lines when stderr is a file or a pipe. */
  readonly plainIntervalMs?: number;
}

/**
 * Live progress on stderr: a one-line bar redrawn in place on a terminal, periodic plain lines
 * otherwise (a log file would fill with carriage returns). Returns `stop()`, which ends the
 * line so the final report starts on a fresh one.
 */
export function startProgress(o: ProgressOptions): { stop(): void } {
  const tty = o.out.isTTY === true;
  const period = tty ? Math.max(250, o.ttyIntervalMs ?? 250) : (o.plainIntervalMs ?? 5000);
  const render = () => {
    const now = o.tracker.now();
    const ops = o.tracker.ops;
    const recent = ops.slice(-200).map((op) => op.startS ?? 0);
    const ready: number[] = [];
    for (const lc of o.tracker.byName.values()) {
      if (lc.readyS !== undefined && lc.create.startS !== undefined) ready.push(lc.readyS - lc.create.startS);
    }
    ready.sort((a, b) => a - b);
    const rate = achievedRate(recent);
    return [
      phaseAt(now, o.bounds).padEnd(8),
      `${bar(ops.length, o.plannedOps)} ${ops.length}/${o.plannedOps} ops`,
      `${Number.isFinite(rate) ? rate.toFixed(1) : "-"} ops/s`,
      `create→ready p50 ${formatMs(sortedPercentile(ready, 50))} ms`,
    ].join("  ");
  };
  const timer = setInterval(() => {
    if (tty) o.out.write(`\r\x1b[2K${render()}`);
    else o.out.write(`bench: ${render()}\n`);
  }, period);
  timer.unref();
  return {
    stop() {
      clearInterval(timer);
      if (tty) o.out.write(`\r\x1b[2K${render()}\n`);
    },
  };
}
