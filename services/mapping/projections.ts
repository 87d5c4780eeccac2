import { headers, type NatsConnection } from "@nats-io/nats-core";
import {
  encodeFeedBatch,
  type FeedEntry,
  feedBatchToken,
  maxBatchBytes,
  maxBatchEntries,
} from "../../lib/api/feed-batch.js";
import { feedSubject } from "../../lib/api/subjects.js";
import {
  deletesWorkHeader,
  deletesWorkUidHeader,
  reportAgainSubjectOfToken,
  resyncHeader,
  resyncSubject,
  viewOfKey,
} from "../../lib/api/views.js";
import type { Codec, Mapping, NetworkAttachment, NodeWork } from "../../lib/codec.js";
import type { InformerHandlers, Lister } from "../../lib/informer/types.js";
import { NodeHosts } from "../../lib/ipam/node-hosts.js";
import { AnnouncementChains } from "../../lib/store/chain.js";
import { previousHeader, revisionHeader } from "../../lib/store/store.js";
import type { Versioned } from "../../lib/store/types.js";
import { implemented, project, sameMapping, sameNodeWork } from "./project.js";

export type ProjectionBucket = "jetnet-map" | "jetnet-node";

/** Node work announces its VNI's mappings only up to this many (else the agent asks for a snapshot). */
export const maxPeers = 256;

/** NodeWork.peers (proto/jetnet/v1/mapping.proto): field 3, length-delimited. */
const nodeWorkPeersField = 3;

/**
 * `message` followed by `elements` as the repeated field `field` of it: each element a tag
 * (field, wire type 2), its length (varint) and its bytes.
 */
export function appendRepeated(
  message: Uint8Array,
  field: number,
  elements: readonly Uint8Array[],
): Uint8Array {
  if (elements.length === 0) return message;
  const tag = (field << 3) | 2;
  let size = message.length;
  for (const e of elements) size += varintLength(tag) + varintLength(e.length) + e.length;
  const out = new Uint8Array(size);
  out.set(message, 0);
  let at = message.length;
  const varint = (n: number) => {
    while (n > 0x7f) {
      out[at++] = (n & 0x7f) | 0x80;
      n >>>= 7;
    }
    out[at++] = n;
  };
  for (const e of elements) {
    varint(tag);
    varint(e.length);
    out.set(e, at);
    at += e.length;
  }
  return out;
}

/** NodeWork.map_feed_batched, a varint field: its tag and the value true. */
const mapFeedBatchedTrue = new Uint8Array([(6 << 3) | 0, 1]);

/**
 * Node work encoded with NodeWork.map_feed_batched set (appended: a field may follow the others
 * on the wire), for a service whose VNI feeds carry only batches (FeedAnnouncer with batches).
 */
export function batchedMapFeedCodec(codec: Codec<NodeWork>): Codec<NodeWork> {
  return {
    encode: (value) => {
      const bytes = codec.encode(value);
      const out = new Uint8Array(bytes.length + mapFeedBatchedTrue.length);
      out.set(bytes, 0);
      out.set(mapFeedBatchedTrue, bytes.length);
      return out;
    },
    decode: (bytes) => codec.decode(bytes),
  };
}

function varintLength(n: number): number {
  let len = 1;
  while (n > 0x7f) {
    n >>>= 7;
    len++;
  }
  return len;
}

/**
 * One projection (jetnet-node or jetnet-map) held in memory: its entries by key and by view,
 * with informer-style handlers, so the view server reads and tracks it as it would a cache.
 * Revisions are those of the announcements (FeedAnnouncer), not of any stream.
 */
export class ProjectionTable<T> implements Lister<T> {
  private readonly items = new Map<string, Versioned<T>>();
  private readonly views = new Map<string, Map<string, Versioned<T>>>();
  /** Source attachment key → the keys of its entries here (at most one, but a move passes through two). */
  private readonly bySource = new Map<string, Set<string>>();
  private readonly handlers: InformerHandlers<T>[] = [];

  constructor(
    readonly bucket: ProjectionBucket,
    private readonly synced: () => boolean,
  ) {}

  addHandlers(h: InformerHandlers<T>): void {
    this.handlers.push(h);
  }

  get(key: string): Versioned<T> | undefined {
    return this.items.get(key);
  }

  list(): Versioned<T>[] {
    return [...this.items.values()];
  }

  /** Index "view" (`map.<vni>`, `node.<token>`) and "source" (the attachment key). */
  byIndex(index: string, value: string): Versioned<T>[] {
    if (index === "view") return [...(this.views.get(value)?.values() ?? [])];
    if (index === "source")
      return [...(this.bySource.get(value) ?? [])].flatMap((k) => this.items.get(k) ?? []);
    return [];
  }

  indexValues(index: string): string[] {
    if (index === "view") return [...this.views.keys()];
    if (index === "source") return [...this.bySource.keys()];
    return [];
  }

  hasSynced(): boolean {
    return this.synced();
  }

  get size(): number {
    return this.items.size;
  }

  set(source: string, key: string, value: T, revision: number): void {
    const obj: Versioned<T> = { key, value, revision };
    const old = this.items.get(key);
    this.items.set(key, obj);
    const view = viewOfKey(this.bucket, key);
    let entries = this.views.get(view);
    if (!entries) {
      entries = new Map();
      this.views.set(view, entries);
    }
    entries.set(key, obj);
    let keys = this.bySource.get(source);
    if (!keys) {
      keys = new Set();
      this.bySource.set(source, keys);
    }
    keys.add(key);
    for (const h of this.handlers) {
      if (old) h.onUpdate?.(old, obj);
      else h.onAdd?.(obj);
    }
  }

  delete(source: string, key: string, revision: number): void {
    const old = this.items.get(key);
    if (!old) return;
    this.items.delete(key);
    const view = viewOfKey(this.bucket, key);
    const entries = this.views.get(view);
    entries?.delete(key);
    if (entries?.size === 0) this.views.delete(view);
    const keys = this.bySource.get(source);
    keys?.delete(key);
    if (keys?.size === 0) this.bySource.delete(source);
    for (const h of this.handlers) h.onDelete?.(old, revision);
  }
}

/** How long the keys announced on a VNI's feed are remembered for partial snapshots. */
export const recentAnnouncementsMs = 10_000;
/** Keys remembered per VNI at most; past it the oldest are forgotten. */
const recentPerView = 1_024;

/**
 * The keys announced on each VNI's feed lately, by revision, so the replica announcing a view can
 * answer "what changed after revision R" (SnapshotRequest.since) with those keys alone, as long
 * as it remembers every announcement after R. Who asks: an agent that started a VNI from the
 * peers of its first node work there and missed announcements made before its subscription took
 * effect, which in a burst on a busy VNI is nearly every agent joining it; a whole snapshot of
 * the VNI each was most of what such a burst sent agents.
 */
export class RecentAnnouncements {
  private readonly views = new Map<
    string,
    { before: number; revisions: number[]; keys: string[]; at: number[] }
  >();
  private adds = 0;

  constructor(private readonly now: () => number = Date.now) {}

  /** An announcement of `key` on `view` under `revision`, after `previous` (undefined: none). */
  add(view: string, key: string, revision: number, previous: number | undefined): void {
    let r = this.views.get(view);
    if (r === undefined) {
      // Without a previous one remembered, what came before this announcement is unknown.
      r = { before: previous ?? revision - 1, revisions: [], keys: [], at: [] };
      this.views.set(view, r);
    }
    r.revisions.push(revision);
    r.keys.push(key);
    r.at.push(this.now());
    this.trim(r);
    if (++this.adds % 4_096 === 0) this.sweep();
  }

  /**
   * The keys announced on `view` after revision `since` and up to `until` (each once; until 0: up
   * to the last), and the last revision that includes; undefined when an announcement after
   * `since` is forgotten.
   */
  since(view: string, since: number, until = 0): { keys: string[]; revision: number } | undefined {
    const r = this.views.get(view);
    if (r === undefined) return undefined;
    this.trim(r);
    if (since < r.before) return undefined;
    let i = r.revisions.length - 1;
    let revision = r.revisions[i] ?? r.before;
    if (until > 0 && until < revision) {
      while (i >= 0 && r.revisions[i]! > until) i--;
      revision = Math.max(until, since);
    }
    const keys = new Set<string>();
    for (; i >= 0 && r.revisions[i]! > since; i--) keys.add(r.keys[i]!);
    return { keys: [...keys], revision };
  }

  /** Views remembered (tests). */
  get size(): number {
    return this.views.size;
  }

  /** Forgets what is too old or too many. */
  private trim(r: { before: number; revisions: number[]; keys: string[]; at: number[] }): void {
    const cut = this.now() - recentAnnouncementsMs;
    let drop = Math.max(0, r.revisions.length - recentPerView);
    while (drop < r.at.length && r.at[drop]! < cut) drop++;
    if (drop === 0) return;
    r.before = r.revisions[drop - 1]!;
    r.revisions.splice(0, drop);
    r.keys.splice(0, drop);
    r.at.splice(0, drop);
  }

  /** Forgets the views with nothing left to remember. */
  sweep(): void {
    for (const [view, r] of this.views) {
      this.trim(r);
      if (r.revisions.length === 0) this.views.delete(view);
    }
  }
}

/**
 * A view whose previous announcement is at least this recent (µs; revisions follow the clock in
 * µs) batches: the announcement waits for the end of the current turn, with whatever else the
 * view announces in it.
 */
export const batchAfterUs = 5_000;

/** What one view announced in the current turn, not yet sent. */
interface PendingView {
  readonly bucket: ProjectionBucket;
  /** The view's previous announcement before the first entry (undefined: none remembered). */
  readonly previous: number | undefined;
  /** The last entry's revision. */
  revision: number;
  readonly entries: FeedEntry[];
  bytes: number;
}

export interface FeedAnnouncerOptions {
  /**
   * Announcements a view makes within one turn of the event loop leave as one FeedBatch message
   * (default on). Agents older than batches do not read them (they repair the difference by
   * digest, slowly): run with batches off until every agent is upgraded.
   */
  readonly batches?: boolean;
  /** Runs the send of what the turn announced; default process.nextTick (tests run it by hand). */
  readonly defer?: (send: () => void) => void;
  /** Called for every message sent, with the number of announcements it carries (metrics). */
  readonly sent?: (announcements: number) => void;
}

/**
 * A view quiet this long since its last announcement has its tail confirmed (confirmTails, run
 * every second): well before its agents would compare digests for it (quiet for two digest
 * intervals, 4 s by default), and seldom on a view that keeps changing.
 */
export const tailQuietMs = 1_500;

/**
 * Announces projection changes on the buckets' feeds (core NATS), as a store with a feed does
 * after a write: `Jetnet-Revision` names the announcement, `Jetnet-Previous` this writer's
 * previous announcement on the same view, so a follower that sees a predecessor it never received
 * knows it lost one. Revisions rise across restarts of the service (they start at the clock in
 * microseconds), so a follower never mistakes a new process's chain for an old one's.
 *
 * Adaptive batching: an announcement on a view quiet for `batchAfterUs` is sent at once, alone
 * on its own subject (an idle system waits for nothing). On a busy view, what it announces until
 * the current turn's callbacks are done (the watch delivers attachment changes in bursts) is sent
 * then, as one FeedBatch on `<view token>._batch` (alone on its own subject if it is one): every
 * follower of a busy VNI parses one message instead of one per mapping, and nats-server, whose
 * cost follows messages and deliveries far more than bytes, copies one. A VNI's feed carries
 * batches only, a lone announcement too (a batch of one): agents, told so by their node work
 * (NodeWork.map_feed_batched), follow a VNI by the literal `<vni>._batch`, which costs nats-server
 * far less to subscribe and unsubscribe than `<vni>.>` (they do so for nearly every attachment
 * where networks are small). A view's announcements keep their order. Between views a follower
 * relies on one order only, a VNI delete that also deletes node work (deletesWork) against that
 * node work's later announcements: everything pending is sent before such a delete.
 */
export class FeedAnnouncer {
  private last = 0;
  /**
   * Views whose tail is not confirmed yet (see confirmTails): view → its batch subject, its last
   * announcement, and when (ms) that was sent.
   */
  private readonly tails = new Map<string, { subject: string; revision: number; atMs: number }>();
  /** One announcement chain per view. */
  private readonly chains = new AnnouncementChains();
  /** The keys lately announced on VNI feeds, for partial snapshots. */
  readonly recent = new RecentAnnouncements();
  /** What views announced this turn, in the order of their first announcement. */
  private readonly pending = new Map<string, PendingView>();
  private sendQueued = false;
  private readonly batches: boolean;
  private readonly defer: (send: () => void) => void;
  private readonly sent: (announcements: number) => void;

  constructor(
    private readonly nc: NatsConnection,
    /** Whether this replica announces the view's changes (replicas divide the views). */
    private readonly owns: (view: string) => boolean = () => true,
    opts: FeedAnnouncerOptions = {},
  ) {
    this.batches = opts.batches !== false;
    this.defer = opts.defer ?? ((send) => process.nextTick(send));
    this.sent = opts.sent ?? (() => {});
  }

  /** The next announcement revision (also the revision an entry is held under). */
  next(): number {
    this.last = Math.max(this.last + 1, Date.now() * 1000);
    return this.last;
  }

  announce(
    bucket: ProjectionBucket,
    key: string,
    data: Uint8Array | undefined,
    revision: number,
    deletesWork?: { readonly key: string; readonly uid: string },
  ): void {
    const view = viewOfKey(bucket, key);
    if (!this.owns(view)) return;
    // A follower applies this delete of node work after whatever was announced before it.
    if (deletesWork !== undefined) this.flush();
    const previous = this.chains.advance(view, revision);
    if (bucket === "jetnet-map") this.recent.add(view, key, revision, previous);
    const entry: FeedEntry = {
      key,
      value: data,
      deletesWork: deletesWork?.key,
      deletesWorkUid: deletesWork?.uid,
    };
    let p = this.pending.get(view);
    // Without batches, or on a view quiet lately (a lone change waits for nothing): at once.
    const quiet = previous === undefined || revision - previous >= batchAfterUs;
    if (!this.batches || (p === undefined && quiet)) {
      this.send(view, { bucket, previous, revision, entries: [entry], bytes: 0 });
      return;
    }
    if (p === undefined) {
      p = { bucket, previous, revision, entries: [], bytes: 0 };
      this.pending.set(view, p);
    }
    p.entries.push(entry);
    p.revision = revision;
    p.bytes += key.length + (data?.length ?? 0) + 16;
    if (p.entries.length >= maxBatchEntries || p.bytes >= maxBatchBytes) {
      this.pending.delete(view);
      this.send(view, p);
    }
    if (!this.sendQueued && this.pending.size > 0) {
      this.sendQueued = true;
      this.defer(() => this.flush());
    }
  }

  /** Sends what was announced and not sent yet (at the end of every turn; before other messages). */
  flush(): void {
    this.sendQueued = false;
    if (this.pending.size === 0) return;
    const views = [...this.pending];
    this.pending.clear();
    for (const [view, p] of views) this.send(view, p);
  }

  /**
   * Confirms the tail of every view quiet for `quietMs` since its last announcement: an empty
   * FeedBatch on the view's batch subject naming that announcement (revision and predecessor
   * both). A follower that received it then has no reason to compare digests (DigestPolicy), and
   * one that lost it sees a gap and catches up at once. Without it every follower of the view
   * asks the mapping service for a digest comparison once the view goes quiet (a request and a
   * reply each, the VNI's nodes all of them): one message instead. Only with batches (agents
   * older than batches would take an empty `_batch` message for an entry). Returns how many
   * were sent.
   */
  confirmTails(nowMs: number, quietMs: number): number {
    let n = 0;
    for (const [view, t] of this.tails) {
      if (nowMs - t.atMs < quietMs) continue;
      this.tails.delete(view);
      // Another replica announces the view now, or this one announced again without sending.
      if (!this.owns(view) || this.chains.lastOn(view) !== t.revision || this.pending.has(view)) continue;
      const h = headers();
      h.set(revisionHeader, String(t.revision));
      h.set(previousHeader, String(t.revision));
      this.publish(t.subject, encodeFeedBatch([], { revision: t.revision, previous: t.revision }), h);
      n++;
    }
    return n;
  }

  private send(view: string, p: PendingView): void {
    const first = p.entries[0]!.key;
    const batchSubject = feedSubject(p.bucket, `${first.slice(0, first.indexOf("."))}.${feedBatchToken}`);
    if (this.batches) this.tails.set(view, { subject: batchSubject, revision: p.revision, atMs: Date.now() });
    const h = headers();
    h.set(revisionHeader, String(p.revision));
    if (p.previous !== undefined) h.set(previousHeader, String(p.previous));
    this.sent(p.entries.length);
    // Only without batches does a VNI's feed carry lone announcements (see the class comment).
    if (p.entries.length === 1 && (p.bucket !== "jetnet-map" || !this.batches)) {
      const { key, value, deletesWork, deletesWorkUid } = p.entries[0]!;
      if (value === undefined) h.set("KV-Operation", "DEL");
      if (deletesWork !== undefined) h.set(deletesWorkHeader, deletesWork);
      if (deletesWorkUid) h.set(deletesWorkUidHeader, deletesWorkUid);
      this.publish(feedSubject(p.bucket, key), value ?? new Uint8Array(), h);
      return;
    }
    this.publish(batchSubject, encodeFeedBatch(p.entries, p), h);
  }

  /** Whether this replica announces the view's changes. */
  announces(view: string): boolean {
    return this.owns(view);
  }

  /** The revision of this writer's last announcement on the view, if it remembers one. */
  lastRevision(view: string): number | undefined {
    return this.chains.lastOn(view);
  }

  /**
   * The revision the view's entries are at, for a follower starting from them: the last
   * announcement's; with none yet, a new revision entered on the view's chain without a message,
   * so the first announcement names it as its predecessor. A follower started from "nothing
   * announced" then tells a first announcement it missed (the next one names it) and can ask
   * for what came after its revision, as after any other (RecentAnnouncements), instead of
   * taking the whole view.
   */
  startRevision(view: string): number {
    const last = this.chains.lastOn(view);
    if (last !== undefined) return last;
    const revision = this.next();
    this.chains.advance(view, revision);
    return revision;
  }

  /**
   * Asks a node's agent to send again the reports of these node work keys (sent without a reply,
   * never applied). Only the replica announcing the node's view asks.
   */
  askReports(token: string, workKeys: readonly string[]): boolean {
    if (!this.owns(`node.${token}`)) return false;
    this.flush();
    this.publish(reportAgainSubjectOfToken(token), new TextEncoder().encode(workKeys.join("\n")), headers());
    return true;
  }

  /** Asks every agent to compare digests of all its views (this replica may have missed some changes). */
  askResync(): void {
    this.flush();
    const h = headers();
    h.set(resyncHeader, "1");
    this.publish(resyncSubject, new Uint8Array(), h);
  }

  private publish(subject: string, data: Uint8Array, h: ReturnType<typeof headers>): void {
    try {
      this.nc.publish(subject, data, { headers: h });
    } catch {
      // The connection is closing: agents repair what they missed by their digest checks.
    }
  }
}

/** The nodes with work in each VNI: those whose agents follow the VNI's feed. */
export class VniNodes {
  /** VNI → node → how many of its attachments are there. */
  private readonly byVni = new Map<number, Map<string, number>>();

  /** Keeps the counts from a node work table's events. */
  follow(table: ProjectionTable<NodeWork>): void {
    table.addHandlers({
      onAdd: (o) => this.change(o.value, 1),
      onUpdate: (old, o) => {
        this.change(old.value, -1);
        this.change(o.value, 1);
      },
      onDelete: (o) => this.change(o.value, -1),
    });
  }

  /** Whether a node other than `node` has work in `vni` (so follows its feed). */
  othersThan(vni: number, node: string): boolean {
    const nodes = this.byVni.get(vni);
    if (nodes === undefined) return false;
    return nodes.size > (nodes.has(node) ? 1 : 0);
  }

  private change(w: NodeWork, by: number): void {
    const vni = w.attachment?.status?.vni;
    const node = w.attachment?.spec?.node ?? "";
    if (!vni) return;
    let nodes = this.byVni.get(vni);
    if (nodes === undefined) {
      nodes = new Map();
      this.byVni.set(vni, nodes);
    }
    const n = (nodes.get(node) ?? 0) + by;
    if (n > 0) nodes.set(node, n);
    else nodes.delete(node);
    if (nodes.size === 0) this.byVni.delete(vni);
  }
}

/**
 * How long a report may lag behind a later one of the same node before it is asked for: the
 * agent reports in about the order it got the work (two workers), so one overtaken by this much
 * was lost.
 */
export const reportOvertakenWaitMs = 2_000;
/**
 * How long a report is waited for while nothing later came from its node either: the agent may
 * just be busy (a burst queues seconds of work) or down, and asking would only add messages.
 */
export const reportIdleWaitMs = 10_000;
/** After an ask, the next one waits twice as long as the last wait (from 4 s), up to this. */
const reportMaxWaitMs = 30_000;
/** Keys named in one request to report again at most (the rest wait for the next round). */
const maxKeysPerAsk = 1_000;

interface PendingReport {
  readonly workKey: string;
  readonly token: string;
  /** Order of expectation, across nodes. */
  readonly seq: number;
  readonly sinceMs: number;
  /** Asks so far; after the first, when the next is due. */
  attempts: number;
  dueMs: number;
}

/**
 * The attachments whose node work was announced and whose agent's report has not been applied
 * yet (no mapping). An agent sends the first report of an interface it created without waiting
 * for a reply; the service, which knows what it still waits for, asks the node again for those
 * that do not arrive (lost on a reconnect, sent while no replica listened). It asks when a
 * later report of the same node was applied 2 s before (so this one was lost), or after 10 s in
 * any case (the agent may be busy or down), then at growing intervals up to 30 s. Nothing is
 * sent while reports arrive: before, the agent waited for its own mapping on the VNI's feed as
 * the confirmation, a message to the node for every attachment.
 */
export class PendingReports {
  /** Source attachment key → what is awaited for it. */
  private readonly pending = new Map<string, PendingReport>();
  /** Node token → the latest expectation whose report was applied there, and when. */
  private readonly reached = new Map<string, { seq: number; atMs: number }>();
  private seq = 0;

  constructor(private readonly now: () => number = Date.now) {}

  /** The report of the attachment at `source` (node work `workKey`) is awaited. */
  expect(source: string, workKey: string): void {
    if (this.pending.get(source)?.workKey === workKey) return;
    const token = workKey.slice(0, workKey.indexOf("."));
    const now = this.now();
    this.pending.set(source, { workKey, token, seq: ++this.seq, sinceMs: now, attempts: 0, dueMs: 0 });
  }

  /** Nothing is awaited for `source` any longer: `reported` (its report applied), or gone. */
  settle(source: string, reported: boolean): void {
    const p = this.pending.get(source);
    if (p === undefined) return;
    this.pending.delete(source);
    if (!reported) return;
    const r = this.reached.get(p.token);
    if (r === undefined || r.seq < p.seq) this.reached.set(p.token, { seq: p.seq, atMs: this.now() });
  }

  /**
   * Asks, through `ask`, for the reports that are overdue, one request per node; a node whose
   * ask is not sent (another replica announces its view) keeps its keys due.
   */
  askDue(ask: (token: string, workKeys: string[]) => boolean): number {
    const now = this.now();
    const due = new Map<string, PendingReport[]>();
    const waiting = new Set<string>();
    for (const p of this.pending.values()) {
      waiting.add(p.token);
      if (!this.isDue(p, now)) continue;
      let list = due.get(p.token);
      if (list === undefined) {
        list = [];
        due.set(p.token, list);
      }
      if (list.length < maxKeysPerAsk) list.push(p);
    }
    // Nodes with nothing awaited: what they reached no longer matters.
    for (const token of this.reached.keys()) if (!waiting.has(token)) this.reached.delete(token);
    let asked = 0;
    for (const [token, list] of due) {
      if (
        !ask(
          token,
          list.map((p) => p.workKey),
        )
      )
        continue;
      for (const p of list) {
        p.attempts++;
        p.dueMs = now + Math.min(reportOvertakenWaitMs * 2 ** p.attempts, reportMaxWaitMs);
      }
      asked += list.length;
    }
    return asked;
  }

  get size(): number {
    return this.pending.size;
  }

  private isDue(p: PendingReport, now: number): boolean {
    if (p.attempts > 0) return now >= p.dueMs;
    if (now >= p.sinceMs + reportIdleWaitMs) return true;
    const r = this.reached.get(p.token);
    return r !== undefined && r.seq > p.seq && now >= Math.max(p.sinceMs, r.atMs) + reportOvertakenWaitMs;
  }
}

export interface MemoryProjectorDeps {
  readonly node: ProjectionTable<NodeWork>;
  readonly map: ProjectionTable<Mapping>;
  readonly nodeCodec: Codec<NodeWork>;
  readonly mapCodec: Codec<Mapping>;
  readonly announcer: FeedAnnouncer;
}

/**
 * Keeps the two projections equal to a function of the attachments (project(), given the hosts
 * their implemented ones named), in memory,
 * and announces every change. Driven synchronously by the attachment informer's events, which
 * come in stream order, so no write can overtake another and there is nothing to compare and
 * swap; nothing is stored, so a restart derives everything again from the attachments.
 */
export class MemoryProjector {
  /** Announce changes (false while the first listing is applied: agents are asked to resync after it). */
  announcing = false;
  /** The nodes following each VNI's feed. */
  private readonly vniNodes = new VniNodes();
  /** The reports awaited from agents. */
  readonly reports = new PendingReports();
  /** Mapping changes no other node needed, so not announced (tests). */
  unheard = 0;
  /**
   * Each node's host, from its implemented attachments in stream order: the host of an attachment
   * whose create carried none (project()'s `hostOf`), so peers hear of it before its report.
   */
  private readonly hosts = new NodeHosts();
  private readonly hostOf = (node: string) => this.hosts.get(node);

  constructor(private readonly deps: MemoryProjectorDeps) {
    this.vniNodes.follow(deps.node);
  }

  /** The attachment at `source` is now `a` (undefined: deleted). */
  apply(source: string, a: Versioned<NetworkAttachment> | undefined): void {
    const { node, map, nodeCodec, mapCodec } = this.deps;
    if (a && implemented(a.value)) this.hosts.learn(a.value.spec?.node ?? "", a.value.status?.hostIp ?? "");
    if (a || !this.deleteTogether(source)) {
      const want = a ? project(a, this.hostOf) : {};
      // The mapping first: a node's first work in a VNI then carries the VNI as of the
      // attachment's own announcement there, which its agent, not yet following the VNI,
      // cannot receive; seeded before it, the agent took the next announcement for a gap and
      // asked for what it missed (nothing it needed: its own mapping).
      this.sync(map, source, want.map, sameMapping, (_key, value) => mapCodec.encode(value));
      this.sync(node, source, want.node, sameNodeWork, (key, value, created) =>
        created ? this.encodeWithPeers(key, value) : nodeCodec.encode(value),
      );
    }
    // Node work not reported implemented: its agent's report is awaited (a mapping may exist
    // already, announced with the node's address from before; see mappedHostIp).
    const work = node.byIndex("source", source);
    if (work.length === 1 && a !== undefined && !implemented(a.value))
      this.reports.expect(source, work[0]!.key);
    else this.reports.settle(source, work.length > 0);
  }

  /**
   * After the first listing, before announcing: projects again the attachments not reported
   * implemented, since a node's host may have been learnt from an attachment listed after them
   * (the listing comes in stream order, and a report is often an attachment's latest write).
   * Unchanged projections stay as they are.
   */
  reproject(attachments: Iterable<Versioned<NetworkAttachment>>): void {
    for (const a of attachments) if (!implemented(a.value)) this.apply(a.key, a);
  }

  /** Asks agents for the reports overdue (see PendingReports); returns how many keys were asked for. */
  askForReports(): number {
    if (!this.announcing) return 0;
    return this.reports.askDue((token, keys) => this.deps.announcer.askReports(token, keys));
  }

  /**
   * Whether a change of this entry is announced. A mapping is announced only if a node other
   * than its own has work in its VNI: only those nodes follow the feed, and the own node does
   * not hold its own mappings (it has the interface itself; nothing confirms its report by them
   * any more, see PendingReports). A VNI on one node (most of them, in many small networks) then
   * carries no mapping announcement at all. A node that joins the VNI later gets its mappings
   * with its first work there (encodeWithPeers), from the table, unannounced ones included.
   */
  private heard<T>(table: ProjectionTable<T>, value: T): boolean {
    if (table.bucket !== "jetnet-map") return true;
    const m = value as Mapping;
    if (this.vniNodes.othersThan(m.vni ?? 0, m.node ?? "")) return true;
    this.unheard++;
    return false;
  }

  /**
   * An implemented attachment is deleted: its node's agent follows the attachment's VNI (it has
   * local work there), so one announcement on the VNI's feed, naming the node work it also
   * deletes, tells that node and the VNI's other nodes at once; the node's feed carries nothing.
   * Only when this replica announces both views (otherwise each view's announcer says its own).
   * False when this case does not apply.
   */
  private deleteTogether(source: string): boolean {
    const { node, map, announcer } = this.deps;
    const work = node.byIndex("source", source);
    const mapped = map.byIndex("source", source);
    if (!this.announcing || work.length !== 1 || mapped.length !== 1) return false;
    const [w, m] = [work[0]!, mapped[0]!];
    if (w.value.attachment?.status?.vni !== m.value.vni) return false;
    if (!announcer.announces(viewOfKey("jetnet-node", w.key))) return false;
    if (!announcer.announces(viewOfKey("jetnet-map", m.key))) return false;
    node.delete(source, w.key, announcer.next());
    const revision = announcer.next();
    map.delete(source, m.key, revision);
    announcer.announce("jetnet-map", m.key, undefined, revision, {
      key: w.key,
      uid: w.value.attachment?.meta?.uid ?? "",
    });
    return true;
  }

  /**
   * Node work as announced: the node's first work in a VNI carries the VNI's mappings, so the
   * agent starts following the VNI from them instead of asking for a snapshot (one request and
   * one reply fewer for every VNI a node joins). Exact: the projections are this process's own
   * memory, and the revision of the last announcement they include lets the agent detect one it
   * misses before its subscription to the VNI's feed is in place. Only when this replica
   * announces the VNI's feed (it knows that chain) and the VNI is small enough for one message.
   */
  private encodeWithPeers(key: string, work: NodeWork): Uint8Array {
    const { node, map, announcer, nodeCodec, mapCodec } = this.deps;
    const vni = work.attachment?.status?.vni;
    if (!vni) return nodeCodec.encode(work);
    const nodeView = viewOfKey("jetnet-node", key);
    for (const other of node.byIndex("view", nodeView))
      if (other.key !== key && other.value.attachment?.status?.vni === vni) return nodeCodec.encode(work);
    const mapView = `map.${vni}`;
    if (!announcer.announces(mapView)) return nodeCodec.encode(work);
    const peers = map.byIndex("view", mapView);
    if (peers.length > maxPeers) return nodeCodec.encode(work);
    const head = nodeCodec.encode({
      ...work,
      peersRevision: announcer.startRevision(mapView),
      peersComplete: true,
    });
    // The peers as they are encoded already (mapCodec keeps each mapping's bytes): a repeated
    // field may follow the others on the wire, one length-delimited record per element.
    return appendRepeated(
      head,
      nodeWorkPeersField,
      peers.map((p) => mapCodec.encode(p.value)),
    );
  }

  private sync<T extends { sourceRevision?: number | null }>(
    table: ProjectionTable<T>,
    source: string,
    want: { key: string; value: T } | undefined,
    same: (a: T, b: T) => boolean,
    encode: (key: string, value: T, created: boolean) => Uint8Array,
  ): void {
    const { announcer } = this.deps;
    for (const have of table.byIndex("source", source)) {
      if (have.key === want?.key) continue;
      const revision = announcer.next();
      table.delete(source, have.key, revision);
      if (this.announcing && this.heard(table, have.value))
        announcer.announce(table.bucket, have.key, undefined, revision);
    }
    if (!want) return;
    const cur = table.get(want.key);
    // Equal apart from the source revision: agents hold it already.
    if (
      cur &&
      ((cur.value.sourceRevision ?? 0) >= (want.value.sourceRevision ?? 0) || same(cur.value, want.value))
    )
      return;
    const revision = announcer.next();
    table.set(source, want.key, want.value, revision);
    if (this.announcing && this.heard(table, want.value))
      announcer.announce(table.bucket, want.key, encode(want.key, want.value, !cur), revision);
  }
}
