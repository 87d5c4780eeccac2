import type { NatsConnection } from "@nats-io/nats-core";
import { connect } from "@nats-io/transport-node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jsonCodec } from "../../../lib/codec.js";
import { Informer } from "../../../lib/informer/informer.js";
import { openStore } from "../../../lib/store/store.js";
import { type NatsServer, startNats } from "../../harness/index.js";

interface Item {
  readonly owner: number;
  readonly n: number;
}

let server: NatsServer;
let nc: NatsConnection;

beforeAll(async () => {
  server = await startNats();
  nc = await connect({ servers: server.url });
});
afterAll(async () => {
  await nc?.close();
  await server?.stop();
});

async function until(cond: () => boolean, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!cond() && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
}

describe("Informer over a real bucket", () => {
  it("after 10,000 random puts and deletes from 4 concurrent writers the cache equals the bucket", async () => {
    const store = await openStore<Item>(nc, { bucket: "informer-random", codec: jsonCodec<Item>() });
    // Some data before the informer starts, so the snapshot path is exercised too.
    for (let i = 0; i < 50; i++) await store.put(`k.${i}`, { owner: -1, n: i });
    const informer = new Informer<Item>({
      store,
      indexes: { owner: (o) => [String(o.value.owner)] },
    });
    let adds = 0;
    let deletes = 0;
    informer.addHandlers({ onAdd: () => adds++, onDelete: () => deletes++ });
    const ac = new AbortController();
    const running = informer.run(ac.signal);
    await informer.waitForSync();
    expect(informer.size).toBe(50);

    let seed = 42;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const writer = async (w: number) => {
      for (let i = 0; i < 2500; i++) {
        const key = `k.${rand(300)}`;
        if (rand(3) === 0) await store.delete(key).catch(() => undefined);
        else await store.put(key, { owner: w, n: i });
      }
    };
    await Promise.all([0, 1, 2, 3].map(writer));
    const truth = await store.list();
    await until(() => informer.revision >= truth.revision, 20_000);

    const cached = new Map(informer.list().map((o) => [o.key, o]));
    expect(cached.size).toBe(truth.items.length);
    for (const it of truth.items) expect(cached.get(it.key)).toEqual(it);
    // The secondary index agrees with the items.
    for (const w of [-1, 0, 1, 2, 3]) {
      const byIdx = informer
        .byIndex("owner", String(w))
        .map((o) => o.key)
        .sort();
      const byScan = truth.items
        .filter((o) => o.value.owner === w)
        .map((o) => o.key)
        .sort();
      expect(byIdx).toEqual(byScan);
    }
    expect(adds - deletes).toBe(truth.items.length);
    ac.abort();
    await running;
  }, 120_000);
});
