import { readFileSync } from "node:fs";
import type { NatsConnection } from "@nats-io/nats-core";
import { connect } from "@nats-io/transport-node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectCoalescing } from "../../../lib/nats/transport.js";
import { type NatsServer, startNats } from "../../harness/index.js";

let nats: NatsServer;
let sink: NatsConnection;
const received = new Map<string, number>();
beforeAll(async () => {
  nats = await startNats({ jetstream: false });
  sink = await connect({ servers: nats.url });
  sink.subscribe("t.>", {
    callback: (_err, m) => {
      received.set(m.subject, (received.get(m.subject) ?? 0) + 1);
    },
  });
  await sink.flush();
});
afterAll(async () => {
  await sink?.close();
  await nats?.stop();
});

/** Write system calls this process has made so far (Linux). */
function writes(): number {
  const io = readFileSync("/proc/self/io", "utf8");
  return Number(/^syscw: (\d+)$/m.exec(io)?.[1]);
}

/** Publishes `n` messages on `subject`, each from its own callback of one loop turn; counts writes. */
async function publishAcrossCallbacks(nc: NatsConnection, subject: string, n: number): Promise<number> {
  await nc.flush();
  const before = writes();
  await new Promise<void>((resolve) => {
    let left = n;
    for (let i = 0; i < n; i++)
      setImmediate(() => {
        nc.publish(subject);
        if (--left === 0) setImmediate(resolve);
      });
  });
  const made = writes() - before;
  await nc.flush();
  return made;
}

async function until(f: () => boolean): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (!f() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
}

describe("CoalescingTransport", () => {
  it("writes what the callbacks of one loop turn publish as one write, where the plain transport writes each", async () => {
    const coalescing = await connectCoalescing({ servers: nats.url });
    const plain = await connect({ servers: nats.url });
    try {
      const together = await publishAcrossCallbacks(coalescing, "t.coalesced", 200);
      const apart = await publishAcrossCallbacks(plain, "t.plain", 200);
      await until(() => received.get("t.coalesced") === 200 && received.get("t.plain") === 200);
      expect(received.get("t.coalesced")).toBe(200);
      expect(received.get("t.plain")).toBe(200);
      expect(apart).toBeGreaterThanOrEqual(200);
      expect(together).toBeLessThan(20);
    } finally {
      await coalescing.close();
      await plain.close();
    }
  });

  it("with a write window, writes a quiet connection's send within the turn and holds a busy one's until the window has passed", async () => {
    const windowMs = 1_000;
    const nc = await connectCoalescing({ servers: nats.url }, windowMs);
    try {
      // The handshake's sends, each within a window of the one before, leave a window apart:
      // quiet means a window after the last of them.
      await nc.flush();
      await new Promise((r) => setTimeout(r, 3 * windowMs));
      // Quiet for a window: written at the end of this turn (nats.js hands it to the transport in
      // a microtask, which then waits for the next setImmediate: ours, queued after it, sees it).
      const before = writes();
      nc.publish("t.window-first");
      await Promise.resolve();
      await new Promise((r) => setImmediate(r));
      expect(writes() - before).toBeGreaterThanOrEqual(1);
      await until(() => received.get("t.window-first") === 1);
      // Within the window of that write: held, across loop turns, until the window has passed.
      for (let i = 0; i < 10; i++) {
        nc.publish("t.window-held");
        await new Promise((r) => setImmediate(r));
      }
      await new Promise((r) => setTimeout(r, 200));
      expect(received.get("t.window-held")).toBeUndefined();
      await until(() => received.get("t.window-held") === 10);
      expect(received.get("t.window-held")).toBe(10);
    } finally {
      await nc.close();
    }
  });

  it("writes what is held in a window before closing, when drained", async () => {
    const nc = await connectCoalescing({ servers: nats.url }, 1_000);
    nc.publish("t.window-drain-a");
    await nc.flush();
    for (let i = 0; i < 5; i++) nc.publish("t.window-drain-b");
    await nc.drain();
    await until(() => received.get("t.window-drain-b") === 5);
    expect(received.get("t.window-drain-a")).toBe(1);
    expect(received.get("t.window-drain-b")).toBe(5);
  });

  // As with nats.js's own transport, close() alone does not wait for what was published; a
  // service's connection is drained (runService), and flush() waits for the server to have it.
  it("has the server hold what was published before a flush, and before a drain", async () => {
    const a = await connectCoalescing({ servers: nats.url });
    for (let i = 0; i < 50; i++) a.publish("t.before-flush");
    await a.flush();
    await a.close();
    const b = await connectCoalescing({ servers: nats.url });
    for (let i = 0; i < 50; i++) b.publish("t.before-drain");
    await b.drain();
    await until(() => received.get("t.before-flush") === 50 && received.get("t.before-drain") === 50);
    expect(received.get("t.before-flush")).toBe(50);
    expect(received.get("t.before-drain")).toBe(50);
  });

  it("answers requests and keeps working after the server restarts", async () => {
    const nc = await connectCoalescing({
      servers: nats.url,
      reconnectTimeWait: 100,
      maxReconnectAttempts: -1,
    });
    const responder = await connectCoalescing({
      servers: nats.url,
      reconnectTimeWait: 100,
      maxReconnectAttempts: -1,
    });
    try {
      responder.subscribe("svc.echo", { callback: (_err, m) => void m.respond(m.data) });
      await responder.flush();
      expect((await nc.request("svc.echo", "one", { timeout: 2_000 })).string()).toBe("one");
      await nats.restart();
      let answer: string | undefined;
      const deadline = Date.now() + 15_000;
      while (answer === undefined && Date.now() < deadline) {
        answer = await nc
          .request("svc.echo", "two", { timeout: 500 })
          .then((m) => m.string())
          .catch(() => undefined);
      }
      expect(answer).toBe("two");
    } finally {
      await nc.close();
      await responder.close();
    }
  });
});
