import type { RecordHeader } from "./record-index.js";
/**
 * The store contract: typed objects over one JetStream KV bucket.
 *
 * A key names one object; its revision is the stream sequence of the object's latest write, so
 * revisions are totally ordered across the bucket and a list/watch can say "consistent at R".
 * The revision is never stored inside the value.
 */

/** An object together with the key it lives under and the revision of its latest write. */
export interface Versioned<T> {
  readonly key: string;
  readonly value: T;
  readonly revision: number;
}

/** The result of a list: every live object matching the filter, as of `revision`. */
export interface Listing<T> {
  readonly items: Versioned<T>[];
  /** Every write with a revision ≤ this is reflected in `items`; watch from revision + 1. */
  readonly revision: number;
}

export type WatchEvent<T> =
  | { readonly type: "put"; readonly key: string; readonly value: T; readonly revision: number }
  /**
   * `synthetic` deletes were not observed as delete markers: the watch re-listed after a gap
   * (messages removed while it was away, e.g. a purged bucket) and the key had vanished.
   */
  | { readonly type: "delete"; readonly key: string; readonly revision: number; readonly synthetic: boolean }
  /** The initial snapshot (or a resync after a gap) is complete, consistent at `revision`. */
  | { readonly type: "synced"; readonly revision: number };

export interface WatchOptions {
  /** Key filter with NATS wildcards (`*` one token, `>` the rest). Default: every key. */
  readonly filter?: string;
  /**
   * Resume after this revision instead of starting with a snapshot. Pair it with `known` (the
   * keys and revisions the caller holds) so that keys deleted in a gap can be reported.
   */
  readonly fromRevision?: number;
  readonly known?: Iterable<readonly [string, number]>;
  readonly signal?: AbortSignal;
  /**
   * How often a live watch checks that the stream still holds what it has seen (a purge or a
   * limit can remove records without any message). Default 30 s; 0 disables.
   */
  readonly gapCheckMs?: number;
  /** How often a live watch checks that its server-side consumer still exists. Default 3 s. */
  readonly livenessCheckMs?: number;
  /** Test hook: a live record for which this returns true is dropped as if lost on the way. */
  readonly dropForTest?: (revision: number) => boolean;
  /**
   * Called with the headers of every record a live watch receives from the stream, in order,
   * before it is applied (records a snapshot stood in for are not). A bucket's compactor takes
   * them instead of reading them again (lib/store/compact.ts, RecordRelay). Stores without a
   * stream never call it.
   */
  readonly onRecord?: (r: RecordHeader) => void;
}

/**
 * An open watch: iterate it for events; `stop()` (or the signal) ends the iteration.
 *
 * Events come in revision order and bring every key to its latest state. They are not every
 * write: a bucket keeps one record per key, so a value replaced before the watch read it can be
 * skipped (a put followed at once by a delete may show as the delete alone, or, for a key the
 * watch never held, as nothing). Caches and controllers want the state, not the history.
 */
export interface Watch<T> extends AsyncIterable<WatchEvent<T>> {
  stop(): void;
  /** Resolves when the watch has stopped and released its consumer. */
  readonly closed: Promise<void>;
}

export interface DeleteOptions {
  /** Delete only if the object's latest revision is this one (else Conflict). */
  readonly expectedRevision?: number;
}

export interface CreateOptions<T> {
  /**
   * Called right before each write attempt (a create over a tombstone takes two): the value to
   * send then instead of `value`. For a value with a part that must not be sent after a deadline.
   */
  readonly valueAt?: () => T;
}

export interface ObjectStore<T> {
  readonly bucket: string;
  get(key: string): Promise<Versioned<T> | undefined>;
  list(filter?: string): Promise<Listing<T>>;
  /** Writes only if the key holds no live object; AlreadyExists otherwise. Returns the revision. */
  create(key: string, value: T, opts?: CreateOptions<T>): Promise<number>;
  /** Writes only if the key's latest revision is `expectedRevision`; Conflict otherwise. */
  update(key: string, value: T, expectedRevision: number): Promise<number>;
  /** Unconditional write, for derived data whose writer is the single source of truth. */
  put(key: string, value: T): Promise<number>;
  /**
   * Removes the object; NotFound if absent (with an expected revision: Conflict if it moved).
   * Returns the revision of the object that was deleted.
   */
  delete(key: string, opts?: DeleteOptions): Promise<number>;
  watch(opts?: WatchOptions): Watch<T>;
}
