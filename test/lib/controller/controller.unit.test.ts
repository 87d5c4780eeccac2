import { pino } from "pino";
import { type Histogram, Registry } from "prom-client";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Controller } from "../../../lib/controller/controller.js";
import type { ControllerLogger, ReconcileResult } from "../../../lib/controller/types.js";
import { TerminalError } from "../../../lib/errors.js";

type LogCall = { level: keyof ControllerLogger; obj: Record<string, unknown>; msg: string | undefined };

/** A logger that keeps every call, so tests can assert what was logged. */
function recordingLogger(): ControllerLogger & { calls: LogCall[] } {
  const calls: LogCall[] = [];
  const at =
    (level: keyof ControllerLogger) =>
    (obj: object, msg?: string): void => {
      calls.push({ level, obj: obj as Record<string, unknown>, msg });
    };
  return { calls, debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error") };
}

// The options accept a pino logger as it is.
const _pinoFits: ControllerLogger = pino({ level: "silent" });

type ReconcileFn = (key: string, signal: AbortSignal) => Promise<ReconcileResult | undefined>;

let registry: Registry;
let logger: ReturnType<typeof recordingLogger>;
let abort: AbortController;

function newController(
  reconcile: ReconcileFn,
  opts: { workers?: number; waitForSync?: () => Promise<void> } = {},
) {
  return new Controller({ name: "test", reconciler: { reconcile }, registry, logger, ...opts });
}

async function metricValue(metric: string, labels: Record<string, string>): Promise<number | undefined> {
  const m = registry.getSingleMetric(metric);
  if (m === undefined) throw new Error(`no metric ${metric}`);
  const values = (await m.get()).values;
  return values.find((v) => Object.entries(labels).every(([k, want]) => v.labels[k] === want))?.value;
}

const reconciles = (result: string) =>
  metricValue("jetnet_controller_reconcile_total", { controller: "test", result });

function deferred<T = void>() {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

/** Tracks a promise so a test can ask whether it has settled yet. */
function track(p: Promise<unknown>): { settled: boolean } {
  const state = { settled: false };
  void p.then(() => {
    state.settled = true;
  });
  return state;
}

beforeEach(() => {
  vi.useFakeTimers();
  registry = new Registry();
  logger = recordingLogger();
  abort = new AbortController();
});

afterEach(() => {
  vi.useRealTimers();
});

describe("Controller", () => {
  it("creates every outcome series at 0 and counts each branch once", async () => {
    const c = newController(async (key) => {
      if (key === "fails") throw new Error("boom");
      if (key === "terminal") throw new TerminalError("bad spec");
      if (key === "later") return { requeueAfterMs: 1_000 };
      return undefined;
    });
    for (const result of ["success", "error", "terminal", "requeue_after"])
      expect(await reconciles(result)).toBe(0);
    expect(await metricValue("jetnet_controller_workers", { controller: "test" })).toBe(0);

    const running = c.run(abort.signal);
    for (const key of ["ok", "fails", "terminal", "later"]) c.enqueue(key);
    await vi.advanceTimersByTimeAsync(0);
    expect(await reconciles("success")).toBe(1);
    expect(await reconciles("error")).toBe(1);
    expect(await reconciles("terminal")).toBe(1);
    expect(await reconciles("requeue_after")).toBe(1);
    expect(await metricValue("jetnet_controller_workers", { controller: "test" })).toBe(2);
    const durations = await (
      registry.getSingleMetric("jetnet_controller_reconcile_duration_seconds") as Histogram
    ).get();
    const count = durations.values.find(
      (v) => v.metricName === "jetnet_controller_reconcile_duration_seconds_count",
    );
    expect(count?.value).toBe(4);

    const warn = logger.calls.find((c) => c.level === "warn");
    expect(warn?.obj).toMatchObject({ controller: "test", key: "fails", attempt: 1 });
    expect(warn?.obj.err).toEqual(new Error("boom"));
    const error = logger.calls.find((c) => c.level === "error");
    expect(error?.obj).toMatchObject({ controller: "test", key: "terminal" });
    expect(error?.obj.err).toBeInstanceOf(TerminalError);

    abort.abort();
    await running;
    expect(await metricValue("jetnet_controller_workers", { controller: "test" })).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("retries a failing key with back-off, then counts the success and forgets the failures", async () => {
    const attemptsAtMs: number[] = [];
    let failuresLeft = 3;
    const start = Date.now();
    const c = newController(async () => {
      attemptsAtMs.push(Date.now() - start);
      if (failuresLeft-- > 0) throw new Error("not yet");
      return undefined;
    });
    const running = c.run(abort.signal);
    c.enqueue("k");
    await vi.advanceTimersByTimeAsync(34);
    expect(attemptsAtMs).toEqual([0, 5, 15]);
    await vi.advanceTimersByTimeAsync(1);
    expect(attemptsAtMs).toEqual([0, 5, 15, 35]);
    expect(await reconciles("error")).toBe(3);
    expect(await reconciles("success")).toBe(1);
    const attempts = logger.calls.filter((c) => c.level === "warn").map((c) => c.obj.attempt);
    expect(attempts).toEqual([1, 2, 3]);

    // Forgotten: the next failure starts over at 5 ms, not 40.
    failuresLeft = 1;
    c.enqueue("k");
    await vi.advanceTimersByTimeAsync(0);
    expect(attemptsAtMs).toHaveLength(5);
    await vi.advanceTimersByTimeAsync(5);
    expect(attemptsAtMs.slice(4)).toEqual([35, 40]);
    expect(logger.calls.filter((c) => c.level === "warn").at(-1)?.obj.attempt).toBe(1);

    abort.abort();
    await running;
  });

  it("does not retry a TerminalError", async () => {
    const reconcile = vi.fn<ReconcileFn>(async () => {
      throw new TerminalError("cannot ever work");
    });
    const c = newController(reconcile);
    const running = c.run(abort.signal);
    c.enqueue("k");
    await vi.advanceTimersByTimeAsync(120_000);
    expect(reconcile).toHaveBeenCalledTimes(1);
    expect(await reconciles("terminal")).toBe(1);
    expect(await reconciles("error")).toBe(0);
    abort.abort();
    await running;
  });

  it("runs a key again after requeueAfterMs", async () => {
    const calls: number[] = [];
    const c = newController(async () => {
      calls.push(Date.now());
      return calls.length === 1 ? { requeueAfterMs: 1_000 } : undefined;
    });
    const start = Date.now();
    const running = c.run(abort.signal);
    c.enqueue("k");
    await vi.advanceTimersByTimeAsync(999);
    expect(calls).toEqual([start]);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toEqual([start, start + 1_000]);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(calls).toHaveLength(2);
    expect(await reconciles("requeue_after")).toBe(1);
    expect(await reconciles("success")).toBe(1);
    abort.abort();
    await running;
  });

  it("starts no worker before waitForSync resolves", async () => {
    const synced = deferred();
    const reconcile = vi.fn<ReconcileFn>(async () => undefined);
    const c = newController(reconcile, { waitForSync: () => synced.promise });
    const running = c.run(abort.signal);
    c.enqueue("k");
    await vi.advanceTimersByTimeAsync(1_000);
    expect(reconcile).not.toHaveBeenCalled();
    expect(await metricValue("jetnet_controller_workers", { controller: "test" })).toBe(0);

    synced.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(reconcile).toHaveBeenCalledTimes(1);
    expect(reconcile).toHaveBeenCalledWith("k", abort.signal);
    abort.abort();
    await running;
  });

  it("stops while waiting for sync when aborted, without reconciling", async () => {
    const reconcile = vi.fn<ReconcileFn>(async () => undefined);
    const c = newController(reconcile, { waitForSync: () => new Promise<void>(() => {}) });
    const running = track(c.run(abort.signal));
    c.enqueue("k");
    await vi.advanceTimersByTimeAsync(0);
    abort.abort();
    await vi.advanceTimersByTimeAsync(0);
    expect(running.settled).toBe(true);
    expect(reconcile).not.toHaveBeenCalled();
  });

  it("resolves run only after the in-flight reconcile has finished, and drops queued keys", async () => {
    const release = deferred();
    const seen: Array<{ key: string; abortedAtEnd: boolean }> = [];
    const c = newController(
      async (key, signal) => {
        await release.promise;
        seen.push({ key, abortedAtEnd: signal.aborted });
        return undefined;
      },
      { workers: 1 },
    );
    const running = track(c.run(abort.signal));
    c.enqueue("in-flight");
    await vi.advanceTimersByTimeAsync(0);
    c.enqueue("queued");
    abort.abort();
    c.enqueue("after-abort");
    await vi.advanceTimersByTimeAsync(5_000);
    expect(running.settled).toBe(false);

    release.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(running.settled).toBe(true);
    expect(seen).toEqual([{ key: "in-flight", abortedAtEnd: true }]);
    expect(await metricValue("jetnet_controller_workers", { controller: "test" })).toBe(0);
  });

  it("never runs two reconciles of one key at once, with 4 workers and a hammering enqueuer", async () => {
    const keys = ["a", "b", "c", "d", "e"];
    const active = new Map<string, number>();
    const maxActive = new Map<string, number>();
    let running = 0;
    let maxRunning = 0;
    let calls = 0;
    const c = newController(
      async (key) => {
        calls++;
        const now = (active.get(key) ?? 0) + 1;
        active.set(key, now);
        maxActive.set(key, Math.max(maxActive.get(key) ?? 0, now));
        maxRunning = Math.max(maxRunning, ++running);
        try {
          await new Promise((r) => setTimeout(r, 1 + (calls % 4)));
          if (calls % 7 === 0) throw new Error("flaky");
          return undefined;
        } finally {
          active.set(key, (active.get(key) ?? 0) - 1);
          running--;
        }
      },
      { workers: 4 },
    );
    const run = c.run(abort.signal);
    for (let i = 0; i < 600; i++) {
      c.enqueue(keys[i % keys.length]!);
      if (i % 3 === 0) await vi.advanceTimersByTimeAsync(1);
    }
    await vi.advanceTimersByTimeAsync(1_000);
    abort.abort();
    await run;

    expect([...maxActive.values()]).toEqual([1, 1, 1, 1, 1]);
    expect(maxRunning).toBe(4);
    expect(calls).toBeGreaterThan(50);
    expect(await reconciles("error")).toBeGreaterThan(0);
    expect(running).toBe(0);
  });

  it("refuses a second run", async () => {
    const c = newController(async () => undefined);
    const running = c.run(abort.signal);
    await expect(c.run(abort.signal)).rejects.toThrow(/already running/);
    abort.abort();
    await running;
  });
});
