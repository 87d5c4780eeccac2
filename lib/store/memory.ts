import { alreadyExists, conflict, invalid, notFound } from "../errors.js";
import { EventQueue } from "./events.js";
import { keyMatches, validateBucket, validateFilter, validateKey } from "./keys.js";
import type {
  CreateOptions,
  DeleteOptions,
  Listing,
  ObjectStore,
  Versioned,
  Watch,
  WatchEvent,
  WatchOptions,
} from "./types.js";

interface Record<T> {
  readonly key: string;
  readonly value: T | undefined;
  readonly revision: number;
}

/**
 * An in-memory ObjectStore for unit tests. It keeps every record in one log like a stream, so
 * revisions, snapshots and resumed watches behave as on JetStream; it passes the same contract
 * suite as the real store. Values are structured-cloned on the way in and out.
 */
export class MemoryStore<T> implements ObjectStore<T> {
  /** Latest record per key (a value of undefined is a delete marker). */
  private readonly latest = new Map<string, Record<T>>();
  private seq = 0;
  /** Lowest revision still held for resumes; `purgeAll` moves it past everything. */
  private firstSeq = 1;
  private readonly watchers = new Set<MemoryWatch<T>>();

  constructor(
    readonly bucket: string,
    private readonly maxValueBytes = Number.POSITIVE_INFINITY,
    private readonly sizeOf: (v: T) => number = () => 0,
  ) {
    validateBucket(bucket);
  }

  async get(key: string): Promise<Versioned<T> | undefined> {
    validateKey(key);
    const r = this.latest.get(key);
    return r?.value === undefined
      ? undefined
      : { key, value: structuredClone(r.value), revision: r.revision };
  }

  async list(filter = ">"): Promise<Listing<T>> {
    validateFilter(filter);
    return { items: this.snapshot(filter), revision: this.seq };
  }

  async create(key: string, value: T, opts: CreateOptions<T> = {}): Promise<number> {
    validateKey(key);
    const sent = opts.valueAt?.() ?? value;
    this.checkSize(sent);
    if (this.latest.get(key)?.value !== undefined) throw alreadyExists(`${this.bucket}/${key}`);
    return this.write(key, sent);
  }

  async update(key: string, value: T, expectedRevision: number): Promise<number> {
    validateKey(key);
    if (!Number.isSafeInteger(expectedRevision) || expectedRevision <= 0) {
      throw invalid("expectedRevision", "must be a positive integer");
    }
    this.checkSize(value);
    const r = this.latest.get(key);
    if (r?.value === undefined) throw notFound(`${this.bucket}/${key}`);
    if (r.revision !== expectedRevision) {
      throw conflict(`${this.bucket}/${key}: revision is ${r.revision}, not ${expectedRevision}`);
    }
    return this.write(key, value);
  }

  async put(key: string, value: T): Promise<number> {
    validateKey(key);
    this.checkSize(value);
    return this.write(key, value);
  }

  async delete(key: string, opts: DeleteOptions = {}): Promise<number> {
    validateKey(key);
    const r = this.latest.get(key);
    if (r?.value === undefined) throw notFound(`${this.bucket}/${key}`);
    if (opts.expectedRevision !== undefined && r.revision !== opts.expectedRevision) {
      throw conflict(`${this.bucket}/${key}: revision is ${r.revision}, not ${opts.expectedRevision}`);
    }
    this.write(key, undefined);
    return r.revision;
  }

  watch(opts: WatchOptions = {}): Watch<T> {
    const filter = opts.filter ?? ">";
    validateFilter(filter);
    const w = new MemoryWatch<T>(this, filter, opts);
    this.watchers.add(w);
    void w.closed.then(() => this.watchers.delete(w));
    return w;
  }

  /** Removes every record, like purging the stream: resumed watchers must resync. */
  async purgeAll(): Promise<void> {
    this.latest.clear();
    this.firstSeq = this.seq + 1;
  }

  /** @internal */ snapshot(filter: string): Versioned<T>[] {
    const out: Versioned<T>[] = [];
    for (const r of this.latest.values()) {
      if (r.value !== undefined && keyMatches(filter, r.key)) {
        out.push({ key: r.key, value: structuredClone(r.value), revision: r.revision });
      }
    }
    return out.sort((a, b) => a.revision - b.revision);
  }

  /** @internal */ get revision(): number {
    return this.seq;
  }

  /** @internal */ get firstRevision(): number {
    return this.firstSeq;
  }

  /** @internal Records after `rev` matching the filter, in order (latest per key, like history 1). */
  since(rev: number, filter: string): Record<T>[] {
    return [...this.latest.values()]
      .filter((r) => r.revision > rev && keyMatches(filter, r.key))
      .sort((a, b) => a.revision - b.revision);
  }

  private write(key: string, value: T | undefined): number {
    const rec: Record<T> = {
      key,
      value: value === undefined ? undefined : structuredClone(value),
      revision: ++this.seq,
    };
    this.latest.set(key, rec);
    for (const w of this.watchers) w.deliver(rec);
    return rec.revision;
  }

  private checkSize(value: T): void {
    const n = this.sizeOf(value);
    if (n > this.maxValueBytes) {
      throw invalid("value", `encoded size ${n} B exceeds the limit of ${this.maxValueBytes} B`);
    }
  }
}

class MemoryWatch<T> implements Watch<T> {
  private readonly events = new EventQueue<WatchEvent<T>>();
  private readonly known = new Map<string, number>();
  private revision = 0;
  private stopped = false;
  private resolveClosed!: () => void;
  readonly closed = new Promise<void>((r) => {
    this.resolveClosed = r;
  });

  constructor(
    private readonly store: MemoryStore<T>,
    private readonly filter: string,
    opts: WatchOptions,
  ) {
    for (const [k, r] of opts.known ?? []) this.known.set(k, r);
    opts.signal?.addEventListener("abort", () => this.stop(), { once: true });
    if (opts.fromRevision === undefined) {
      this.resync();
    } else {
      this.revision = opts.fromRevision;
      const gap =
        this.revision > store.revision ||
        store.firstRevision > this.revision + 1 ||
        [...this.known.values()].some((r) => r < store.firstRevision);
      if (gap) this.resync();
      else for (const r of store.since(this.revision, filter)) this.deliver(r);
    }
    if (opts.signal?.aborted) this.stop();
  }

  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.events.close();
    this.resolveClosed();
  }

  [Symbol.asyncIterator](): AsyncIterator<WatchEvent<T>> {
    return this.events.consume(() => this.stop());
  }

  deliver(r: Record<T>): void {
    if (this.stopped || r.revision <= this.revision || !keyMatches(this.filter, r.key)) return;
    this.revision = r.revision;
    if (r.value !== undefined) {
      this.known.set(r.key, r.revision);
      this.push({ type: "put", key: r.key, value: structuredClone(r.value), revision: r.revision });
    } else if (this.known.delete(r.key)) {
      this.push({ type: "delete", key: r.key, revision: r.revision, synthetic: false });
    }
  }

  private resync(): void {
    const snap = this.store.snapshot(this.filter);
    // Ahead of the log: the watch's revisions are another numbering's; the log's replace them.
    const rebase = this.store.revision < this.revision;
    if (rebase) this.revision = this.store.revision;
    const seen = new Set<string>();
    for (const o of snap) {
      seen.add(o.key);
      const have = this.known.get(o.key);
      if (have !== undefined && (rebase ? have === o.revision : have >= o.revision)) continue;
      this.known.set(o.key, o.revision);
      this.push({ type: "put", key: o.key, value: o.value, revision: o.revision });
    }
    for (const k of [...this.known.keys()]) {
      if (!seen.has(k)) {
        this.known.delete(k);
        this.push({ type: "delete", key: k, revision: this.store.revision, synthetic: true });
      }
    }
    this.revision = Math.max(this.revision, this.store.revision);
    this.push({ type: "synced", revision: this.revision });
  }

  private push(e: WatchEvent<T>): void {
    this.events.push(e);
  }
}
