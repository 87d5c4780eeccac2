import {
  type ConsumerInfo,
  DeliverPolicy,
  JetStreamApiError,
  type JetStreamClient,
  type JetStreamManager,
  type JsMsg,
  type OrderedPushConsumerOptions,
  type PushConsumer,
  type StreamInfo,
} from "@nats-io/jetstream";
import type { NatsConnection } from "@nats-io/nats-core";
import { type ServerTraits, streamLeader } from "../nats/server.js";
import { sleep } from "../time.js";
import { readToEnd } from "./consume.js";
import { EventQueue } from "./events.js";
import type { Watch, WatchEvent, WatchOptions } from "./types.js";

/** One raw KV record as read from the stream. */
export interface RawEntry {
  readonly key: string;
  readonly value: Uint8Array;
  readonly revision: number;
  readonly op: "PUT" | "DEL" | "PURGE";
}

interface StreamRef {
  readonly nc: NatsConnection;
  readonly js: JetStreamClient;
  readonly jsm: JetStreamManager;
  readonly stream: string;
  /** The server release, read when the store was opened. */
  readonly server: ServerTraits;
  /** Length of `$KV.<bucket>.`, stripped from subjects to get keys. */
  readonly prefixLen: number;
}

/** Keys a periodic gap check asks for their last record at most (see hasGap). */
const gapProbes = 8;

/**
 * Whether any of the held keys below the stream's `first` record lost it with no newer record on
 * its subject (`hasNewer` false): a purge. Asks about `probes` of them at most, drawn at random
 * (`rand`, uniform in [0, 1)): the keys in a fixed order would ask about the same few every
 * time, and a key rewritten often enough to be behind at every check would hide a purge of
 * the others for as long as it stayed hot. A key lost stays below `first` until a resync, so a
 * purge that took a share f of them is missed by k checks with chance (1 − f)^(probes·k).
 */
export async function lostBelow(
  known: ReadonlyMap<string, number>,
  first: number,
  hasNewer: (key: string, rev: number) => Promise<boolean>,
  probes: number,
  rand: () => number = Math.random,
): Promise<boolean> {
  const behind: [string, number][] = [];
  for (const entry of known) if (entry[1] < first) behind.push(entry);
  const n = Math.min(probes, behind.length);
  for (let i = 0; i < n; i++) {
    // A partial Fisher-Yates shuffle: behind[i] is drawn from what is left.
    const j = i + Math.floor(rand() * (behind.length - i));
    const pick = behind[j]!;
    behind[j] = behind[i]!;
    behind[i] = pick;
    if (!(await hasNewer(pick[0], pick[1]))) return true;
  }
  return false;
}

/** Whether `err` says the record asked for is not there. */
export function isGone(err: unknown): boolean {
  return err instanceof JetStreamApiError && /no message found|not found/i.test(err.message);
}

/** The longest a snapshot may take; compaction keeps a tombstone longer (lib/store/compact.ts). */
export const snapshotTimeoutMs = 30_000;
/**
 * How long a watch may be away (a follow session ended, none running) and still resume without
 * a snapshot: compaction keeps a tombstone at least this long (its safe tombstone retention).
 */
const maxAwayMs = 30_000;
/** How often a snapshot looks at its consumer's cursor while no record says pending 0. */
const snapshotPollMs = 50;
/** Looks in a row that find a snapshot's consumer short of the end and not moving: stalled. */
const stalledChecks = 3;
/** Stalled consumers a snapshot replaces before it gives up. */
const maxSnapshotAttempts = 20;
/** How long a reader waits for its consumer's iterator to close before moving on. */
const closeWaitMs = 2_000;
/**
 * Consumers made and dropped while looking for one on the stream leader. At R3 a try lands there
 * with p = 1/3, so 16 tries all miss 0.15 % of the time: a list repeated a few hundred times (a
 * test, an informer restarting through a failover) saw it. 64 tries miss with p < 1e-11; after the
 * first 16 the loop also waits a little, as placement right after a server came back may be
 * skewed away from it while it catches up.
 */
const maxPlacementAttempts = 64;
const placementPauseMs = 25;

/**
 * Creates an ordered push consumer on the server that leads the stream, and returns it with the
 * stream info read just before it was made.
 *
 * Why on the leader: an ordered consumer is R1 and lands on any replica of the stream, and a
 * replica's stream sequences are not always the leader's. A nats-server 2.9.10 stream leader
 * killed under writes (kill -9, OOM) comes back as a follower with its sequences shifted: it
 * holds the same objects under other revisions, from then on (later releases fix this).
 * A watch on such a replica hands out revisions that no compare-and-swap at the leader accepts
 * (a writer that trusts its cache retries forever), and resuming from one of them on another
 * server skips or replays records. Gets and writes go to the leader already; with consumers
 * there too, every revision a reader sees is the leader's. A consumer that lands elsewhere is
 * deleted and made again (for R3 each try lands on the leader with p = 1/3). Without a leader
 * in the stream info or the consumer info (a single server: 2.9 names neither, 2.10 only the
 * stream's, see streamLeader) any placement will do.
 *
 * nats.js re-creates an ordered consumer by itself after a gap in delivery, wherever the server
 * puts it, and delivers its records to the same callback or iterator: readers take records only
 * from the consumer named here (`name`) and start over when another one shows up.
 */
export async function consumerOnLeader(
  js: JetStreamClient,
  jsm: JetStreamManager,
  stream: string,
  opts: Partial<OrderedPushConsumerOptions>,
): Promise<{ oc: PushConsumer; si: StreamInfo; name: string }> {
  const placed = await placedOnLeader(jsm, stream, async () => {
    const oc = await js.consumers.getPushConsumer(stream, opts);
    return { consumer: oc, ci: await oc.info(true), drop: () => oc.delete() };
  });
  return { oc: placed.consumer, si: placed.si, name: placed.name };
}

/**
 * Makes consumers with `make` until one is on the stream leader (see consumerOnLeader), dropping
 * the others, and returns it with the stream info read just before it was made.
 */
export async function placedOnLeader<C>(
  jsm: JetStreamManager,
  stream: string,
  make: () => Promise<{ consumer: C; ci: ConsumerInfo; drop: () => Promise<unknown> }>,
): Promise<{ consumer: C; si: StreamInfo; name: string }> {
  for (let attempt = 1; ; attempt++) {
    const si = await jsm.streams.info(stream);
    const { consumer, ci, drop } = await make();
    const leader = si.cluster?.leader;
    const host = ci.cluster?.leader;
    if (!leader || !host || host === leader) return { consumer, si, name: ci.name };
    await drop().catch(() => false);
    if (attempt >= maxPlacementAttempts) {
      throw new Error(
        `${stream}: no consumer could be placed on the stream leader ${leader} in ${attempt} tries`,
      );
    }
    if (attempt >= 16) await sleep(placementPauseMs);
  }
}

/**
 * Reads the latest record of every key matching `subject` with one short-lived consumer
 * (deliver last-per-subject) and returns the live ones, consistent at `revision`.
 *
 * When the read is complete: once the consumer's stream cursor (`delivered.stream_seq` in its
 * info) has reached the stream's last sequence as it stood after the consumer was made, and
 * every record it delivered (`delivered.consumer_seq`) has arrived. The cursor passes a record
 * only after delivering it or finding it outside the filter, not the latest of its key, or
 * removed. The consumer's pending count is no such signal while records are removed (retention,
 * lib/store/compact.ts): nats-server 2.10 subtracts every removed record past the cursor from it,
 * also records the count never included (older records of a key), so it reaches 0 early and a
 * list came back short; 2.9 may keep it above 0 for a removed latest record. Pending 0 only
 * prompts a look at the cursor, as does a short timer while nothing arrives.
 *
 * Stalls: nats-server 2.10 stops a last-per-subject consumer at a latest record removed after
 * the consumer was made, until a new record arrives or its idle heartbeat (30 s for nats.js's
 * ordered consumers) fires. A consumer found short of the end, with everything it delivered
 * received, and not moving on a few looks in a row is replaced by a new one, which starts over
 * without the removed records. Starting over, not carrying on: a key's records removed between
 * the two reads could otherwise leave a stale value behind.
 *
 * Why the revision is right: every matching write ≤ the last record delivered is reflected.
 * Not the stream's last sequence as the leader reports it: the consumer is placed on the leader
 * (consumerOnLeader), but leadership may move meanwhile, and a follower may lag behind (after a
 * leader change, for seconds); claiming the leader's sequence would skip the records in between.
 * Only when nothing matches is the leader's sequence (read before the consumer exists) used, as
 * there is no record to go by.
 *
 * Removals during the read: the result is exact if a key's latest record is removed only when
 * every record before it has been gone for longer than a read may take (snapshotTimeoutMs), as
 * compaction does. On nats-server 2.9 a consumer whose next latest record was removed delivers
 * the next matching record instead, which may be an older value of a later key; the key's
 * latest record, still there, follows and replaces it. A stream purge is no such removal: on
 * 2.9 it moves every consumer whose filter covers the purged subject to that subject's next
 * record (or past the stream's end), skipping records of other keys.
 */
export async function readSnapshot(
  js: JetStreamClient,
  jsm: JetStreamManager,
  stream: string,
  subject: string,
): Promise<{ entries: RawEntry[]; revision: number }> {
  for (let attempt = 1; ; attempt++) {
    const snap = await readSnapshotOnce(js, jsm, stream, subject);
    if (snap !== "stalled") return snap;
    if (attempt >= maxSnapshotAttempts) {
      throw new Error(`snapshot of ${subject}: its consumer stalled ${attempt} times in a row`);
    }
  }
}

/** One try of readSnapshot with one consumer; "stalled" when it stopped short (see there). */
async function readSnapshotOnce(
  js: JetStreamClient,
  jsm: JetStreamManager,
  stream: string,
  subject: string,
): Promise<{ entries: RawEntry[]; revision: number } | "stalled"> {
  const prefixLen = subject.indexOf(".", subject.indexOf(".") + 1) + 1;
  const { oc, si, name } = await consumerOnLeader(js, jsm, stream, {
    filter_subjects: subject,
    deliver_policy: DeliverPolicy.LastPerSubject,
  });
  const leaderLast = si.state.last_seq;
  let revision = 0;
  // Records written while the snapshot is read arrive too; keep the latest per key.
  const latest = new Map<string, RawEntry>();
  const live = () => [...latest.values()].filter((e) => e.op === "PUT");
  try {
    const target = (await jsm.streams.info(stream)).state.last_seq;
    const onRecord = (m: JsMsg) => {
      const e = toRawEntry(m, prefixLen);
      revision = Math.max(revision, e.revision);
      const had = latest.get(e.key);
      if (had === undefined || had.revision < e.revision) latest.set(e.key, e);
    };
    const outcome = await readToEnd(oc, name, onRecord, {
      what: `snapshot of ${subject}`,
      target,
      pollMs: snapshotPollMs,
      timeoutMs: snapshotTimeoutMs,
      stalledChecks,
      closeWaitMs,
    });
    if (outcome === "stalled") return outcome;
    return { entries: live(), revision: revision || leaderLast };
  } finally {
    await oc.delete().catch(() => false);
  }
}

function toRawEntry(m: JsMsg, prefixLen: number): RawEntry {
  // A delete or purge marker has no payload, so a record with one is a put: its headers (a CAS
  // write's stored `Nats-Expected-Last-Subject-Sequence`, at least) need not be parsed.
  const op = m.data.length === 0 ? m.headers?.get("KV-Operation") : undefined;
  return {
    key: m.subject.substring(prefixLen),
    value: m.data,
    revision: m.seq,
    op: op === "DEL" || op === "PURGE" ? op : "PUT",
  };
}

type SessionEnd = "stopped" | "resync" | "restart";

/**
 * A resumable watch over the keys matching one subject.
 *
 * Algorithm:
 *  1. Start: without `fromRevision`, read a snapshot, emit a put per live key and `synced`.
 *     With `fromRevision`, check for a gap (the stream no longer holds every record after it)
 *     and, if there is none, follow from the next revision; otherwise resync (step 4).
 *  2. Follow: an ordered push consumer from `revision + 1`; each record becomes a put or a
 *     delete. A record at or below the revision already applied for its key is dropped, so a
 *     replay never delivers a change twice and never lets an older value overwrite a newer one.
 *  3. After a reconnect or a consumer reset, restart following from `revision + 1`, after the
 *     same gap check: records may have been removed (purge, limits) while we were away.
 *  4. Resync: read a snapshot, emit puts for keys that are new or newer than we hold, emit
 *     synthetic deletes for keys we hold that are gone, then `synced`; continue at step 2.
 */
export class KvWatch<T> implements Watch<T> {
  /** Events waiting for the iterator. */
  private readonly events = new EventQueue<WatchEvent<T>>();
  /** Live keys and the revision applied for each: dedupe and the base for synthesized deletes. */
  private readonly known = new Map<string, number>();
  /** Highest stream sequence applied (or known to be reflected by a snapshot). */
  private revision = 0;
  private stopped = false;
  /** Records skipped because their value could not be decoded. */
  undecodable = 0;
  /** Follow sessions started after the first (reconnects, consumer resets, liveness checks). */
  restarts = 0;
  /** Ends the current follow session (set while one runs). */
  private endSession: ((why: SessionEnd) => void) | undefined;
  /** Aborted by `stop`: cuts the back-off between failed sessions short. */
  private readonly stopping = new AbortController();
  private readonly abortListener = () => this.stop();
  readonly closed: Promise<void>;

  constructor(
    private readonly ref: StreamRef,
    private readonly subject: string,
    private readonly decode: (key: string, bytes: Uint8Array) => T,
    private readonly opts: WatchOptions,
  ) {
    for (const [k, rev] of opts.known ?? []) this.known.set(k, rev);
    opts.signal?.addEventListener("abort", this.abortListener, { once: true });
    if (opts.signal?.aborted) this.stopped = true;
    this.closed = this.run().finally(() => {
      opts.signal?.removeEventListener("abort", this.abortListener);
      this.stopped = true;
      this.events.close();
    });
  }

  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.stopping.abort();
    this.endSession?.("stopped");
    this.events.close();
  }

  [Symbol.asyncIterator](): AsyncIterator<WatchEvent<T>> {
    return this.events.consume(() => this.stop());
  }

  private emit(e: WatchEvent<T>): void {
    this.events.push(e);
  }

  private async run(): Promise<void> {
    let next: "snapshot" | "resume" = this.opts.fromRevision === undefined ? "snapshot" : "resume";
    if (next === "resume") this.revision = this.opts.fromRevision ?? 0;
    // A reconnect may hide removed records, and a restarted server may have lost the consumer:
    // end the session so that the loop re-checks for a gap and follows afresh.
    const status = this.ref.nc.status();
    const statusLoop = (async () => {
      for await (const s of status) {
        if (s.type === "reconnect") this.endSession?.("restart");
      }
    })();
    let failures = 0;
    // When the watch last knew itself current. Away for longer than a tombstone is sure to stay
    // (lib/store/compact.ts), a delete may have left no record behind: read a snapshot instead.
    let current = Date.now();
    try {
      while (!this.stopped) {
        try {
          const away = Date.now() - current > maxAwayMs;
          if (next === "snapshot" || away || (await this.hasGap())) await this.resync();
          if (this.stopped) break;
          const end = await this.follow();
          current = Date.now();
          if (end !== "stopped") this.restarts++;
          next = end === "resync" ? "snapshot" : "resume";
          failures = 0;
        } catch {
          if (this.stopped) break;
          // Server unreachable or a JetStream API error: back off, then resume where we were.
          failures++;
          await sleep(Math.min(2000, 50 * 2 ** Math.min(failures, 6)), this.stopping.signal);
          if (this.revision > 0) next = "resume";
        }
      }
    } finally {
      (status as { stop?: () => void }).stop?.();
      await statusLoop.catch(() => undefined);
    }
  }

  /**
   * Whether records after `revision` may have been removed, so following would miss some.
   * `following`: asked while a session follows the stream, where the watch is always a few
   * records behind under load. A bucket keeps a key's last record only, so a key held at
   * revision r that was rewritten meanwhile has lost r (and the records between the watch and the
   * stream's first are gone) while its new record is on its way: that looked like a purge, and
   * every periodic check under load read the whole bucket again, stalling every informer on it
   * for up to seconds. So then a key held below the stream's first record counts as lost only if
   * its subject holds no newer record now (a few keys are asked, drawn at random: lostBelow). A
   * filtered watch, and the check before a session resumes (no consumer runs then), judge as
   * before.
   */
  private async hasGap(following = false): Promise<boolean> {
    // What the watch had applied when it asked: the stream held at least that much then (records
    // applied while the answer is on its way may be past the stream's last in it).
    const applied = this.revision;
    const si = await this.ref.jsm.streams.info(this.ref.stream);
    const { first_seq: first, last_seq: last } = si.state;
    // The stream was recreated (its sequence went backwards), lost records after ours, or lost
    // the record of a key we hold (a purge): any of these may hide deletes.
    if (applied > last) return true;
    if (!following || this.opts.filter !== undefined) {
      if (first > applied + 1) return true;
      for (const rev of this.known.values()) if (rev < first) return true;
      return false;
    }
    return lostBelow(this.known, first, (key, rev) => this.hasNewer(key, rev), gapProbes);
  }

  /** Whether the key's subject holds a record newer than `rev` (false: none at all). */
  private async hasNewer(key: string, rev: number): Promise<boolean> {
    const subject = `${this.subject.slice(0, this.ref.prefixLen)}${key}`;
    try {
      const m = await this.ref.jsm.streams.getMessage(this.ref.stream, { last_by_subj: subject });
      return m !== null && m.seq > rev;
    } catch (err) {
      if (isGone(err)) return false;
      throw err;
    }
  }

  private async resync(): Promise<void> {
    const snap = await readSnapshot(this.ref.js, this.ref.jsm, this.ref.stream, this.subject);
    if (this.stopped) return;
    // A snapshot behind what this watch has seen means its revisions came from another numbering
    // (the stream was recreated, or a replica whose sequences shifted served it): the snapshot's
    // revisions replace them, older or not, or every later write would look stale and be dropped.
    const rebase = snap.revision < this.revision;
    if (rebase) this.revision = snap.revision;
    const seen = new Set<string>();
    for (const e of snap.entries) {
      seen.add(e.key);
      if (rebase && this.known.get(e.key) !== e.revision) this.known.delete(e.key);
      this.applyPut(e);
    }
    for (const [key] of this.known) {
      if (!seen.has(key)) {
        this.known.delete(key);
        this.emit({ type: "delete", key, revision: snap.revision, synthetic: true });
      }
    }
    this.revision = Math.max(this.revision, snap.revision);
    this.emit({ type: "synced", revision: this.revision });
  }

  private applyPut(e: RawEntry): void {
    const have = this.known.get(e.key);
    if (have !== undefined && have >= e.revision) return;
    let value: T;
    try {
      value = this.decode(e.key, e.value);
    } catch {
      // A value this reader cannot decode is not an object it can hold: skip it (it stays
      // visible to `get`, which reports the decode error) rather than stall the watch.
      this.undecodable++;
      return;
    }
    this.known.set(e.key, e.revision);
    this.emit({ type: "put", key: e.key, value, revision: e.revision });
  }

  private apply(e: RawEntry): void {
    if (e.revision <= this.revision) return;
    this.revision = e.revision;
    if (e.op === "PUT") {
      this.applyPut(e);
    } else if (this.known.has(e.key)) {
      this.known.delete(e.key);
      this.emit({ type: "delete", key: e.key, revision: e.revision, synthetic: false });
    }
  }

  /** Follows the stream from revision + 1 until stopped, reconnected or reset. */
  private async follow(): Promise<SessionEnd> {
    let open = true;
    let resolveEnd!: (why: SessionEnd) => void;
    const ended = new Promise<SessionEnd>((resolve) => {
      resolveEnd = resolve;
    });
    // Everything this session starts ends it through here; once it is over, late callbacks (a
    // check still in flight, records the library still delivers) must not touch the next one.
    const end = (why: SessionEnd) => {
      if (open) resolveEnd(why);
    };
    this.endSession = end;
    let oc: PushConsumer | undefined;
    try {
      const placed = await consumerOnLeader(this.ref.js, this.ref.jsm, this.ref.stream, {
        filter_subjects: this.subject,
        opt_start_seq: this.revision + 1,
      });
      oc = placed.oc;
      if (this.stopped) return "stopped";
      /** Records taken from the placed consumer: its delivery sequence, as far as we know. */
      let received = 0;
      const iter = await oc.consume({
        callback: (m) => {
          if (!open) return;
          // Not from the consumer placed above: the library re-created it (see consumerOnLeader).
          if (m.info.consumer !== placed.name) end("restart");
          else if (!this.opts.dropForTest?.(m.seq)) {
            received++;
            const e = toRawEntry(m, this.ref.prefixLen);
            this.opts.onRecord?.({
              seq: m.seq,
              key: e.key,
              tombstone: e.op !== "PUT",
              rollup: m.headers?.get("Nats-Rollup") || undefined,
              at: Number(m.timestampNanos / 1_000_000n),
            });
            this.apply(e);
          }
        },
      });
      const watchStatus = (async () => {
        for await (const s of iter.status()) {
          // The library re-creates ordered consumers by itself; we restart instead so that the
          // gap check runs first.
          if (s.type === "ordered_consumer_recreated" || s.type === "heartbeats_missed") end("restart");
        }
      })();
      void iter.closed().then(() => end("restart"));
      const gapCheckMs = this.opts.gapCheckMs ?? 30_000;
      const gapTimer =
        gapCheckMs > 0
          ? setInterval(() => {
              this.hasGap(true).then(
                (gap) => gap && end("resync"),
                () => undefined,
              );
            }, gapCheckMs)
          : undefined;
      // An ordered consumer lives on one server (R1). If that server dies while our connection
      // stays up, nothing tells us until two 30 s heartbeats are missed; asking every few
      // seconds where the consumer and the stream leader are notices within seconds. A
      // consumer no longer on the leader is left: its server lost the leadership, perhaps by
      // dying, and a server restarted after a crash resumes its consumers by itself, with the
      // shifted sequences consumerOnLeader avoids.
      // The same check catches a consumer that exists but has stopped delivering (records
      // pending, none applied since the last check), e.g. after a stream leader change, and
      // records the server sent that never arrived: the consumer reports the same delivery
      // count, past what we received, two checks in a row while nothing was applied. The
      // ordered consumer notices such a loss only when a later record comes (its delivery
      // sequence skips), or after two missed 30 s heartbeats; the last records of a burst would
      // wait. (The delivered stream sequence cannot tell: a filtered consumer moves it past
      // records outside its filter.)
      //
      // What each check asks, and when it can ask less: the leader can differ from the
      // consumer's server only for a stream with more than one replica (an R1 stream's consumers
      // live on its one server), so only then is the stream's info read. For an R1 stream, a
      // tick after records were applied asks nothing: a consumer that delivers is not stalled,
      // and a loss among records followed by later ones shows in the ordered consumer's delivery
      // sequence (the library then re-creates it, which ends the session). The first quiet
      // tick after that looks again; a loss at the end of a burst needs two such looks, as before.
      const consumer = oc;
      const replicated = (placed.si.config.num_replicas ?? 1) > 1;
      let lastSeen = this.revision;
      let lastDelivered = -1;
      const liveTimer = setInterval(() => {
        const seen = this.revision;
        const moved = seen !== lastSeen;
        lastSeen = seen;
        if (!replicated && moved) {
          lastDelivered = -1;
          return;
        }
        Promise.all([
          consumer.info(false),
          replicated ? this.ref.jsm.streams.info(this.ref.stream) : undefined,
        ]).then(
          ([ci, si]) => {
            const leader = si && streamLeader(si, this.ref.server);
            const offLeader = leader !== undefined && ci.cluster?.leader !== leader;
            // Nothing applied since the last tick, nor while the answers were on their way.
            const still = !moved && this.revision === seen;
            const delivered = ci.delivered.consumer_seq;
            const lost = delivered > received && delivered === lastDelivered;
            if (offLeader || (still && (ci.num_pending > 0 || lost))) end("restart");
            lastDelivered = delivered;
          },
          () => end("restart"),
        );
      }, this.opts.livenessCheckMs ?? 3_000);
      const why = await ended;
      open = false;
      clearInterval(liveTimer);
      clearInterval(gapTimer);
      // The library's ordered consumer may not finish closing while it retries re-creating
      // itself (its server gone): wait a little for it, not forever.
      const closing = Promise.all([iter.close(), watchStatus.catch(() => undefined)]);
      await Promise.race([closing, sleep(closeWaitMs)]);
      return why;
    } finally {
      open = false;
      if (this.endSession === end) this.endSession = undefined;
      await oc?.delete().catch(() => false);
    }
  }
}
