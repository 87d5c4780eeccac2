import { Section, splitObjectKey } from "../../lib/api/subjects.js";
import type { NetworkAttachment } from "../../lib/codec.js";
import type { WatchEvent } from "../../lib/store/types.js";
import { type DriverMetrics, OpKind, type OpResult } from "./metrics.js";
import { choosePeer, type PeerCandidate } from "./ping.js";
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
  /** Times the service refused a create with a retry hint (back-pressure) before it was sent again. */
  refusals?: number;
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
  /** status.ip, once known (a --ping peer's target). */
  ip?: string;
  /** status.if_name and host_ip set: the agent has implemented it. */
  readyS?: number;
  /** The server's status.impl stamp (µs) in the ready event. */
  readyUs?: number;
  /** post_create_report present (only with --ping). */
  testedS?: number;
  /** ready → tested (s): from the server's stamps when both exist, else from the driver's clock. */
  readyToTestedS?: number;
  /** The test's exit status (0: guest set up and, if a peer was given, it answered). */
  testExit?: number;
  /** The peer pinged by the test (--ping), if there was one: "a half test" otherwise. */
  peer?: { readonly name: string; readonly ip: string };
  /** The peer's delete was sent before this test reported: a failure may be the peer's absence. */
  peerLost?: boolean;
  /** The test's output when it failed, shortened (for the report). */
  testOutput?: string;
  /** The first host error seen in status (e.g. a hook the agent may not run). */
  hostError?: string;
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
  /** VNI → its ready attachments with no delete sent yet: the possible --ping peers. */
  private readonly peers = new Map<number, Set<Lifecycle>>();
  /** Peer name → the attachments whose test pings it and has not reported yet. */
  private readonly pendingTests = new Map<string, Set<Lifecycle>>();

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
    if (op.kind !== OpKind.Delete) return;
    const lc = this.byName.get(op.name);
    // An attachment being deleted would make a test that pings it fail for the wrong reason.
    this.dropPeer(lc);
    for (const test of this.pendingTests.get(op.name) ?? []) test.peerLost = true;
    this.pendingTests.delete(op.name);
    if (lc?.peer) this.settleTest(lc, lc.peer.name);
  }

  /**
   * Picks the peer that `lc`'s test will ping (see choosePeer) among the ready attachments of its
   * network, and records it; undefined when none is ready (a half test).
   */
  assignPeer(lc: Lifecycle): { name: string; ip: string } | undefined {
    const candidates: PeerCandidate[] = [];
    for (const other of this.peers.get(lc.create.vni) ?? []) {
      const c = other.create;
      if (other.ip === undefined || other.readyS === undefined || c.name === lc.create.name) continue;
      candidates.push({
        name: c.name,
        node: c.node,
        ip: other.ip,
        readyS: other.readyS,
        testExit: other.testExit,
      });
    }
    const chosen = choosePeer(candidates, lc.create.node);
    if (!chosen) return undefined;
    lc.peer = { name: chosen.name, ip: chosen.ip };
    const waiting = this.pendingTests.get(chosen.name) ?? new Set();
    this.pendingTests.set(chosen.name, waiting.add(lc));
    return lc.peer;
  }

  /** `lc`'s test no longer waits on its peer (it reported, or `lc` is being deleted). */
  private settleTest(lc: Lifecycle, peer: string): void {
    const waiting = this.pendingTests.get(peer);
    waiting?.delete(lc);
    if (waiting?.size === 0) this.pendingTests.delete(peer);
  }

  private dropPeer(lc: Lifecycle | undefined): void {
    if (!lc) return;
    const set = this.peers.get(lc.create.vni);
    set?.delete(lc);
    if (set?.size === 0) this.peers.delete(lc.create.vni);
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
      this.dropPeer(lc);
      if (lc.create.result === "ok") this.metrics.population.set(--this.live);
      const del = lc.delete;
      if (del?.startS !== undefined) this.metrics.deleteLatency.observe({ phase: del.phase }, t - del.startS);
      return;
    }
    const status = event.value.status;
    if (!status) return;
    const stamps = event.value.meta?.writeTimesUs;
    if (status.ipamErrors?.length) lc.ipamErrors = true;
    if (status.hostErrors?.length) {
      lc.hostErrors = true;
      lc.hostError ??= status.hostErrors[0];
    }
    if (status.ip) lc.ip = status.ip;
    if (lc.addressedS === undefined && status.ip) {
      lc.addressedS = t;
      this.metrics.createToAddressed.observe(phase, t - createdAt);
    }
    if (lc.readyS === undefined && status.ifName && status.hostIp) {
      lc.readyS = t;
      lc.readyUs = stamps?.[Section.Impl] || undefined;
      this.metrics.createToReady.observe(phase, t - createdAt);
      if (lc.delete === undefined && lc.deletedS === undefined) {
        const set = this.peers.get(lc.create.vni) ?? new Set();
        this.peers.set(lc.create.vni, set.add(lc));
      }
    }
    const report = status.postCreateReport;
    if (lc.readyS !== undefined && lc.testedS === undefined && report) {
      lc.testedS = t;
      lc.testExit = report.exitStatus ?? 0;
      if (lc.peer) this.settleTest(lc, lc.peer.name);
      const execUs = stamps?.[Section.Exec];
      // Server stamps leave out the watch's delivery delay, which both events share anyway.
      lc.readyToTestedS =
        lc.readyUs !== undefined && execUs && execUs >= lc.readyUs
          ? (execUs - lc.readyUs) / 1e6
          : t - lc.readyS;
      (lc.peer ? this.metrics.readyToTested : this.metrics.readyToHalfTested).observe(
        phase,
        lc.readyToTestedS,
      );
      if (lc.testExit !== 0) {
        lc.testOutput = `${report.stdout ?? ""}${report.stderr ?? ""}`.trim().slice(0, 600);
      }
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
