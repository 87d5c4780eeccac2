import type { ObjectStore, Versioned, WatchEvent, WatchOptions } from "../store/types.js";
import type { IndexFunc, InformerHandlers, Lister } from "./types.js";

export interface InformerOptions<T> {
  readonly store: ObjectStore<T>;
  /** Key filter (NATS wildcards); default every key. */
  readonly filter?: string;
  readonly indexes?: Readonly<Record<string, IndexFunc<T>>>;
  /** Passed to the store's watch (WatchOptions.onRecord). */
  readonly onRecord?: WatchOptions["onRecord"];
}

/**
 * A read-only cache of one bucket (or a filtered part of it), kept current by a store watch.
 *
 * Algorithm: open a watch (snapshot, `synced`, then changes); apply each event to the cache and
 * its indexes, then call the handlers. If the watch ends for any reason other than our signal,
 * reopen it from the last revision with the cache's keys, so keys deleted meanwhile are reported.
 * Objects in the cache are shared: treat them as immutable, clone before changing.
 */
export class Informer<T> implements Lister<T> {
  /** The cache: key → latest object. */
  private readonly items = new Map<string, Versioned<T>>();
  /** index name → index value → keys filed under it. */
  private readonly indices = new Map<string, Map<string, Set<string>>>();
  private readonly handlers: InformerHandlers<T>[] = [];
  /** Resolvers of waitForSync calls made before the first sync. */
  private syncWaiters: (() => void)[] = [];
  private synced = false;
  /** Revision the cache is consistent at (after sync). */
  revision = 0;

  constructor(private readonly opts: InformerOptions<T>) {
    for (const name of Object.keys(opts.indexes ?? {})) this.indices.set(name, new Map());
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

  private apply(e: WatchEvent<T>): void {
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
    for (const [name, fn] of Object.entries(this.opts.indexes ?? {})) {
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
    for (const [name, fn] of Object.entries(this.opts.indexes ?? {})) {
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
