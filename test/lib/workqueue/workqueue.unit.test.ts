import { type Histogram, Registry } from "prom-client";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { WorkQueueOptions } from "../../../lib/workqueue/types.js";
import { WorkQueue } from "../../../lib/workqueue/workqueue.js";

let registry: Registry;
const queues: WorkQueue[] = [];

function newQueue(opts: Partial<WorkQueueOptions> = {}): WorkQueue {
  const q = new WorkQueue({ name: "test", registry, ...opts });
  queues.push(q);
  return q;
}

/** The value of `metric{name=queue}` as a scrape would read it. */
async function metricValue(metric: string, queue = "test"): Promise<number | undefined> {
  const m = registry.getSingleMetric(metric);
  if (m === undefined) throw new Error(`no metric ${metric}`);
  return (await m.get()).values.find((v) => v.labels.name === queue)?.value;
}

/** Settles whatever promise callbacks are pending, without moving the clock. */
const flush = () => vi.advanceTimersByTimeAsync(0);

/** Tracks a promise so a test can ask whether it has settled yet. */
function track<T>(p: Promise<T>): { settled: boolean; value: T | undefined } {
  const state: { settled: boolean; value: T | undefined } = { settled: false, value: undefined };
  void p.then((v) => {
    state.settled = true;
    state.value = v;
  });
  return state;
}

beforeEach(() => {
  vi.useFakeTimers();
  registry = new Registry();
});

afterEach(() => {
  for (const q of queues.splice(0)) q.shutDown();
  expect(vi.getTimerCount()).toBe(0);
  vi.useRealTimers();
});

describe("WorkQueue", () => {
  it("merges adds of a key that is already queued", async () => {
    const q = newQueue();
    q.add("a");
    q.add("a");
    q.add("a");
    expect(q.len()).toBe(1);
    expect(await q.get()).toBe("a");
    expect(q.len()).toBe(0);
    const next = track(q.get());
    await flush();
    expect(next.settled).toBe(false);
    q.shutDown();
    await flush();
    expect(next).toEqual({ settled: true, value: undefined });
  });

  it("hands out keys in the order they were added", async () => {
    const q = newQueue();
    for (const k of ["c", "a", "b", "a"]) q.add(k);
    expect([await q.get(), await q.get(), await q.get()]).toEqual(["c", "a", "b"]);
  });

  it("hands out urgent keys first, each lane in the order its keys became ready", async () => {
    const q = newQueue({ urgent: (k) => k.startsWith("L:") });
    for (const k of ["R:1", "L:a", "R:2", "L:b", "R:1"]) q.add(k);
    expect(q.len()).toBe(4);
    const first = [await q.get(), await q.get(), await q.get()];
    expect(first).toEqual(["L:a", "L:b", "R:1"]);
    // An urgent key that becomes ready again (added while held) still goes ahead of the rest.
    q.add("L:a");
    q.add("L:c");
    q.done("L:a");
    expect([await q.get(), await q.get(), await q.get()]).toEqual(["L:c", "L:a", "R:2"]);
    expect(q.len()).toBe(0);
  });

  it("never gives a key being processed to a second worker, and re-queues it once at done", async () => {
    const q = newQueue();
    q.add("k");
    expect(await q.get()).toBe("k");
    const second = track(q.get());
    q.add("k");
    q.add("k");
    await flush();
    expect(second.settled).toBe(false);
    expect(q.len()).toBe(0);

    q.done("k");
    await flush();
    expect(second).toEqual({ settled: true, value: "k" });

    q.done("k");
    const third = track(q.get());
    await flush();
    expect(third.settled).toBe(false);
    expect(q.len()).toBe(0);
  });

  it("re-queues a key dirtied while processing, and not one that was not", async () => {
    const q = newQueue();
    q.add("dirty");
    q.add("clean");
    expect(await q.get()).toBe("dirty");
    expect(await q.get()).toBe("clean");
    q.add("dirty");
    q.done("dirty");
    q.done("clean");
    expect(q.len()).toBe(1);
    expect(await q.get()).toBe("dirty");
  });

  it("backs a failing key off 5, 10, 20, 40 ms ... up to the cap", async () => {
    const q = newQueue({ maxDelayMs: 100 });
    const expected = [5, 10, 20, 40, 80, 100, 100];
    for (const [i, delay] of expected.entries()) {
      q.addRateLimited("k");
      expect(q.numRequeues("k")).toBe(i + 1);
      vi.advanceTimersByTime(delay - 1);
      expect(q.len(), `retry ${i + 1} early`).toBe(0);
      vi.advanceTimersByTime(1);
      expect(q.len(), `retry ${i + 1} due`).toBe(1);
      expect(await q.get()).toBe("k");
      q.done("k");
    }
  });

  it("defaults to a 60 s cap", () => {
    const q = newQueue();
    for (let i = 0; i < 20; i++) {
      q.addRateLimited("k");
      vi.runOnlyPendingTimers();
    }
    // 5 ms * 2^13 = 40.96 s is the last step under the cap; the 15th and later wait 60 s.
    expect(q.numRequeues("k")).toBe(20);
    q.addRateLimited("k");
    vi.advanceTimersByTime(59_999);
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("forget resets the back-off to the base delay", async () => {
    const q = newQueue({ baseDelayMs: 10 });
    for (let i = 0; i < 3; i++) q.addRateLimited("k");
    expect(q.numRequeues("k")).toBe(3);
    q.forget("k");
    expect(q.numRequeues("k")).toBe(0);
    vi.runOnlyPendingTimers();
    expect(await q.get()).toBe("k");
    q.done("k");

    q.addRateLimited("k");
    vi.advanceTimersByTime(9);
    expect(q.len()).toBe(0);
    vi.advanceTimersByTime(1);
    expect(q.len()).toBe(1);
  });

  it("holds distinct keys to the overall bucket (qps 10, burst 1)", () => {
    const q = newQueue({ qps: 10, burst: 1 });
    q.addRateLimited("a");
    q.addRateLimited("b");
    q.addRateLimited("c");
    vi.advanceTimersByTime(5);
    expect(q.len()).toBe(1); // a: its own 5 ms back-off, the bucket had a token
    vi.advanceTimersByTime(94);
    expect(q.len()).toBe(1); // b: not at 99 ms
    vi.advanceTimersByTime(1);
    expect(q.len()).toBe(2); // b: at 100 ms
    vi.advanceTimersByTime(99);
    expect(q.len()).toBe(2);
    vi.advanceTimersByTime(1);
    expect(q.len()).toBe(3); // c: one token later, 200 ms
  });

  it("adds after a delay, keeping the earliest of two delays", () => {
    const q = newQueue();
    q.addAfter("k", 50);
    vi.advanceTimersByTime(49);
    expect(q.len()).toBe(0);
    vi.advanceTimersByTime(1);
    expect(q.len()).toBe(1);

    q.addAfter("early", 100);
    q.addAfter("early", 30);
    q.addAfter("late", 30);
    q.addAfter("late", 100);
    expect(vi.getTimerCount()).toBe(2);
    vi.advanceTimersByTime(30);
    expect(q.len()).toBe(3);
    expect(vi.getTimerCount()).toBe(0);

    q.addAfter("now", 0);
    expect(q.len()).toBe(4);
  });

  it("drains queued keys after shutDown, then answers undefined; later adds are ignored", async () => {
    const q = newQueue();
    q.add("a");
    q.add("b");
    q.addAfter("delayed", 1_000);
    q.shutDown();
    expect(q.shuttingDown()).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
    q.add("c");
    q.addAfter("d", 10);
    q.addRateLimited("e");
    expect(q.numRequeues("e")).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
    expect(await q.get()).toBe("a");
    expect(await q.get()).toBe("b");
    expect(await q.get()).toBeUndefined();
    expect(await q.get()).toBeUndefined();
  });

  it("wakes every parked getter with undefined at shutDown", async () => {
    const q = newQueue();
    const getters = [track(q.get()), track(q.get())];
    q.shutDown();
    await flush();
    expect(getters).toEqual([
      { settled: true, value: undefined },
      { settled: true, value: undefined },
    ]);
  });

  it("shutDownWithDrain waits for the keys in flight", async () => {
    const q = newQueue();
    q.add("a");
    q.add("b");
    expect(await q.get()).toBe("a");
    expect(await q.get()).toBe("b");
    const drained = track(q.shutDownWithDrain());
    q.done("a");
    await flush();
    expect(drained.settled).toBe(false);
    q.done("b");
    await flush();
    expect(drained.settled).toBe(true);
    await q.shutDownWithDrain(); // already drained: resolves at once
  });

  it("shutDownWithDrain counts a key dirtied in flight as still to do", async () => {
    const q = newQueue();
    q.add("a");
    expect(await q.get()).toBe("a");
    q.add("a");
    const drained = track(q.shutDownWithDrain());
    q.done("a");
    await flush();
    expect(drained.settled).toBe(false);
    expect(await q.get()).toBe("a");
    q.done("a");
    await flush();
    expect(drained.settled).toBe(true);
  });

  it("reports depth, adds and retries", async () => {
    const q = newQueue();
    expect(await metricValue("jetnet_workqueue_depth")).toBe(0);
    expect(await metricValue("jetnet_workqueue_adds_total")).toBe(0);
    expect(await metricValue("jetnet_workqueue_retries_total")).toBe(0);

    q.add("a");
    q.add("a");
    q.add("b");
    expect(await metricValue("jetnet_workqueue_depth")).toBe(2);
    expect(await metricValue("jetnet_workqueue_adds_total")).toBe(2);
    expect(await q.get()).toBe("a");
    expect(await metricValue("jetnet_workqueue_depth")).toBe(1);

    q.addRateLimited("a");
    q.addRateLimited("c");
    q.addRateLimited("c");
    expect(await metricValue("jetnet_workqueue_retries_total")).toBe(3);
    vi.advanceTimersByTime(10);
    // "a" is held, so its retry only marks it dirty; "c" is queued once for two retries.
    expect(await metricValue("jetnet_workqueue_adds_total")).toBe(4);
    expect(await metricValue("jetnet_workqueue_depth")).toBe(2);
  });

  it("reports queue time, work time and the longest running key", async () => {
    const q = newQueue();
    q.add("a");
    vi.advanceTimersByTime(250);
    expect(await q.get()).toBe("a");
    vi.advanceTimersByTime(2_000);
    expect(await metricValue("jetnet_workqueue_longest_running_processor_seconds")).toBe(2);
    q.done("a");
    expect(await metricValue("jetnet_workqueue_longest_running_processor_seconds")).toBe(0);

    const sum = async (metric: string) => {
      const values = (await (registry.getSingleMetric(metric) as Histogram).get()).values;
      return values.find((v) => v.metricName === `${metric}_sum`)?.value;
    };
    expect(await sum("jetnet_workqueue_queue_duration_seconds")).toBe(0.25);
    expect(await sum("jetnet_workqueue_work_duration_seconds")).toBe(2);
  });

  it("lets several queues share one registry, each with its own series", async () => {
    const one = newQueue({ name: "one" });
    const two = newQueue({ name: "two" });
    one.add("a");
    two.add("a");
    two.add("b");
    expect(await metricValue("jetnet_workqueue_depth", "one")).toBe(1);
    expect(await metricValue("jetnet_workqueue_depth", "two")).toBe(2);
    await one.get();
    vi.advanceTimersByTime(3_000);
    await two.get();
    vi.advanceTimersByTime(1_000);
    expect(await metricValue("jetnet_workqueue_longest_running_processor_seconds", "one")).toBe(4);
    expect(await metricValue("jetnet_workqueue_longest_running_processor_seconds", "two")).toBe(1);
  });
});
