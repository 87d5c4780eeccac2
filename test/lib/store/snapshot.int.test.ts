import { jetstreamManager } from "@nats-io/jetstream";
import type { NatsConnection } from "@nats-io/nats-core";
import { connect } from "@nats-io/transport-node";
import { afterAll, beforeAll, describe, expect } from "vitest";
import { jsonCodec } from "../../../lib/codec.js";
import { seededInts } from "../../../lib/random.js";
import { openStore } from "../../../lib/store/store.js";
import { type NatsServer, natsServerVersion, startNats } from "../../harness/index.js";
import { itWithSeed, testSeed } from "../../harness/seed.js";
import type { Item } from "./contract.js";

const seed = testSeed();
const it = itWithSeed(seed);
const ints = seededInts(seed);
console.log(`seed ${seed}`);

/** A shuffled copy (Fisher-Yates on the seeded generator). */
function shuffled<T>(xs: readonly T[]): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = ints(i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

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

/**
 * A bucket with `live` objects (each created, then updated) and `dead` ones (created, updated,
 * deleted), interleaved so that the records of dead keys lie between those of live ones.
 * Returns the store, the expected list and the stream sequences of the dead keys' records.
 */
async function churned(live: number, dead: number) {
  const store = await openStore<Item>(nc, { bucket: `snap-${++n}`, codec: jsonCodec<Item>(), history: 5 });
  const expected = new Map<string, number>();
  const deadPuts: number[] = [];
  const deadKeys: string[] = [];
  const order = shuffled([...Array(live + dead).keys()]);
  for (const i of order) {
    if (i < live) {
      const key = `live.${i}`;
      const r = await store.create(key, { n: i, s: "a" });
      await store.update(key, { n: i, s: "b" }, r);
      expected.set(key, i);
    } else {
      const key = `dead.${i}`;
      const r1 = await store.create(key, { n: i, s: "a" });
      const r2 = await store.update(key, { n: i, s: "b" }, r1);
      await store.delete(key, { expectedRevision: r2 });
      deadPuts.push(r1, r2);
      deadKeys.push(key);
    }
  }
  const jsm = await jetstreamManager(nc);
  const tombstones: number[] = [];
  for (const key of deadKeys) {
    const m = await jsm.streams.getMessage(store.stream, { last_by_subj: `$KV.${store.bucket}.${key}` });
    tombstones.push(m?.seq ?? 0);
  }
  return { store, jsm, expected, deadPuts, tombstones };
}

/** Lists over and over until `work` settles; every listing must be exactly `expected`. */
async function listWhile(
  store: Awaited<ReturnType<typeof churned>>["store"],
  expected: Map<string, number>,
  work: Promise<unknown>,
): Promise<number> {
  let done = false;
  const finished = work.finally(() => {
    done = true;
  });
  let lists = 0;
  while (!done || lists === 0) {
    const l = await store.list();
    const got = new Map(l.items.map((x) => [x.key, x.value.n]));
    expect(got.size).toBe(expected.size);
    expect(got).toEqual(expected);
    for (const x of l.items) expect(x.value.s).toBe("b");
    lists++;
  }
  await finished;
  return lists;
}

describe("list while records are removed", () => {
  it(`is exact while old records, then tombstones of deleted keys are removed (nats-server ${natsServerVersion()})`, async () => {
    const { store, jsm, expected, deadPuts, tombstones } = await churned(300, 400);
    const remove = async (seqs: number[]) => {
      for (const seq of shuffled(seqs)) await jsm.streams.deleteMessage(store.stream, seq, false);
    };
    // The order compaction keeps: a deleted key's older records first, its tombstone later.
    const a = await listWhile(store, expected, remove(deadPuts));
    const b = await listWhile(store, expected, remove(tombstones));
    expect(a).toBeGreaterThan(0);
    expect(b).toBeGreaterThan(0);
    const si = await jsm.streams.info(store.stream);
    expect(si.state.messages).toBe(2 * expected.size);
    // A namespace-like filtered list that matches nothing live.
    expect((await store.list("dead.>")).items).toEqual([]);
  });
});
