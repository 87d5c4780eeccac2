import {
  DeliverPolicy,
  JetStreamApiError,
  type JetStreamClient,
  type JetStreamManager,
  type JsMsg,
  jetstream,
  jetstreamManager,
} from "@nats-io/jetstream";
import type { NatsConnection } from "@nats-io/nats-core";
import { readToEnd } from "./consume.js";
import { validateBucket } from "./keys.js";
import { consumerOnLeader, snapshotTimeoutMs } from "./watch.js";

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
 * Safe with several replicas, each compacting: a pass removes only records it saw in its scan,
 * all at or below the key's tombstone, and a record already gone is not an error. A key
 * re-created meanwhile keeps every record from the re-creation on (they come after the
 * tombstone); only the history of its earlier life may go. A tombstone counts as alone from the
 * time this process removed the older records or first saw it alone, never earlier.
 *
 * Cost: a pass reads the headers of every record in the bucket once (one consumer, no values),
 * which compaction keeps proportional to live keys × history plus the deletes of the retention
 * window.
 */

export interface CompactionOptions {
  /** How long a deleted object's history stays readable. */
  readonly deletedRetentionMs: number;
  /** How long a tombstone outlives the key's other records; keep it above snapshotTimeoutMs. */
  readonly tombstoneRetentionMs: number;
  /** Clock, for tests. */
  readonly now?: () => number;
}

/** What one pass found and did. */
export interface CompactionPass {
  /** Records read. */
  readonly records: number;
  /** Keys seen, live or deleted. */
  readonly keys: number;
  /** Records removed that were not tombstones. */
  readonly removedRecords: number;
  readonly removedTombstones: number;
}

export const defaultDeletedRetentionMs = 60 * 60_000;
export const defaultTombstoneRetentionMs = 60_000;
/** The shortest tombstone retention under which a list cannot see a deleted key as live. */
export const safeTombstoneRetentionMs = snapshotTimeoutMs;

/** Removals a pass keeps in flight at once. */
const removalsInFlight = 32;
/** The longest a scan may take (a bucket of a few million records). */
const scanTimeoutMs = 10 * 60_000;

interface KeyRecords {
  /** Stream sequences of the key's records, ascending. */
  readonly seqs: number[];
  /** Whether the latest record is a tombstone (a delete or purge marker). */
  deleted: boolean;
  /** Time of the latest record (ms). */
  at: number;
}

export class Compactor {
  private readonly stream: string;
  private readonly subject: string;
  private readonly now: () => number;
  /** Tombstones (`<key>@<seq>`) and since when they are known to stand alone. */
  private readonly alone = new Map<string, number>();

  private constructor(
    private readonly js: JetStreamClient,
    private readonly jsm: JetStreamManager,
    bucket: string,
    private readonly opts: CompactionOptions,
  ) {
    this.stream = `KV_${bucket}`;
    this.subject = `$KV.${bucket}.>`;
    this.now = opts.now ?? Date.now;
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
    return new Compactor(jetstream(nc), await jetstreamManager(nc), bucket, opts);
  }

  /** Scans the bucket once and removes what the retention allows. */
  async pass(): Promise<CompactionPass> {
    const { keys, records } = await this.scan();
    const now = this.now();
    const standing = new Set<string>();
    /** Older records of deleted keys, with the tombstone each waits behind. */
    const older: { seq: number; id: string }[] = [];
    const tombstones: { seq: number; id: string }[] = [];
    for (const [key, k] of keys) {
      if (!k.deleted || now - k.at < this.opts.deletedRetentionMs) continue;
      const tombstone = k.seqs[k.seqs.length - 1] ?? 0;
      const id = `${key}@${tombstone}`;
      standing.add(id);
      if (k.seqs.length > 1) {
        for (const seq of k.seqs.slice(0, -1)) older.push({ seq, id });
        continue;
      }
      const since = this.alone.get(id);
      if (since === undefined) this.alone.set(id, now);
      else if (now - since >= this.opts.tombstoneRetentionMs) tombstones.push({ seq: tombstone, id });
    }
    for (const id of this.alone.keys()) if (!standing.has(id)) this.alone.delete(id);
    const removedRecords = await this.removeAll(older.map((r) => r.seq));
    // Alone from now on: every older record is gone once the removals above returned.
    const after = this.now();
    for (const { id } of older) this.alone.set(id, after);
    const removedTombstones = await this.removeAll(tombstones.map((r) => r.seq));
    for (const { id } of tombstones) this.alone.delete(id);
    return { records, keys: keys.size, removedRecords, removedTombstones };
  }

  /** Removes records by sequence, `removalsInFlight` at a time; returns how many were there. */
  private async removeAll(seqs: readonly number[]): Promise<number> {
    let removed = 0;
    let next = 0;
    const worker = async () => {
      while (next < seqs.length) {
        const seq = seqs[next++] ?? 0;
        if (await this.remove(seq)) removed++;
      }
    };
    await Promise.all(Array.from({ length: Math.min(removalsInFlight, seqs.length) }, worker));
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
        onPass?.(await this.pass());
      } catch (err) {
        onPass?.(err as Error);
      }
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, every);
        signal.addEventListener(
          "abort",
          () => {
            clearTimeout(t);
            resolve();
          },
          { once: true },
        );
      });
    }
  }

  /** Removes one record by sequence; false if it was gone already (another replica's pass). */
  private async remove(seq: number): Promise<boolean> {
    try {
      return await this.jsm.streams.deleteMessage(this.stream, seq, false);
    } catch (err) {
      if (err instanceof JetStreamApiError && /no message found|not found/i.test(err.message)) return false;
      throw err;
    }
  }

  /**
   * Reads the headers of every record with one consumer placed on the stream leader (sequences
   * are the leader's, see consumerOnLeader). Complete when the consumer's cursor has reached the
   * stream's last sequence as it stood after the consumer was made and every record it
   * delivered has arrived (its pending count is no signal while records are removed).
   */
  private async scan(): Promise<{ keys: Map<string, KeyRecords>; records: number }> {
    const keys = new Map<string, KeyRecords>();
    const prefixLen = this.subject.length - 1;
    const { oc, name } = await consumerOnLeader(this.js, this.jsm, this.stream, {
      filter_subjects: this.subject,
      deliver_policy: DeliverPolicy.All,
      headers_only: true,
    });
    let received = 0;
    try {
      const target = (await this.jsm.streams.info(this.stream)).state.last_seq;
      const onRecord = (m: JsMsg) => {
        received++;
        const key = m.subject.substring(prefixLen);
        const op = m.headers?.get("KV-Operation");
        let k = keys.get(key);
        if (k === undefined) {
          k = { seqs: [], deleted: false, at: 0 };
          keys.set(key, k);
        }
        k.seqs.push(m.seq);
        k.deleted = op === "DEL" || op === "PURGE";
        k.at = Math.floor(m.info.timestampNanos / 1e6);
      };
      await readToEnd(oc, name, onRecord, {
        what: `${this.stream} scan`,
        target,
        pollMs: 100,
        timeoutMs: scanTimeoutMs,
        closeWaitMs: 2_000,
      });
      return { keys, records: received };
    } finally {
      await oc.delete().catch(() => false);
    }
  }
}
