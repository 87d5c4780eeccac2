import { Gauge } from "prom-client";
import { TerminalError } from "../errors.js";
import { type CounterChild, FastCounter, FastHistogram, type HistogramChild } from "../metrics/fast.js";
import { reuse } from "../metrics/reuse.js";
import { WorkQueue } from "../workqueue/workqueue.js";
import { type ControllerLogger, type ControllerOptions, ReconcileOutcome, type Reconciler } from "./types.js";

/** What one reconcile came to, before the outcome switch acts on it. */
type Outcome =
  | { result: typeof ReconcileOutcome.Success }
  | { result: typeof ReconcileOutcome.RequeueAfter; delayMs: number }
  | { result: typeof ReconcileOutcome.Error; err: unknown }
  | { result: typeof ReconcileOutcome.Terminal; err: TerminalError };

/**
 * Runs a `Reconciler` over a work queue of keys, after controller-runtime
 * `internal/controller/controller.go` and sample-controller's `runWorker`.
 *
 * Algorithm:
 * 1. Event handlers (informers) call `enqueue(key)`; that is all they do. Keys enqueued before
 *    `run` wait in the queue.
 * 2. `run(signal)` awaits `waitForSync` (the caches the reconciler reads), then starts `workers`
 *    loops. The queue hands a key to one worker at a time, so reconciles of one key never overlap;
 *    distinct keys run in parallel.
 * 3. Each reconcile ends in exactly one outcome, acted on by one switch and counted in
 *    `jetnet_controller_reconcile_total{result}`:
 *    thrown error -> `addRateLimited` (per-key back-off); `TerminalError` -> log, `forget`;
 *    `{ requeueAfterMs }` -> `forget` + `addAfter`; otherwise -> `forget`.
 * 4. On abort the queue shuts down: in-flight reconciles finish (they see the same, now aborted,
 *    signal), keys still queued are dropped, and `run` resolves once no reconcile is running.
 *    Why drop them rather than reconcile them: each would start with an aborted signal and fail,
 *    and reconciling is level-based, so the next start re-lists and re-enqueues every key anyway.
 */
export class Controller {
  /** The `controller` label of its metrics; also its queue's name. */
  readonly name: string;
  /** Keys to reconcile; the only state shared by handlers and workers. */
  private readonly queue: WorkQueue;
  private readonly reconciler: Reconciler;
  /** Number of worker loops `run` starts. */
  private readonly workers: number;
  private readonly logger: ControllerLogger;
  /** Gate before the first reconcile; resolves when the reconciler's caches are complete. */
  private readonly waitForSync: ((signal: AbortSignal) => Promise<void>) | undefined;
  /** This controller's series in the shared registry. */
  private readonly metrics: ControllerMetrics;
  /** This controller's children of the per-reconcile metrics, resolved once. */
  private readonly outcomes = new Map<string, CounterChild>();
  private readonly duration: HistogramChild;
  /** Set by the first `run`; a controller runs once (its queue cannot be restarted). */
  private started = false;

  constructor(opts: ControllerOptions) {
    this.name = opts.name;
    this.reconciler = opts.reconciler;
    this.workers = opts.workers ?? 2;
    if (!Number.isInteger(this.workers) || this.workers < 1) {
      throw new RangeError(
        `controller ${opts.name}: workers must be a positive integer, got ${this.workers}`,
      );
    }
    this.logger = opts.logger;
    this.waitForSync = opts.waitForSync;
    this.queue = new WorkQueue({ ...opts.queue, name: opts.name, registry: opts.registry });
    this.metrics = controllerMetrics(opts.registry);
    const labels = { controller: this.name };
    for (const result of Object.values(ReconcileOutcome))
      this.outcomes.set(result, this.metrics.total.labels(this.name, result));
    this.duration = this.metrics.duration.labels(this.name);
    this.metrics.workers.set(labels, 0);
  }

  /** Asks for `key` to be reconciled; merged with a pending request for the same key. */
  enqueue(key: string): void {
    this.queue.add(key);
  }

  /** Reconciles until `signal` aborts; resolves once every in-flight reconcile has finished. */
  async run(signal: AbortSignal): Promise<void> {
    if (this.started) throw new Error(`controller ${this.name} is already running`);
    this.started = true;
    const stop = () => this.queue.shutDown();
    signal.addEventListener("abort", stop, { once: true });
    try {
      if (signal.aborted) return;
      if (this.waitForSync !== undefined) {
        this.logger.debug({ controller: this.name }, "waiting for caches to sync");
        await untilAborted(this.waitForSync(signal), signal);
        if (signal.aborted) return;
      }
      this.logger.info({ controller: this.name, workers: this.workers }, "starting workers");
      await Promise.all(Array.from({ length: this.workers }, () => this.worker(signal)));
      this.logger.info({ controller: this.name }, "workers stopped");
    } finally {
      signal.removeEventListener("abort", stop);
      // Also reached when waitForSync fails: later enqueues are refused rather than piling up in a
      // queue nobody reads. Workers, if they ran, have drained it: each ran until `get` said empty.
      this.queue.shutDown();
    }
  }

  private async worker(signal: AbortSignal): Promise<void> {
    const labels = { controller: this.name };
    this.metrics.workers.inc(labels);
    try {
      for (let key = await this.queue.get(); key !== undefined; key = await this.queue.get()) {
        if (signal.aborted) {
          this.queue.done(key);
          continue;
        }
        await this.reconcileKey(key, signal);
      }
    } finally {
      this.metrics.workers.dec(labels);
    }
  }

  /** One reconcile of `key` and the outcome switch; the caller holds `key` in the queue. */
  private async reconcileKey(key: string, signal: AbortSignal): Promise<void> {
    const startedMs = Date.now();
    let outcome: Outcome;
    try {
      outcome = toOutcome(await this.reconciler.reconcile(key, signal));
    } catch (err) {
      outcome =
        err instanceof TerminalError
          ? { result: ReconcileOutcome.Terminal, err }
          : { result: ReconcileOutcome.Error, err };
    }
    this.duration.observe((Date.now() - startedMs) / 1000);
    const log = { controller: this.name, key };
    switch (outcome.result) {
      case ReconcileOutcome.Error:
        this.queue.addRateLimited(key);
        this.logger.warn(
          { ...log, err: outcome.err, attempt: this.queue.numRequeues(key) },
          "reconcile failed; will retry",
        );
        break;
      case ReconcileOutcome.Terminal:
        this.queue.forget(key);
        this.logger.error({ ...log, err: outcome.err }, "reconcile failed terminally; dropping key");
        break;
      case ReconcileOutcome.RequeueAfter:
        this.queue.forget(key);
        this.queue.addAfter(key, outcome.delayMs);
        break;
      case ReconcileOutcome.Success:
        this.queue.forget(key);
        break;
    }
    this.outcomes.get(outcome.result)?.inc();
    this.queue.done(key);
  }
}

function toOutcome(result: Awaited<ReturnType<Reconciler["reconcile"]>>): Outcome {
  const delayMs = result?.requeueAfterMs;
  return delayMs === undefined
    ? { result: ReconcileOutcome.Success }
    : { result: ReconcileOutcome.RequeueAfter, delayMs };
}

/** Settles with `work`, or resolves as soon as `signal` aborts (a later failure of `work` is ignored). */
async function untilAborted(work: Promise<void>, signal: AbortSignal): Promise<void> {
  let onAbort: () => void = () => {};
  const aborted = new Promise<void>((resolve) => {
    onAbort = resolve;
    signal.addEventListener("abort", onAbort, { once: true });
  });
  try {
    await Promise.race([work, aborted]);
  } finally {
    signal.removeEventListener("abort", onAbort);
  }
}

interface ControllerMetrics {
  total: FastCounter;
  duration: FastHistogram;
  workers: Gauge<"controller">;
}

// Seconds; a reconcile is a few KV/Redis round trips, so most land in 1-100 ms.
const RECONCILE_BUCKETS = [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];

/** The controller metrics of `registry`, created by the first controller and reused by the others. */
function controllerMetrics(registry: ControllerOptions["registry"]): ControllerMetrics {
  const registers = [registry];
  return {
    total: reuse(registry, "jetnet_controller_reconcile_total", FastCounter, (name) => {
      const help = "Reconciles per controller and outcome (success|error|terminal|requeue_after)";
      return new FastCounter({ name, help, labelNames: ["controller", "result"] as const, registers });
    }),
    duration: reuse(registry, "jetnet_controller_reconcile_duration_seconds", FastHistogram, (name) => {
      const help = "Time spent in one reconcile";
      return new FastHistogram({
        name,
        help,
        labelNames: ["controller"] as const,
        registers,
        buckets: RECONCILE_BUCKETS,
      });
    }),
    workers: reuse(registry, "jetnet_controller_workers", Gauge, (name) => {
      return new Gauge({
        name,
        help: "Worker loops running",
        labelNames: ["controller"] as const,
        registers,
      });
    }),
  };
}
