import type { InformerHandlers } from "../informer/types.js";
import type { ListCacheOptions, PageCursor, Servable, Versioned } from "./types.js";

/** One version of a key: its value from `revision` on, or (value undefined) its absence. */
interface Version<T> {
  readonly revision: number;
  readonly value: T | undefined;
}

/** A write that replaced a version: the replaced one is needed by lists older than `revision`. */
interface Replacement {
  readonly key: string;
  readonly revision: number;
  readonly atMs: number;
}

/** Keys in token order: dots sort below every other character, so `a.x` < `a-b.x`. */
const sortKey = (key: string) => key.replaceAll(".", "\u0000");
const keyOf = (sk: string) => sk.replaceAll("\u0000", ".");

/**
 * A bucket's objects in memory, with the versions recent writes replaced, in key order: serves
 * list pages at any revision from `oldest` to `revision`. Fed by an informer (`handlers()`).
 *
 * Why here and not from the stream: JetStream can hand out the latest record per key, but not
 * the state of a bucket at an earlier sequence without reading every retained record of the
 * filter (and a key updated more often than its history limit has lost the record). A page from
 * the stream would cost a consumer and ~30 µs of server CPU per record; from this cache it costs
 * neither, and a continue token needs no server-side state: any replica that keeps the same
 * window serves it.
 *
 * Algorithm:
 *  1. Until the first sync, puts only fill the cache; the sync revision becomes `oldest`.
 *  2. After that, a put or delete of a known key appends a version and records the replacement.
 *  3. A replacement older than `windowMs`, or beyond `maxVersions`, is dropped: `oldest` moves
 *     to its revision and the key keeps only its versions from the newest one at or before
 *     `oldest` on (a key left with nothing but an old absence is forgotten).
 *  4. A page at revision R takes, for each key after the cursor, the newest version ≤ R.
 *  5. A later sync (the watch re-listed after a gap) hides what happened in the gap: `oldest`
 *     moves up to it.
 */
export class ListCache<T> {
  /** key → versions, oldest first, the last being current. A key whose oldest kept version is
   * newer than `oldest` did not exist before that version. */
  private readonly versions = new Map<string, Version<T>[]>();
  /**
   * Sort keys, ascending, of every key in `versions` but those in `added`, and maybe of keys
   * since forgotten (in `gone`; a page skips them, `versions` no longer has them). Inserting each
   * new key where it belongs would move every key after it, O(keys) per create: a create would
   * cost more the larger the bucket, in every replica. New keys wait in `added` instead, merged in
   * before a page is served or once `added` or `gone` grows (settle).
   */
  private order: string[] = [];
  /** Sort keys new since the last settle, unsorted. */
  private added: string[] = [];
  /** Sort keys forgotten since the last settle, in `order` or `added`. */
  private readonly gone = new Set<string>();
  /** Replacements still kept, in revision order, from index `head` on. */
  private replacements: Replacement[] = [];
  private head = 0;
  /** Resolvers waiting for `revision` to reach a value. */
  private waiters: { readonly revision: number; readonly resolve: () => void }[] = [];
  private synced = false;
  private readonly now: () => number;
  /** Every write up to this revision is applied. */
  revision = 0;
  /** The oldest revision a page can be served at. */
  oldest = 0;

  constructor(private readonly opts: ListCacheOptions) {
    this.now = opts.now ?? Date.now;
  }

  /** Handlers that feed the cache from an informer of the bucket. */
  handlers(): InformerHandlers<T> {
    return {
      onAdd: (o) => this.put(o.key, o.value, o.revision),
      onUpdate: (_old, o) => this.put(o.key, o.value, o.revision),
      onDelete: (o, revision) => this.delete(o.key, revision ?? this.revision),
      onSynced: (revision) => this.sync(revision),
    };
  }

  /**
   * The newest version of a key this cache has applied (undefined: absent). It may lag the
   * bucket: a writer uses it as the expected revision of a compare-and-swap, which the stream
   * refuses when it is stale, instead of reading the key back first.
   */
  current(key: string): Versioned<T> | undefined {
    const v = this.versions.get(key)?.at(-1);
    return v?.value === undefined ? undefined : { key, value: v.value, revision: v.revision };
  }

  /** Replaced versions kept (tests and metrics). */
  get keptVersions(): number {
    return this.replacements.length - this.head;
  }

  /** Sort keys held for the order, forgotten ones not yet dropped included (tests). */
  get heldSortKeys(): number {
    return this.order.length + this.added.length;
  }

  put(key: string, value: T, revision: number): void {
    const vs = this.versions.get(key);
    if (!vs) {
      this.versions.set(key, [{ revision, value }]);
      const sk = sortKey(key);
      // Forgotten since the last settle: its sort key is still where it was.
      if (!this.gone.delete(sk) && this.added.push(sk) > settleSlack + (this.order.length >> 2))
        this.settle();
    } else if (!this.synced) {
      vs[vs.length - 1] = { revision, value };
    } else {
      vs.push({ revision, value });
      this.replaced(key, revision);
    }
    this.advance(revision);
  }

  delete(key: string, revision: number): void {
    const vs = this.versions.get(key);
    if (vs && !this.synced) {
      this.forget(key);
    } else if (vs && vs[vs.length - 1]?.value !== undefined) {
      vs.push({ revision, value: undefined });
      this.replaced(key, revision);
    }
    this.advance(revision);
  }

  sync(revision: number): void {
    if (revision < this.revision) {
      // Revisions went backwards (the stream was recreated): none of the history is comparable.
      for (const [key, vs] of this.versions) {
        const cur = vs[vs.length - 1];
        if (cur?.value === undefined) this.forget(key);
        else this.versions.set(key, [cur]);
      }
      this.replacements = [];
      this.head = 0;
      this.revision = revision;
      this.oldest = revision;
    }
    this.synced = true;
    this.oldest = Math.max(this.oldest, revision);
    this.advance(revision);
  }

  /** Whether a page at `revision` can be served now. */
  servable(revision: number): Servable {
    this.compact();
    if (revision > this.revision) return { ok: false, reason: "ahead", applied: this.revision };
    if (revision < this.oldest) return { ok: false, reason: "expired", oldest: this.oldest };
    return { ok: true };
  }

  /** Resolves true once every write up to `revision` is applied, false after `timeoutMs`. */
  waitFor(revision: number, timeoutMs: number): Promise<boolean> {
    if (this.revision >= revision) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        resolve(false);
      }, timeoutMs);
      const waiter = {
        revision,
        resolve: () => {
          clearTimeout(timer);
          resolve(true);
        },
      };
      this.waiters.push(waiter);
    });
  }

  /**
   * The live objects at `cursor.revision`, in key order, after `cursor.after`. Call only after
   * `servable` said ok, and take what you need synchronously: the cache changes between turns.
   */
  *page(cursor: PageCursor): Generator<Versioned<T>> {
    if (this.added.length > 0) this.settle();
    const order = this.order;
    const prefix = cursor.firstToken === undefined ? "" : `${cursor.firstToken}\u0000`;
    let i = cursor.after !== undefined ? upperBound(order, sortKey(cursor.after)) : lowerBound(order, prefix);
    for (; i < order.length; i++) {
      const sk = order[i] as string;
      if (!sk.startsWith(prefix)) return;
      const key = keyOf(sk);
      const v = at(this.versions.get(key), cursor.revision);
      if (v?.value !== undefined) yield { key, value: v.value, revision: v.revision };
    }
  }

  private advance(revision: number): void {
    if (revision <= this.revision) return;
    this.revision = revision;
    if (this.waiters.length === 0) return;
    const ready = this.waiters.filter((w) => w.revision <= revision);
    this.waiters = this.waiters.filter((w) => w.revision > revision);
    for (const w of ready) w.resolve();
  }

  private replaced(key: string, revision: number): void {
    this.replacements.push({ key, revision, atMs: this.now() });
    this.compact();
  }

  /** Drops replacements past the window or the cap (step 3). */
  private compact(): void {
    const expiry = this.now() - this.opts.windowMs;
    while (this.head < this.replacements.length) {
      const r = this.replacements[this.head] as Replacement;
      const over = this.replacements.length - this.head > this.opts.maxVersions;
      if (!over && r.atMs > expiry) break;
      this.head++;
      this.oldest = Math.max(this.oldest, r.revision);
      this.prune(r.key);
    }
    if (this.head > 1024 && this.head * 2 > this.replacements.length) {
      this.replacements = this.replacements.slice(this.head);
      this.head = 0;
    }
  }

  private prune(key: string): void {
    const vs = this.versions.get(key);
    if (!vs) return;
    let i = vs.length - 1;
    while (i > 0 && (vs[i] as Version<T>).revision > this.oldest) i--;
    if (i > 0) vs.splice(0, i);
    const only = vs[0];
    if (vs.length === 1 && only && only.value === undefined && only.revision <= this.oldest) this.forget(key);
  }

  private forget(key: string): void {
    this.versions.delete(key);
    this.gone.add(sortKey(key));
    if (this.gone.size > settleSlack + (this.order.length >> 2)) this.settle();
  }

  /**
   * Brings `order` up to date: the keys added since are sorted and merged in, forgotten ones
   * dropped. A few added keys alone are inserted one by one; otherwise one merge, O(keys +
   * added·log added). Called before a page, and when `added` or `gone` reaches a quarter of the
   * order: a create costs O(log keys) amortized, and a bucket never listed holds no more.
   */
  private settle(): void {
    const added = this.added.sort();
    this.added = [];
    if (this.gone.size === 0 && added.length <= insertOneByOne) {
      for (const sk of added) this.order.splice(lowerBound(this.order, sk), 0, sk);
      return;
    }
    const order = this.order;
    const out: string[] = [];
    let i = 0;
    let j = 0;
    while (i < order.length || j < added.length) {
      const sk =
        j >= added.length || (i < order.length && (order[i] as string) < (added[j] as string))
          ? (order[i++] as string)
          : (added[j++] as string);
      if (!this.gone.has(sk)) out.push(sk);
    }
    this.order = out;
    this.gone.clear();
  }
}

/** Added or forgotten keys held back from `order` beyond a quarter of its length. */
const settleSlack = 1024;
/** Up to this many added keys (and none forgotten), settle inserts each instead of merging. */
const insertOneByOne = 32;

/** The newest version at or before `revision`; undefined: the key did not exist then. */
function at<T>(vs: readonly Version<T>[] | undefined, revision: number): Version<T> | undefined {
  if (!vs) return undefined;
  for (let i = vs.length - 1; i >= 0; i--) {
    const v = vs[i] as Version<T>;
    if (v.revision <= revision) return v;
  }
  return undefined;
}

/** First index whose element is ≥ x. */
function lowerBound(xs: readonly string[], x: string): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((xs[mid] as string) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index whose element is > x. */
function upperBound(xs: readonly string[], x: string): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((xs[mid] as string) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
