import { EventEmitter } from "node:events";
import { describe, expect, it } from "vitest";
import { createLogger } from "../../../lib/service/logger.js";
import { runMain, ShutdownSignal } from "../../../lib/service/run.js";
import type { SignalSource } from "../../../lib/service/types.js";

const logger = createLogger({ level: "silent", name: "test" });

/** A process stand-in: signals are events on it, so the test runner itself is never signalled. */
function fakeProcess() {
  const emitter = new EventEmitter();
  const exits: number[] = [];
  return {
    signals: emitter as SignalSource,
    send: (signal: NodeJS.Signals) => emitter.emit(signal, signal),
    listeners: () => emitter.listenerCount("SIGTERM") + emitter.listenerCount("SIGINT"),
    exits,
    exit: (code: number) => {
      exits.push(code);
    },
  };
}

/** Resolves on the next macrotask, after runMain's pending microtasks. */
const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

describe("runMain", () => {
  it("aborts the signal on the first SIGTERM, waits for main to drain, then exits 0", async () => {
    const proc = fakeProcess();
    const events: string[] = [];
    let finishDrain!: () => void;
    const drained = new Promise<void>((resolve) => {
      finishDrain = resolve;
    });
    let seen: AbortSignal | undefined;

    const running = runMain(
      async (signal) => {
        seen = signal;
        await new Promise<void>((resolve) =>
          signal.addEventListener("abort", () => resolve(), { once: true }),
        );
        events.push("aborted");
        await drained;
        events.push("drained");
      },
      { logger, exit: proc.exit, signals: proc.signals },
    );
    await tick();
    expect(proc.listeners()).toBe(2);
    expect(seen?.aborted).toBe(false);

    proc.send("SIGTERM");
    await tick();
    expect(seen?.aborted).toBe(true);
    expect(seen?.reason).toBeInstanceOf(ShutdownSignal);
    expect(events).toEqual(["aborted"]);
    expect(proc.exits).toEqual([]); // still draining

    finishDrain();
    await running;
    expect(events).toEqual(["aborted", "drained"]);
    expect(proc.exits).toEqual([0]);
    expect(proc.listeners()).toBe(0);
  });

  it("exits 1 at once on a second signal, and only once", async () => {
    const proc = fakeProcess();
    let release!: () => void;
    const stuck = new Promise<void>((resolve) => {
      release = resolve;
    });
    const running = runMain(() => stuck, { logger, exit: proc.exit, signals: proc.signals });

    proc.send("SIGINT");
    await tick();
    expect(proc.exits).toEqual([]);
    proc.send("SIGTERM");
    expect(proc.exits).toEqual([1]);

    // With a real process.exit nothing runs after this; with the fake, main's end must not exit again.
    release();
    await running;
    expect(proc.exits).toEqual([1]);
    expect(proc.listeners()).toBe(0);
  });

  it("exits 1 when main throws", async () => {
    const proc = fakeProcess();
    await runMain(
      async () => {
        throw new Error("boom");
      },
      { logger, exit: proc.exit, signals: proc.signals },
    );
    expect(proc.exits).toEqual([1]);
    expect(proc.listeners()).toBe(0);
  });

  it("exits 0 when main rethrows the abort reason after a signal", async () => {
    const proc = fakeProcess();
    const running = runMain(
      (signal) =>
        new Promise<void>((_, reject) =>
          signal.addEventListener("abort", () => reject(signal.reason), { once: true }),
        ),
      { logger, exit: proc.exit, signals: proc.signals },
    );
    proc.send("SIGTERM");
    await running;
    expect(proc.exits).toEqual([0]);
  });

  it("exits 0 when main returns without any signal", async () => {
    const proc = fakeProcess();
    await runMain(async () => {}, { logger, exit: proc.exit, signals: proc.signals });
    expect(proc.exits).toEqual([0]);
  });
});
