import { Gauge, type Registry } from "prom-client";
import { type CounterChild, FastCounter, FastHistogram, type HistogramChild } from "../metrics/fast.js";
import { reuse } from "../metrics/reuse.js";
import {
  ItemExponentialRateLimiter,
  MaxOfRateLimiter,
  type RateLimiter,
  TokenBucketRateLimiter,
} from "./ratelimit.js";
import { WORKQUEUE_DEFAULTS, type WorkQueueInterface, type WorkQueueOptions } from "./types.js";

/**
 * A de-duplicating, rate-limited, delaying queue of keys: client-go's `workqueue.Typed` +
 * `delayingType` + `rateLimitingType` in one single-threaded class (see types.ts for the contract).
 *
 * Algorithm:
 * 1. `add(key)`: ignored after shut-down or if `key` is in `dirty` (already queued, or already
 *    re-added while processing). Otherwise `key` joins `dirty`; if no worker holds it, it is
 *    pushed on `ready` and handed straight to a blocked `get`, if any.
 * 2. `get()`: takes the head of `ready` (its urgent keys first, see WorkQueueOptions.urgent), moving it from `dirty` to `processing`. With nothing ready
 *    it parks the caller in `getters`, or answers `undefined` once shut down.
 * 3. `done(key)`: removes `key` from `processing`; if it was added meanwhile (still in `dirty`) it
 *    is pushed on `ready` now. This is the only way a key re-enters `ready` while it was held, so
 *    no two workers ever hold one key, and a burst of adds during processing costs one re-run.
 * 4. `addAfter(key, ms)`: one timer per waiting key; a later request for a waiting key is dropped
 *    and an earlier one replaces the timer (client-go keeps the earliest ready time too).
 * 5. `addRateLimited(key)`: `addAfter(key, max(backoff(key), bucket()))`: the per-key exponential
 *    back-off and the overall token bucket both charge every call (client-go
 *    `DefaultControllerRateLimiter`). `forget` resets only the per-key part.
 * 6. `shutDown()`: refuses adds, clears every delay timer (no handle outlives the queue), releases
 *    blocked getters with `undefined`; `ready` keeps draining through `get`. Drained = nothing
 *    ready and nothing processing; `shutDownWithDrain` resolves then.
 */
export class WorkQueue implements WorkQueueInterface {
  /** The `name` label of this queue's metrics. */
  readonly name: string;
  /** Keys to hand out, in order; always a subset of `dirty`, disjoint from `processing`. */
  private readonly ready: ReadyKeys;
  /** Keys that need a run: those in `ready`, plus held keys that were added again. */
  private readonly dirty = new Set<string>();
  /** Keys held by a worker, with the ms they were handed out (work duration, longest running). */
  private readonly processing = new Map<string, number>();
  /** When each key in `ready` was pushed (queue duration). */
  private readonly readySince = new Map<string, number>();
  /** Delayed adds: ready time and the timer that will add the key. */
  private readonly waiting = new Map<string, { readyAtMs: number; timer: NodeJS.Timeout }>();
  /** Callers of `get` parked until a key is ready; non-empty only while `ready` is empty. */
  private readonly getters: Array<(key: string | undefined) => void> = [];
  /** Callers of `shutDownWithDrain` waiting for the drain. */
  private readonly drainWaiters: Array<() => void> = [];
  /** Set by `shutDown`, never cleared. */
  private stopped = false;
  /** Per-key back-off combined with the overall bucket. */
  private readonly backoff: ItemExponentialRateLimiter;
  private readonly limiter: RateLimiter;
  /** This queue's series in the shared registry. */
  private readonly metrics: QueueMetrics;
  /** This queue's children of the per-item metrics, resolved once (see lib/metrics/fast.ts). */
  private readonly adds: CounterChild;
  private readonly retries: CounterChild;
  private readonly queueDuration: HistogramChild;
  private readonly workDuration: HistogramChild;

  constructor(opts: WorkQueueOptions) {
    this.name = opts.name;
    this.ready = opts.urgent ? new TwoLaneFifo(opts.urgent) : new KeyFifo();
    this.backoff = new ItemExponentialRateLimiter(
      opts.baseDelayMs ?? WORKQUEUE_DEFAULTS.baseDelayMs,
      opts.maxDelayMs ?? WORKQUEUE_DEFAULTS.maxDelayMs,
    );
    const bucket = new TokenBucketRateLimiter(
      opts.qps ?? WORKQUEUE_DEFAULTS.qps,
      opts.burst ?? WORKQUEUE_DEFAULTS.burst,
    );
    this.limiter = new MaxOfRateLimiter([this.backoff, bucket]);
    this.metrics = queueMetrics(opts.registry);
    const labels = { name: this.name };
    // Every series exists from the start, so a dashboard shows 0 rather than "no data".
    this.adds = this.metrics.adds.labels(this.name);
    this.retries = this.metrics.retries.labels(this.name);
    this.queueDuration = this.metrics.queueDuration.labels(this.name);
    this.workDuration = this.metrics.workDuration.labels(this.name);
    this.metrics.depth.set(labels, 0);
    this.metrics.longestRunning.set(labels, 0);
    // Both gauges are read at scrape time from the live queues.
    this.metrics.live.add(this);
  }

  add(key: string): void {
    if (this.stopped || this.dirty.has(key)) return;
    this.adds.inc();
    this.dirty.add(key);
    if (!this.processing.has(key)) this.pushReady(key);
  }

  get(): Promise<string | undefined> {
    if (this.ready.length > 0) return Promise.resolve(this.take());
    if (this.stopped) return Promise.resolve(undefined);
    return new Promise((resolve) => this.getters.push(resolve));
  }

  done(key: string): void {
    const startedMs = this.processing.get(key);
    if (startedMs === undefined) return;
    this.processing.delete(key);
    this.workDuration.observe((Date.now() - startedMs) / 1000);
    if (this.dirty.has(key)) this.pushReady(key);
    this.settleDrain();
  }

  addAfter(key: string, delayMs: number): void {
    if (this.stopped) return;
    if (delayMs <= 0) {
      this.add(key);
      return;
    }
    const readyAtMs = Date.now() + delayMs;
    const pending = this.waiting.get(key);
    if (pending !== undefined) {
      if (pending.readyAtMs <= readyAtMs) return;
      clearTimeout(pending.timer);
    }
    const timer = setTimeout(() => {
      this.waiting.delete(key);
      this.add(key);
    }, delayMs);
    this.waiting.set(key, { readyAtMs, timer });
  }

  addRateLimited(key: string): void {
    // Checked here too so that a refused add does not count a failure against the key.
    if (this.stopped) return;
    this.retries.inc();
    this.addAfter(key, this.limiter.when(key));
  }

  forget(key: string): void {
    this.limiter.forget(key);
  }

  numRequeues(key: string): number {
    return this.backoff.numRequeues(key);
  }

  len(): number {
    return this.ready.length;
  }

  shuttingDown(): boolean {
    return this.stopped;
  }

  shutDown(): void {
    if (this.stopped) return;
    this.stopped = true;
    for (const { timer } of this.waiting.values()) clearTimeout(timer);
    this.waiting.clear();
    // Getters are parked only while nothing is ready, so each of them gets the end signal.
    for (const resolve of this.getters.splice(0)) resolve(undefined);
    this.settleDrain();
  }

  shutDownWithDrain(): Promise<void> {
    this.shutDown();
    if (this.isDrained()) return Promise.resolve();
    return new Promise((resolve) => this.drainWaiters.push(resolve));
  }

  /** Keys queued and ready. */
  get depth(): number {
    return this.ready.length;
  }

  /** Seconds the oldest held key has been processing; 0 when none is. */
  longestRunningSeconds(): number {
    let oldestMs = Number.POSITIVE_INFINITY;
    for (const startedMs of this.processing.values()) oldestMs = Math.min(oldestMs, startedMs);
    return oldestMs === Number.POSITIVE_INFINITY ? 0 : (Date.now() - oldestMs) / 1000;
  }

  private pushReady(key: string): void {
    this.ready.push(key);
    this.readySince.set(key, Date.now());
    const getter = this.getters.shift();
    if (getter !== undefined) getter(this.take());
  }

  /** Moves the head of `ready` to `processing`; callers check `ready` is not empty. */
  private take(): string {
    const key = this.ready.shift()!;
    const now = Date.now();
    this.queueDuration.observe((now - (this.readySince.get(key) ?? now)) / 1000);
    this.readySince.delete(key);
    this.dirty.delete(key);
    this.processing.set(key, now);
    return key;
  }

  private isDrained(): boolean {
    return this.stopped && this.ready.length === 0 && this.processing.size === 0;
  }

  private settleDrain(): void {
    if (!this.isDrained()) return;
    // A drained queue holds nothing, so the scrape-time gauges can forget it.
    if (this.metrics.live.delete(this)) {
      this.metrics.longestRunning.set({ name: this.name }, 0);
      this.metrics.depth.set({ name: this.name }, 0);
    }
    for (const resolve of this.drainWaiters.splice(0)) resolve();
  }
}

interface ReadyKeys {
  readonly length: number;
  push(key: string): void;
  shift(): string | undefined;
}

/** Urgent keys first, each lane in order. */
class TwoLaneFifo implements ReadyKeys {
  private readonly first = new KeyFifo();
  private readonly rest = new KeyFifo();

  constructor(private readonly urgent: (key: string) => boolean) {}

  get length(): number {
    return this.first.length + this.rest.length;
  }

  push(key: string): void {
    (this.urgent(key) ? this.first : this.rest).push(key);
  }

  shift(): string | undefined {
    return this.first.shift() ?? this.rest.shift();
  }
}

/** A FIFO of keys with O(1) shift (Array#shift copies the whole array). */
class KeyFifo implements ReadyKeys {
  /** Storage; entries before `head` are already taken. */
  private items: string[] = [];
  /** Index of the next key to take. */
  private head = 0;

  get length(): number {
    return this.items.length - this.head;
  }

  push(key: string): void {
    this.items.push(key);
  }

  shift(): string | undefined {
    const key = this.items[this.head];
    if (key === undefined) return undefined;
    this.head++;
    if (this.head === this.items.length) {
      this.items = [];
      this.head = 0;
    } else if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return key;
  }
}

interface QueueMetrics {
  depth: Gauge<"name">;
  adds: FastCounter;
  retries: FastCounter;
  queueDuration: FastHistogram;
  workDuration: FastHistogram;
  longestRunning: Gauge<"name">;
  /** The registry's queues not yet drained (see liveQueues). */
  live: Set<WorkQueue>;
}

// Seconds; from 1 ms (the clock's resolution) to a minute (a reconcile stuck on a timeout).
const DURATION_BUCKETS = [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];

/**
 * The live queues of each registry. The depth and longest-running gauges are shared by all
 * queues of a registry and computed at scrape time, so their collect callbacks must find every
 * one of them.
 */
const liveQueues = new WeakMap<Registry, Set<WorkQueue>>();

/** The workqueue metrics of `registry`, created by the first queue and reused by the others. */
function queueMetrics(registry: Registry): QueueMetrics {
  const labelNames = ["name"] as const;
  const registers = [registry];
  let live = liveQueues.get(registry);
  if (live === undefined) {
    live = new Set();
    liveQueues.set(registry, live);
  }
  return {
    depth: reuse(registry, "jetnet_workqueue_depth", Gauge, (name) => {
      return new Gauge({
        name,
        help: "Keys queued and ready, per queue",
        labelNames,
        registers,
        collect() {
          for (const queue of live) this.set({ name: queue.name }, queue.depth);
        },
      });
    }),
    adds: reuse(registry, "jetnet_workqueue_adds_total", FastCounter, (name) => {
      return new FastCounter({
        name,
        help: "Adds that queued a key (merged duplicates excluded)",
        labelNames,
        registers,
      });
    }),
    retries: reuse(registry, "jetnet_workqueue_retries_total", FastCounter, (name) => {
      return new FastCounter({ name, help: "Rate-limited re-adds (failed keys)", labelNames, registers });
    }),
    queueDuration: reuse(registry, "jetnet_workqueue_queue_duration_seconds", FastHistogram, (name) => {
      const help = "Time a key waited in the queue before a worker took it";
      return new FastHistogram({ name, help, labelNames, registers, buckets: DURATION_BUCKETS });
    }),
    workDuration: reuse(registry, "jetnet_workqueue_work_duration_seconds", FastHistogram, (name) => {
      const help = "Time from a worker taking a key to its done";
      return new FastHistogram({ name, help, labelNames, registers, buckets: DURATION_BUCKETS });
    }),
    longestRunning: reuse(registry, "jetnet_workqueue_longest_running_processor_seconds", Gauge, (name) => {
      return new Gauge({
        name,
        help: "How long the oldest key still being processed has been running, per queue",
        labelNames,
        registers,
        collect() {
          for (const queue of live) this.set({ name: queue.name }, queue.longestRunningSeconds());
        },
      });
    }),
    live,
  };
}
