import type { ObjectStore, Versioned, WatchEvent, WatchOptions } from "../store/types.js";
import { aborted } from "../time.js";
import type { EventSource, IndexFunc, InformerHandlers, Lister } from "./types.js";

export interface InformerOptions<T> {
  readonly store: ObjectStore<T>;
  /** Key filter (NATS wildcards); default every key. */
  readonly filter?: string;
  readonly indexes?: Readonly<Record<string, IndexFunc<T>>>;
  /** Passed to the store's watch (WatchOptions.onRecord). */
  readonly onRecord?: WatchOptions["onRecord"];
}

/**
 * The cache, indexes and handlers of an informer: events go in through `apply`, each is applied
 * to the cache and its indexes, then the handlers are called. Informer feeds it from a store
 * watch, DerivedInformer from another informer's events.
 */
abstract class Cache<T> implements Lister<T>, EventSource<T> {
  /** The cache: key → latest object. */
  protected readonly items = new Map<string, Versioned<T>>();
  /** index name → index value → keys filed under it. */
  private readonly indices = new Map<string, Map<string, Set<string>>>();
  private readonly handlers: InformerHandlers<T>[] = [];
  /** Resolvers of waitForSync calls made before the first sync. */
  private syncWaiters: (() => void)[] = [];
  private synced = false;
  /** Revision the cache is consistent at (after sync). */
  revision = 0;

  constructor(private readonly indexes: Readonly<Record<string, IndexFunc<T>>> = {}) {
    for (const name of Object.keys(indexes)) this.indices.set(name, new Map());
  }

  addHandlers(h: InformerHandlers<T>): void {
    this.handlers.push(h);
  }

  hasSynced(): boolean {
    return this.synced;
  }

  waitForSync(signal?: AbortSignal): Promise<void> {
    if (this.synced) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const onAbort = () => reject(signal?.reason ?? new Error("aborted"));
      signal?.addEventListener("abort", onAbort, { once: true });
      this.syncWaiters.push(() => {
        signal?.removeEventListener("abort", onAbort);
        resolve();
      });
    });
  }

  get(key: string): Versioned<T> | undefined {
    return this.items.get(key);
  }

  list(): Versioned<T>[] {
    return [...this.items.values()];
  }

  byIndex(index: string, value: string): Versioned<T>[] {
    const idx = this.indices.get(index);
    if (!idx) throw new Error(`informer has no index "${index}"`);
    const keys = idx.get(value);
    if (!keys) return [];
    const out: Versioned<T>[] = [];
    for (const k of keys) {
      const o = this.items.get(k);
      if (o) out.push(o);
    }
    return out;
  }

  indexValues(index: string): string[] {
    const idx = this.indices.get(index);
    if (!idx) throw new Error(`informer has no index "${index}"`);
    return [...idx.keys()];
  }

  get size(): number {
    return this.items.size;
  }

  /** Runs until the signal aborts. */
  abstract run(signal: AbortSignal): Promise<void>;

  protected apply(e: WatchEvent<T>): void {
    switch (e.type) {
      case "put": {
        const obj: Versioned<T> = { key: e.key, value: e.value, revision: e.revision };
        const old = this.items.get(e.key);
        if (old) this.unindex(old);
        this.items.set(e.key, obj);
        this.index(obj);
        this.revision = Math.max(this.revision, e.revision);
        for (const h of this.handlers) {
          if (old) h.onUpdate?.(old, obj);
          else h.onAdd?.(obj);
        }
        return;
      }
      case "delete": {
        const old = this.items.get(e.key);
        this.revision = Math.max(this.revision, e.revision);
        if (!old) return;
        this.unindex(old);
        this.items.delete(e.key);
        for (const h of this.handlers) h.onDelete?.(old, e.revision);
        return;
      }
      case "synced": {
        this.revision = Math.max(this.revision, e.revision);
        if (!this.synced) {
          this.synced = true;
          const waiters = this.syncWaiters;
          this.syncWaiters = [];
          for (const w of waiters) w();
        }
        for (const h of this.handlers) h.onSynced?.(e.revision);
        return;
      }
    }
  }

  private index(obj: Versioned<T>): void {
    for (const [name, fn] of Object.entries(this.indexes)) {
      const idx = this.indices.get(name);
      if (!idx) continue;
      for (const v of fn(obj)) {
        const keys = idx.get(v);
        if (keys) keys.add(obj.key);
        else idx.set(v, new Set([obj.key]));
      }
    }
  }

  private unindex(obj: Versioned<T>): void {
    for (const [name, fn] of Object.entries(this.indexes)) {
      const idx = this.indices.get(name);
      if (!idx) continue;
      for (const v of fn(obj)) {
        const keys = idx.get(v);
        keys?.delete(obj.key);
        if (keys?.size === 0) idx.delete(v);
      }
    }
  }
}

/**
 * A read-only cache of one bucket (or a filtered part of it), kept current by a store watch.
 *
 * Algorithm: open a watch (snapshot, `synced`, then changes); apply each event to the cache and
 * its indexes, then call the handlers. If the watch ends for any reason other than our signal,
 * reopen it from the last revision with the cache's keys, so keys deleted meanwhile are reported.
 * Objects in the cache are shared: treat them as immutable, clone before changing.
 */
export class Informer<T> extends Cache<T> {
  constructor(private readonly opts: InformerOptions<T>) {
    super(opts.indexes);
  }

  async run(signal: AbortSignal): Promise<void> {
    let first = true;
    while (!signal.aborted) {
      const watch = this.opts.store.watch({
        filter: this.opts.filter,
        signal,
        ...(this.opts.onRecord ? { onRecord: this.opts.onRecord } : {}),
        ...(first ? {} : { fromRevision: this.revision, known: this.knownRevisions() }),
      });
      first = false;
      for await (const e of watch) this.apply(e);
      await watch.closed;
      if (!signal.aborted) await new Promise((r) => setTimeout(r, 100));
    }
  }

  private *knownRevisions(): Iterable<[string, number]> {
    for (const [k, o] of this.items) yield [k, o.revision];
  }
}

/**
 * An informer fed by another one's events instead of a watch of its own: each object is `map`ped
 * (decoded, say) as it arrives, so one process follows a bucket once however many views of it
 * it keeps (a watch costs nats-server a delivery per record). Build it before the source runs,
 * so it sees the source's first snapshot; it syncs when the source does. A value `map` throws on
 * is skipped, as a store watch skips a record it cannot decode. `run` only waits for the signal:
 * the source is run by whoever owns it.
 */
export class DerivedInformer<S, T> extends Cache<T> {
  /** Values skipped because `map` threw on them. */
  unmappable = 0;

  constructor(
    source: EventSource<S>,
    map: (value: S, key: string) => T,
    indexes?: Readonly<Record<string, IndexFunc<T>>>,
  ) {
    super(indexes);
    const put = (o: Versioned<S>) => {
      let value: T;
      try {
        value = map(o.value, o.key);
      } catch {
        this.unmappable++;
        return;
      }
      this.apply({ type: "put", key: o.key, value, revision: o.revision });
    };
    source.addHandlers({
      onAdd: put,
      onUpdate: (_old, o) => put(o),
      onDelete: (o, revision) =>
        this.apply({ type: "delete", key: o.key, revision: revision ?? o.revision, synthetic: false }),
      onSynced: (revision) => this.apply({ type: "synced", revision }),
    });
  }

  run(signal: AbortSignal): Promise<void> {
    return aborted(signal);
  }
}
