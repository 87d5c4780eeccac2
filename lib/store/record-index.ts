/**
 * What compaction knows of a bucket's records between passes (lib/store/compact.ts): per key, the
 * stream sequences of its records still there, whether the latest is a tombstone, and when it
 * was written. Pure: the Compactor feeds it the records it reads and the removals it made.
 *
 * It mirrors what the stream holds, as far as this process can tell: every record read is
 * added; JetStream's own limits are applied as the server applies them (a key keeps its newest
 * `history` records; a rollup removes what came before it); records below the stream's first
 * sequence and records removed by the compactor are dropped. Records removed by anyone else stay
 * until a removal finds them gone or a full scan rebuilds the index: the index is a superset of
 * the stream's records up to the last one read, never missing one, so a removal decided on it
 * waits no shorter than one decided on a fresh scan, and at worst asks to remove a record gone
 * already (which is no error).
 */

/** A record as a compaction read sees it (headers only). */
export interface RecordHeader {
  readonly seq: number;
  readonly key: string;
  /** A delete or purge marker (KV-Operation DEL or PURGE). */
  readonly tombstone: boolean;
  /** Its Nats-Rollup header: "sub" removed the key's earlier records, "all" every earlier one. */
  readonly rollup?: string | undefined;
  /** When the server stored it (ms). */
  readonly at: number;
}

export interface KeyRecords {
  /** Stream sequences of the key's records, ascending. */
  readonly seqs: number[];
  /** Whether the latest record is a tombstone (a delete or purge marker). */
  deleted: boolean;
  /** Time of the latest record (ms). */
  at: number;
}

export interface Retention {
  readonly deletedRetentionMs: number;
  readonly tombstoneRetentionMs: number;
}

/** What a pass should remove, each record with the tombstone (`<key>@<seq>`) it stands behind. */
export interface RemovalPlan {
  /** Records of deleted keys older than their tombstone, past the deleted retention. */
  readonly older: { seq: number; id: string; key: string }[];
  /** Tombstones that have stood alone for the tombstone retention. */
  readonly tombstones: { seq: number; id: string; key: string }[];
}

export class RecordIndex {
  /** Every key with a record known to be there, in the order first seen. */
  private readonly byKey = new Map<string, KeyRecords>();
  /** The keys whose latest record is a tombstone: what the removal plans look at. */
  private readonly deletedKeys = new Map<string, KeyRecords>();
  /** Records held, kept as they change (a count check reads it every pass). */
  private count = 0;
  /** No key holds a record below this (dropBelow below it has nothing to do). */
  private lowest = 0;
  /** Records per key the stream keeps (its max_msgs_per_subject; unlimited: Infinity). */
  readonly history: number;

  constructor(history: number) {
    this.history = history > 0 ? history : Number.POSITIVE_INFINITY;
  }

  /** Every key with a record known to be there, in the order first seen. */
  get keys(): ReadonlyMap<string, KeyRecords> {
    return this.byKey;
  }

  /** The keys whose latest record is a tombstone, with their records. */
  get deleted(): ReadonlyMap<string, KeyRecords> {
    return this.deletedKeys;
  }

  /** Records the index holds. */
  get records(): number {
    return this.count;
  }

  /** Adds a record read from the stream; one at or below the key's latest known is ignored. */
  add(r: RecordHeader): void {
    if (r.rollup === "all") {
      this.byKey.clear();
      this.deletedKeys.clear();
      this.count = 0;
    }
    let k = this.byKey.get(r.key);
    if (k === undefined) {
      k = { seqs: [], deleted: false, at: 0 };
      this.byKey.set(r.key, k);
      if (this.count === 0 || r.seq < this.lowest) this.lowest = r.seq;
    }
    const latest = k.seqs[k.seqs.length - 1];
    if (latest !== undefined && r.seq <= latest) return;
    if (r.rollup === "sub") this.cut(k, k.seqs.length);
    k.seqs.push(r.seq);
    this.count++;
    // The server drops the oldest record of a key past its history limit: so does the index, and
    // no removal is ever asked for one of those.
    if (k.seqs.length > this.history) this.cut(k, k.seqs.length - this.history);
    k.deleted = r.tombstone;
    k.at = r.at;
    if (r.tombstone) this.deletedKeys.set(r.key, k);
    else this.deletedKeys.delete(r.key);
  }

  /** Drops every record below `first`, the stream's first sequence: they are gone. */
  dropBelow(first: number): void {
    if (first <= this.lowest) return;
    let lowest = Number.POSITIVE_INFINITY;
    for (const [key, k] of this.byKey) {
      if ((k.seqs[0] ?? first) < first) {
        const keep = k.seqs.findIndex((s) => s >= first);
        if (keep < 0) {
          this.forget(key, k);
          continue;
        }
        this.cut(k, keep);
      }
      if (k.seqs[0] !== undefined && k.seqs[0] < lowest) lowest = k.seqs[0];
    }
    this.lowest = Number.isFinite(lowest) ? lowest : first;
  }

  /** Forgets a deleted key's records older than its tombstone (they were removed). */
  removedOlder(key: string): void {
    const k = this.byKey.get(key);
    if (k?.deleted && k.seqs.length > 1) this.cut(k, k.seqs.length - 1);
  }

  /** Forgets a key whose tombstone `seq` was removed, unless it has records after it. */
  removedTombstone(key: string, seq: number): void {
    const k = this.byKey.get(key);
    if (k === undefined) return;
    const at = k.seqs.indexOf(seq);
    if (at >= 0) this.cut(k, at + 1);
    if (k.seqs.length === 0) this.forget(key, k);
  }

  /** Removes the key's first `n` records. */
  private cut(k: KeyRecords, n: number): void {
    if (n <= 0) return;
    k.seqs.splice(0, n);
    this.count -= n;
  }

  private forget(key: string, k: KeyRecords): void {
    this.count -= k.seqs.length;
    this.byKey.delete(key);
    this.deletedKeys.delete(key);
  }
}

/**
 * Decides what the retention lets go, in two steps (lib/store/compact.ts): the older records of a
 * key deleted at least `deletedRetentionMs` ago; its tombstone once it has stood alone for
 * `tombstoneRetentionMs`. `alone` holds since when each tombstone (`<key>@<seq>`) is known to
 * stand alone: a tombstone seen alone for the first time is entered at `now`, and tombstones no
 * longer standing leave it.
 */
export function planRemovals(
  /** The index's keys, or only its deleted ones (RecordIndex.deleted): the others are skipped. */
  keys: Iterable<readonly [string, KeyRecords]>,
  now: number,
  retention: Retention,
  alone: Map<string, number>,
): RemovalPlan {
  const standing = new Set<string>();
  const older: RemovalPlan["older"] = [];
  const tombstones: RemovalPlan["tombstones"] = [];
  for (const [key, k] of keys) {
    if (!k.deleted || now - k.at < retention.deletedRetentionMs) continue;
    const tombstone = k.seqs[k.seqs.length - 1] ?? 0;
    const id = `${key}@${tombstone}`;
    standing.add(id);
    if (k.seqs.length > 1) {
      for (const seq of k.seqs.slice(0, -1)) older.push({ seq, id, key });
      continue;
    }
    const since = alone.get(id);
    if (since === undefined) alone.set(id, now);
    else if (now - since >= retention.tombstoneRetentionMs) tombstones.push({ seq: tombstone, id, key });
  }
  for (const id of alone.keys()) if (!standing.has(id)) alone.delete(id);
  return { older, tombstones };
}

/**
 * Decides what the retention lets go in one step, where a whole deleted key may be purged at once
 * (lib/store/compact.ts says when): every record of a key deleted at least `deletedRetentionMs`
 * plus `tombstoneRetentionMs` ago, up to its tombstone (`seq`), `records` of them as the index
 * knows it. What the two steps of planRemovals would have removed by then, in one request.
 */
export function planWholeRemovals(
  /** The index's keys, or only its deleted ones (RecordIndex.deleted): the others are skipped. */
  keys: Iterable<readonly [string, KeyRecords]>,
  now: number,
  retention: Retention,
): { seq: number; key: string; records: number }[] {
  const out: { seq: number; key: string; records: number }[] = [];
  const after = retention.deletedRetentionMs + retention.tombstoneRetentionMs;
  for (const [key, k] of keys) {
    if (!k.deleted || now - k.at < after) continue;
    out.push({ seq: k.seqs[k.seqs.length - 1] ?? 0, key, records: k.seqs.length });
  }
  return out;
}
