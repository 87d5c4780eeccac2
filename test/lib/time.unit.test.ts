import { getEventListeners } from "node:events";
import { afterEach, describe, expect, it, vi } from "vitest";
import { sleep } from "../../lib/time.js";

afterEach(() => {
  vi.useRealTimers();
});

describe("sleep", () => {
  it("resolves after its time and leaves no listener on the signal", async () => {
    vi.useFakeTimers();
    const ac = new AbortController();
    let done = false;
    const p = sleep(1_000, ac.signal).then(() => {
      done = true;
    });
    expect(getEventListeners(ac.signal, "abort")).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(999);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await p;
    expect(done).toBe(true);
    expect(getEventListeners(ac.signal, "abort")).toHaveLength(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("resolves at once when the signal aborts, and leaves no timer", async () => {
    vi.useFakeTimers();
    const ac = new AbortController();
    const p = sleep(60_000, ac.signal);
    expect(vi.getTimerCount()).toBe(1);
    ac.abort();
    await p;
    expect(vi.getTimerCount()).toBe(0);
    // Already aborted: no timer at all.
    await sleep(60_000, ac.signal);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("sleeps without a signal", async () => {
    vi.useFakeTimers();
    let done = false;
    const p = sleep(10).then(() => {
      done = true;
    });
    await vi.advanceTimersByTimeAsync(10);
    await p;
    expect(done).toBe(true);
  });
});
