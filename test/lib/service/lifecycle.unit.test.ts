import { describe, expect, it } from "vitest";
import { runLifecycle } from "../../../lib/service/lifecycle.js";

/** A fake informer: runs until the signal aborts, synced when the test says so. */
function informer(name: string, log: string[]) {
  let synced!: () => void;
  const sync = new Promise<void>((resolve) => {
    synced = resolve;
  });
  return {
    synced: () => {
      log.push(`${name} synced`);
      synced();
    },
    run: (signal: AbortSignal) =>
      new Promise<void>((resolve) => signal.addEventListener("abort", () => resolve(), { once: true })),
    waitForSync: (signal?: AbortSignal) =>
      new Promise<void>((resolve, reject) => {
        void sync.then(resolve);
        signal?.addEventListener("abort", () => reject(new Error("aborted")), { once: true });
      }),
  };
}

function controller(name: string, log: string[]) {
  return {
    run: (signal: AbortSignal) =>
      new Promise<void>((resolve) =>
        signal.addEventListener(
          "abort",
          () => {
            log.push(`${name} stopped`);
            resolve();
          },
          { once: true },
        ),
      ),
  };
}

const quiet = {
  warn: () => undefined,
  info: () => undefined,
  error: () => undefined,
  debug: () => undefined,
};

describe("runLifecycle", () => {
  it("starts after every informer synced, then ready; on abort stops serving and resolves after all", async () => {
    const log: string[] = [];
    const warnings: string[] = [];
    const ac = new AbortController();
    const a = informer("a", log);
    const b = informer("b", log);
    let rounds = 0;
    let threeRounds!: () => void;
    const third = new Promise<void>((resolve) => {
      threeRounds = resolve;
    });
    const done = runLifecycle({
      signal: ac.signal,
      logger: { ...quiet, warn: (_o: unknown, msg?: string) => warnings.push(msg ?? "") },
      informers: [a, b],
      controllers: [controller("c", log)],
      start: async () => {
        log.push("start");
        return async () => {
          log.push("drained");
        };
      },
      periodic: [
        {
          what: "tick",
          ms: 1,
          run: async () => {
            if (++rounds === 3) threeRounds();
            if (rounds === 2) throw new Error("a failed round is logged, not fatal");
          },
        },
      ],
      onReady: () => log.push("ready"),
    });
    a.synced();
    await new Promise((r) => setImmediate(r));
    expect(log).toEqual(["a synced"]);
    b.synced();
    await third;
    expect(log).toEqual(["a synced", "b synced", "start", "ready"]);
    ac.abort();
    await done;
    expect(log.slice(0, 4)).toEqual(["a synced", "b synced", "start", "ready"]);
    expect(log.slice(4).sort()).toEqual(["c stopped", "drained"]);
    expect(warnings).toEqual(["tick failed"]);
    const after = rounds;
    await new Promise((r) => setTimeout(r, 5));
    expect(rounds).toBe(after);
  });

  it("aborted before the informers synced: nothing starts, and it resolves once they stop", async () => {
    const log: string[] = [];
    const ac = new AbortController();
    const done = runLifecycle({
      signal: ac.signal,
      logger: quiet,
      informers: [informer("a", log)],
      controllers: [controller("c", log)],
      start: async () => {
        log.push("start");
        return undefined;
      },
      periodic: [{ what: "tick", ms: 1, run: async () => log.push("tick") }],
      onReady: () => log.push("ready"),
    });
    ac.abort();
    await done;
    expect(log).toEqual(["c stopped"]);
  });
});
