import { readFileSync } from "node:fs";
import { maxOf, minOf } from "../../lib/stats.js";

/** One operation of a `jetnet bench --out` CSV (the columns this benchmark reads). */
export interface DriverOp {
  readonly kind: string;
  readonly name: string;
  readonly vni: string;
  readonly node: string;
  readonly phase: string;
  readonly result: string;
  /** When the schedule had the operation start (its arrival), seconds from the run's start. */
  readonly scheduledS: number | undefined;
  readonly startS: number | undefined;
  readonly readyS: number | undefined;
}

/** Splits one CSV line, honouring double-quoted fields (with "" for a quote). */
export function splitCsv(line: string): string[] {
  const out: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      out.push(field);
      field = "";
    } else field += ch;
  }
  out.push(field);
  return out;
}

export function readDriverCsv(file: string): DriverOp[] {
  const [header, ...lines] = readFileSync(file, "utf8").split("\n").filter(Boolean);
  const cols = splitCsv(header ?? "");
  const at = (name: string) => {
    const i = cols.indexOf(name);
    if (i < 0) throw new Error(`${file}: no column ${name}`);
    return i;
  };
  const idx = {
    kind: at("kind"),
    name: at("name"),
    vni: at("vni"),
    node: at("node"),
    phase: at("phase"),
    result: at("result"),
    scheduled: at("scheduled_s"),
    start: at("start_s"),
    ready: at("ready_s"),
  };
  const num = (s: string | undefined) => (s === undefined || s === "" ? undefined : Number(s));
  return lines.map((line) => {
    const f = splitCsv(line);
    return {
      kind: f[idx.kind] ?? "",
      name: f[idx.name] ?? "",
      vni: f[idx.vni] ?? "",
      node: f[idx.node] ?? "",
      phase: f[idx.phase] ?? "",
      result: f[idx.result] ?? "",
      scheduledS: num(f[idx.scheduled]),
      startS: num(f[idx.start]),
      readyS: num(f[idx.ready]),
    };
  });
}

/**
 * What a run asked of the system: attachment lifecycles (successful creates), and the agent
 * deliveries they need — for each create and each delete, the nodes its VNI is on at that moment
 * (its own node included: that agent implements it, the others map it). Operations are replayed
 * in the order they started.
 */
export function lifecycleNeeds(ops: readonly DriverOp[]): { lifecycles: number; deliveriesNeeded: number } {
  const done = ops.filter((op) => op.result === "ok" && op.startS !== undefined);
  done.sort((a, b) => a.startS! - b.startS!);
  const nodesByVni = new Map<string, Map<string, number>>();
  let lifecycles = 0;
  let needed = 0;
  const created = new Map<string, DriverOp>();
  for (const op of done) {
    if (op.kind === "create") created.set(op.name, op);
    // A delete row may leave out where its attachment was: take it from the create.
    const where = op.kind === "create" || op.node ? op : (created.get(op.name) ?? op);
    const nodes = nodesByVni.get(where.vni) ?? new Map<string, number>();
    nodesByVni.set(where.vni, nodes);
    if (op.kind === "create") {
      lifecycles++;
      nodes.set(op.node, (nodes.get(op.node) ?? 0) + 1);
      needed += nodes.size;
    } else {
      needed += nodes.size;
      const left = (nodes.get(where.node) ?? 1) - 1;
      if (left > 0) nodes.set(where.node, left);
      else nodes.delete(where.node);
    }
  }
  return { lifecycles, deliveriesNeeded: needed };
}

/**
 * Creates per second the schedule offered: n arrivals span n − 1 gaps. Poisson arrivals over a
 * short window stray from the nominal rate by ±10 % and more, so whether the plane kept up is
 * judged against what actually arrived.
 */
export function offeredPerSecond(ops: readonly DriverOp[]): number {
  const at = ops
    .filter((op) => op.kind === "create" && op.scheduledS !== undefined)
    .map((op) => op.scheduledS!);
  if (at.length < 2) return Number.NaN;
  const span = maxOf(at) - minOf(at);
  return span > 0 ? (at.length - 1) / span : Number.NaN;
}

/**
 * Sustained ready/s of these creates: those that became ready, over the span from the first
 * one's start to the last one's readiness (a backlog from before the span does not count).
 */
export function readyPerSecond(ops: readonly DriverOp[]): number {
  const creates = ops.filter((op) => op.kind === "create" && op.startS !== undefined);
  const ready = creates.filter((op) => op.readyS !== undefined);
  if (ready.length === 0) return 0;
  const from = minOf(creates.map((op) => op.startS!));
  const to = maxOf(ready.map((op) => op.readyS!));
  return to > from ? ready.length / (to - from) : Number.NaN;
}

/**
 * The rate halfway between a passing and a missing step, rounded to 10 ops/s; undefined when
 * they are too close for a step between them to tell anything.
 */
export function bisectRate(passed: number, missed: number): number | undefined {
  const rate = Math.round((passed + missed) / 20) * 10;
  return rate > passed && rate < missed ? rate : undefined;
}
