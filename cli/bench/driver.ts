import { setTimeout as sleep } from "node:timers/promises";
import type { ResourceClient } from "../../lib/api/client.js";
import { retryRefused } from "../../lib/api/retry.js";
import type { NetworkAttachment } from "../../lib/codec.js";
import { ErrorCode, hasCode, JetnetError } from "../../lib/errors.js";
import type { Rng } from "../../lib/random.js";
import { type DriverMetrics, OpKind, OpResult } from "./metrics.js";
import { type PingPlan, pingExecs } from "./ping.js";
import { attachmentName, type NetPlan, type Slot, subnetOfSlot } from "./plan.js";
import { lateness, type PhaseBounds, phaseAt, threadCreates, threadOpIndex } from "./schedule.js";
import type { LifecycleTracker, OpRecord } from "./tracker.js";

export const NodeChoice = { RoundRobin: "round-robin", Random: "random" } as const;
export type NodeChoice = (typeof NodeChoice)[keyof typeof NodeChoice];

export interface DriverOptions {
  readonly attachments: ResourceClient<NetworkAttachment>;
  readonly nets: readonly NetPlan[];
  readonly slots: readonly Slot[];
  /** Slot indexes (into `slots`) owned by each thread. */
  readonly dealt: readonly (readonly number[])[];
  readonly numCreates: number;
  /** Start offsets (s) of the 2·numCreates operations. */
  readonly offsets: Float64Array;
  readonly bounds: PhaseBounds;
  readonly nodes: readonly string[];
  readonly nodeChoice: NodeChoice;
  readonly rng: Rng;
  readonly labels: Record<string, string>;
  readonly nameWidth: number;
  readonly tracker: LifecycleTracker;
  readonly metrics: DriverMetrics;
  /** Aborts on the first ^C: no more creates; what is live is deleted at once, off schedule. */
  readonly stopCreates: AbortSignal;
  /** --ping: every attachment gets the guest test hooks. */
  readonly ping?: PingPlan;
}

/** Delete retries: from 100 ms, doubling, at most 5 s apart (KOS's back-off), here bounded. */
const deleteBackoff = { firstMs: 100, maxMs: 5000, attempts: 20 } as const;

/**
 * Runs the schedule with one async worker per thread, as KOS's driver does. A thread owns a set
 * of slots; while it has an empty slot and creates left it creates, otherwise it deletes the
 * attachment in its oldest slot. So it fills its slots (warm-up), then alternates delete/create
 * (cruise), then only deletes (cool-down), and the population stays near the number of slots.
 * Each thread does one operation at a time: a slow API makes operations late rather than piling
 * up unbounded concurrency.
 */
export async function runThreads(o: DriverOptions, t0: number): Promise<void> {
  const threads = o.dealt.length;
  // The next name index of each slot: starts at slotInNet + 1 and grows by the network's size.
  const nextIndex = o.slots.map((s) => s.slotInNet + 1);
  const pauses = new Pauses(o.stopCreates);
  try {
    await Promise.all(
      o.dealt.map((mySlots, thread) => runThread(o, pauses, t0, thread, threads, mySlots, nextIndex)),
    );
  } finally {
    pauses.close();
  }
}

/**
 * The threads' waits for their next scheduled operation, all cut short by the first ^C. One abort
 * listener serves every thread: a timer per thread that listened on the signal itself would put
 * --threads listeners on it at once (and node warns of a leak past 10).
 */
class Pauses {
  /** Resolves a pending wait early; present while its timer runs. */
  private readonly wakers = new Set<() => void>();
  private readonly onAbort = () => {
    for (const wake of [...this.wakers]) wake();
  };

  constructor(private readonly signal: AbortSignal) {
    signal.addEventListener("abort", this.onAbort, { once: true });
  }

  /** Resolves after `ms`, or at once when (or once) the signal is aborted. */
  wait(ms: number): Promise<void> {
    if (this.signal.aborted) return Promise.resolve();
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        this.wakers.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      this.wakers.add(wake);
    });
  }

  close(): void {
    this.signal.removeEventListener("abort", this.onAbort);
    this.onAbort();
  }
}

async function runThread(
  o: DriverOptions,
  pauses: Pauses,
  t0: number,
  thread: number,
  threads: number,
  mySlots: readonly number[],
  nextIndex: number[],
): Promise<void> {
  const myCreates = threadCreates(thread, threads, o.numCreates);
  /** The attachments this thread created, oldest first; index i lives in mySlots[i mod len]. */
  const created: OpRecord[] = [];
  let iCreate = 0;
  let iDelete = 0;
  for (let k = 0; iDelete < (o.stopCreates.aborted ? iCreate : myCreates); k++) {
    const seq = threadOpIndex(k, thread, threads, o.numCreates);
    const scheduledS = o.offsets[seq] ?? 0;
    if (!o.stopCreates.aborted) {
      const waitMs = t0 + scheduledS * 1000 - performance.now();
      if (waitMs > 0) await pauses.wait(waitMs);
    }
    const canCreate = !o.stopCreates.aborted && iCreate < iDelete + mySlots.length && iCreate < myCreates;
    if (canCreate) {
      const slotIndex = mySlots[iCreate % mySlots.length]!;
      const node = pickNode(o, thread, threads, iCreate);
      created.push(await create(o, t0, seq, scheduledS, thread, slotIndex, node, nextIndex));
      iCreate++;
    } else {
      const victim = created[iDelete]!;
      await remove(o, t0, seq, scheduledS, thread, victim);
      iDelete++;
    }
  }
}

function pickNode(o: DriverOptions, thread: number, threads: number, iCreate: number): string {
  const i =
    o.nodeChoice === NodeChoice.RoundRobin
      ? (thread + threads * iCreate) % o.nodes.length
      : Math.floor(o.rng() * o.nodes.length);
  return o.nodes[i]!;
}

function stampStart(o: DriverOptions, t0: number, op: OpRecord): void {
  op.startS = (performance.now() - t0) / 1000;
  const { lateMs, late } = lateness(op.scheduledS * 1000, op.startS * 1000);
  op.lateMs = lateMs;
  if (late && !o.stopCreates.aborted) o.metrics.lateOps.inc();
  o.tracker.started(op);
}

/** A create refused this many times in a row fails as UNAVAILABLE (minutes at the longest hint). */
const maxCreateAttempts = 100;

async function create(
  o: DriverOptions,
  t0: number,
  seq: number,
  scheduledS: number,
  thread: number,
  slotIndex: number,
  node: string,
  nextIndex: number[],
): Promise<OpRecord> {
  const slot = o.slots[slotIndex]!;
  const net = o.nets[slot.net]!;
  const subnetPlan = subnetOfSlot(net, slot.slotInNet);
  const subnet = subnetPlan.name;
  const name = attachmentName(net.vni, nextIndex[slotIndex]!, o.nameWidth);
  nextIndex[slotIndex]! += net.size;
  const op: OpRecord = {
    seq,
    kind: OpKind.Create,
    name,
    vni: net.vni,
    subnet,
    node,
    thread,
    phase: phaseAt(scheduledS, o.bounds),
    scheduledS,
  };
  const lc = o.tracker.register(op);
  let execs: ReturnType<typeof pingExecs> | undefined;
  if (o.ping) {
    // Chosen now, not when the hook runs: KOS's driver also names the peer in the spec.
    const peer = o.tracker.assignPeer(lc);
    execs = pingExecs(o.ping, { cidr: subnetPlan.cidr }, peer?.ip);
  }
  stampStart(o, t0, op);
  try {
    // A create refused over the service's backlog bound is sent again after its hint: the
    // thread waits, which is the back-pressure; create→ready counts from the first attempt.
    await retryRefused(
      () => o.attachments.create({ meta: { name, labels: o.labels }, spec: { node, subnet, ...execs } }),
      {
        maxAttempts: maxCreateAttempts,
        onRefused: () => {
          op.refusals = (op.refusals ?? 0) + 1;
        },
        signal: o.stopCreates,
      },
    );
    o.tracker.finished(op, OpResult.Ok);
  } catch (err) {
    o.tracker.finished(op, OpResult.Error, errorCode(err));
  }
  return op;
}

async function remove(
  o: DriverOptions,
  t0: number,
  seq: number,
  scheduledS: number,
  thread: number,
  victim: OpRecord,
): Promise<void> {
  const op: OpRecord = {
    seq,
    kind: OpKind.Delete,
    name: victim.name,
    vni: victim.vni,
    subnet: victim.subnet,
    node: victim.node,
    thread,
    phase: phaseAt(scheduledS, o.bounds),
    scheduledS,
  };
  const lc = o.tracker.byName.get(victim.name);
  if (lc) lc.delete = op;
  stampStart(o, t0, op);
  // Retried (bounded: ~1.5 min in all) rather than dropped: an attachment left behind would
  // hold its address after the run. NOT_FOUND is success (the create failed, or an earlier
  // attempt went through).
  let backoff: number = deleteBackoff.firstMs;
  for (let attempt = 1; ; attempt++) {
    try {
      await o.attachments.delete(victim.name);
      o.tracker.finished(op, OpResult.Ok);
      return;
    } catch (err) {
      if (hasCode(err, ErrorCode.NotFound)) {
        o.tracker.finished(op, OpResult.Ok);
        return;
      }
      if (attempt >= deleteBackoff.attempts) {
        o.tracker.finished(op, OpResult.Error, errorCode(err));
        return;
      }
    }
    await sleep(backoff);
    backoff = Math.min(backoff * 2, deleteBackoff.maxMs);
  }
}

function errorCode(err: unknown): string {
  return err instanceof JetnetError ? err.code : "ERROR";
}
