import type { Msg, NatsConnection, Subscription } from "@nats-io/nats-core";
import {
  decodeFeedBatchChain,
  type FeedChain,
  type FeedEntry,
  feedBatchToken,
} from "../../lib/api/feed-batch.js";
import { bucketFeed, feedSubject } from "../../lib/api/subjects.js";
import { deletesWorkHeader, deletesWorkUidHeader, snapshotSubject, ViewDigest } from "../../lib/api/views.js";
import { type Codec, protoCodec } from "../../lib/codec.js";
import type { Lane } from "../../lib/lane.js";
import { requesterFor } from "../../lib/nats/requester.js";
import { previousHeader, revisionHeader } from "../../lib/store/store.js";
import { jetnet } from "../../proto/gen/jetnet.js";
import { DigestPolicy } from "./digest-policy.js";

const pb = jetnet.v1;
const snapshotReply = protoCodec(pb.SnapshotReply);

export interface ViewOptions<T> {
  readonly nc: NatsConnection;
  /** View name, e.g. "map.42" or "node.worker-1". */
  readonly view: string;
  readonly bucket: string;
  /** First key token of the view's entries (the VNI or the node token). */
  readonly token: string;
  readonly codec: Codec<T>;
  /** Called after every change of an entry (value undefined: removed). */
  readonly onChange: (key: string) => void;
  /**
   * Reduces a decoded value to what the agent uses, before it is stored: agents hold every
   * mapping of their VNIs, so bytes per entry decide how many agents a host can run.
   */
  readonly slim?: (value: T) => T;
  /** slim(codec.decode(bytes)) in one step, where a faster way exists. */
  readonly decodeSlim?: (bytes: Uint8Array) => T;
  /**
   * The view started from announced entries missed messages meanwhile (announcements after
   * revision `since`, up to `until`): the owner calls catchUp(since, until).
   */
  readonly onSeedGap?: (since: number, until: number) => void;
  /**
   * A delete on this view also deleted this node work key (see deletesWorkHeader), of the
   * attachment with this uid (undefined: an older service did not say).
   */
  readonly onDeletesWork?: (nodeWorkKey: string, uid: string | undefined) => void;
  /**
   * Entries this node does not hold: its own mappings (it has the interfaces themselves, and the
   * mapping service announces a mapping only to the VNI's other nodes). Only their key and source
   * revision are kept, for comparing with a digest that counts them (an older service).
   */
  readonly isOwn?: (value: T) => boolean;
  /**
   * A request to this node on the view's feed (`<token>._<name>`, e.g. reportAgainSubject), which
   * is no entry.
   */
  readonly onRequest?: (name: string, data: Uint8Array) => void;
  /**
   * The feed carries batches only (NodeWork.map_feed_batched): follow its one literal subject,
   * `<token>._batch`, instead of `<token>.>` (nats-server subscribes and unsubscribes a literal
   * subject for far less).
   */
  readonly batchesOnly?: boolean;
  /** Test hook: drop a live message when it returns true (simulated loss). */
  readonly dropLive?: () => boolean;
  readonly snapshotTimeoutMs?: number;
  /**
   * Where the view applies what it receives (live messages, the entries it starts from, snapshot
   * replies), in order; absent: at once. The agent's VNI views share one, so that its node view
   * is applied first (see lib/lane.ts).
   */
  readonly lane?: Lane;
}

/**
 * One followed view: the entries of a bucket under one key token, kept by a core subscription
 * on the bucket's feed (the mapping service announces each committed write) plus snapshots, instead of a JetStream consumer per agent (which does
 * not scale; see reference/measurements.md).
 *
 * Algorithm: subscribe first, then snapshot (from the mapping service's memory), so no change
 * falls between the two. Entries carry their source revision: a value
 * replaces another only if newer, whichever path brought it. Keys changed live while a snapshot
 * is in flight are left as the live path set them. Core delivery is at-most-once, so the owner
 * re-snapshots after reconnects and when the digest it compares with the mapping service's
 * stays different (see NodeAgent).
 *
 * Loss shows in the feed itself: each message names the revision of its writer's previous
 * message for this view (lib/store `previousHeader`), and one writer's messages arrive in order,
 * so a named revision newer than anything received was lost (`gap`). The owner then compares
 * digests at once instead of every few seconds.
 */
export class FollowedView<T extends { sourceRevision?: number | null }> {
  /** key → latest value. */
  readonly entries = new Map<string, T>();
  /** What the entries hash to, compared with the mapping service's. */
  private readonly digest = new ViewDigest();
  /** Own entries (isOwn): key → source revision, and what they hash to. */
  private readonly own = new Map<string, number>();
  private readonly ownDigest = new ViewDigest();
  /** When to compare that digest and when a difference calls for a snapshot. */
  private readonly policy = new DigestPolicy();
  /** The first snapshot has been applied. */
  private isSynced = false;
  /** Highest feed revision received live since the subscription (0: none yet). */
  private lastRevision = 0;
  /**
   * Started from announced entries (startFrom) and not snapshotted since: `lastRevision` is then
   * exactly what the entries include (0: nothing announced yet), so every live message is judged,
   * the first included, and a gap is repaired by a snapshot at once (onSeedGap).
   */
  private seeded = false;
  private sub: Subscription | undefined;
  /**
   * Keys changed by live messages that arrived after the snapshot in flight was asked for
   * (undefined: none in flight). `arrivals` numbers messages as they arrive and `touchFrom` is
   * its value when the snapshot was asked for: a lane applies messages after they arrive.
   */
  private touchedLive: Set<string> | undefined;
  private arrivals = 0;
  private touchFrom = 0;
  /** startFrom's entries wait in the lane. */
  private startPending = false;
  private readonly prefixLen: number;
  private stopped = false;
  /** Resync in progress, joined by concurrent callers. */
  private resyncing: Promise<"partial" | "whole"> | undefined;

  constructor(private readonly opts: ViewOptions<T>) {
    this.prefixLen = `${bucketFeed(opts.bucket)}.`.length;
  }

  get view(): string {
    return this.opts.view;
  }

  /** The first snapshot has been applied. */
  get synced(): boolean {
    return this.isSynced;
  }

  /**
   * Synced, and the entries it started from applied (a lane may apply them after startFrom
   * returned): what the view holds can be taken for what the node needs.
   */
  get complete(): boolean {
    return this.isSynced && !this.startPending;
  }

  /** A live message named a predecessor this view never received (cleared by a resync). */
  get gap(): boolean {
    return this.policy.gap;
  }

  /**
   * Whether this view should be compared with the mapping service's digest at `now` (digests
   * are due every `intervalMs`); a view without a snapshot always is, to retry it.
   */
  digestWanted(now: number, intervalMs: number): boolean {
    return !this.isSynced || this.policy.compareWanted(now, intervalMs);
  }

  /**
   * Records a comparison with the mapping service's digest of this view (undefined: it sent
   * none) and answers whether the view needs a new snapshot.
   */
  compareDigest(
    theirs: { count?: number | null; hash?: number | null } | undefined,
    now: number,
    intervalMs: number,
    /** Their digest leaves this node's own entries out (as this view does); else they count. */
    withoutOwn = true,
  ): boolean {
    let mine = this.digest;
    if (!withoutOwn && this.own.size > 0) {
      mine = new ViewDigest();
      mine.count = this.digest.count + this.ownDigest.count;
      mine.hash = (this.digest.hash ^ this.ownDigest.hash) >>> 0;
    }
    return this.policy.compared(theirs && mine.equals(theirs), now, intervalMs);
  }

  /** Subscribes (once) and takes the first snapshot; may be called again after it failed. */
  async start(): Promise<void> {
    this.follow();
    await this.resync();
  }

  /** Stops following; every entry is removed (and reported through onChange). */
  stop(): void {
    this.stopped = true;
    this.sub?.unsubscribe();
    for (const key of [...this.entries.keys(), ...this.own.keys()]) this.remove(key);
  }

  /**
   * Subscribes and takes `entries` as the first snapshot: what the mapping service announced with
   * the node's first work in this VNI (see NodeWork.peers), as of its announcement `revision` on
   * this view. A message announced before the subscription took effect is missed; the next one
   * names it as its predecessor (a gap), and the view counts as having received a change, so it
   * is compared with the mapping service's digest once it goes quiet even if nothing follows.
   */
  startFrom(entries: Iterable<T>, keyOf: (value: T) => string, revision: number): void {
    this.follow();
    // Synced now (a lane may apply the entries later, in order with what follows): the digest
    // check must not take the view for one whose snapshot failed and ask for a whole one.
    this.isSynced = true;
    this.policy.snapshotApplied();
    this.policy.live(Date.now());
    this.startPending = true;
    if (this.opts.lane) this.opts.lane.run(() => this.applyStart(entries, keyOf, revision));
    else this.applyStart(entries, keyOf, revision);
  }

  private applyStart(entries: Iterable<T>, keyOf: (value: T) => string, revision: number): void {
    this.startPending = false;
    if (this.stopped) return;
    for (const value of entries) this.put(keyOf(value), this.opts.slim ? this.opts.slim(value) : value);
    if (revision > this.lastRevision) this.lastRevision = revision;
    this.seeded = true;
  }

  /**
   * Removes an entry another view's feed said is gone (see deletesWorkHeader), as a live delete
   * on this view's own feed would: a snapshot in flight does not bring it back.
   */
  removeEntry(key: string, only?: (value: T) => boolean): void {
    if (this.stopped) return;
    const cur = this.entries.get(key);
    if (cur !== undefined && only !== undefined && !only(cur)) return;
    this.touchedLive?.add(key);
    this.remove(key);
  }

  /** Subscribes to the view's feed, once. */
  private follow(): void {
    const tail = this.opts.batchesOnly ? feedBatchToken : ">";
    this.sub ??= this.opts.nc.subscribe(feedSubject(this.opts.bucket, `${this.opts.token}.${tail}`), {
      callback: (err, m) => {
        if (err) return;
        const n = ++this.arrivals;
        if (this.opts.lane) this.opts.lane.run(() => this.onLive(m, n));
        else this.onLive(m, n);
      },
    });
  }

  resync(): Promise<void> {
    return this.resyncFrom(0).then(() => undefined);
  }

  /**
   * Catches up after the view, started from announced entries, missed the announcements made
   * after revision `since` up to `until` (onSeedGap; 0: up to the last): asks for what changed
   * then only, which the replica announcing the view answers while it remembers
   * (SnapshotRequest.since); otherwise the reply is a whole snapshot. Resolves to which it was.
   */
  catchUp(since: number, until = 0): Promise<"partial" | "whole"> {
    return this.resyncFrom(since, until);
  }

  private resyncFrom(since: number, until = 0): Promise<"partial" | "whole"> {
    this.resyncing ??= this.doResync(since, until).finally(() => {
      this.resyncing = undefined;
    });
    return this.resyncing;
  }

  private async doResync(since: number, until: number): Promise<"partial" | "whole"> {
    this.seeded = false;
    this.touchedLive = new Set();
    this.touchFrom = this.arrivals;
    this.policy.snapshotStarted();
    try {
      const snap = await this.snapshot(since, until);
      const lane = this.opts.lane;
      // With a lane: applied where it has got to, after the live messages that arrived before.
      if (lane)
        await new Promise<void>((resolve, reject) =>
          lane.run(() => {
            try {
              this.applySnapshot(snap);
              resolve();
            } catch (err) {
              reject(err);
            }
          }),
        );
      else this.applySnapshot(snap);
      return snap.partial ? "partial" : "whole";
    } finally {
      this.touchedLive = undefined;
    }
  }

  private applySnapshot(snap: {
    entries: Map<string, T>;
    partial: boolean;
    removed: string[];
    revision: number;
  }): void {
    if (this.stopped) return;
    const touched = this.touchedLive ?? new Set<string>();
    for (const [key, value] of snap.entries) if (!touched.has(key)) this.put(key, value);
    if (snap.partial) {
      for (const key of snap.removed) if (!touched.has(key)) this.remove(key);
      // Exact again as of the reply's revision, as when started from announced entries.
      if (snap.revision > this.lastRevision) this.lastRevision = snap.revision;
      this.seeded = true;
    } else {
      for (const key of [...this.entries.keys(), ...this.own.keys()])
        if (!snap.entries.has(key) && !touched.has(key)) this.remove(key);
      // Entries started from in the lane before it do not say what the view includes any more.
      this.seeded = false;
    }
    this.isSynced = true;
    this.policy.snapshotApplied();
  }

  /**
   * The view's entries from the mapping service's memory, or with `since` maybe only those
   * changed after it (and up to `until`: partial); throws when no replica answers.
   */
  private async snapshot(
    since: number,
    until: number,
  ): Promise<{ entries: Map<string, T>; partial: boolean; removed: string[]; revision: number }> {
    const entries = new Map<string, T>();
    const m = await requesterFor(this.opts.nc).request(
      snapshotSubject(this.opts.view),
      pb.SnapshotRequest.encode({ view: this.opts.view, since, until }).finish(),
      { timeoutMs: this.opts.snapshotTimeoutMs ?? 5000 },
    );
    const r = snapshotReply.decode(m.data);
    if (r.error?.code)
      throw new Error(`snapshot of ${this.opts.view}: ${r.error.code} ${r.error.message ?? ""}`);
    for (const e of r.entries ?? []) entries.set(e.key ?? "", this.decode(e.value ?? new Uint8Array()));
    const partial = since > 0 && r.partial === true;
    return { entries, partial, removed: partial ? (r.removed ?? []) : [], revision: Number(r.revision ?? 0) };
  }

  /** Compare this view's digest at the next check (the mapping service asked for it). */
  markGap(): void {
    this.policy.gapFound();
  }

  private onLive(m: Msg, arrival: number): void {
    if (this.stopped || this.opts.dropLive?.()) return;
    const key = m.subject.substring(this.prefixLen);
    let batch: FeedEntry[] | undefined;
    /** The batch's place in its writer's chain, from its body (else the headers say it). */
    let chain: FeedChain | undefined;
    // `<token>._…`: a batch of entries, or a request to this node on its feed (reportAgainSubject).
    if (key.charCodeAt(this.opts.token.length + 1) === underscore) {
      const name = key.slice(this.opts.token.length + 1);
      if (name !== feedBatchToken) {
        this.opts.onRequest?.(name, m.data);
        return;
      }
      try {
        ({ entries: batch, chain } = decodeFeedBatchChain(m.data));
      } catch {
        // Undecodable: what it carried is missing here; compare digests at the next check.
        this.policy.gapFound();
        return;
      }
    }
    // An empty batch is the writer's tail confirmation (see FeedAnnouncer.confirmTails): no
    // change, only the name of its last announcement on the view.
    const tail = batch !== undefined && batch.length === 0;
    if (!tail) this.policy.live(Date.now());
    // Parsing the headers cost a quarter of a batch's way here: read only when the body is silent.
    const h = chain === undefined ? m.headers : undefined;
    const revision = chain !== undefined ? chain.revision : Number(h?.get(revisionHeader));
    const previous = chain !== undefined ? (chain.previous ?? 0) : Number(h?.get(previousHeader) || 0);
    // Before the first live message nothing tells whether the predecessor came before the
    // subscription (the snapshot covers it) or was lost: only later ones are judged.
    const judged = this.lastRevision > 0 || this.seeded;
    const gap = judged && previous > this.lastRevision;
    if (gap) {
      this.policy.gapFound();
      // Lost between the announcement the view started from and its subscription taking
      // effect (a busy VNI): what a snapshot at the start would have covered; take it now. Only
      // up to this message's predecessor: it and what follows arrive here.
      if (this.seeded) {
        this.seeded = false;
        this.opts.onSeedGap?.(this.lastRevision, previous);
      }
    }
    if (revision > this.lastRevision) this.lastRevision = revision;
    if (tail) {
      // The view has everything its writer announced: no digest comparison for it.
      if (judged && !gap) this.policy.tailConfirmed();
      return;
    }
    if (batch !== undefined) {
      const own = `${this.opts.token}.`;
      for (const e of batch) if (e.key.startsWith(own)) this.applyLive(e.key, e.value, e, false, arrival);
      return;
    }
    // Only a delete or purge marker has no body (a stored projection is never empty).
    if (m.data.length === 0) {
      const op = h?.get("KV-Operation");
      if (op === "DEL" || op === "PURGE") {
        const work = {
          deletesWork: h?.get(deletesWorkHeader) || undefined,
          deletesWorkUid: h?.get(deletesWorkUidHeader) || undefined,
        };
        this.applyLive(key, undefined, work, true, arrival);
        return;
      }
    }
    this.applyLive(key, m.data, undefined, true, arrival);
  }

  /** One live change: a value, or a delete (value undefined) that may delete node work too. */
  private applyLive(
    key: string,
    value: Uint8Array | undefined,
    work: { readonly deletesWork?: string; readonly deletesWorkUid?: string } | undefined,
    sliced: boolean,
    arrival: number,
  ): void {
    if (arrival > this.touchFrom) this.touchedLive?.add(key);
    if (value === undefined) {
      this.remove(key);
      if (work?.deletesWork) this.opts.onDeletesWork?.(work.deletesWork, work.deletesWorkUid);
      return;
    }
    try {
      this.put(key, this.decode(value), sliced);
    } catch {
      // Undecodable: the digest check will notice the difference and re-snapshot.
    }
  }

  private decode(bytes: Uint8Array): T {
    if (this.opts.decodeSlim) return this.opts.decodeSlim(bytes);
    const v = this.opts.codec.decode(bytes);
    return this.opts.slim ? this.opts.slim(v) : v;
  }

  private put(key: string, value: T, sliced = false): void {
    const rev = value.sourceRevision ?? 0;
    if (this.opts.isOwn?.(value)) {
      this.putOwn(key, rev, sliced);
      return;
    }
    if ((this.own.get(key) ?? -1) >= rev) return;
    this.forgetOwn(key);
    const cur = this.entries.get(key);
    if (cur && (cur.sourceRevision ?? 0) >= rev) return;
    if (cur) this.digest.remove(key, cur.sourceRevision ?? 0);
    // A key cut from a message's subject is a slice that keeps the whole subject alive; a key
    // kept for good gets its own copy (a Map keeps the first key object it was given).
    this.entries.set(sliced && !cur ? ownCopy(key) : key, value);
    this.digest.add(key, rev);
    this.opts.onChange(key);
  }

  /** An own entry: not held (an entry of another node's under the key before is removed). */
  private putOwn(key: string, rev: number, sliced: boolean): void {
    const cur = this.own.get(key);
    if (cur !== undefined && cur >= rev) return;
    if ((this.entries.get(key)?.sourceRevision ?? -1) >= rev) return;
    this.removeHeld(key);
    if (cur !== undefined) this.ownDigest.remove(key, cur);
    this.own.set(sliced && cur === undefined ? ownCopy(key) : key, rev);
    this.ownDigest.add(key, rev);
  }

  private forgetOwn(key: string): void {
    const cur = this.own.get(key);
    if (cur === undefined) return;
    this.own.delete(key);
    this.ownDigest.remove(key, cur);
  }

  private remove(key: string): void {
    this.forgetOwn(key);
    this.removeHeld(key);
  }

  private removeHeld(key: string): void {
    const cur = this.entries.get(key);
    if (!cur) return;
    this.entries.delete(key);
    this.digest.remove(key, cur.sourceRevision ?? 0);
    this.opts.onChange(key);
  }
}

const underscore = "_".charCodeAt(0);

/** A string with storage of its own (keys are ASCII: NATS subject tokens). */
function ownCopy(s: string): string {
  return Buffer.from(s, "latin1").toString("latin1");
}
