import type { Registry } from "prom-client";
import type { WorkQueueOptions } from "../workqueue/types.js";

/** What a reconcile may ask for besides "done": a planned revisit (a timeout, a grace period). */
export interface ReconcileResult {
  /** Run this key again after this many ms, without counting a failure. */
  requeueAfterMs?: number;
}

/**
 * Brings the world in line with the current state of one key. Level-based: it re-reads the object
 * by key (from an informer cache) and treats "gone" as a normal case; it never depends on which
 * event enqueued the key. Outcomes:
 * - resolves `undefined` / `{}`: done, the key's back-off is reset;
 * - resolves `{ requeueAfterMs }`: done for now, run again after the delay;
 * - throws `TerminalError` (lib/errors.ts): retrying cannot help, the key is logged and dropped;
 * - throws anything else: retried with per-key exponential back-off.
 */
export interface Reconciler {
  /** `signal` aborts when the controller stops; a long reconcile should pass it to its I/O. */
  // biome-ignore lint/suspicious/noConfusingVoidType: lets an `async reconcile` end without `return`.
  reconcile(key: string, signal: AbortSignal): Promise<ReconcileResult | undefined | void>;
}

/** The log calls a controller makes; a pino `Logger` fits. */
export interface ControllerLogger {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export interface ControllerOptions {
  /** The `controller` label of its metrics and the `name` of its queue; unique per registry. */
  name: string;
  reconciler: Reconciler;
  /** Concurrent reconciles (of distinct keys). Default 2. */
  workers?: number;
  /** Back-off and rate limit of the queue (its name and registry come from the controller). */
  queue?: Omit<WorkQueueOptions, "name" | "registry">;
  /** Where `jetnet_controller_*` and `jetnet_workqueue_*` metrics live. */
  registry: Registry;
  logger: ControllerLogger;
  /**
   * Awaited before any worker starts, typically "every informer has synced", so that a reconcile
   * never reads a half-filled cache and deletes what it has not seen yet.
   */
  waitForSync?: (signal: AbortSignal) => Promise<void>;
}

/** The label values of `jetnet_controller_reconcile_total{result}`, one per outcome. */
export const ReconcileOutcome = {
  Success: "success",
  Error: "error",
  Terminal: "terminal",
  RequeueAfter: "requeue_after",
} as const;
export type ReconcileOutcome = (typeof ReconcileOutcome)[keyof typeof ReconcileOutcome];
