import {
  type JetStreamClient,
  type JetStreamManager,
  type JsMsg,
  jetstream,
  jetstreamManager,
  type StreamInfo,
  type StreamState,
} from "@nats-io/jetstream";
import type { NatsConnection } from "@nats-io/nats-core";
import { nextTurn, sleep } from "../time.js";
import { pulledReader, pushedReader } from "./header-reader.js";
import { validateBucket } from "./keys.js";
import { planRemovals, planWholeRemovals, type RecordHeader, RecordIndex } from "./record-index.js";
import { isGone, snapshotTimeoutMs } from "./watch.js";

/**
 * Retention of deleted objects in a bucket: what keeps a bucket's records proportional to its
 * live objects plus the recently deleted ones, however many objects came and went.
 *
 * A deleted key keeps its records (its history, then its tombstone) in the stream until it is
 * compacted in two steps:
 *  1. `deletedRetentionMs` after the delete, every record of the key but the tombstone goes;
 *     until then `jetnet history` shows the whole history.
 *  2. The tombstone goes once it has stood alone for `tombstoneRetentionMs`.
 *
 * Why two steps: a list (readSnapshot) that read a value of the key must also meet the key's
 * tombstone later in the same read, or it would report the deleted object as live. A read takes
 * at most snapshotTimeoutMs, and the tombstone outlives the last of the older records by the
 * tombstone retention, so it must be longer than that. A watch following the bucket sees the
 * tombstone unless it lags by more than both retentions together.
 *
 * How: records are removed one by one (STREAM.MSG.DELETE), by sequence. Not by a stream purge
 * with a subject filter (nor nats.js's KV purge/purgeDeletes, which use it): nats-server 2.9
 * moves every consumer whose filter covers the purged subject to that subject's first remaining
 * record, or past the end of the stream, so watches and lists running meanwhile skip the records
 * of other keys in between. A removal by sequence touches no consumer.
 *
 * Whole keys: on nats-server 2.10 and newer, a deleted key goes in one step instead, once both
 * retentions have passed since its delete: one purge of the key's subject up to and with its
 * tombstone (a record written after it stays) removes what the two steps would have by then. With
 * history, a created and deleted object leaves at least three records (its create, its status,
 * its tombstone): three removal requests become one, and at a few hundred deletes a second
 * those requests were a tenth of nats-server's CPU. Not on 2.9: there a purge with a subject
 * filter moves every consumer whose filter covers the subject to that subject's next record, so
 * a watch of the bucket skips other keys' records in between (tried: 2.10.27 delivers them), and
 * its last-per-subject consumers fall back to an older record of a later key when a latest one
 * is removed, which the two steps guard against. Only where the version of the server holding
 * the stream is known, the one this connection is to: not clustered, or one replica led by it;
 * in a cluster (where a rolling upgrade mixes versions, and a client sees no other server's) the
 * two steps stay. CompactionOptions.wholeKeys decides otherwise (tests).
 *
 * Safe with several replicas, each compacting: a pass removes only records it has read, all at
 * or below the key's tombstone, and a record already gone is not an error. A key
 * re-created meanwhile keeps every record from the re-creation on (they come after the
 * tombstone); only the history of its earlier life may go. A tombstone counts as alone from the
 * time this process removed the older records or first saw it alone, never earlier.
 *
 * Cost: a compactor keeps what it has read (a RecordIndex: per key the sequences of its records,
 * whether it is deleted and since when) and a pass reads only the headers of the records written
 * since the last one, with one consumer, or none when nothing was written; removals follow from
 * the index. Reading every record each pass instead (at 50 deletes/s with an hour's deleted
 * retention, ~720,000 records every 30 s in every replica) made nats-server deliver tens of
 * thousands of messages a second to find the few to remove. Now each record is read once per
 * replica, plus full scans: on the first pass, whenever the stream may not be the one the index
 * was built from (see Compactor.pass), and when a count check finds the index wrong. A full scan
 * reads every record, which compaction keeps proportional to live keys × history plus the
 * deletes of the retention window. The index is as large as a full scan: what one scan held for
 * its duration, now held between passes.
 *
 * The count check is the backstop against an index that drifted from the stream in a way no
 * other check sees (records removed by someone else, or one the reads missed). Once the passes
 * since the last full scan or check have taken in as many records as the index held then (at
 * least `backstopMinRecords`), a pass compares the index with the stream's own counts, at a
 * point where the index has taken in every record up to the stream's last sequence: the records
 * it holds with the stream's message count, its keys with the stream's subject count. The index
 * mirrors the stream's limits (history, rollups, records below the first sequence), so a single
 * compactor's index agrees exactly; a difference (someone else removed records, a read missed
 * one) makes the next pass a full scan. Exact where it rests on what a watch handed over up to
 * the sequence the pass began at (a pass due for a check gives the watch up to 250 ms to get
 * there), or on a read after which nothing was written: a write after a read's end may push a
 * record out of its key's history before the read delivered it. A check writes keep from being
 * made waits for the next pass; ten in a row (a replicated stream, read every pass, under steady
 * writes) and the pass scans whole, as the backstop always did. It used to be the full scan
 * itself: every record delivered once more per bucket's worth of writes, which at 100,000
 * records held nats-server and the compacting process busy for 20 s of every few minutes (and
 * landed in bench:e2e's measurement windows); the check costs a walk of the index in memory.
 * Replicas compacting the same bucket remove records the others' indexes still hold, so their
 * checks differ and they scan as before. `fullScanEvery` still forces a full scan every so many
 * passes, whatever the counts say.
 *
 * A replica that watches the whole bucket anyway (the network service's list cache) hands the
 * compactor the headers of the records its watch receives (RecordRelay, Compactor.observe), and
 * a pass takes those instead of reading them again: with them compaction reads nothing between
 * full scans, where it read every record once more. Only records that continue the index without
 * a hole are taken (from the next sequence not read on, one after the other, up to the stream's
 * last sequence); a pass reads whatever they do not cover, so a watch that lags, restarts or
 * lost a record costs a read, never a wrong index. Records observed before a full scan are
 * dropped with the index, as are those observed over a connection to another server (a
 * restarted 2.9 server reuses the sequences of records it lost). Not for a replicated stream,
 * whose replicas' sequences may differ (see consumerOnLeader).
 *
 * Pace: a read of more records than `scanRecordsPerSecond` (a full scan of all but a small
 * bucket, or an incremental read the relay did not spare) takes that many records a second (an
 * incremental read more if it would otherwise take over 10 s, see readPace), in
 * pulls of a tenth of a second's worth (readPaced says why not nats-server's rate limit);
 * smaller reads take what the server sends as fast as it sends it. Unpaced, a full scan of
 * 90,000 records arrived within half a second, doubled what nats-server sent in that window and
 * took create->ready p99 from ~12 ms to ~99 ms in bench:e2e. A paced scan holds the pass (and
 * the removals) for longer, which retention allows: it bounds how long records stay at least,
 * not how soon they go.
 */

export interface CompactionOptions {
  /** How long a deleted object's history stays readable. */
  readonly deletedRetentionMs: number;
  /** How long a tombstone outlives the key's other records; keep it above snapshotTimeoutMs. */
  readonly tombstoneRetentionMs: number;
  /**
   * Reads the whole bucket again at least once in this many passes (default: only as the
   * backstop of the header comment has it; 1: every pass, as compaction used to).
   */
  readonly fullScanEvery?: number;
  /**
   * A read of more records than this takes this many a second (see the header comment); 0: every
   * read as fast as the server sends. Default defaultScanRecordsPerSecond.
   */
  readonly scanRecordsPerSecond?: number;
  /**
   * Shared by the compactors of one process (runRetention): their paced full scans take turns,
   * so the process scans at `scanRecordsPerSecond` however many buckets it compacts. Absent:
   * this compactor's scans are paced alone.
   */
  readonly scanTurns?: ScanTurns;
  /**
   * Whether a deleted key's records may go in one purge once both retentions have passed (see
   * "Whole keys" in the header): "auto" (default) where nats-server allows it safely, true or
   * false to decide (tests; true only where the servers are 2.10 or newer).
   */
  readonly wholeKeys?: boolean | "auto";
  /** Clock, for tests. */
  readonly now?: () => number;
}

/**
 * Turns, one at a time in the order asked, for the paced full scans of several compactors. A
 * scan waiting for its turn is a pass that takes longer, which retention allows (it bounds how
 * long records stay at least); an incremental read never waits, as it must keep up with writes.
 */
export class ScanTurns {
  private last: Promise<void> = Promise.resolve();
  /** Scans holding or waiting for a turn. */
  queued = 0;

  /** Resolves once it is the caller's turn, with the function that ends it (call it once). */
  async take(): Promise<() => void> {
    let end!: () => void;
    const turn = new Promise<void>((resolve) => (end = resolve));
    const before = this.last;
    this.last = before.then(() => turn);
    this.queued++;
    await before;
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      this.queued--;
      end();
    };
  }
}

/** Why a pass read the whole bucket. */
export type FullScanReason =
  /** No index yet: the first pass, or the one after a read failed. */
  | "start"
  /**
   * `fullScanEvery` passes went by since the last full scan, or count checks were due for
   * `maxDeferredChecks` passes in a row and writes kept each from being made.
   */
  | "backstop"
  /** The last count check found the index and the stream's counts different (see the header). */
  | "counts"
  /** The stream was created anew, or its history limit changed. */
  | "stream"
  /** The stream's sequences no longer match the index (gone backwards, or naming other records). */
  | "sequences"
  /** Another server leads the stream: its sequences may differ from the former leader's. */
  | "leader"
  /**
   * The connection is to another server, or the same one restarted: a nats-server 2.9 killed
   * before it synced its files brings back records removed shortly before, which the index has
   * forgotten (their key's tombstone removed on the index's word would leave them live).
   */
  | "server";

/** What one pass found and did. */
export interface CompactionPass {
  /** Records read: the whole bucket on a full scan, else those written since the last pass. */
  readonly records: number;
  /** Records taken from a watch of the bucket instead of read (observe). */
  readonly observed: number;
  /** Why the pass read the whole bucket; false when it read only what was new. */
  readonly fullScan: FullScanReason | false;
  /**
   * The count check this pass made (see the header): the index agreed with the stream's counts,
   * or differed (the next pass scans whole); false when none was due.
   */
  readonly counts: "agree" | "differ" | false;
  /** Records in the bucket when the pass began (the stream's message count). */
  readonly stored: number;
  /** Keys known, live or deleted. */
  readonly keys: number;
  /** Records removed that were not tombstones. */
  readonly removedRecords: number;
  readonly removedTombstones: number;
}

export const defaultDeletedRetentionMs = 60 * 60_000;
export const defaultTombstoneRetentionMs = 60_000;
/** The shortest tombstone retention under which a list cannot see a deleted key as live. */
export const safeTombstoneRetentionMs = snapshotTimeoutMs;
/**
 * The default pace of large reads: a full scan of 100,000 records takes 20 s, about 1 MB/s from
 * nats-server (~200 bytes a record, headers only), where unpaced it took 0.9 s (bench:store).
 * Slower would leave big buckets unscanned for minutes (a million records: 200 s); the backstop
 * scans at most once per deleted retention (1 h), so the total stays small either way.
 */
export const defaultScanRecordsPerSecond = 5_000;
/** The longest an incremental read is paced to take, however many records it has to catch up on. */
const maxIncrementalReadMs = 10_000;

/**
 * How fast a read of `expected` records goes, in records a second (0: unpaced, as fast as the
 * server sends). Up to a second's worth at `scanRate` is unpaced. A full scan reads at
 * `scanRate`: the bucket it reads is finite. An incremental read reads the records written since
 * the last pass (those the watch did not hand over: a replicated stream has no relay), which may
 * come faster than `scanRate`: it goes fast enough to finish within maxIncrementalReadMs, so
 * compaction keeps up with any write rate instead of falling further behind every pass.
 */
export function readPace(expected: number, full: boolean, scanRate: number): number {
  if (scanRate <= 0 || expected <= scanRate) return 0;
  if (full) return scanRate;
  return Math.max(scanRate, Math.ceil((expected * 1_000) / maxIncrementalReadMs));
}

/** The fewest records taken in since the last full scan or count check that call for a check. */
const backstopMinRecords = 10_000;
/**
 * Count checks due that writes kept from being made, in a row, before a full scan is made instead
 * (a replicated stream, whose passes always read, under steady writes).
 */
const maxDeferredChecks = 10;
/** How long a pass due for a count check waits for the watch to hand over the stream's end. */
const observeWaitMs = 250;

/** Removals a pass keeps in flight at once. */
const removalsInFlight = 32;
/** Observed records kept for the next pass at most; past that the pass reads the rest itself. */
const maxObserved = 200_000;
/** Observed records a pass adds to its index between two turns of the event loop. */
const observedSlice = 4_096;
/** The longest an unpaced read may take (a full scan of a bucket of a few million records). */
const scanTimeoutMs = 10 * 60_000;

/** What a compactor carries from one pass to the next; all of it describes one stream. */
interface Known {
  readonly index: RecordIndex;
  /** The stream's creation time: another one means the stream was made anew. */
  readonly created: string;
  /** Its max_msgs_per_subject: records per key the index keeps. */
  readonly history: number;
  /** The server that led the stream when the index was read (undefined: not clustered). */
  readonly leader: string | undefined;
  /** The id of the server the connection was to (new on each start of a server). */
  readonly server: string | undefined;
  /** The first sequence not read yet. */
  next: number;
  /** The last record read, looked up each pass: another one under its sequence means reuse. */
  last: { seq: number; subject: string; at: number } | undefined;
  /** Passes since the last full scan. */
  passes: number;
  /** Records the index held after the last full scan or count check. */
  scanned: number;
  /** Records read since the last full scan or count check. */
  readSince: number;
  /** Records taken from observe() since the last full scan or count check. */
  observedSince: number;
  /** The last count check found the index wrong: the next pass scans whole. */
  countsDiffer: boolean;
  /** Count checks due but not made in a row (writes raced the read they would rest on). */
  deferredChecks: number;
  /** Too many checks deferred: the next pass scans whole (the backstop as it was). */
  scanDue: boolean;
}

/**
 * Compacts one bucket, pass by pass, reading only what was written since the last pass.
 *
 * A pass:
 *  1. Reads the stream's info. Drops the index (a full scan follows) when there is none yet,
 *     after a count check that differed or `fullScanEvery` passes (see the header), or when the
 *     stream may not be the one it was built from:
 *     created at another time or with another history limit; its last sequence below the next
 *     one to read (re-created, or records at its end lost); led by another server (a replica's
 *     sequences are not always the leader's, see consumerOnLeader); the connection now to
 *     another server or to a restarted one (a killed 2.9 server may bring removed records back);
 *     or the last record read found again under its sequence with another key or time (its
 *     sequences name other records).
 *  2. Forgets what lies below the stream's first sequence (a purge, removals by others).
 *  3. If the stream goes past the last record read, reads the headers of the records after it
 *     with one consumer on the leader, to the stream's end, into the index. If the stream's
 *     leader changed meanwhile, the index is dropped and the pass ends there.
 *  4. When a count check is due, compares the index with the stream's counts as of the last
 *     sequence it now covers (see the header).
 *  5. Plans the removals (planRemovals, or planWholeRemovals for whole keys), removes them by
 *     sequence (or purges whole keys), and forgets what it removed.
 * A failed read drops the index; a failed removal keeps it (the next pass asks again, and a
 * record found gone is no error).
 */
export class Compactor {
  private readonly stream: string;
  private readonly subject: string;
  private readonly now: () => number;
  private readonly fullScanEvery: number | undefined;
  /** Records a second for large reads; 0: unpaced. */
  private readonly scanRate: number;
  /** Tombstones (`<key>@<seq>`) and since when they are known to stand alone. */
  private readonly alone = new Map<string, number>();
  /** The index and where it stands; undefined until a full scan builds it. */
  private known: Known | undefined;
  /** The pass in progress: passes run one at a time, as each reads and changes the index. */
  private passing: Promise<unknown> = Promise.resolve();
  /** Records a watch of the bucket received (observe), by sequence, for the next pass. */
  private readonly observed = new Map<number, RecordHeader>();
  /** The server the connection was to when `observed` began. */
  private observedServer: string | undefined;

  private constructor(
    private readonly nc: NatsConnection,
    private readonly js: JetStreamClient,
    private readonly jsm: JetStreamManager,
    bucket: string,
    private readonly opts: CompactionOptions,
  ) {
    this.stream = `KV_${bucket}`;
    this.subject = `$KV.${bucket}.>`;
    this.now = opts.now ?? Date.now;
    this.fullScanEvery = opts.fullScanEvery;
    this.scanRate = opts.scanRecordsPerSecond ?? defaultScanRecordsPerSecond;
  }

  static async open(nc: NatsConnection, bucket: string, opts: CompactionOptions): Promise<Compactor> {
    validateBucket(bucket);
    for (const [name, v] of [
      ["deletedRetentionMs", opts.deletedRetentionMs],
      ["tombstoneRetentionMs", opts.tombstoneRetentionMs],
    ] as const) {
      if (!Number.isSafeInteger(v) || v < 0)
        throw new Error(`${name}: expected a non-negative integer, got ${v}`);
    }
    const rate = opts.scanRecordsPerSecond;
    if (rate !== undefined && (!Number.isSafeInteger(rate) || rate < 0))
      throw new Error(`scanRecordsPerSecond: expected a non-negative integer, got ${rate}`);
    const every = opts.fullScanEvery;
    if (every !== undefined && (!Number.isSafeInteger(every) || every < 1))
      throw new Error(`fullScanEvery: expected a positive integer, got ${every}`);
    return new Compactor(nc, jetstream(nc), await jetstreamManager(nc), bucket, opts);
  }

  /**
   * Takes the headers of a record a watch of this bucket received, so that the next pass need
   * not read it (see the header comment). Cheap: called for every record the watch receives.
   */
  observe(r: RecordHeader): void {
    const server = this.nc.info?.server_id;
    if (server !== this.observedServer) {
      this.observed.clear();
      this.observedServer = server;
    }
    if (this.known !== undefined && r.seq < this.known.next) return;
    if (this.observed.size < maxObserved) this.observed.set(r.seq, r);
  }

  /**
   * Reads what is new in the bucket and removes what the retention allows (see the class). An
   * abort of `signal` stops a paced read between two pulls, and the pass fails.
   */
  pass(signal?: AbortSignal): Promise<CompactionPass> {
    const p = this.passing.then(() => this.passOnce(signal));
    this.passing = p.catch(() => undefined);
    return p;
  }

  private async passOnce(signal: AbortSignal | undefined): Promise<CompactionPass> {
    // Read before the stream's info, so that a reconnect in between shows next time.
    const server = this.nc.info?.server_id;
    const si = await this.jsm.streams.info(this.stream);
    let known = this.known;
    const fullScan = known === undefined ? "start" : await this.stale(known, si, server);
    if (known === undefined || fullScan) {
      const history = si.config.max_msgs_per_subject;
      known = {
        index: new RecordIndex(history),
        created: si.created,
        history,
        leader: si.cluster?.leader,
        server,
        next: 1,
        last: undefined,
        passes: 0,
        scanned: 0,
        readSince: 0,
        observedSince: 0,
        countsDiffer: false,
        deferredChecks: 0,
        scanDue: false,
      };
      this.known = known;
      // Records observed before this scan may belong to a stream it no longer is.
      this.observed.clear();
    }
    known.passes++;
    const { first_seq: first, last_seq: last, messages: stored } = si.state;
    known.index.dropBelow(first);
    const relayed = !fullScan && (si.config.num_replicas ?? 1) <= 1 && server === this.observedServer;
    // A count check is exact on what the watch handed over: if this pass will be due for one,
    // give the watch a moment to reach the end.
    if (relayed && last >= known.next && this.checkDue(known, last - known.next + 1))
      await this.awaitObserved(last, signal);
    const observed = relayed ? await this.takeObserved(known, last) : 0;
    known.observedSince += observed;
    let records = 0;
    // The stream as the index now covers it: to its last sequence, nothing past it.
    let covered = si.state;
    const reads = last >= known.next;
    if (reads) {
      this.known = undefined;
      const read = await this.read(known, Math.max(known.next, first), si, fullScan !== false, signal);
      if (read === "leader changed") {
        return {
          records: 0,
          observed,
          fullScan,
          counts: false,
          stored,
          keys: 0,
          removedRecords: 0,
          removedTombstones: 0,
        };
      }
      this.known = known;
      records = read.records;
      covered = read.covered;
      known.index.dropBelow(covered.first_seq);
      if (fullScan) known.scanned = known.index.records;
      else known.readSince += records;
    }
    const counts = !fullScan && this.checkDue(known) ? await this.checkCounts(known, covered, reads) : false;
    const removed = this.purgesWholeKeys(si) ? await this.purgeWhole(known) : await this.removeInSteps(known);
    return {
      records,
      observed,
      fullScan,
      counts,
      stored,
      keys: known.index.keys.size,
      removedRecords: removed.records,
      removedTombstones: removed.tombstones,
    };
  }

  /** The two steps of the header: older records of deleted keys, then lone tombstones. */
  private async removeInSteps(known: Known): Promise<{ records: number; tombstones: number }> {
    const plan = planRemovals(known.index.deleted, this.now(), this.opts, this.alone);
    const records = await this.removeAll(plan.older.map((r) => r.seq));
    // Alone from now on: every older record is gone once the removals above returned.
    const after = this.now();
    for (const { id, key } of plan.older) {
      this.alone.set(id, after);
      known.index.removedOlder(key);
    }
    const tombstones = await this.removeAll(plan.tombstones.map((r) => r.seq));
    for (const { id, key, seq } of plan.tombstones) {
      this.alone.delete(id);
      known.index.removedTombstone(key, seq);
    }
    return { records, tombstones };
  }

  /** Whether the index must be built again, and why (step 1 of a pass); false if it holds. */
  private async stale(
    known: Known,
    si: StreamInfo,
    server: string | undefined,
  ): Promise<FullScanReason | false> {
    if (si.created !== known.created || si.config.max_msgs_per_subject !== known.history) return "stream";
    if (si.cluster?.leader !== known.leader) return "leader";
    if (server !== known.server) return "server";
    if (si.state.last_seq < known.next - 1) return "sequences";
    if (this.fullScanEvery !== undefined && known.passes >= this.fullScanEvery) return "backstop";
    if (known.countsDiffer) return "counts";
    if (known.scanDue) return "backstop";
    const last = known.last;
    if (last === undefined) return false;
    try {
      const m = await this.jsm.streams.getMessage(this.stream, { seq: last.seq });
      if (m !== null && (m.subject !== last.subject || m.time.getTime() !== last.at)) return "sequences";
    } catch (err) {
      if (!isGone(err)) throw err;
    }
    return false;
  }

  /**
   * The count check of the header comment, when one is due: `covered` is the stream's state as of
   * the last sequence the index has taken in (nothing after it is in the index). The index
   * agrees when it holds as many records as the stream and as many keys as it has subjects.
   */
  private async checkCounts(
    known: Known,
    covered: StreamState,
    read: boolean,
  ): Promise<"agree" | "differ" | false> {
    // After a read, exact only if nothing was written since the state it read to: a later write
    // may have pushed a record out of its key's history before the read delivered it.
    if (read && (await this.jsm.streams.info(this.stream)).state.last_seq !== covered.last_seq) {
      if (++known.deferredChecks >= maxDeferredChecks) known.scanDue = true;
      return false;
    }
    known.deferredChecks = 0;
    const records = known.index.records;
    const agree =
      records === covered.messages &&
      (covered.num_subjects === undefined || covered.num_subjects === known.index.keys.size);
    if (!agree) {
      known.countsDiffer = true;
      return "differ";
    }
    known.scanned = records;
    known.readSince = 0;
    known.observedSince = 0;
    return "agree";
  }

  /**
   * Whether a count check is due: the passes took in as many records as the index held (with
   * `more` records still to take in).
   */
  private checkDue(known: Known, more = 0): boolean {
    return known.readSince + known.observedSince + more >= Math.max(known.scanned, backstopMinRecords);
  }

  /** Waits (briefly) until the watch has handed over the record at `seq`. */
  private async awaitObserved(seq: number, signal: AbortSignal | undefined): Promise<void> {
    for (let waited = 0; !this.observed.has(seq) && waited < observeWaitMs && !signal?.aborted; waited += 10)
      await sleep(10);
  }

  /**
   * Adds to the index the observed records that continue it without a hole, up to the stream's
   * `last` sequence, and forgets those below where it now stands; returns how many it added.
   * A pass every 30 s may find a few hundred thousand: they are taken `observedSlice` at a time,
   * the event loop served between two slices (the service's requests would wait otherwise).
   * Records observed meanwhile join the map; only the pass moves `known.next`.
   */
  private async takeObserved(known: Known, last: number): Promise<number> {
    let taken = 0;
    let latest: RecordHeader | undefined;
    const server = this.observedServer;
    for (let r = this.observed.get(known.next); r !== undefined && r.seq <= last; ) {
      this.observed.delete(r.seq);
      known.index.add(r);
      known.next = r.seq + 1;
      latest = r;
      if (++taken % observedSlice === 0) {
        await nextTurn();
        // Observed over a connection to another server since: the pass reads the rest.
        if (this.observedServer !== server) break;
      }
      r = this.observed.get(known.next);
    }
    if (latest !== undefined)
      known.last = { seq: latest.seq, subject: `${this.subject.slice(0, -1)}${latest.key}`, at: latest.at };
    if (this.observed.size > 0)
      for (const seq of this.observed.keys()) if (seq < known.next) this.observed.delete(seq);
    return taken;
  }

  /**
   * Reads the headers of the records from `from` on into the index, with one consumer placed on
   * the stream leader (sequences are the leader's, see consumerOnLeader), pushed or, paced,
   * pulled (header-reader.ts); returns how many, with the stream's state as of the last sequence
   * it read to.
   * Complete when the consumer's cursor has reached the stream's last sequence as it stood after
   * the consumer was made and every record it delivered has arrived (its pending count is no
   * signal while records are removed). A read of more than a second's worth at the pace is
   * paced (see the header comment), and allowed twice what the pace makes it take on top of what
   * an unpaced read is.
   */
  private async read(
    known: Known,
    from: number,
    before: StreamInfo,
    full: boolean,
    signal: AbortSignal | undefined,
  ): Promise<{ records: number; covered: StreamState } | "leader changed"> {
    // At most this many: the records from `from` to the end, but no more than the stream holds.
    const expected = Math.min(before.state.messages, before.state.last_seq - from + 1);
    const pace = readPace(expected, full, this.scanRate);
    const where = { js: this.js, jsm: this.jsm, stream: this.stream, subject: this.subject, from };
    const pacedMs = pace > 0 ? Math.ceil((1_000 * expected) / pace) : 0;
    // A paced full scan waits for its turn among the process's compactors (scanTurns).
    const endTurn = pace > 0 && full ? await this.opts.scanTurns?.take() : undefined;
    try {
      if (signal?.aborted) throw new Error(`reading ${this.stream}: stopped`);
      return await this.readWith(known, where, pace, pacedMs, signal);
    } finally {
      endTurn?.();
    }
  }

  /**
   * The read itself, once its turn (if it needs one) has come; returns how many records it read
   * and the stream's state as of the sequence it read to.
   */
  private async readWith(
    known: Known,
    where: Parameters<typeof pushedReader>[0],
    pace: number,
    pacedMs: number,
    signal: AbortSignal | undefined,
  ): Promise<{ records: number; covered: StreamState } | "leader changed"> {
    const prefixLen = this.subject.length - 1;
    const { si, readTo, drop } =
      pace > 0
        ? await pulledReader(where, pace, scanTimeoutMs + 2 * pacedMs, signal)
        : await pushedReader(where, scanTimeoutMs);
    let received = 0;
    try {
      const now = await this.jsm.streams.info(this.stream);
      if (si.cluster?.leader !== known.leader || now.cluster?.leader !== known.leader)
        return "leader changed";
      const target = now.state.last_seq;
      const onRecord = (m: JsMsg) => {
        received++;
        const op = m.headers?.get("KV-Operation");
        const at = Number(m.timestampNanos / 1_000_000n);
        known.index.add({
          seq: m.seq,
          key: m.subject.substring(prefixLen),
          tombstone: op === "DEL" || op === "PURGE",
          rollup: m.headers?.get("Nats-Rollup") || undefined,
          at,
        });
        if (m.seq >= known.next) {
          known.next = m.seq + 1;
          known.last = { seq: m.seq, subject: m.subject, at };
        }
      };
      await readTo(target, onRecord);
      // Records removed at the end of the stream were read past too.
      known.next = Math.max(known.next, target + 1);
      return { records: received, covered: now.state };
    } finally {
      await drop().catch(() => false);
    }
  }

  /**
   * Whether deleted keys go whole, in one purge each (see "Whole keys" in the header): asked, or
   * by default when the server this connection is to is 2.10 or newer and hosts the stream
   * alone (not clustered, or one replica led by that server).
   */
  private purgesWholeKeys(si: StreamInfo): boolean {
    const asked = this.opts.wholeKeys ?? "auto";
    if (asked !== "auto") return asked;
    const info = this.nc.info;
    if (info === undefined || !atLeast210(info.version)) return false;
    if (si.cluster?.leader === undefined) return true;
    return (si.config.num_replicas ?? 1) <= 1 && si.cluster.leader === info.server_name;
  }

  /**
   * Purges every deleted key past both retentions, up to and with its tombstone (a record of the
   * key written after it stays), `removalsInFlight` at a time; returns the records and the
   * tombstones removed (a key found gone already counts for nothing).
   */
  private async purgeWhole(known: Known): Promise<{ records: number; tombstones: number }> {
    const plan = planWholeRemovals(known.index.deleted, this.now(), this.opts);
    const prefix = this.subject.slice(0, -1);
    let records = 0;
    let tombstones = 0;
    await inFlight(plan, async ({ key, seq }) => {
      const r = await this.jsm.streams.purge(this.stream, { filter: `${prefix}${key}`, seq: seq + 1 });
      known.index.removedTombstone(key, seq);
      if (r.purged > 0) {
        tombstones++;
        records += r.purged - 1;
      }
    });
    // Tombstones that would have stood alone under the two steps are gone.
    this.alone.clear();
    return { records, tombstones };
  }

  /** Removes records by sequence, `removalsInFlight` at a time; returns how many were there. */
  private async removeAll(seqs: readonly number[]): Promise<number> {
    let removed = 0;
    await inFlight(seqs, async (seq) => {
      if (await this.remove(seq)) removed++;
    });
    return removed;
  }

  /**
   * Runs passes until `signal` aborts, one every `intervalMs` (default: half the tombstone
   * retention, between 1 s and 1 min). A failed pass is reported and the next one tries again.
   */
  async run(
    signal: AbortSignal,
    onPass?: (p: CompactionPass | Error) => void,
    intervalMs?: number,
  ): Promise<void> {
    const every =
      intervalMs ?? Math.min(60_000, Math.max(1_000, Math.floor(this.opts.tombstoneRetentionMs / 2)));
    while (!signal.aborted) {
      try {
        onPass?.(await this.pass(signal));
      } catch (err) {
        onPass?.(err as Error);
      }
      // Returns at once if the signal aborted during the pass (an abort listener added now would not fire).
      await sleep(every, signal);
    }
  }

  /** Removes one record by sequence; false if it was gone already (another replica's pass). */
  private async remove(seq: number): Promise<boolean> {
    try {
      return await this.jsm.streams.deleteMessage(this.stream, seq, false);
    } catch (err) {
      if (isGone(err)) return false;
      throw err;
    }
  }
}

/** Runs `f` on every item, `removalsInFlight` at a time. */
async function inFlight<T>(items: readonly T[], f: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await f(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(removalsInFlight, items.length) }, worker));
}

/** Whether a nats-server version ("2.10.27", "2.11.0-beta.1") is 2.10 or newer. */
export function atLeast210(version: string): boolean {
  const [major, minor] = version.split(".").map((p) => Number.parseInt(p, 10));
  return (major ?? 0) > 2 || ((major ?? 0) === 2 && (minor ?? 0) >= 10);
}

/**
 * Hands the records a watch of a bucket receives (WatchOptions.onRecord) to that bucket's
 * compactor, which is opened later and elsewhere (lib/service/retention.ts): pass `push` to the
 * watch and the relay to the compaction target. Records pushed before a compactor is connected
 * are dropped (its first pass reads the whole bucket anyway).
 */
export class RecordRelay {
  private sink: ((r: RecordHeader) => void) | undefined;

  readonly push = (r: RecordHeader): void => {
    this.sink?.(r);
  };

  connect(sink: (r: RecordHeader) => void): void {
    this.sink = sink;
  }
}
