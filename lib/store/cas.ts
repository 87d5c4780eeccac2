import { ErrorCode, hasCode, unavailable } from "../errors.js";
import type { ObjectStore, Versioned } from "./types.js";

/**
 * Read-modify-write of one key with compare-and-swap, the way every writer of shared objects
 * does it: derive the next value from the current one, write it only if the key still holds the
 * revision that was read, and on a lost race read again and re-derive. Retries only on CONFLICT
 * (and, for a create, on ALREADY_EXISTS); any other error is the caller's.
 */

/** What an update came to. */
export type CasOutcome =
  /** This call wrote (or deleted) the key. */
  | "written"
  /** `mutate` found nothing to change. */
  | "unchanged"
  /** The key holds no object, or not the one the write was for (see CasOptions.matches). */
  | "gone";

/** Returned by `mutate` to delete the key (with CAS on the revision it was given). */
export const deleteKey: unique symbol = Symbol("deleteKey");

/** The next value, undefined for no change, or deleteKey. */
export type Mutation<T> = T | undefined | typeof deleteKey;

/** Tries per update before giving up with UNAVAILABLE: enough for any plausible burst of writers. */
export const maxCasAttempts = 8;

export interface CasOptions<T> {
  /**
   * The version to start from, usually an informer's: when it is current, the update costs one
   * round trip. Given as undefined, the key is taken to hold nothing (create, or "gone") without
   * a read; not given at all, the store is read first. Every retry reads the store.
   */
  readonly from?: Versioned<T> | undefined;
  /** Whether the stored value is the object this write is for (e.g. the same uid); if not: "gone". */
  readonly matches?: (value: T) => boolean;
  /**
   * The value to create when the key holds no object; absent: a missing key is "gone". A create
   * that loses to another creator reads again and mutates what it wrote.
   */
  readonly create?: () => T | undefined;
  /** Called on each lost race (for metrics). */
  readonly onConflict?: () => void;
  /** What is being written, for the error when attempts run out ("attachment ns.a"). */
  readonly what?: string;
  readonly attempts?: number;
}

/**
 * Updates `key` to `mutate(current)` with CAS, re-reading and re-deriving after each conflict.
 * `mutate` may be called several times, so it must not have effects; it may throw to refuse.
 * Throws UNAVAILABLE when the key kept changing for `attempts` tries.
 */
export async function updateWithRetry<T>(
  store: ObjectStore<T>,
  key: string,
  mutate: (current: Versioned<T>) => Mutation<T> | Promise<Mutation<T>>,
  opts: CasOptions<T> = {},
): Promise<CasOutcome> {
  const attempts = opts.attempts ?? maxCasAttempts;
  let cur = "from" in opts ? opts.from : await store.get(key);
  for (let attempt = 0; attempt < attempts; attempt++) {
    if (attempt > 0) cur = await store.get(key);
    let write: () => Promise<unknown>;
    if (!cur) {
      const value = opts.create?.();
      if (value === undefined) return "gone";
      write = () => store.create(key, value);
    } else {
      if (opts.matches && !opts.matches(cur.value)) return "gone";
      // Outside the try below: a refusal thrown by mutate is the caller's, whatever its code.
      const next = await mutate(cur);
      if (next === undefined) return "unchanged";
      const revision = cur.revision;
      write =
        next === deleteKey
          ? () => store.delete(key, { expectedRevision: revision })
          : () => store.update(key, next, revision);
    }
    try {
      await write();
      return "written";
    } catch (err) {
      // NOT_FOUND: deleted since the read; without `create` there is nothing left to update.
      if (hasCode(err, ErrorCode.NotFound) && !opts.create) return "gone";
      const lost =
        hasCode(err, ErrorCode.Conflict) ||
        hasCode(err, ErrorCode.AlreadyExists) ||
        hasCode(err, ErrorCode.NotFound);
      if (!lost) throw err;
      opts.onConflict?.();
    }
  }
  throw unavailable(`${opts.what ?? key} kept changing while being written; try again`);
}
