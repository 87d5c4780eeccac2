import type { Registry } from "prom-client";

/**
 * The contract of a work queue of keys, after client-go `util/workqueue` (Interface,
 * DelayingInterface and RateLimitingInterface in one). Items are keys (`<ns>.<name>`, a VNI, ...),
 * never objects: a worker re-reads the current object by key, so a key queued twice means "look
 * again" once.
 *
 * Guarantees:
 * - a key is queued at most once at a time (adds while queued are merged);
 * - a key is handed to at most one worker at a time: added while being processed, it is marked
 *   dirty and queued again when its worker calls `done`;
 * - after `shutDown`, adds are ignored, delayed adds are dropped, queued keys are still handed out,
 *   and `get` resolves `undefined` once nothing is queued.
 */
export interface WorkQueueInterface {
  /** Queues `key` unless it is already queued; ignored after shut-down. */
  add(key: string): void;
  /**
   * The next key, waiting for one if none is queued; `undefined` once the queue is shut down and
   * empty. The caller owns the key until it calls `done(key)`.
   */
  get(): Promise<string | undefined>;
  /** Ends the processing of `key`; queues it again if it was added meanwhile. */
  done(key: string): void;
  /** Queues `key` after `delayMs` (now if `delayMs <= 0`); an earlier pending delay of the key wins. */
  addAfter(key: string, delayMs: number): void;
  /** Queues `key` after the rate limiter's delay: per-key back-off, bounded by the overall bucket. */
  addRateLimited(key: string): void;
  /** Resets the back-off of `key` (call on success, or when giving up). */
  forget(key: string): void;
  /** How many times `key` went through `addRateLimited` since it was last forgotten. */
  numRequeues(key: string): number;
  /** Number of keys queued and ready (not those being processed, not those waiting on a delay). */
  len(): number;
  /** Stops accepting adds and cancels delayed adds; queued and in-flight keys drain. */
  shutDown(): void;
  /** `shutDown`, then resolves once nothing is queued and nothing is being processed. */
  shutDownWithDrain(): Promise<void>;
  /** True once `shutDown` was called. */
  shuttingDown(): boolean;
}

/** Options of a `WorkQueue`. Defaults are client-go's `DefaultControllerRateLimiter` values. */
export interface WorkQueueOptions {
  /** The queue's `name` label on every metric; unique per registry. */
  name: string;
  /** Where the `jetnet_workqueue_*` metrics live; several queues may share one registry. */
  registry: Registry;
  /** First back-off delay of a failing key, ms; doubles per failure. Default 5. */
  baseDelayMs?: number;
  /**
   * Ceiling of a key's back-off, ms. Default 60,000: client-go caps at 1,000 s, but a key parked
   * for a quarter of an hour after a Redis blip is a convergence bug here.
   */
  maxDelayMs?: number;
  /** Overall refill rate of `addRateLimited`, per second. Default 100 (client-go uses 10). */
  qps?: number;
  /** Overall burst of `addRateLimited`. Default 1,000 (client-go uses 100). */
  burst?: number;
  /**
   * Keys handed out before all others (in the order they became ready among themselves), e.g. an
   * agent's own attachments ahead of the remote entries of a burst. Default: none, plain FIFO.
   */
  urgent?: (key: string) => boolean;
}

export const WORKQUEUE_DEFAULTS = {
  baseDelayMs: 5,
  maxDelayMs: 60_000,
  // client-go's 10 qps / 100 burst only spaces retries; with a 10x larger bucket one failed batch
  // (a Redis blip failing every key of a 1,000-attachment VNI) retries on back-off alone, while a
  // retry storm that outlives the bucket is still held to 100/s.
  qps: 100,
  burst: 1_000,
} as const;
