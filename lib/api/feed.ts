import type { Msg, NatsConnection, Status, Subscription } from "@nats-io/nats-core";
import { previousHeader, revisionHeader, streamSequenceHeader } from "../store/store.js";
import type { Listing, Watch, WatchEvent } from "../store/types.js";

export interface FeedWatchOptions<T> {
  readonly nc: NatsConnection;
  /** Feed subjects to follow (`jetnet.feed.v1.<bucket>.<ns>.>` or one key). */
  readonly subject: string;
  /** Length of the feed prefix before the key (`jetnet.feed.v1.<bucket>.`). */
  readonly prefixLen: number;
  /** Keys the watch reports; the feed subject may match more (a name filter). */
  readonly includes: (key: string) => boolean;
  readonly decode: (bytes: Uint8Array) => T;
  /** The current objects, consistent at a revision (the API's list). */
  readonly list: () => Promise<Listing<T>>;
  /** Keys and revisions the caller holds, with `fromRevision`: report only what changed since. */
  readonly known?: Iterable<readonly [string, number]>;
  readonly fromRevision?: number;
  readonly signal?: AbortSignal;
}

/**
 * A watch for clients without JetStream access (tenants): the bucket's feed (the services
 * announce every committed write, see lib/store `feed`) plus lists through the API.
 *
 * Algorithm:
 *  1. Subscribe to the feed first, holding what arrives.
 *  2. List (consistent at R); report every object newer than what the caller holds, a synthetic
 *     delete for every held key that is gone, then `synced` at R.
 *  3. Apply feed messages in arrival order: one at or below R, or not newer than the key's
 *     known revision, is already reflected and is skipped.
 *  4. Core NATS is at-most-once: after a reconnect or a slow-consumer event, go to 1's hold and
 *     2 again (a resync); the diff reports what was missed. Likewise when a message names a
 *     predecessor (its writer's previous message under the same first key token) newer than
 *     anything received or listed: one writer's messages arrive in order, so that one was lost.
 *     Only a watch of whole tokens (`…<ns>.>`, `…>`) can tell; one of a single key cannot.
 */
export class FeedWatch<T> implements Watch<T>, AsyncIterable<WatchEvent<T>> {
  readonly closed: Promise<void>;
  /** key → revision of what has been reported (the caller's view). */
  private readonly known: Map<string, number>;
  private readonly events: WatchEvent<T>[] = [];
  private wake: (() => void) | undefined;
  private readonly sub: Subscription;
  /** Feed messages held while a list is in flight (undefined: none in flight). */
  private held: Msg[] | undefined = [];
  /** Revision the last list was consistent at. */
  private listedAt = 0;
  /** Highest revision received on the feed or listed: a predecessor above it was lost. */
  private seen = 0;
  /** Whether the subject covers whole first key tokens, so predecessors can be checked. */
  private readonly chained: boolean;
  /** Resyncs run one after another; a gap asks for one only if none is queued. */
  private resyncs: Promise<void> = Promise.resolve();
  private gapResyncQueued = false;
  private stopped = false;
  private failure: unknown;
  private markClosed!: () => void;

  constructor(private readonly opts: FeedWatchOptions<T>) {
    this.known = new Map(opts.known ?? []);
    const tail = opts.subject.slice(opts.prefixLen);
    this.chained = tail === ">" || (tail.endsWith(".>") && !tail.slice(0, -2).includes("."));
    this.closed = new Promise((r) => {
      this.markClosed = r;
    });
    this.sub = opts.nc.subscribe(opts.subject, {
      callback: (err, m) => {
        if (err) {
          this.fail(err);
          return;
        }
        if (this.held) this.held.push(m);
        else this.apply(m);
      },
    });
    opts.signal?.addEventListener("abort", () => this.stop(), { once: true });
    void this.follow();
  }

  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.sub.unsubscribe();
    this.markClosed();
    this.wake?.();
  }

  async *[Symbol.asyncIterator](): AsyncIterator<WatchEvent<T>> {
    try {
      for (;;) {
        const e = this.events.shift();
        if (e) {
          yield e;
          continue;
        }
        if (this.failure !== undefined) throw this.failure;
        if (this.stopped) return;
        await new Promise<void>((r) => {
          this.wake = r;
        });
        this.wake = undefined;
      }
    } finally {
      this.stop();
    }
  }

  /** Lists once, then resyncs after every reconnect or slow-consumer event while running. */
  private async follow(): Promise<void> {
    try {
      await this.queueResync(this.opts.fromRevision ?? 0);
      // nats.js's status iterator has stop(), which ends a pending iteration at once.
      const status = this.opts.nc.status() as AsyncIterable<Status> & { stop?: () => void };
      void this.closed.then(() => status.stop?.());
      for await (const s of status) {
        if (this.stopped) break;
        if (s.type === "reconnect" || s.type === "slowConsumer") await this.queueResync(0);
      }
    } catch (err) {
      this.fail(err);
    }
  }

  /** Holds feed messages from now on and lists again after any resync already queued. */
  private queueResync(fromRevision: number): Promise<void> {
    this.held ??= [];
    this.resyncs = this.resyncs.then(() => this.resync(fromRevision));
    return this.resyncs;
  }

  private async resync(fromRevision: number): Promise<void> {
    if (this.stopped) return;
    this.held ??= [];
    this.gapResyncQueued = false;
    const listing = await this.opts.list();
    if (this.stopped) return;
    const present = new Set<string>();
    for (const it of [...listing.items].sort((a, b) => a.revision - b.revision)) {
      if (!this.opts.includes(it.key)) continue;
      present.add(it.key);
      const seen = this.known.get(it.key) ?? fromRevision;
      if (it.revision <= seen) continue;
      this.known.set(it.key, it.revision);
      this.push({ type: "put", key: it.key, value: it.value, revision: it.revision });
    }
    for (const key of [...this.known.keys()]) {
      if (present.has(key)) continue;
      this.known.delete(key);
      this.push({ type: "delete", key, revision: listing.revision, synthetic: true });
    }
    this.listedAt = listing.revision;
    this.seen = Math.max(this.seen, listing.revision);
    this.push({ type: "synced", revision: listing.revision });
    const held = this.held ?? [];
    this.held = undefined;
    for (const m of held) this.apply(m);
  }

  private apply(m: Msg): void {
    if (this.stopped) return;
    const key = m.subject.slice(this.opts.prefixLen);
    // A writer's announcement names its revision; the stream's (RePublish) its sequence.
    const revision = Number(m.headers?.get(revisionHeader) || m.headers?.get(streamSequenceHeader));
    if (!Number.isSafeInteger(revision)) return;
    const previous = Number(m.headers?.get(previousHeader) || 0);
    if (this.chained && this.seen > 0 && previous > this.seen && !this.gapResyncQueued) {
      this.gapResyncQueued = true;
      this.queueResync(0).catch((err: unknown) => this.fail(err));
    }
    if (revision > this.seen) this.seen = revision;
    if (!this.opts.includes(key)) return;
    if (revision <= this.listedAt || revision <= (this.known.get(key) ?? 0)) return;
    const op = m.headers?.get("KV-Operation");
    if (op === "DEL" || op === "PURGE") {
      if (!this.known.delete(key)) return;
      this.push({ type: "delete", key, revision, synthetic: false });
      return;
    }
    let value: T;
    try {
      value = this.opts.decode(m.data);
    } catch (err) {
      this.fail(err);
      return;
    }
    this.known.set(key, revision);
    this.push({ type: "put", key, value, revision });
  }

  private push(e: WatchEvent<T>): void {
    this.events.push(e);
    this.wake?.();
  }

  private fail(err: unknown): void {
    if (this.stopped) return;
    this.failure = err;
    this.sub.unsubscribe();
    this.stopped = true;
    this.markClosed();
    this.wake?.();
  }
}
