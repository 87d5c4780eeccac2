import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { KvWatch } from "../../../lib/store/watch.js";
import { sleep } from "../../../lib/time.js";

// The watch's back-off between failed sessions, on fake timers: a stream whose every call fails
// keeps the watch sleeping, and `stop` must end that sleep at once rather than let it run out.

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** A connection whose status feed stays quiet until stopped, and a stream every call to which fails. */
function failingStream(): { ref: ConstructorParameters<typeof KvWatch>[0]; calls: () => number } {
  let calls = 0;
  const fail = async () => {
    calls++;
    throw new Error("stream not reachable");
  };
  let endStatus = () => {};
  const ended = new Promise<void>((r) => (endStatus = r));
  const status = {
    stop: () => endStatus(),
    [Symbol.asyncIterator]: () => ({
      next: async () => {
        await ended;
        return { done: true as const, value: undefined };
      },
    }),
  };
  const ref = {
    nc: { status: () => status },
    js: { consumers: { getPushConsumer: fail } },
    jsm: { streams: { info: fail } },
    stream: "KV_test",
    server: {},
    prefixLen: "$KV.test.".length,
  } as unknown as ConstructorParameters<typeof KvWatch>[0];
  return { ref, calls: () => calls };
}

describe("KvWatch back-off", () => {
  it("tries again after a growing pause, and stop ends the pause at once", async () => {
    const { ref, calls } = failingStream();
    const w = new KvWatch(ref, "$KV.test.>", () => ({}), {});
    let closed = false;
    void w.closed.then(() => (closed = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(calls()).toBe(1);
    // 50 ms · 2^failures: 100 ms after the first failure, 200 ms after the second.
    await vi.advanceTimersByTimeAsync(99);
    expect(calls()).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls()).toBe(2);
    await vi.advanceTimersByTimeAsync(150);
    expect(calls()).toBe(2);
    // Stopped in the middle of the 200 ms pause: closed without the clock moving on.
    w.stop();
    await vi.advanceTimersByTimeAsync(0);
    expect(closed).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
    expect(calls()).toBe(2);
  });

  it("is stopped by its signal the same way", async () => {
    const { ref } = failingStream();
    const ac = new AbortController();
    const w = new KvWatch(ref, "$KV.test.>", () => ({}), { signal: ac.signal });
    let closed = false;
    void w.closed.then(() => (closed = true));
    await vi.advanceTimersByTimeAsync(10);
    ac.abort();
    await vi.advanceTimersByTimeAsync(0);
    expect(closed).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe("sleep", () => {
  it("resolves after its time, or at once when its signal aborts, leaving no timer", async () => {
    let slept = false;
    void sleep(1000).then(() => (slept = true));
    await vi.advanceTimersByTimeAsync(999);
    expect(slept).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(slept).toBe(true);

    const ac = new AbortController();
    let cut = false;
    void sleep(60_000, ac.signal).then(() => (cut = true));
    await vi.advanceTimersByTimeAsync(10);
    expect(cut).toBe(false);
    ac.abort();
    await vi.advanceTimersByTimeAsync(0);
    expect(cut).toBe(true);
    expect(vi.getTimerCount()).toBe(0);

    // Already aborted: no wait at all.
    let early = false;
    void sleep(60_000, ac.signal).then(() => (early = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(early).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });
});
