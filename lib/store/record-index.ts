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
  readonly keys = new Map<string, KeyRecords>();
  /** Records per key the stream keeps (its max_msgs_per_subject; unlimited: Infinity). */
  readonly history: number;

  constructor(history: number) {
    this.history = history > 0 ? history : Number.POSITIVE_INFINITY;
  }

  /** Adds a record read from the stream; one at or below the key's latest known is ignored. */
  add(r: RecordHeader): void {
    if (r.rollup === "all") this.keys.clear();
    let k = this.keys.get(r.key);
    if (k === undefined) {
      k = { seqs: [], deleted: false, at: 0 };
      this.keys.set(r.key, k);
    }
    const latest = k.seqs[k.seqs.length - 1];
    if (latest !== undefined && r.seq <= latest) return;
    if (r.rollup === "sub") k.seqs.length = 0;
    k.seqs.push(r.seq);
    // The server drops the oldest record of a key past its history limit: so does the index, and
    // no removal is ever asked for one of those.
    if (k.seqs.length > this.history) k.seqs.splice(0, k.seqs.length - this.history);
    k.deleted = r.tombstone;
    k.at = r.at;
  }

  /** Drops every record below `first`, the stream's first sequence: they are gone. */
  dropBelow(first: number): void {
    for (const [key, k] of this.keys) {
      if ((k.seqs[0] ?? first) >= first) continue;
      const keep = k.seqs.findIndex((s) => s >= first);
      if (keep < 0) this.keys.delete(key);
      else k.seqs.splice(0, keep);
    }
  }

  /** Forgets a deleted key's records older than its tombstone (they were removed). */
  removedOlder(key: string): void {
    const k = this.keys.get(key);
    if (k?.deleted && k.seqs.length > 1) k.seqs.splice(0, k.seqs.length - 1);
  }

  /** Forgets a key whose tombstone `seq` was removed, unless it has records after it. */
  removedTombstone(key: string, seq: number): void {
    const k = this.keys.get(key);
    if (k === undefined) return;
    const at = k.seqs.indexOf(seq);
    if (at >= 0) k.seqs.splice(0, at + 1);
    if (k.seqs.length === 0) this.keys.delete(key);
  }

  /** Records the index holds. */
  get records(): number {
    let n = 0;
    for (const k of this.keys.values()) n += k.seqs.length;
    return n;
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
  keys: ReadonlyMap<string, KeyRecords>,
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
  keys: ReadonlyMap<string, KeyRecords>,
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
