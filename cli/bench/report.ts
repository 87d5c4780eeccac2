import { writeFile } from "node:fs/promises";
import { maxOf, minOf } from "../../lib/stats.js";
import { OpKind } from "./metrics.js";
import { type Phase, Phase as Phases } from "./schedule.js";
import { csvLine, formatTable, type LatencySummary, latencyTable, summarize } from "./stats.js";
import type { Lifecycle, LifecycleTracker, OpRecord } from "./tracker.js";

export const Latency = {
  CreateToAddressed: "create_to_addressed",
  CreateToReady: "create_to_ready",
  ReadyToTested: "ready_to_tested",
  ReadyToHalfTested: "ready_to_half_tested",
  Delete: "delete",
} as const;

export interface RunSummary {
  /** Operations measured: those scheduled in cruise. */
  readonly measuredPhase: Phase;
  readonly latencies: Record<string, LatencySummary>;
  readonly rate: {
    readonly requested: number;
    readonly achievedCruise: number;
    readonly achievedAll: number;
  };
  readonly ops: {
    readonly planned: number;
    readonly started: number;
    readonly late: number;
    /** Create refusals (UNAVAILABLE with a retry hint) over the whole run, each retried. */
    readonly refused: number;
  };
  readonly latePercent: number;
  /** Failure kind → count, over the whole run. */
  readonly failures: Record<string, number>;
  /** --ping: tests reported over the whole run (a failed one also counts as a "ping" failure). */
  readonly tests?: TestCounts;
}

export interface TestCounts {
  /** Tests that pinged a peer, and those of them that passed. */
  readonly full: number;
  readonly fullPassed: number;
  /** Tests with no ready peer in the network (guest set up only), and those that passed. */
  readonly half: number;
  readonly halfPassed: number;
  /** Ready attachments whose test never reported (deleted first, or the hook hung). */
  readonly unreported: number;
}

/** Ops/s achieved by these starts: (n − 1) gaps over the span from the first to the last start. */
export function achievedRate(startsS: readonly number[]): number {
  if (startsS.length < 2) return Number.NaN;
  const first = minOf(startsS);
  const last = maxOf(startsS);
  return last > first ? (startsS.length - 1) / (last - first) : Number.NaN;
}

export function summarizeRun(
  tracker: LifecycleTracker,
  plannedOps: number,
  rate: number,
  ping: boolean,
): RunSummary {
  const measured = (lc: Lifecycle) => lc.create.phase === Phases.Cruise && lc.create.startS !== undefined;
  const values = {
    addressed: [] as number[],
    ready: [] as number[],
    tested: [] as number[],
    halfTested: [] as number[],
    del: [] as number[],
  };
  const tests = { full: 0, fullPassed: 0, half: 0, halfPassed: 0, unreported: 0 };
  const failures: Record<string, number> = {};
  const fail = (kind: string) => {
    failures[kind] = (failures[kind] ?? 0) + 1;
  };
  for (const lc of tracker.byName.values()) {
    const start = lc.create.startS;
    if (measured(lc) && start !== undefined) {
      if (lc.addressedS !== undefined) values.addressed.push(lc.addressedS - start);
      if (lc.readyS !== undefined) values.ready.push(lc.readyS - start);
      if (lc.readyToTestedS !== undefined) {
        (lc.peer ? values.tested : values.halfTested).push(lc.readyToTestedS);
      }
    }
    const del = lc.delete;
    if (del?.phase === Phases.Cruise && del.startS !== undefined && lc.deletedS !== undefined) {
      values.del.push(lc.deletedS - del.startS);
    }
    if (lc.create.result === "error") fail(`create ${lc.create.error ?? "error"}`);
    if (del?.result === "error") fail(`delete ${del.error ?? "error"}`);
    if (lc.create.result !== "ok") continue;
    if (lc.ipamErrors) fail("ipam errors in status");
    if (lc.hostErrors) fail("host errors in status");
    if (lc.readyS === undefined) fail("never ready");
    if (del?.result === "ok" && lc.deletedS === undefined) fail("deletion never seen");
    if (!ping || lc.readyS === undefined) continue;
    if (lc.testExit === undefined) tests.unreported++;
    else if (lc.peer) {
      tests.full++;
      if (lc.testExit === 0) tests.fullPassed++;
    } else {
      tests.half++;
      if (lc.testExit === 0) tests.halfPassed++;
    }
    if (lc.testExit !== undefined && lc.testExit !== 0) {
      fail(lc.peerLost ? "ping (peer deleted during the test)" : "ping");
    }
  }
  const latencies: Record<string, LatencySummary> = {
    [Latency.CreateToAddressed]: summarize(values.addressed),
    [Latency.CreateToReady]: summarize(values.ready),
    ...(ping
      ? {
          [Latency.ReadyToTested]: summarize(values.tested),
          [Latency.ReadyToHalfTested]: summarize(values.halfTested),
        }
      : {}),
    [Latency.Delete]: summarize(values.del),
  };
  const started = tracker.ops.filter((op) => op.startS !== undefined);
  const late = started.filter((op) => (op.lateMs ?? 0) > 100).length;
  const starts = (ops: OpRecord[]) => ops.map((op) => op.startS!);
  return {
    measuredPhase: Phases.Cruise,
    latencies,
    rate: {
      requested: rate,
      achievedCruise: achievedRate(starts(started.filter((op) => op.phase === Phases.Cruise))),
      achievedAll: achievedRate(starts(started)),
    },
    ops: {
      planned: plannedOps,
      started: started.length,
      late,
      refused: started.reduce((n, op) => n + (op.refusals ?? 0), 0),
    },
    latePercent: started.length ? (100 * late) / started.length : 0,
    failures,
    ...(ping ? { tests } : {}),
  };
}

/** The final report for stdout. */
export function formatSummary(s: RunSummary): string {
  const rate = (v: number) => (Number.isFinite(v) ? v.toFixed(1) : "-");
  const lines = [
    `measured: operations scheduled in ${s.measuredPhase}`,
    latencyTable(new Map(Object.entries(s.latencies))),
    "",
    `rate: requested ${rate(s.rate.requested)} ops/s, achieved ${rate(s.rate.achievedCruise)} ops/s in cruise, ${rate(s.rate.achievedAll)} ops/s overall`,
    `operations: ${s.ops.started} of ${s.ops.planned} started; late (> 100 ms): ${s.ops.late} (${s.latePercent.toFixed(2)}%); creates refused and retried: ${s.ops.refused}`,
  ];
  const t = s.tests;
  if (t) {
    lines.push(
      `ping tests: ${t.fullPassed} of ${t.full} with a peer passed, ${t.halfPassed} of ${t.half} without a peer; ${t.unreported} ready never reported`,
    );
  }
  const failures = Object.entries(s.failures).sort(([a], [b]) => a.localeCompare(b));
  if (failures.length === 0) lines.push("failures: none");
  else
    lines.push(
      "failures:",
      formatTable(
        ["  kind", "count"],
        failures.map(([k, n]) => [`  ${k}`, String(n)]),
      ),
    );
  return lines.join("\n");
}

const csvHeader = [
  "seq",
  "kind",
  "name",
  "vni",
  "subnet",
  "node",
  "thread",
  "phase",
  "scheduled_s",
  "start_s",
  "late_ms",
  "result",
  "error",
  "reply_s",
  "addressed_s",
  "ready_s",
  "tested_s",
  "deleted_s",
  "create_to_addressed_s",
  "create_to_ready_s",
  "ready_to_tested_s",
  "delete_s",
];
/** Appended with --ping (so a run without tests keeps the plain layout). */
const csvPingHeader = ["test_peer", "test_peer_ip", "test_peer_lost", "test_exit"];

const sec = (v: number | undefined) => (v === undefined ? undefined : Number(v.toFixed(6)));
const diff = (a: number | undefined, b: number | undefined) =>
  a === undefined || b === undefined ? undefined : sec(a - b);

/**
 * One row per operation, in schedule order. A create row carries its attachment's lifecycle
 * (addressed, ready, tested, deleted); a delete row its deletion time and latency.
 */
export function opsCsv(tracker: LifecycleTracker, ping = false): string {
  const rows = [...tracker.ops].sort((a, b) => a.seq - b.seq);
  const lines = [csvLine(ping ? [...csvHeader, ...csvPingHeader] : csvHeader)];
  for (const op of rows) {
    const lc = tracker.byName.get(op.name);
    const isCreate = op.kind === OpKind.Create;
    const life = isCreate ? lc : undefined;
    lines.push(
      csvLine([
        op.seq,
        op.kind,
        op.name,
        op.vni,
        op.subnet,
        op.node,
        op.thread,
        op.phase,
        sec(op.scheduledS),
        sec(op.startS),
        op.lateMs === undefined ? undefined : Number(op.lateMs.toFixed(3)),
        op.result,
        op.error,
        sec(op.replyS),
        sec(life?.addressedS),
        sec(life?.readyS),
        sec(life?.testedS),
        sec(lc?.deletedS),
        diff(life?.addressedS, op.startS),
        diff(life?.readyS, op.startS),
        sec(life?.readyToTestedS),
        isCreate ? undefined : diff(lc?.deletedS, op.startS),
        ...(ping ? [life?.peer?.name, life?.peer?.ip, life?.peerLost ? 1 : undefined, life?.testExit] : []),
      ]),
    );
  }
  return `${lines.join("\n")}\n`;
}

export async function writeOutputs(
  prefix: string,
  json: unknown,
  tracker: LifecycleTracker,
  ping = false,
): Promise<void> {
  await writeFile(`${prefix}.json`, `${JSON.stringify(json, null, 2)}\n`);
  await writeFile(`${prefix}.csv`, opsCsv(tracker, ping));
}
