import { jetstreamManager } from "@nats-io/jetstream";
import { Kvm } from "@nats-io/kv";
import type { NatsConnection } from "@nats-io/nats-core";
import { connect } from "@nats-io/transport-node";
import { afterAll, beforeAll, describe, expect } from "vitest";
import { jsonCodec } from "../../../lib/codec.js";
import { seededInts } from "../../../lib/random.js";
import { Compactor } from "../../../lib/store/compact.js";
import { openStore } from "../../../lib/store/store.js";
import { type NatsServer, natsServerVersion, startNats } from "../../harness/index.js";
import { itWithSeed, testSeed } from "../../harness/seed.js";
import type { Item } from "./contract.js";

const seed = testSeed();
const it = itWithSeed(seed);
const ints = seededInts(seed);
console.log(`seed ${seed}`);

let server: NatsServer;
let nc: NatsConnection;
let n = 0;

beforeAll(async () => {
  server = await startNats();
  nc = await connect({ servers: server.url });
});
afterAll(async () => {
  await nc?.close();
  await server?.stop();
});

const hour = 3_600_000;
const minute = 60_000;

/** A clock the test moves: the compactors judge ages by it, the server stamps records with real time. */
function clock() {
  let offset = 0;
  return { now: () => Date.now() + offset, advance: (ms: number) => (offset += ms) };
}

async function history(bucket: string, key: string): Promise<string[]> {
  const kv = await new Kvm(nc).open(bucket);
  const out: string[] = [];
  for await (const e of await kv.history({ key })) out.push(e.operation);
  return out;
}

describe(`compaction of deleted keys (nats-server ${natsServerVersion()})`, () => {
  it("keeps history for the retention, then the tombstone a while longer, then nothing; lists stay exact throughout", async () => {
    const bucket = `compact-${++n}`;
    const store = await openStore<Item>(nc, { bucket, codec: jsonCodec<Item>(), history: 5 });
    const jsm = await jetstreamManager(nc);
    const expected = new Map<string, number>();
    const live = 200;
    const dead = 300;
    for (let i = 0; i < live + dead; i++) {
      const r = await store.create(`k.${i}`, { n: i, s: "a" });
      const r2 = await store.update(`k.${i}`, { n: i, s: "b" }, r);
      if (i >= live) await store.delete(`k.${i}`, { expectedRevision: r2 });
      else expected.set(`k.${i}`, i);
    }
    // Deleted, then created again: the new object must survive every pass.
    const again = await store.create("again", { n: -1, s: "old" });
    await store.delete("again", { expectedRevision: again });
    await store.create("again", { n: -1, s: "b" });
    expected.set("again", -1);

    const t = clock();
    const opts = { deletedRetentionMs: hour, tombstoneRetentionMs: minute, now: t.now };
    // Two replicas compacting the same bucket at once.
    const [a, b] = await Promise.all([Compactor.open(nc, bucket, opts), Compactor.open(nc, bucket, opts)]);
    const messages = async () => (await jsm.streams.info(store.stream)).state.messages;
    const both = () => Promise.all([a.pass(), b.pass()]);

    const exact = async () => {
      const l = await store.list();
      expect(new Map(l.items.map((x) => [x.key, x.value.n]))).toEqual(expected);
      for (const x of l.items) expect(x.value.s).toBe("b");
    };
    /** Lists over and over while `work` runs; every list must be exact. */
    const listWhile = async <R>(work: Promise<R>): Promise<R> => {
      let done = false;
      const w = work.finally(() => {
        done = true;
      });
      do await exact();
      while (!done);
      return w;
    };

    const total = 2 * (live + dead) + dead + 3;
    expect(await messages()).toBe(total);

    // Within the retention: nothing goes, history stays readable.
    const [p0] = await listWhile(both());
    expect(p0.removedRecords + p0.removedTombstones).toBe(0);
    expect(await history(bucket, `k.${live}`)).toEqual(["PUT", "PUT", "DEL"]);

    // Past it: the history of deleted keys goes, tombstones stay.
    t.advance(hour + ints(minute / 2));
    const [p1, q1] = await listWhile(both());
    expect(p1.removedRecords + q1.removedRecords).toBe(2 * dead);
    expect(await messages()).toBe(total - 2 * dead);
    expect(await history(bucket, `k.${live}`)).toEqual(["DEL"]);

    // A deleted key created again between the passes keeps its new object.
    const reborn = `k.${live + 1}`;
    await store.create(reborn, { n: live + 1, s: "b" });
    expected.set(reborn, live + 1);

    // Tombstones stand alone for their retention, then go.
    await listWhile(both());
    expect(await messages()).toBe(total - 2 * dead + 1);
    t.advance(minute);
    const [p2, q2] = await listWhile(both());
    // Not the reborn key's: its latest record is a value again.
    expect(p2.removedTombstones + q2.removedTombstones).toBe(dead - 1);
    // Left: two records per live key, three of "again", the reborn key's tombstone and value.
    expect(await messages()).toBe(2 * live + 3 + 2);
    await exact();
    expect((await store.get(reborn))?.value).toEqual({ n: live + 1, s: "b" });
    expect((await store.get("again"))?.value).toEqual({ n: -1, s: "b" });

    // Nothing left to do.
    t.advance(hour);
    const [p3, q3] = await both();
    expect(p3.removedRecords + p3.removedTombstones + q3.removedRecords + q3.removedTombstones).toBe(0);
  });

  it("a bucket keeping one record per key (a projection) loses its tombstones after their retention", async () => {
    const bucket = `compact-${++n}`;
    const store = await openStore<Item>(nc, { bucket, codec: jsonCodec<Item>(), history: 1 });
    for (let i = 0; i < 50; i++) {
      await store.put(`p.${i}`, { n: i, s: "b" });
      if (i % 2 === 1) await store.delete(`p.${i}`);
    }
    const t = clock();
    const c = await Compactor.open(nc, bucket, {
      deletedRetentionMs: 0,
      tombstoneRetentionMs: minute,
      now: t.now,
    });
    expect((await c.pass()).removedTombstones).toBe(0);
    t.advance(minute);
    expect((await c.pass()).removedTombstones).toBe(25);
    const jsm = await jetstreamManager(nc);
    expect((await jsm.streams.info(store.stream)).state.messages).toBe(25);
    expect((await store.list()).items.map((x) => x.value.n).sort((x, y) => x - y)).toEqual(
      [...Array(25).keys()].map((i) => 2 * i),
    );
  });
});
