import { splitObjectKey } from "../../lib/api/subjects.js";
import type { NetworkAttachment } from "../../lib/codec.js";
import type { WatchEvent } from "../../lib/store/types.js";
import { type DriverMetrics, OpKind, type OpResult } from "./metrics.js";
import type { Phase } from "./schedule.js";

/** One API operation of the run, as written to the CSV. Times are seconds since the run's start. */
export interface OpRecord {
  /** Global operation index in the schedule. */
  readonly seq: number;
  readonly kind: OpKind;
  readonly name: string;
  readonly vni: number;
  readonly subnet: string;
  readonly node: string;
  readonly thread: number;
  readonly phase: Phase;
  readonly scheduledS: number;
  /** When the (first) request was sent. */
  startS?: number;
  lateMs?: number;
  /** When the API replied (success or final failure). */
  replyS?: number;
  result?: OpResult;
  /** The error code of a failed operation. */
  error?: string;
}

/**
 * What the watch told us about one attachment. The first event at which a condition holds stamps
 * it; later events never move a stamp (KOS's `observeState`).
 */
export interface Lifecycle {
  readonly create: OpRecord;
  delete?: OpRecord;
  /** status.ip set. */
  addressedS?: number;
  /** status.if_name and host_ip set: the agent has implemented it. */
  readyS?: number;
  /** post_create_report present (only with --ping). */
  testedS?: number;
  /** The deletion event. */
  deletedS?: number;
  ipamErrors: boolean;
  hostErrors: boolean;
}

/**
 * Correlates watch events with the operations that caused them, by attachment name (names are
 * unique within a run). A lifecycle is registered before its create is sent, because the watch
 * may deliver the object before the API reply arrives.
 */
export class LifecycleTracker {
  /** name → lifecycle, for every attachment of the run. */
  readonly byName = new Map<string, Lifecycle>();
  /** Every operation, in the order it was started. */
  readonly ops: OpRecord[] = [];
  /** Attachments created (reply ok) and not yet seen deleted. */
  private live = 0;

  constructor(
    private readonly metrics: DriverMetrics,
    /** Seconds since the run's start, monotonic. */
    readonly now: () => number,
  ) {}

  register(create: OpRecord): Lifecycle {
    const lc: Lifecycle = { create, ipamErrors: false, hostErrors: false };
    this.byName.set(create.name, lc);
    return lc;
  }

  /** Records an operation's start (not before: a skipped op has no row). */
  started(op: OpRecord): void {
    this.ops.push(op);
  }

  finished(op: OpRecord, result: OpResult, error?: string): void {
    op.replyS = this.now();
    op.result = result;
    if (error !== undefined) op.error = error;
    this.metrics.ops.inc({ op: op.kind, result });
    if (op.kind === OpKind.Create && result === "ok") {
      const lc = this.byName.get(op.name);
      // The deletion may already have been seen if the create reply was slow.
      if (lc?.deletedS === undefined) this.metrics.population.set(++this.live);
    }
  }

  observe(event: WatchEvent<NetworkAttachment>): void {
    if (event.type === "synced") return;
    const lc = this.byName.get(splitObjectKey(event.key).name);
    if (!lc) return; // not ours (another run) or from before this run's start
    const t = this.now();
    const phase = { phase: lc.create.phase };
    const createdAt = lc.create.startS ?? t;
    if (event.type === "delete") {
      if (lc.deletedS !== undefined) return;
      lc.deletedS = t;
      if (lc.create.result === "ok") this.metrics.population.set(--this.live);
      const del = lc.delete;
      if (del?.startS !== undefined) this.metrics.deleteLatency.observe({ phase: del.phase }, t - del.startS);
      return;
    }
    const status = event.value.status;
    if (!status) return;
    if (status.ipamErrors?.length) lc.ipamErrors = true;
    if (status.hostErrors?.length) lc.hostErrors = true;
    if (lc.addressedS === undefined && status.ip) {
      lc.addressedS = t;
      this.metrics.createToAddressed.observe(phase, t - createdAt);
    }
    if (lc.readyS === undefined && status.ifName && status.hostIp) {
      lc.readyS = t;
      this.metrics.createToReady.observe(phase, t - createdAt);
    }
    if (lc.readyS !== undefined && lc.testedS === undefined && status.postCreateReport) {
      lc.testedS = t;
      this.metrics.readyToTested.observe(phase, t - lc.readyS);
    }
  }

  /** Deletes requested (reply ok) whose deletion event has not arrived yet. */
  unconfirmedDeletes(): number {
    let n = 0;
    for (const lc of this.byName.values()) {
      if (lc.delete?.result === "ok" && lc.deletedS === undefined && lc.create.result === "ok") n++;
    }
    return n;
  }
}
